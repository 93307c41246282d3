// The display mistakes of issue 10, each next to its correct variant in one dashboard: lint finds every wrong panel
// with the rule named for it, and nothing at all on the right ones, with the TTA catalog and catalog-free.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { lintDashboard } from '../../src/lint/run.ts';
import { namingFor } from './rules/query-lint.ts';
import { v2Resource } from './fixtures.ts';

const fixture = new URL('../fixtures/display/display-mistakes.json', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('../fixtures/display/cases.json', import.meta.url), 'utf8')) as {
  case: string;
  rule: string;
  wrong: string;
  right: string;
}[];
const dashboard = readDashboardText(readFileSync(fixture, 'utf8'), 'display-mistakes.json');

describe.each([
  ['the TTA catalog', namingFor('otel-python')],
  ['no catalog', undefined],
])('display mistakes, linted with %s', (_, naming) => {
  const findings = lintDashboard(dashboard, { naming });

  it.each(cases)('$case: the wrong panel is reported by $rule, the right one passes', (entry) => {
    // Other rules may see the same panel too (a raw counter summed without rate is also `counter-aggregated-without-rate`).
    expect(findings.filter((finding) => finding.panel === entry.wrong).map((finding) => finding.rule)).toContain(entry.rule);
    expect(findings.filter((finding) => finding.panel === entry.right)).toEqual([]);
  });

  it('reports nothing else', () => {
    const wrong = new Set(cases.map((entry) => entry.wrong));
    expect(findings.filter((finding) => finding.panel === undefined || !wrong.has(finding.panel))).toEqual([]);
  });
});

describe('display settings of v2 dashboards', () => {
  const element = (title: string, viz: string, unit: string, query: Record<string, unknown>, options: Record<string, unknown> = {}) => ({
    kind: 'Panel',
    spec: {
      title,
      data: { kind: 'QueryGroup', spec: { queries: [{ kind: 'PanelQuery', spec: { refId: 'A', query: { kind: 'DataQuery', group: 'prometheus', spec: query } } }], transformations: [] } },
      vizConfig: { kind: 'VizConfig', group: viz, spec: { fieldConfig: { defaults: { unit }, overrides: [] }, options } },
    },
  });
  const p95 = 'histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))';
  const document = v2Resource('v2-display', {
    title: 'v2 display',
    elements: {
      seconds: element('p95 in s', 'timeseries', 's', { expr: p95, range: true }),
      summed: element('summed rate', 'stat', 'ops', { expr: 'sum(rate(primitive_execution_count_total[5m]))' }, { reduceOptions: { calcs: ['sum'] } }),
    },
    layout: { kind: 'GridLayout', spec: { items: ['seconds', 'summed'].map((name, index) => ({ kind: 'GridLayoutItem', spec: { element: { kind: 'ElementReference', name }, x: 0, y: index * 8, width: 12, height: 8 } })) } },
  });

  it('reads unit and reduce options from vizConfig, and points into the element', () => {
    const findings = lintDashboard(readDashboardText(JSON.stringify(document), 'v2.json'), { naming: namingFor('otel-python') });
    const display = findings.filter((finding) => ['unit-scale-mismatch', 'reduction-mismatch'].includes(finding.rule));
    expect(display.map((finding) => [finding.panel, finding.rule, finding.pointer])).toEqual([
      ['p95 in s', 'unit-scale-mismatch', '/spec/elements/seconds/spec/vizConfig/spec/fieldConfig/defaults/unit'],
      ['summed rate', 'reduction-mismatch', '/spec/elements/summed/spec/data/spec/queries/0/spec/query/spec/expr'],
    ]);
  });
});
