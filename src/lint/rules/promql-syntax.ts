import type { QueryRule } from '../rule.ts';

export const promqlSyntax: QueryRule = {
  scope: 'query',
  id: 'promql-syntax',
  severity: 'error',
  description: 'The query is not valid PromQL (after Grafana variables are substituted)',
  rationale:
    'Prometheus rejects a query that does not parse, and the panel shows an error instead of data.',
  origins: [
    { tool: 'grafana/dashboard-linter', check: 'target-promql-rule' },
    { tool: 'grafana/dashboard-linter', check: 'template-label-promql-rule' },
    { tool: 'prometheus', check: 'parser' },
  ],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'sum(rate(primitive_execution_count_total[$__rate_interval])',
    good: 'sum(rate(primitive_execution_count_total[$__rate_interval]))',
  },
  check({ analysis }, report) {
    for (const error of analysis.syntaxErrors) report({ message: error.message, from: error.from, to: error.to });
  },
};
