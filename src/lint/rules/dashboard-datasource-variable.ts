import { prometheusDatasourceVariables } from '../datasource.ts';
import type { DashboardRule } from '../rule.ts';

export const dashboardDatasourceVariable: DashboardRule = {
  scope: 'dashboard',
  id: 'dashboard-datasource-variable',
  severity: 'warning',
  description: 'A dashboard with Prometheus queries has no datasource variable of type Prometheus',
  rationale:
    'Without a datasource variable the dashboard is bound to one Prometheus: it cannot be pointed at staging or another region, and a viewer cannot switch. Grafana recommends making the datasource a template variable.',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'template-datasource-rule' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"templating": {"list": []}, "panels": [{"type": "stat", "title": "Executions", "targets": [{"refId": "A", "expr": "sum(primitive_execution_count_total)"}]}]}',
    good: '{"templating": {"list": [{"name": "datasource", "type": "datasource", "query": "prometheus"}]}, "panels": [{"type": "stat", "title": "Executions", "targets": [{"refId": "A", "expr": "sum(primitive_execution_count_total)"}]}]}',
  },
  check({ dashboard, analyses }, report) {
    if (analyses.size === 0 || prometheusDatasourceVariables(dashboard).length > 0) return;
    report({
      message: 'the dashboard queries Prometheus but has no datasource variable to choose which one',
      suggestion: 'add a variable {"name": "datasource", "type": "datasource", "query": "prometheus"} and use ${datasource} as the datasource uid',
      pointer: dashboard.pointer,
    });
  },
};
