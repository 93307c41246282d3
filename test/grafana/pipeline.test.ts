/**
 * Grafana's data pipeline against a real Prometheus (no scrape targets: the queries make their own series with
 * `vector` and `label_replace`), and what each panel type is judged to draw.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { dashboardData, panelData, type PipelineOptions } from '../../src/grafana/pipeline.ts';
import { prometheusClient, PrometheusRequestError } from '../../src/grafana/prometheus-api.ts';
import { freePort } from '../e2e/harness/processes.ts';
import { findPrometheus, type RunningPrometheus, startPrometheus } from '../e2e/harness/prometheus.ts';
import { missingToolsTest } from '../missing-tools.ts';

const binary = findPrometheus();

/** `label_replace(vector(value), "label", "text", "", "")` for each label: a series with these labels. */
function series(value: number | string, labels: Record<string, string>): string {
  return Object.entries(labels).reduce((expr, [label, text]) => `label_replace(${expr}, "${label}", "${text}", "", "")`, `vector(${value})`);
}

const nodes = [series(3, { id: 'a', title: 'a' }), series(4, { id: 'b', title: 'b' })].join(' or ');
const edge = (source: string, target: string) => series(2, { id: `${source}->${target}`, source, target });
const mainstat = (timeSeries: boolean) => ({
  id: 'calculateField',
  options: { mode: 'reduceRow', reduce: { reducer: 'sum' }, alias: 'mainstat', replaceFields: false, ...(timeSeries ? {} : { timeSeries: false }) },
});

let nextId = 1;
function panel(title: string, type: string, targets: object[], extra: object = {}) {
  return { id: nextId++, title, type, gridPos: { x: 0, y: 0, w: 24, h: 8 }, targets: targets.map((target, index) => ({ refId: String.fromCharCode(65 + index), ...target })), ...extra };
}
const table = (expr: string) => ({ expr, format: 'table', instant: true });

const dashboard = readDashboardText(
  JSON.stringify({
    title: 'pipeline',
    panels: [
      panel('Map', 'nodeGraph', [table(nodes), table(edge('a', 'b'))], { transformations: [mainstat(false)] }),
      panel('Map joined', 'nodeGraph', [table(nodes), table(edge('a', 'b'))], { transformations: [mainstat(true)] }),
      panel('Map with a stray edge', 'nodeGraph', [table(nodes), table(`${edge('a', 'b')} or ${edge('a', 'zzz')}`)], { transformations: [mainstat(false)] }),
      panel('Map without mainstat', 'nodeGraph', [table(nodes), table(edge('a', 'b'))]),
      panel('Map with a node twice', 'nodeGraph', [table(`${nodes} or ${series(5, { id: 'a', title: 'A' })}`), table(edge('a', 'b'))], { transformations: [mainstat(false)] }),
      panel('Ratio', 'stat', [{ expr: 'vector(0.25)', instant: true }], { fieldConfig: { defaults: { min: 0, max: 1 }, overrides: [] } }),
      panel('Bad ratio', 'gauge', [{ expr: 'vector(1.5)', instant: true }, { expr: 'vector(0) / vector(0)', instant: true }], { fieldConfig: { defaults: { min: 0, max: 1 }, overrides: [] } }),
      panel('Bars', 'bargauge', [{ expr: `${series(5, { name: 'x' })} or ${series(7, { name: 'y' })}`, instant: true, legendFormat: '{{name}}' }]),
      panel('Bars named alike', 'piechart', [{ expr: `${series(5, { name: 'x' })} or ${series(7, { name: 'y' })}`, instant: true, legendFormat: 'all' }]),
      panel('Bars named blank', 'bargauge', [{ expr: `${series(5, { name: 'x' })} or ${series(7, { name: 'y' })}`, instant: true, legendFormat: ' ' }]),
      panel('Buckets', 'heatmap', [{ expr: `${series(3, { le: '+Inf' })} or ${series(1, { le: '10' })} or ${series(2, { le: '5' })}`, format: 'heatmap', legendFormat: '{{le}}' }]),
      panel('Odd buckets', 'heatmap', [{ expr: `${series(3, { le: 'many' })} or ${series(1, { le: '10' })}`, format: 'heatmap', legendFormat: '{{le}}' }]),
      panel('Table', 'table', [table(series(1, { k: 'a' })), table(series(2, { k: 'a' }))], {
        transformations: [{ id: 'merge', options: {} }, { id: 'organize', options: { renameByName: { 'Value #A': 'First' } } }],
        fieldConfig: { defaults: {}, overrides: [{ matcher: { id: 'byName', options: 'First' }, properties: [] }, { matcher: { id: 'byName', options: 'Second' }, properties: [] }] },
      }),
      panel('Two tables', 'table', [table(series(1, { k: 'a' })), table(series(2, { j: 'b' }))]),
      panel('Lines', 'timeseries', [{ expr: series(1, { job: 'x' }), legendFormat: 'job {{job}}' }, { expr: 'vector(2)', instant: true, range: true }]),
      panel('Nothing', 'timeseries', [{ expr: 'no_such_metric' }]),
      panel('Broken', 'stat', [{ expr: 'sum(' }]),
      panel('Misspelled transformation', 'table', [table('vector(1)')], { transformations: [{ id: 'orgnaize', options: {} }] }),
      panel('Notes', 'text', []),
    ],
  }),
  'pipeline.json',
);

if (binary === undefined) {
  missingToolsTest("Grafana's data pipeline against a real Prometheus", '`prometheus`');
} else {
  describe("Grafana's data pipeline against a real Prometheus", () => {
    let prometheus: RunningPrometheus;
    let options: PipelineOptions;

    beforeAll(async () => {
      prometheus = await startPrometheus(binary, [], 15);
      const toMs = Math.floor(Date.now() / 1000) * 1000;
      options = { prometheus: prometheus.client, variables: new Map(), fromMs: toMs - 600_000, toMs, scrapeIntervalMs: 15_000 };
    }, 30_000);

    afterAll(async () => {
      await prometheus?.stop();
    }, 15_000);

    test('one line per Prometheus panel, and the problems that keep each from drawing', async () => {
      const results = await dashboardData(dashboard, options);
      const report = Object.fromEntries(results.map(({ panel, drawing }) => [panel.title, [drawing.line, ...drawing.problems]]));
      expect(report).toEqual({
        Map: ['Map: 2 nodes, 1 edge'],
        'Map joined': ['Map joined: 0 nodes, 1 edge', 'expected one nodes frame, got 0', '1 edge references missing nodes: b (a, b)', 'no nodes'],
        'Map with a stray edge': ['Map with a stray edge: 2 nodes, 2 edges', '1 edge references missing nodes: a->zzz (zzz)'],
        'Map without mainstat': [
          'Map without mainstat: 2 nodes, 1 edge',
          'the nodes frame lacks mainstat (it has Time, id, title, Value #A)',
          'the edges frame lacks mainstat (it has Time, id, source, target, Value #B)',
        ],
        'Map with a node twice': ['Map with a node twice: 3 nodes, 1 edge', 'node ids given more than once: a'],
      Ratio: ['Ratio: 1 value (0.25)'],
        'Bad ratio': ['Bad ratio: 2 values (1.5, NaN)', '1.5 is outside 0..1', 'no value: only null or NaN samples'],
        Bars: ['Bars: 2 values (x 5, y 7)'],
        'Bars named alike': ['Bars named alike: 2 values (all 5, all 7)', 'legend names shown twice: all'],
        'Bars named blank': ['Bars named blank: 2 values (  5,   7)', 'a value without a legend name', 'legend names shown twice:  '],
        Buckets: [expect.stringMatching(/^Buckets: 3 buckets \(le 5 \.\. \+Inf\) x \d+ times$/)],
        'Odd buckets': [expect.stringMatching(/^Odd buckets: 2 buckets \(le 10 \.\. many\) x \d+ times$/), 'buckets without a numeric bound: many'],
        Table: ['Table: 1 row, columns Time, k, First, Value #B', 'columns the panel names are missing: Second'],
        'Two tables': ['Two tables: 1 row, columns Time, k, Value #A', '2 frames: Grafana shows one at a time (merge or join them)'],
        Lines: [expect.stringMatching(/^Lines: 3 series \(job x, vector\(2\), vector\(2\)\), \d+ points$/)],
        Nothing: ['Nothing: 0 series, 0 points', 'no data'],
        Broken: [expect.stringMatching(/^Broken: nothing \(query A failed: range query sum\(: .*\)$/), expect.stringMatching(/^query A failed: /)],
        'Misspelled transformation': [
          'Misspelled transformation: nothing (transformation 1: "orgnaize" is not a transformation of @grafana/data (did you mean "organize"?))',
          'transformation 1: "orgnaize" is not a transformation of @grafana/data (did you mean "organize"?)',
        ],
      });
    });

    test('a query marked instant and range runs twice, the instant half as `<refId>-Instant`; range steps are aligned', async () => {
      const lines = dashboard.panels.find((candidate) => candidate.title === 'Lines')!;
      const data = (await panelData(lines, options))!;
      expect(data.queries.map((query) => `${query.refId} ${query.mode}`)).toEqual(['A range', 'B range', 'B-Instant instant']);
      const times = data.received[0].fields[0].values as number[];
      expect(times.every((time) => time % 15_000 === 0)).toBe(true);
      expect(times.length).toBeGreaterThanOrEqual(40);
    });

    test('an unreachable Prometheus stops the run instead of being a panel problem', async () => {
      const closed = prometheusClient(`http://127.0.0.1:${await freePort()}`);
      const broken = panelData(dashboard.panels[0], { ...options, prometheus: closed });
      await expect(broken).rejects.toThrow(PrometheusRequestError);
      await expect(broken).rejects.toThrow(/cannot reach Prometheus at http:\/\/127\.0\.0\.1:\d+/);
    });
  });
}
