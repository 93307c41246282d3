import { datasourceKind } from '../datasource.ts';
import type { DashboardRule } from '../rule.ts';

/** Grafana's refresh settings: v1 numbers, v2 names. 2 / `onTimeRangeChanged` reloads with the time range. */
function refreshesOnTimeChange(raw: Readonly<Record<string, unknown>>): boolean {
  const spec = raw.spec as { refresh?: unknown } | undefined;
  const refresh = typeof spec === 'object' && spec !== null && 'refresh' in spec ? spec.refresh : raw.refresh;
  return refresh === 2 || refresh === 'onTimeRangeChanged';
}

export const variableRefreshOnTimeChange: DashboardRule = {
  scope: 'dashboard',
  id: 'variable-refresh-on-time-change',
  severity: 'info',
  description: 'Opinionated, off by default: a Prometheus query variable does not reload its values when the time range changes',
  rationale:
    'A query variable that loads once keeps the label values of the moment the dashboard opened: a job or pod that appeared later is missing from the list, one that went away is still offered. Reloading on time range change follows the range being looked at, at the price of one query per change.',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'template-on-time-change-reload-rule' }],
  enabledByDefault: false,
  needsCatalog: false,
  example: {
    bad: '{"templating": {"list": [{"name": "job", "type": "query", "query": "label_values(up, job)", "refresh": 1}]}}',
    good: '{"templating": {"list": [{"name": "job", "type": "query", "query": "label_values(up, job)", "refresh": 2}]}}',
  },
  check({ dashboard }, report) {
    for (const variable of dashboard.variables) {
      if (variable.type !== 'query' || datasourceKind(variable.datasource, dashboard) === 'other' || refreshesOnTimeChange(variable.raw)) continue;
      report({
        message: `variable "${variable.name}" loads its values once, not when the time range changes`,
        suggestion: 'set "refresh": 2 (On time range change)',
        pointer: variable.pointer,
      });
    }
  },
};
