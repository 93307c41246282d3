/**
 * What a Grafana panel draws from its (transformed) frames, and what keeps it from drawing: one line per panel
 * ("Service map: 9 nodes, 11 edges") and the problems Grafana would show or silently suffer. Each panel type is
 * judged by what its plugin reads: the node graph by field names (`NodeGraphDataFrameFieldNames`), stat, gauge,
 * bar gauge and pie chart through `getFieldDisplayValues` (Grafana's reduction and naming of their values),
 * legends through `getFieldDisplayName`.
 */
import type { PanelInfo } from '../dashboard/model.ts';
import { plural } from '../text/plural.ts';
import { type DataFrame, type Field, grafanaData } from './grafana-data.ts';
import { parseSampleValue } from './frames.ts';

export interface PanelDrawing {
  /** What the panel shows, for people: `Service map: 9 nodes, 11 edges`. */
  readonly line: string;
  /** Why it would not draw, or draw something wrong; empty when it draws. */
  readonly problems: readonly string[];
}

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const rows = (frames: readonly DataFrame[]): number => frames.reduce((sum, frame) => sum + frame.length, 0);

/** At most `limit` names, then how many more. */
function someOf(names: readonly string[], limit = 4): string {
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown}, ... (${names.length - limit} more)` : shown;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1e6 || (value !== 0 && Math.abs(value) < 1e-3) ? value.toExponential(2) : String(Number(value.toFixed(4)));
}

export const fieldNamed = (frame: DataFrame, name: string): Field | undefined => frame.fields.find((field) => field.name === name);

/** The node graph's frames: any frame with a `source` field holds edges, every other frame nodes (its `useCategorizeFrames`). */
function nodeGraph(frames: readonly DataFrame[]): PanelDrawing {
  const names = grafanaData().NodeGraphDataFrameFieldNames;
  const edges = frames.filter((frame) => fieldNamed(frame, names.source) !== undefined);
  const nodes = frames.filter((frame) => !edges.includes(frame));
  const problems: string[] = [];
  const requireFrames = (kind: string, found: readonly DataFrame[], fields: readonly string[]) => {
    if (found.length !== 1) problems.push(`expected one ${kind} frame, got ${found.length}`);
    for (const frame of found) {
      const missing = fields.filter((name) => fieldNamed(frame, name) === undefined);
      const columns = frame.fields.map((field) => field.name).join(', ');
      if (missing.length > 0) problems.push(`the ${kind} frame lacks ${missing.join(', ')} (it has ${columns === '' ? 'no fields' : columns})`);
    }
  };
  requireFrames('nodes', nodes, [names.id, names.title, names.mainStat]);
  requireFrames('edges', edges, [names.id, names.source, names.target, names.mainStat]);
  const allNodeIds = nodes.flatMap((frame) => (fieldNamed(frame, names.id)?.values ?? []).map(String));
  const nodeIds = new Set(allNodeIds);
  // The panel keys nodes by id: a repeated id is drawn once, with one of the rows' figures.
  const repeated = [...new Set(allNodeIds.filter((id, index) => allNodeIds.indexOf(id) !== index))];
  if (repeated.length > 0) problems.push(`node ids given more than once: ${someOf(repeated)}`);
  const missing: string[] = [];
  for (const frame of edges) {
    const [ids, sources, targets] = [names.id, names.source, names.target].map((name) => fieldNamed(frame, name)?.values ?? []);
    for (let row = 0; row < frame.length; row++) {
      const absent = [sources[row], targets[row]].filter((end) => !nodeIds.has(String(end)));
      if (absent.length > 0) missing.push(`${String(ids[row] ?? row)} (${absent.join(', ')})`);
    }
  }
  if (missing.length > 0) problems.push(`${plural(missing.length, 'edge references', 'edges reference')} missing nodes: ${someOf(missing, 3)}`);
  if (rows(nodes) === 0) problems.push('no nodes');
  return { line: `${plural(rows(nodes), 'node')}, ${plural(rows(edges), 'edge')}`, problems };
}

/** Heatmap rows: per frame a time field and one count field per bucket, named by its bound, in increasing order. */
function heatmap(frames: readonly DataFrame[]): PanelDrawing {
  const problems: string[] = [];
  const shapes: string[] = [];
  for (const frame of frames) {
    const buckets = frame.fields.filter((field) => field.type !== 'time');
    const bounds = buckets.map((field) => parseSampleValue(field.name));
    if (!frame.fields.some((field) => field.type === 'time')) problems.push('a heatmap frame without a time field');
    const unnamed = buckets.filter((_, index) => Number.isNaN(bounds[index])).map((field) => field.name);
    if (unnamed.length > 0) problems.push(`buckets without a numeric bound: ${someOf(unnamed)}`);
    const disorder = bounds.findIndex((bound, index) => index > 0 && !(bound > bounds[index - 1]));
    if (unnamed.length === 0 && disorder > 0) problems.push(`bucket bounds out of order: ${buckets[disorder - 1].name} before ${buckets[disorder].name}`);
    if (buckets.some((field) => field.type !== 'number')) problems.push('bucket counts that are not numbers');
    if (buckets.length > 0) shapes.push(`${plural(buckets.length, 'bucket')} (le ${buckets[0].name} .. ${buckets[buckets.length - 1].name}) x ${plural(frame.length, 'time')}`);
  }
  if (frames.length === 0 || rows(frames) === 0) problems.push('no data');
  return { line: shapes.join('; ') || 'no buckets', problems };
}

/** Time series: every frame has a time field and numbers; one line per series in the legend. */
function timeSeries(frames: readonly DataFrame[]): PanelDrawing {
  const { getFieldDisplayName } = grafanaData();
  const problems: string[] = [];
  const series: string[] = [];
  for (const frame of frames.filter((candidate) => candidate.fields.length > 0)) {
    if (!frame.fields.some((field) => field.type === 'time')) problems.push(`a frame without a time field (${frame.refId ?? '?'})`);
    const values = frame.fields.filter((field) => field.type === 'number');
    if (values.length === 0) problems.push(`a frame without numbers (${frame.refId ?? '?'})`);
    series.push(...values.map((field) => getFieldDisplayName(field, frame, [...frames])));
  }
  if (series.length === 0 || rows(frames) === 0) problems.push('no data');
  const names = series.length === 0 ? '' : ` (${someOf(series)})`;
  return { line: `${plural(series.length, 'series', 'series')}${names}, ${plural(rows(frames), 'point')}`, problems };
}

/** The panel's `options.reduceOptions`, with the defaults the stat, gauge, bar gauge and pie chart panels share. */
function reduceOptions(panel: PanelInfo): Json {
  const options = isObject(panel.raw.options) ? panel.raw.options.reduceOptions : undefined;
  return { values: false, calcs: ['lastNotNull'], fields: '', ...(isObject(options) ? options : {}) };
}

/**
 * The numbers a stat, gauge, bar gauge or pie chart shows, named as its labels name them; empty for "No data".
 * Fields get a display of raw numbers, so that the line shows values as Prometheus gave them (the data pictures
 * print them as Grafana does, `display.ts`).
 */
function displayValues(panel: PanelInfo, frames: readonly DataFrame[]): { title: string; value: number }[] {
  const { createTheme, getFieldDisplayValues } = grafanaData();
  const numbers = frames.flatMap((frame) => (frame.length > 0 ? frame.fields.filter((field) => field.type === 'number') : []));
  if (numbers.length === 0) return [];
  // A reduction with nothing to reduce (only null or NaN samples) is null: Grafana then shows no value.
  const display = (value: unknown) => ({ numeric: value === null || value === undefined ? Number.NaN : Number(value), text: String(value) });
  for (const frame of frames) for (const field of frame.fields) field.display = display;
  const options = {
    data: [...frames],
    reduceOptions: reduceOptions(panel) as never,
    fieldConfig: { defaults: {}, overrides: [] },
    replaceVariables: (text: string) => text,
    theme: createTheme(),
    timeZone: 'utc',
  };
  const shown = getFieldDisplayValues(options);
  // The "No data" placeholder is the one entry that belongs to no field (it has no `colIndex`).
  return shown.filter((entry) => entry.colIndex !== undefined).map((entry) => ({ title: entry.display.title ?? '', value: entry.display.numeric }));
}

/** The panel's `min`/`max` (field defaults), when set. */
function bounds(panel: PanelInfo): { min?: number; max?: number } {
  const defaults = isObject(panel.raw.fieldConfig) && isObject(panel.raw.fieldConfig.defaults) ? panel.raw.fieldConfig.defaults : {};
  return {
    min: typeof defaults.min === 'number' ? defaults.min : undefined,
    max: typeof defaults.max === 'number' ? defaults.max : undefined,
  };
}

/**
 * Stat and gauge: one number per series, inside min..max; bar gauge and pie chart: one value per series, each
 * named (a blank or repeated name is a legend that does not tell the bars or slices apart).
 */
function singleValues(panel: PanelInfo, frames: readonly DataFrame[], received: ReceivedData): PanelDrawing {
  const { seriesCount } = received;
  const shown = displayValues(panel, frames);
  const problems: string[] = [];
  if (shown.length === 0) problems.push('no data');
  else if (shown.length !== seriesCount) problems.push(`${plural(shown.length, 'value')} for ${plural(seriesCount, 'series', 'series')}`);
  // A series without labels or legend is named by its query: not worth repeating.
  const named = (title: string) => title !== '' && !received.queryTexts.includes(title);
  const { min, max } = bounds(panel);
  for (const { title, value } of shown) {
    const name = named(title) ? ` (${title})` : '';
    if (Number.isNaN(value)) problems.push(`no value${name}: only null or NaN samples`);
    else if (!Number.isFinite(value)) problems.push(`${formatNumber(value)}${name} cannot be drawn`);
    else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      problems.push(`${formatNumber(value)}${name} is outside ${min ?? '-inf'}..${max ?? '+inf'}`);
    }
  }
  if (panel.type === 'bargauge' || panel.type === 'piechart') {
    const titles = shown.map((entry) => entry.title);
    if (titles.some((title) => title.trim() === '')) problems.push('a value without a legend name');
    const repeated = titles.filter((title, index) => titles.indexOf(title) !== index);
    if (repeated.length > 0) problems.push(`legend names shown twice: ${someOf([...new Set(repeated)])}`);
  }
  const values = shown.map(({ title, value }) => (named(title) ? `${title} ${formatNumber(value)}` : formatNumber(value)));
  return { line: `${plural(shown.length, 'value')}${values.length === 0 ? '' : ` (${someOf(values)})`}`, problems };
}

/** Names the panel refers to columns by: `byName` overrides and `sortBy` fields. A missing one silently does nothing. */
function namedColumns(panel: PanelInfo): string[] {
  const names = new Set<string>();
  const overrides = isObject(panel.raw.fieldConfig) && Array.isArray(panel.raw.fieldConfig.overrides) ? panel.raw.fieldConfig.overrides : [];
  for (const override of overrides) {
    const matcher = isObject(override) && isObject(override.matcher) ? override.matcher : undefined;
    if (matcher?.id === 'byName' && typeof matcher.options === 'string') names.add(matcher.options);
  }
  for (const transformation of Array.isArray(panel.raw.transformations) ? panel.raw.transformations : []) {
    if (!isObject(transformation) || transformation.id !== 'sortBy' || !isObject(transformation.options)) continue;
    for (const sort of Array.isArray(transformation.options.sort) ? transformation.options.sort : []) {
      if (isObject(sort) && typeof sort.field === 'string') names.add(sort.field);
    }
  }
  return [...names];
}

/** Table: one frame (else Grafana offers a frame picker), with rows, and every column the panel names. */
function table(panel: PanelInfo, frames: readonly DataFrame[]): PanelDrawing {
  const { getFieldDisplayName } = grafanaData();
  const problems: string[] = [];
  const shown = frames.filter((frame) => frame.fields.length > 0);
  if (shown.length > 1) problems.push(`${shown.length} frames: Grafana shows one at a time (merge or join them)`);
  const first = shown[0];
  const columns = first === undefined ? [] : first.fields.filter((field) => field.config.custom?.hidden !== true).map((field) => getFieldDisplayName(field, first, [...shown]));
  const absent = namedColumns(panel).filter((name) => !columns.includes(name));
  if (absent.length > 0) problems.push(`columns the panel names are missing: ${absent.join(', ')}`);
  if (first === undefined || first.length === 0) problems.push('no data');
  return { line: `${plural(first?.length ?? 0, 'row')}, columns ${columns.join(', ') || '(none)'}`, problems };
}

/** What the datasource handed the panel, before its transformations. */
export interface ReceivedData {
  /** Series returned: a single-value panel shows one value for each. */
  readonly seriesCount: number;
  /** The queries as sent: the name Grafana gives a series without labels or legend. */
  readonly queryTexts: readonly string[];
}

/** How many series the datasource returned (value fields of non-empty frames). */
export function seriesCount(frames: readonly DataFrame[]): number {
  return frames.reduce((sum, frame) => sum + (frame.length > 0 ? frame.fields.filter((field) => field.type === 'number').length : 0), 0);
}

/** What `panel` draws from `frames`, the frames after its transformations. */
export function describeDrawing(panel: PanelInfo, frames: readonly DataFrame[], received: ReceivedData): PanelDrawing {
  const drawing = ((): PanelDrawing => {
    switch (panel.type) {
      case 'nodeGraph':
        return nodeGraph(frames);
      case 'heatmap':
        return heatmap(frames);
      case 'timeseries':
        return timeSeries(frames);
      case 'stat':
      case 'gauge':
      case 'bargauge':
      case 'piechart':
        return singleValues(panel, frames, received);
      case 'table':
        return table(panel, frames);
      default:
        return { line: `${plural(frames.length, 'frame')}, ${plural(rows(frames), 'row')} (the ${panel.type} panel is not checked)`, problems: [] };
    }
  })();
  return { line: `${panel.title}: ${drawing.line}`, problems: drawing.problems };
}
