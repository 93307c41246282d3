/**
 * Prometheus answers -> the data frames a Grafana panel receives, in the two steps Grafana takes:
 *
 * 1. Grafana's backend (`pkg/promlib/converter/prom.go` and `querydata/response.go`) turns each answer into one
 *    frame per series, `Time` and a value field carrying the series' labels, named by the legend
 *    (`displayNameFromDS`). Written for the dataplane naming, the default since Grafana 10 (the
 *    `prometheusDataplane` toggle): the value field is named after `__name__` when the series has one.
 * 2. The datasource's frontend (`@grafana/prometheus`, `result_transformer.ts`, `transformV2`) merges the frames
 *    of `format: table` queries into one table per query, turns `format: heatmap` buckets into de-accumulated
 *    heatmap rows ordered by `le`, and passes everything else on as time series.
 *
 * `@grafana/prometheus` holds step 2 but does not load in Node (it pulls React and Monaco), so both steps are
 * reproduced here and pinned by `test/grafana/frames.test.ts` against the behaviour of Grafana's own tests.
 * Exemplars, native histograms and Loki streams are not reproduced: dashboards here do not ask for them.
 */
import { type DataFrame, type DataFrameType, type Field, grafanaData } from './grafana-data.ts';
import type { PromQueryData, PromSamplePair, PromSeries } from './prometheus-api.ts';

/** A Prometheus query of a panel, as Grafana sends it (variables and macros already replaced). */
export interface PrometheusTarget {
  readonly refId: string;
  readonly expr: string;
  /** `time_series` (default), `table` or `heatmap`. */
  readonly format?: string;
  readonly legendFormat?: string;
}

/** One query's answer, with the step Grafana asked for (the time field's `interval`). */
export interface PrometheusAnswer {
  readonly target: PrometheusTarget;
  readonly data: PromQueryData;
  readonly stepMs: number;
}

/** Prometheus's sample text (`"1.5"`, `"NaN"`, `"+Inf"`, `"-Inf"`) as a number, as Grafana reads it. */
export function parseSampleValue(text: string): number {
  if (/^[+-]?inf(?:inity)?$/i.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return Number.parseFloat(text);
}

/** Go's `%q` of a plain string, which is what JSON quoting gives for the printable text labels hold. */
const quoted = (text: string): string => JSON.stringify(text);

/** The series' name as Prometheus prints it: `metric{a="x", b="y"}`, labels sorted; `{}` for none. */
function seriesName(labels: Readonly<Record<string, string>>): string {
  const name = labels.__name__ ?? '';
  const pairs = Object.keys(labels)
    .filter((label) => label !== '__name__')
    .sort()
    .map((label) => `${label}=${quoted(labels[label])}`);
  if (pairs.length === 0) return name === '' ? '{}' : name;
  return `${name}{${pairs.join(', ')}}`;
}

const legendPlaceholder = /\{\{\s*(.+?)\s*\}\}/g;

/**
 * The backend's display name for a series (`getName`): the legend format with `{{label}}` replaced (an absent
 * label gives nothing), the series name when there is no legend, the query when even that is empty braces.
 * `__auto` leaves labelled series to the frontend. An empty result sets no display name.
 */
function legendName(target: PrometheusTarget, labels: Readonly<Record<string, string>>): string {
  let legend = seriesName(labels);
  if (target.legendFormat === '__auto') {
    if (Object.keys(labels).length > 0) legend = '';
  } else if (target.legendFormat !== undefined && target.legendFormat !== '') {
    legend = target.legendFormat.replace(legendPlaceholder, (_, label: string) => labels[label] ?? '');
  }
  return legend === '{}' ? target.expr : legend;
}

const toMs = (seconds: number): number => Math.trunc(seconds * 1000);

function seriesFrame(answer: PrometheusAnswer, labels: Readonly<Record<string, string>>, samples: readonly PromSamplePair[], frameType: DataFrameType): DataFrame {
  const { FieldType } = grafanaData();
  const displayName = legendName(answer.target, labels);
  const time: Field = { name: 'Time', type: FieldType.time, config: { interval: answer.stepMs }, values: samples.map(([t]) => toMs(t)) };
  const value: Field = {
    name: labels.__name__ ?? 'Value',
    type: FieldType.number,
    config: displayName === '' ? {} : { displayNameFromDS: displayName },
    labels: { ...labels },
    values: samples.map(([, text]) => parseSampleValue(text)),
  };
  return {
    refId: answer.target.refId,
    meta: { type: frameType, typeVersion: [0, 1], custom: { resultType: answer.data.resultType } },
    fields: [time, value],
    length: samples.length,
  };
}

/** Step 1: the frames Grafana's backend makes of one answer; an empty result still gives one empty frame. */
export function backendFrames(answer: PrometheusAnswer): DataFrame[] {
  const { data } = answer;
  const { DataFrameType } = grafanaData();
  let frames: DataFrame[];
  if (data.resultType === 'vector' || data.resultType === 'matrix') {
    const frameType = data.resultType === 'vector' ? DataFrameType.NumericMulti : DataFrameType.TimeSeriesMulti;
    frames = data.result.map((series: PromSeries) =>
      seriesFrame(answer, series.metric, series.values ?? (series.value === undefined ? [] : [series.value]), frameType),
    );
  } else if (data.resultType === 'scalar') {
    frames = [seriesFrame(answer, {}, [data.result], DataFrameType.NumericMulti)];
  } else {
    throw new Error(`query ${answer.target.refId}: a ${data.resultType} result is not something a Grafana panel draws`);
  }
  return frames.length > 0 ? frames : [{ refId: answer.target.refId, meta: {}, fields: [], length: 0 }];
}

/** lodash's `groupBy` into a plain object, whose key order (integer-like keys first) Grafana's output follows. */
function groupBy(frames: readonly DataFrame[], key: (frame: DataFrame) => string): Record<string, DataFrame[]> {
  const groups: Record<string, DataFrame[]> = {};
  for (const frame of frames) (groups[key(frame)] ??= []).push(frame);
  return groups;
}

/** Step 2 for `format: table`: one frame per query, `Time`, one column per label (first seen first), the value. */
function tableFrames(frames: readonly DataFrame[]): DataFrame[] {
  if (frames.length === 0 || (frames.length === 1 && frames[0].length === 0)) return [...frames];
  const { FieldType, sortDataFrame } = grafanaData();
  const byRefId = groupBy(frames, (frame) => frame.refId ?? '');
  const refIds = Object.keys(byRefId);
  return refIds.map((refId) => {
    const group = byRefId[refId];
    const labelNames: string[] = [];
    for (const frame of group) {
      for (const label of Object.keys(frame.fields[1]?.labels ?? {}).sort()) if (!labelNames.includes(label)) labelNames.push(label);
    }
    const time: Field = { name: 'Time', type: FieldType.time, config: {}, values: [] };
    const labelFields: Field[] = labelNames.map((name) => ({ name, type: FieldType.string, config: { filterable: true }, values: [] }));
    const value: Field = { name: refIds.length > 1 ? `Value #${refId}` : 'Value', type: FieldType.number, config: {}, values: [] };
    let previous = Number.NEGATIVE_INFINITY;
    let needsSort = false;
    for (const frame of group) {
      time.config.interval ??= frame.fields[0]?.config.interval;
      for (const t of frame.fields[0]?.values ?? []) {
        time.values.push(t);
        if (t < previous) needsSort = true;
        previous = t;
      }
      const labels = frame.fields[1]?.labels ?? {};
      for (const sample of frame.fields[1]?.values ?? []) {
        value.values.push(sample);
        for (const field of labelFields) field.values.push(labels[field.name] ?? '');
      }
    }
    const table: DataFrame = {
      refId,
      fields: [time, ...labelFields, value],
      meta: { ...group[0].meta, preferredVisualisationType: 'rawPrometheus' },
      length: time.values.length,
    };
    return needsSort ? sortDataFrame(table, 0) : table;
  });
}

const numberField = (frame: DataFrame): Field | undefined => frame.fields.find((field) => field.type === 'number');

/** Orders bucket frames by their `le` as a number (Grafana's `sortSeriesByLabel`). */
function byBucketBound(a: DataFrame, b: DataFrame): number {
  const bound = (frame: DataFrame) => parseSampleValue(frame.name ?? frame.fields[1]?.name ?? '');
  const [x, y] = [bound(a), bound(b)];
  return x > y ? 1 : x < y ? -1 : 0;
}

/** Cumulative bucket counts -> counts per bucket, in place, each bucket minus the one below (tiny or negative: 0). */
function deaccumulate(buckets: readonly DataFrame[]): void {
  for (let index = buckets.length - 1; index > 0; index--) {
    const upper = numberField(buckets[index]);
    const lower = numberField(buckets[index - 1]);
    if (upper === undefined || lower === undefined) throw new Error('Prometheus heatmap transform error: data should be a time series');
    for (let row = 0; row < upper.values.length; row++) {
      upper.values[row] -= lower.values[row] || 0;
      if (upper.values[row] < 1e-9) upper.values[row] = 0;
    }
  }
}

/** Step 2 for `format: heatmap`: per query and label set (without `le`), one frame of bucket rows named by `le`. */
function heatmapFrames(frames: readonly DataFrame[]): DataFrame[] {
  const { DataFrameType } = grafanaData();
  for (const frame of frames) {
    const value = numberField(frame);
    const le = value?.labels?.le;
    if (frame.name === undefined && value !== undefined && le) {
      frame.name = le;
      value.config.displayNameFromDS = le;
    }
  }
  const merged: DataFrame[] = [];
  for (const group of Object.values(groupBy(frames, (frame) => frame.refId ?? ''))) {
    const byLabels = groupBy(group, (frame) => {
      const { le: _bound, ...others } = numberField(frame)?.labels ?? {};
      return Object.values(others).join();
    });
    for (const buckets of Object.values(byLabels)) {
      buckets.sort(byBucketBound);
      deaccumulate(buckets);
      if (buckets.length === 0 || (buckets.length === 1 && buckets[0].length === 0)) continue;
      const time = buckets[0].fields.find((field) => field.type === 'time')!;
      const counts = buckets.map((bucket) => {
        const field = numberField(bucket)!;
        return { ...field, name: field.config.displayNameFromDS! };
      });
      merged.push({ ...buckets[0], meta: { ...buckets[0].meta, type: DataFrameType.HeatmapRows }, fields: [time, ...counts] });
    }
  }
  return merged;
}

/**
 * Step 2: what the Prometheus datasource hands the panel. `targets` are the panel's queries as written: their
 * `format` decides, matched by refId (so the `-Instant` half of a query run both ways is a time series).
 */
export function datasourceFrames(frames: readonly DataFrame[], targets: readonly PrometheusTarget[]): DataFrame[] {
  const { getFieldDisplayName } = grafanaData();
  const formatOf = (frame: DataFrame) => targets.find((target) => target.refId === frame.refId)?.format;
  for (const frame of frames) {
    if (targets.find((target) => target.refId === frame.refId)?.legendFormat !== '__auto') continue;
    for (const field of frame.fields) {
      if (field.labels?.__name__ !== undefined && field.labels.__name__ === field.name) {
        field.config.displayNameFromDS = getFieldDisplayName({ ...field, name: 'Value' }, frame, [...frames]);
      }
    }
  }
  const tables = frames.filter((frame) => formatOf(frame) === 'table');
  const heatmaps = frames.filter((frame) => formatOf(frame) === 'heatmap' && frame.meta?.type !== grafanaData().DataFrameType.HeatmapCells);
  const others = frames
    .filter((frame) => !tables.includes(frame) && !heatmaps.includes(frame))
    .map((frame) => ({ ...frame, meta: { ...frame.meta, preferredVisualisationType: 'graph' as const } }));
  return [...others, ...tableFrames(tables), ...heatmapFrames(heatmaps)];
}

/** Both steps: the frames a panel receives from its queries' answers. */
export function prometheusFrames(answers: readonly PrometheusAnswer[], targets: readonly PrometheusTarget[]): DataFrame[] {
  return datasourceFrames(answers.flatMap(backendFrames), targets);
}
