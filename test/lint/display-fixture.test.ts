// The display mistakes of issue 10, each next to its correct variant in one dashboard: lint finds every wrong panel
// with the rule named for it, and nothing at all on the right ones, with the TTA catalog and catalog-free.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { lintDashboard } from '../../src/lint/run.ts';
import { namingFor } from './rules/query-lint.ts';

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
