/**
 * The frames Grafana makes of Prometheus answers. The expectations are those of Grafana's own tests of the same
 * code: `packages/grafana-prometheus/src/result_transformer.test.ts` (the datasource frontend, `transformV2`)
 * and `pkg/promlib/querydata/response.go` with `converter/prom.go` (the backend's frames and legend names).
 */
import { describe, expect, test } from 'vitest';
import { backendFrames, datasourceFrames, parseSampleValue, type PrometheusAnswer, prometheusFrames, type PrometheusTarget } from '../../src/grafana/frames.ts';
import type { DataFrame } from '../../src/grafana/grafana-data.ts';
import type { PromSeries } from '../../src/grafana/prometheus-api.ts';

const vector = (target: PrometheusTarget, ...series: PromSeries[]): PrometheusAnswer => ({ target, stepMs: 15_000, data: { resultType: 'vector', result: series } });
const matrix = (target: PrometheusTarget, ...series: PromSeries[]): PrometheusAnswer => ({ target, stepMs: 15_000, data: { resultType: 'matrix', result: series } });

const fields = (frame: DataFrame) => frame.fields.map((field) => [field.name, field.type, [...field.values]]);

describe('sample values', () => {
  test('every spelling of infinity Grafana accepts, NaN and plain numbers', () => {
    for (const text of ['+Inf', 'Inf', 'inf', '+Infinity', '+infinity', 'infinity']) expect(parseSampleValue(text), text).toBe(Number.POSITIVE_INFINITY);
    for (const text of ['-Inf', '-inf', '-Infinity', '-infinity']) expect(parseSampleValue(text), text).toBe(Number.NEGATIVE_INFINITY);
    expect(parseSampleValue('NaN')).toBeNaN();
    expect(parseSampleValue('1.5e3')).toBe(1500);
  });
});

describe("Grafana's backend: one frame per series", () => {
  const target = { refId: 'A', expr: 'sum by (job, mode) (x)' };

  test('Time in milliseconds and the value field carrying the labels, named by the legend format', () => {
    const [frame] = backendFrames(matrix({ ...target, legendFormat: '{{mode}} on {{ job }}{{absent}}' }, { metric: { job: 'api', mode: 'idle' }, values: [[1700000000.5, '1'], [1700000015.5, '+Inf']] }));
    expect(fields(frame)).toEqual([
      ['Time', 'time', [1700000000500, 1700000015500]],
      ['Value', 'number', [1, Number.POSITIVE_INFINITY]],
    ]);
    expect(frame.fields[1].labels).toEqual({ job: 'api', mode: 'idle' });
    expect(frame.fields[1].config.displayNameFromDS).toBe('idle on api');
    expect(frame.fields[0].config.interval).toBe(15_000);
    expect(frame.meta).toMatchObject({ type: 'timeseries-multi', custom: { resultType: 'matrix' } });
  });

  test('without a legend: the series as Prometheus prints it, labels sorted; the query for a series without labels', () => {
    const frames = backendFrames(vector(target, { metric: { mode: 'idle', job: 'api', __name__: 'x' }, value: [1, '2'] }, { metric: {}, value: [1, '3'] }));
    expect(frames.map((frame) => frame.fields[1].config.displayNameFromDS)).toEqual(['x{job="api", mode="idle"}', target.expr]);
    // Dataplane naming: a series with a metric name gives the value field that name.
    expect(frames.map((frame) => frame.fields[1].name)).toEqual(['x', 'Value']);
    expect(frames[0].meta).toMatchObject({ type: 'numeric-multi', custom: { resultType: 'vector' } });
  });

  test('__auto leaves labelled series unnamed; a scalar is one labelless frame; no series is one empty frame', () => {
    const [auto] = backendFrames(vector({ ...target, legendFormat: '__auto' }, { metric: { job: 'api' }, value: [1, '2'] }));
    expect(auto.fields[1].config.displayNameFromDS).toBeUndefined();
    const [scalar] = backendFrames({ target, stepMs: 1000, data: { resultType: 'scalar', result: [2, '0.5'] } });
    expect(fields(scalar)).toEqual([['Time', 'time', [2000]], ['Value', 'number', [0.5]]]);
    expect(backendFrames(vector(target))).toEqual([{ refId: 'A', meta: {}, fields: [], length: 0 }]);
  });
});

describe("Grafana's Prometheus datasource: tables, heatmaps, time series", () => {
  test('table format: the frames of a query become one table, label columns in the order first seen, then Value', () => {
    const table = { refId: 'A', expr: 'x', format: 'table' };
    const frames = prometheusFrames(
      [matrix(table, { metric: { label2: 'value2', label1: 'value1' }, values: [[6, '6'], [5, '5']] }, { metric: { label4: 'b', label3: 'a' }, values: [[7, '7']] })],
      [table],
    );
    expect(frames).toHaveLength(1);
    expect(frames[0].fields.map((field) => field.name)).toEqual(['Time', 'label1', 'label2', 'label3', 'label4', 'Value']);
    expect(frames[0].meta?.preferredVisualisationType).toBe('rawPrometheus');
    // Times out of order are sorted, the labels a series lacks are empty strings.
    expect(fields(frames[0])).toEqual([
      ['Time', 'time', [5000, 6000, 7000]],
      ['label1', 'string', ['value1', 'value1', '']],
      ['label2', 'string', ['value2', 'value2', '']],
      ['label3', 'string', ['', '', 'a']],
      ['label4', 'string', ['', '', 'b']],
      ['Value', 'number', [5, 6, 7]],
    ]);
  });

  test('several table queries: one table each, the value column named `Value #<refId>`; time series come first', () => {
    const targets = [
      { refId: 'A', expr: 'a', format: 'table' },
      { refId: 'B', expr: 'b', format: 'table' },
      { refId: 'C', expr: 'c', format: 'time_series' },
    ];
    const frames = prometheusFrames(
      targets.map((target) => vector(target, { metric: { id: target.refId }, value: [1, '1'] })),
      targets,
    );
    expect(frames.map((frame) => [frame.refId, frame.meta?.preferredVisualisationType, frame.fields.map((field) => field.name)])).toEqual([
      ['C', 'graph', ['Time', 'Value']],
      ['A', 'rawPrometheus', ['Time', 'id', 'Value #A']],
      ['B', 'rawPrometheus', ['Time', 'id', 'Value #B']],
    ]);
  });

  test('heatmap format: buckets ordered by le as numbers, de-accumulated, fields named by le', () => {
    const heatmap = { refId: 'A', expr: 'sum by (le) (x_bucket)', format: 'heatmap', legendFormat: '{{le}}' };
    const bucket = (le: string, counts: number[]): PromSeries => ({ metric: { le }, values: counts.map((count, index) => [4 + index, String(count)]) });
    const frames = prometheusFrames([matrix(heatmap, bucket('1', [10, 10, 0]), bucket('+Inf', [30, 10, 40]), bucket('2', [20, 10, 30]))], [heatmap]);
    expect(frames).toHaveLength(1);
    expect(frames[0].meta?.type).toBe('heatmap-rows');
    expect(fields(frames[0])).toEqual([
      ['Time', 'time', [4000, 5000, 6000]],
      ['1', 'number', [10, 10, 0]],
      ['2', 'number', [10, 0, 30]],
      ['+Inf', 'number', [10, 0, 10]],
    ]);
  });

  test('heatmap buckets of other label sets are separate heatmaps; an empty heatmap answer gives no frame', () => {
    const heatmap = { refId: 'A', expr: 'sum by (le, job) (x_bucket)', format: 'heatmap' };
    const frames = prometheusFrames(
      [vector(heatmap, { metric: { le: '1', job: 'a' }, value: [1, '1'] }, { metric: { le: '1', job: 'b' }, value: [1, '2'] }, { metric: { le: '+Inf', job: 'a' }, value: [1, '3'] })],
      [heatmap],
    );
    expect(frames.map((frame) => frame.fields.map((field) => `${field.name}=${field.values.join(',')}`))).toEqual([
      ['Time=1000', '1=1', '+Inf=2'],
      ['Time=1000', '1=2'],
    ]);
    expect(prometheusFrames([vector(heatmap)], [heatmap])).toEqual([]);
  });

  test('__auto legend: a series named only by its metric gets that name from the frontend', () => {
    const auto = { refId: 'A', expr: 'up', legendFormat: '__auto' };
    const frames = prometheusFrames([vector(auto, { metric: { __name__: 'up' }, value: [1, '1'] })], [auto]);
    expect(frames[0].fields[1]).toMatchObject({ name: 'up', config: { displayNameFromDS: 'up' } });
  });

  test('the format is looked up by refId among the queries as written: an `-Instant` half is a time series', () => {
    const table = { refId: 'A', expr: 'x', format: 'table' };
    const frames = datasourceFrames(backendFrames(vector({ ...table, refId: 'A-Instant' }, { metric: { id: 'a' }, value: [1, '1'] })), [table]);
    expect(frames.map((frame) => [frame.refId, frame.meta?.preferredVisualisationType])).toEqual([['A-Instant', 'graph']]);
  });
});
