/** The per-panel checks of the end-to-end test fail when a panel would show nothing or nonsense. */
import { describe, expect, test } from 'vitest';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { queryUnit, runDashboardQueries } from './harness/panels.ts';
import type { QueryResult, RunningPrometheus } from './harness/prometheus.ts';

function dashboard(panels: unknown[]) {
  return readDashboardText(JSON.stringify({ title: 'd', panels }), 'd.json');
}

/** A Prometheus that answers each expression with a canned result, or fails on `bad`. */
function fakePrometheus(answers: Record<string, QueryResult>): RunningPrometheus {
  const answer = async (expr: string) => {
    if (expr === 'bad') throw new Error('parse error');
    return answers[expr] ?? { resultType: 'vector', series: [] };
  };
  return {
    url: 'http://fake',
    scrapeIntervalSeconds: 1,
    process: undefined as never,
    client: undefined as never,
    instant: answer,
    range: answer,
    labelValues: async () => [],
    stop: async () => {},
  };
}

const vector = (...series: [Record<string, string>, string][]): QueryResult => ({
  resultType: 'vector',
  series: series.map(([metric, value]) => ({ metric, values: [[0, value]] })),
});

const panel = (title: string, type: string, unit: string, exprs: string[], extra: object = {}) => ({
  title,
  type,
  fieldConfig: { defaults: { unit }, overrides: [] },
  targets: exprs.map((expr, index) => ({ refId: String.fromCharCode(65 + index), expr })),
  ...extra,
});

describe('runDashboardQueries', () => {
  test('reports no data, failed queries, values outside the unit\'s range and missing node graph and heatmap fields', async () => {
    const run = await runDashboardQueries(
      dashboard([
        panel('Ratio', 'stat', 'percentunit', ['ratio']),
        panel('Health', 'gauge', 'none', ['health']),
        panel('Cost', 'stat', 'currencyUSD', ['cost']),
        panel('Empty', 'timeseries', 'short', ['empty']),
        panel('Broken', 'stat', 'short', ['bad']),
        panel('Heat', 'heatmap', 'short', ['heat']),
        panel('Graph', 'nodeGraph', 'short', ['nodes', 'edges']),
        panel('Planned', 'stat', 'short', ['max(slo_compliance)']),
      ]),
      {
        prometheus: fakePrometheus({
          ratio: vector([{}, '1.5']),
          health: vector([{}, '140']),
          cost: vector([{}, '-2']),
          heat: vector([{ le: '10' }, '1'], [{}, '2']),
          nodes: vector([{ name: 'a' }, '1']),
          edges: vector([{ id: 'a->b', source: 'a' }, '1']),
        }),
        variables: new Map(),
        fromMs: 0,
        toMs: 60_000,
        plannedSeries: ['slo_compliance'],
      },
    );
    expect(run.reports.filter((report) => report.problems.length > 0).map((report) => `${report.panel} ${report.mode}: ${report.problems.join('; ')}`)).toEqual([
      'Ratio instant: 1 values outside a ratio [0, 1], e.g. 1.5',
      'Health instant: 1 values outside a percentage [0, 100], e.g. 140',
      'Cost instant: 1 values outside a cost [0, Infinity], e.g. -2',
      'Empty instant: no data',
      'Empty range: no data',
      'Broken instant: query failed: parse error',
      'Heat instant: heatmap series without `le`',
    ]);
    expect(run.reports.find((report) => report.panel === 'Planned')?.plannedOnly).toBe(true);
    expect(run.panelProblems).toEqual(['Graph: no edge query with id, source, target', 'Graph: no node query with id']);
  });
});

describe('queryUnit', () => {
  test('a table column override (through organize renames) or a frame override wins over the panel unit', () => {
    const [table] = dashboard([
      panel('T', 'table', 'short', ['a', 'b', 'c'], {
        transformations: [{ id: 'organize', options: { renameByName: { 'Value #B': 'Success' } } }],
        fieldConfig: {
          defaults: { unit: 'short' },
          overrides: [
            { matcher: { id: 'byName', options: 'Success' }, properties: [{ id: 'unit', value: 'percentunit' }] },
            { matcher: { id: 'byFrameRefID', options: 'C' }, properties: [{ id: 'decimals', value: 0 }, { id: 'unit', value: 'ms' }] },
          ],
        },
      }),
    ]).panels;
    expect(['A', 'B', 'C'].map((refId) => queryUnit(table, refId))).toEqual(['short', 'percentunit', 'ms']);
  });
});
