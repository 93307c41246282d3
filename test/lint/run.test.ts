import { describe, expect, it } from 'vitest';
import { ttaCatalog } from '../../queries/catalog.ts';
import { prometheusQueries } from '../../src/lint/datasource.ts';
import type { DashboardRule, QueryRule } from '../../src/lint/rule.ts';
import { lintDashboard } from '../../src/lint/run.ts';
import { findProfile, profiles } from '../../src/naming/profiles.ts';
import { buildNamingContext } from '../../src/naming/series.ts';
import { cleanQuery, panel, promDatasource, read, v1, v2Resource } from './fixtures.ts';

/** A query rule that reports every query it sees, at the first `x` in it. */
function recorder(id = 'test-record', meta: Partial<QueryRule> = {}): QueryRule {
  return {
    scope: 'query',
    id,
    severity: 'info',
    description: 'records the queries it sees',
    rationale: 'test rule',
    example: { bad: 'x', good: 'y' },
    enabledByDefault: true,
    needsCatalog: false,
    check: ({ query, analysis }, report) => report({ message: `saw ${analysis.text}`, from: query.expr!.indexOf('x') }),
    ...meta,
  };
}

const seen = (document: unknown, options = {}) =>
  lintDashboard(read(document), { rules: [recorder()], ...options }).map((finding) => finding.message);

describe('which queries are PromQL', () => {
  it('lints Prometheus queries, hidden ones too, and skips Loki, Tempo and Grafana pseudo datasources', () => {
    const loki = { type: 'loki', uid: '${loki}' };
    const document = v1(
      [
        panel(1, 'x_prom', { targets: [{ refId: 'A', expr: 'x_prom', datasource: promDatasource, hide: true }] }),
        panel(2, 'x_loki', { datasource: loki, targets: [{ refId: 'A', expr: 'x_loki', datasource: loki }] }),
        panel(3, 'x_var_loki', { datasource: '$loki', targets: [{ refId: 'A', expr: 'x_var_loki' }] }),
        panel(4, 'x_var_prom', { datasource: '$datasource', targets: [{ refId: 'A', expr: 'x_var_prom' }] }),
        panel(5, 'x_default', { datasource: undefined, targets: [{ refId: 'A', expr: 'x_default' }] }),
        panel(6, 'x_tempo', { datasource: { type: 'tempo', uid: 't' }, targets: [{ refId: 'A', query: 'x' }] }),
        panel(7, 'x_grafana', { datasource: { type: 'datasource', uid: '-- Grafana --' }, targets: [{ refId: 'A', expr: 'x' }] }),
        panel(8, 'x_mixed', {
          datasource: { type: 'datasource', uid: '-- Mixed --' },
          targets: [
            { refId: 'A', expr: 'x_mixed_prom', datasource: { uid: '${datasource}' } },
            { refId: 'B', expr: 'x_mixed_loki', datasource: loki },
            { refId: 'C', expr: 'x_mixed_default' },
          ],
        }),
        panel(9, 'x_import', { datasource: '${DS_PROM}', targets: [{ refId: 'A', expr: 'x_import' }] }),
        panel(10, '', { type: 'dashlist', targets: [{ refId: 'A', expr: ' ' }] }),
      ],
      {
        templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus' }, { name: 'loki', type: 'datasource', query: 'loki' }] },
        __inputs: [{ name: 'DS_PROM', pluginId: 'prometheus' }],
      },
    );
    expect(seen(document)).toEqual([
      'saw x_prom',
      'saw x_var_prom',
      'saw x_default',
      'saw x_mixed_prom',
      'saw x_mixed_default',
      'saw x_import',
    ]);
    expect(prometheusQueries(read(document))).toHaveLength(6);
  });

  it('reads every dashboard format: classic, API wrapper, old rows, v2 resource', () => {
    const classic = v1([panel(1, 'x_classic')]);
    const wrapper = { dashboard: v1([panel(1, 'x_wrapped')]), meta: {} };
    const rows = { title: 'Old', schemaVersion: 14, rows: [{ title: 'R', panels: [{ id: 1, type: 'graph', datasource: '$datasource', targets: [{ refId: 'A', expr: 'x_rows' }] }] }] };
    const v2 = v2Resource('v2', {
      title: 'V2',
      elements: {
        'panel-1': {
          kind: 'Panel',
          spec: {
            id: 1,
            title: 'P',
            data: { kind: 'QueryGroup', spec: { queries: [{ kind: 'PanelQuery', spec: { refId: 'A', query: { kind: 'DataQuery', group: 'prometheus', spec: { expr: 'x_v2' } } } }] } },
            vizConfig: { kind: 'VizConfig', group: 'timeseries', spec: {} },
          },
        },
      },
      layout: { kind: 'GridLayout', spec: { items: [{ kind: 'GridLayoutItem', spec: { x: 0, y: 0, width: 12, height: 8, element: { kind: 'ElementReference', name: 'panel-1' } } }] } },
    });
    expect([classic, wrapper, rows, v2].flatMap((document) => seen(document))).toEqual(['saw x_classic', 'saw x_wrapped', 'saw x_rows', 'saw x_v2']);
  });
});

describe('lintDashboard', () => {
  it('places query findings by line and column inside the query, and names file, dashboard, panel and refId', () => {
    const expr = 'sum(\n  rate(x_total[5m])\n)';
    const [finding] = lintDashboard(read(v1([panel(7, expr)]), 'a/b.json'), { rules: [recorder()] });
    expect(finding).toEqual({
      file: 'a/b.json',
      dashboard: 'Test',
      panel: 'Panel 7',
      panelId: 7,
      refId: 'A',
      rule: 'test-record',
      severity: 'info',
      message: `saw ${expr}`,
      suggestion: undefined,
      line: 2,
      column: 8,
      pointer: '/panels/0/targets/0/expr',
    });
  });

  it('turns a crashing rule into an internal-error finding and keeps running the others', () => {
    const crashing: QueryRule = { ...recorder('test-crash'), check: () => { throw new Error('boom'); } };
    const crashingDashboardRule: DashboardRule = { ...crashing, scope: 'dashboard', id: 'test-crash-dashboard', check: () => { throw new TypeError('bad'); } };
    const findings = lintDashboard(read(v1([panel(1, 'x')])), { rules: [crashing, recorder(), crashingDashboardRule] });
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.message])).toEqual([
      ['internal-error', 'error', 'rule test-crash-dashboard failed: bad'],
      ['internal-error', 'error', 'rule test-crash failed: boom'],
      ['test-record', 'info', 'saw x'],
    ]);
  });

  it('runs default rules, adds --enable ones, drops --disable ones, and skips catalog rules without a catalog', () => {
    const rules = [recorder('on'), recorder('off', { enabledByDefault: false }), recorder('catalog', { needsCatalog: true })];
    const ids = (options: object) =>
      lintDashboard(read(v1([panel(1, 'x')])), { rules, ...options }).map((finding) => finding.rule);
    expect(ids({})).toEqual(['on']);
    expect(ids({ enable: ['off'], disable: ['on'] })).toEqual(['off']);
    const naming = buildNamingContext(ttaCatalog, findProfile('otel-python')!, profiles);
    expect(ids({ naming })).toEqual(['catalog', 'on']);
  });

  it('sorts findings by panel reading order, then query, then position', () => {
    const document = v1([panel(2, 'y + x', { gridPos: { x: 12, y: 0, w: 12, h: 8 } }), panel(1, 'x', { gridPos: { x: 0, y: 0, w: 12, h: 8 } })]);
    expect(lintDashboard(read(document), { rules: [recorder()] }).map((finding) => finding.panelId)).toEqual([1, 2]);
  });

  it('runs the whole registry on a clean dashboard without findings', () => {
    expect(lintDashboard(read(v1([panel(1, cleanQuery)])), {})).toEqual([]);
    const naming = buildNamingContext(ttaCatalog, findProfile('otel-python')!, profiles);
    expect(lintDashboard(read(v1([panel(1, cleanQuery)])), { naming })).toEqual([]);
  });
});

describe('PromQL in query variables', () => {
  const variables = (list: object[]) => v1([], { templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus' }, ...list] } });

  it('lints the selector of label_values and the expression of query_result, placed in the variable query', () => {
    const document = variables([
      { name: 'instance', type: 'query', query: 'label_values(x_up{job="$job"}, instance)', datasource: '$datasource' },
      { name: 'top', type: 'query', query: { query: 'query_result(topk(5, sum by (job) (x_total)))', refId: 'V' }, datasource: '$datasource' },
      { name: 'job', type: 'query', query: 'label_values(job)' },
      { name: 'names', type: 'query', query: 'metrics(x_.*)' },
      { name: 'logs', type: 'query', query: 'label_values(x_loki, app)', datasource: { type: 'loki', uid: 'l' } },
    ]);
    const findings = lintDashboard(read(document), { rules: [recorder()] });
    expect(findings.map(({ message, line, column, panel, pointer }) => ({ message, line, column, panel, pointer }))).toEqual([
      { message: 'variable "instance": saw x_up{job="$job"}', line: 1, column: 14, panel: undefined, pointer: '/templating/list/1/query' },
      { message: 'variable "top": saw topk(5, sum by (job) (x_total))', line: 1, column: 36, panel: undefined, pointer: '/templating/list/2/query/query' },
    ]);
  });

  it('does not count variable queries among the dashboard rules\' analyses', () => {
    const seenByDashboardRule: number[] = [];
    const counter: DashboardRule = { ...recorder('count'), scope: 'dashboard', check: ({ analyses }) => void seenByDashboardRule.push(analyses.size) };
    lintDashboard(read(variables([{ name: 'i', type: 'query', query: 'label_values(x_up, instance)' }])), { rules: [counter] });
    expect(seenByDashboardRule).toEqual([0]);
  });
});
