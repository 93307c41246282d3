// dashboard-datasource-variable, dashboard-job-instance-variables and variable-refresh-on-time-change.
import { describe, expect, it } from 'vitest';
import { dashboardDatasourceVariable } from '../../../src/lint/rules/dashboard-datasource-variable.ts';
import { dashboardJobInstanceVariables } from '../../../src/lint/rules/dashboard-job-instance-variables.ts';
import { variableRefreshOnTimeChange } from '../../../src/lint/rules/variable-refresh-on-time-change.ts';
import { lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1, v2Resource } from '../fixtures.ts';
import { lintExample } from './dashboard-example.ts';

const rules = [dashboardDatasourceVariable, dashboardJobInstanceVariables, variableRefreshOnTimeChange];
const ids = (document: unknown, enable: string[] = []) => lintDashboard(read(document), { rules, enable }).map((finding) => finding.rule);

describe('dashboard variable conventions (dashboard-linter)', () => {
  for (const rule of rules) {
    it(`${rule.id}: reports its example and accepts the fix`, () => {
      expect(lintExample(rule, rule.example.bad)).not.toEqual([]);
      expect(lintExample(rule, rule.example.good)).toEqual([]);
    });
  }

  it('asks for a Prometheus datasource variable only when the dashboard queries Prometheus', () => {
    const loki = { type: 'loki', uid: 'logs' };
    expect(ids(v1([panel(1, 'up')], { templating: { list: [] } }))).toEqual(['dashboard-datasource-variable']);
    expect(ids(v1([panel(1, 'up', { datasource: loki, targets: [{ refId: 'A', expr: '{app="x"}', datasource: loki }] })], { templating: { list: [] } }))).toEqual([]);
    expect(ids(v1([panel(1, 'up')], { templating: { list: [{ name: 'ds', type: 'datasource', query: 'loki' }, { name: 'prom', type: 'datasource', query: 'prometheus' }] } }))).toEqual([]);
  });

  it('leaves job, instance and refresh conventions off unless enabled', () => {
    const document = v1([panel(1, 'up')], { templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus' }, { name: 'job', type: 'query', query: 'label_values(job)', refresh: 1 }] } });
    expect(ids(document)).toEqual([]);
    expect(ids(document, ['dashboard-job-instance-variables', 'variable-refresh-on-time-change'])).toEqual(['dashboard-job-instance-variables', 'variable-refresh-on-time-change']);
  });

  it('reads the v2 refresh setting', () => {
    const v2 = v2Resource('x', {
      title: 'x',
      elements: {},
      layout: { kind: 'GridLayout', spec: { items: [] } },
      variables: [
        { kind: 'QueryVariable', spec: { name: 'a', refresh: 'onTimeRangeChanged', query: { kind: 'prometheus', spec: { query: 'label_values(a)' } } } },
        { kind: 'QueryVariable', spec: { name: 'b', refresh: 'onDashboardLoad', query: { kind: 'prometheus', spec: { query: 'label_values(b)' } } } },
      ],
    });
    const findings = lintDashboard(read(v2), { rules: [variableRefreshOnTimeChange], enable: ['variable-refresh-on-time-change'] });
    expect(findings.map((finding) => finding.message)).toEqual(['variable "b" loads its values once, not when the time range changes']);
  });
});
