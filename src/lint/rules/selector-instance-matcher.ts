import type { QueryRule } from '../rule.ts';
import { reportSelectorsWithout } from './selector-job-matcher.ts';

export const selectorInstanceMatcher: QueryRule = {
  scope: 'query',
  id: 'selector-instance-matcher',
  severity: 'info',
  description: 'Opinionated, off by default: every selector filters on `instance`, so the dashboard can be narrowed to one process',
  rationale:
    'With an `instance` matcher bound to a variable on every selector, one choice in the variable narrows the whole dashboard to the process under suspicion; a selector without it keeps showing every process in that panel.',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'target-instance-rule' }],
  enabledByDefault: false,
  needsCatalog: false,
  example: {
    bad: 'sum(rate(primitive_execution_count_total{job=~"$job"}[$__rate_interval]))',
    good: 'sum(rate(primitive_execution_count_total{job=~"$job", instance=~"$instance"}[$__rate_interval]))',
  },
  check: reportSelectorsWithout('instance'),
};
