import type { QueryRule } from '../rule.ts';

export const selectorJobMatcher: QueryRule = {
  scope: 'query',
  id: 'selector-job-matcher',
  severity: 'info',
  description: 'Opinionated, off by default: every selector filters on `job`, so one dashboard never mixes deployments',
  rationale:
    'A selector without a `job` matcher reads every deployment that exports the metric; one dashboard then silently mixes staging and production.',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'target-job-rule' }],
  enabledByDefault: false,
  needsCatalog: false,
  example: {
    bad: 'sum(rate(primitive_execution_count_total[$__rate_interval]))',
    good: 'sum(rate(primitive_execution_count_total{job=~"$job"}[$__rate_interval]))',
  },
  check: reportSelectorsWithout('job'),
};

/** A check that reports every selector with no matcher on `label` (`job`, `instance`). */
export function reportSelectorsWithout(label: string): QueryRule['check'] {
  return ({ analysis }, report) => {
    if (!analysis.parsed) return;
    for (const selector of analysis.selectors) {
      if (selector.matchers.some((matcher) => matcher.label.name === label)) continue;
      report({
        message: `\`${analysis.text.slice(selector.from, selector.to)}\` does not filter on \`${label}\``,
        suggestion: `add ${label}=~"$${label}"`,
        from: selector.from,
        to: selector.to,
      });
    }
  };
}
