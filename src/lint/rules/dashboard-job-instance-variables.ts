import type { DashboardRule } from '../rule.ts';

const required = ['job', 'instance'] as const;

export const dashboardJobInstanceVariables: DashboardRule = {
  scope: 'dashboard',
  id: 'dashboard-job-instance-variables',
  severity: 'info',
  description: 'Opinionated, off by default: a dashboard with Prometheus queries has `job` and `instance` query variables',
  rationale:
    'Every scraped series carries `job` and `instance`; variables on them let a viewer narrow every panel to one deployment or one process, the first thing needed when one of them misbehaves. Dashboards of recording rules or of a single service may not need them.',
  origins: [
    { tool: 'grafana/dashboard-linter', check: 'template-job-rule' },
    { tool: 'grafana/dashboard-linter', check: 'template-instance-rule' },
  ],
  enabledByDefault: false,
  needsCatalog: false,
  example: {
    bad: '{"templating": {"list": [{"name": "datasource", "type": "datasource", "query": "prometheus"}]}, "panels": [{"type": "stat", "title": "Up", "targets": [{"refId": "A", "expr": "sum(up)"}]}]}',
    good: '{"templating": {"list": [{"name": "datasource", "type": "datasource", "query": "prometheus"}, {"name": "job", "type": "query", "query": "label_values(up, job)"}, {"name": "instance", "type": "query", "query": "label_values(up{job=~\\"$job\\"}, instance)"}]}, "panels": [{"type": "stat", "title": "Up", "targets": [{"refId": "A", "expr": "sum(up{job=~\\"$job\\", instance=~\\"$instance\\"})"}]}]}',
  },
  check({ dashboard, analyses }, report) {
    if (analyses.size === 0) return;
    for (const name of required) {
      if (dashboard.variables.some((variable) => variable.name === name && variable.type === 'query')) continue;
      report({
        message: `the dashboard has no \`${name}\` query variable to narrow its panels`,
        suggestion: `add {"name": "${name}", "type": "query", "query": "label_values(up, ${name})"} and filter the queries with ${name}=~"$${name}"`,
        pointer: dashboard.pointer,
      });
    }
  },
};
