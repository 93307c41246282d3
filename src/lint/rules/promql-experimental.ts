import type { QueryRule } from '../rule.ts';

export const promqlExperimental: QueryRule = {
  scope: 'query',
  id: 'promql-experimental',
  severity: 'info',
  description: 'The query uses syntax Prometheus 3 parses only behind a feature flag (duration expressions, experimental functions, anchored/smoothed ranges, fill modifiers)',
  rationale:
    'A Prometheus started without the named `--enable-feature` flag rejects the query, so the panel shows an error there and works elsewhere. Nothing is wrong when every Prometheus the dashboard reads has the flag.',
  origins: [{ tool: 'pint', check: 'promql/features' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'sum(rate(primitive_execution_count_total[$__rate_interval] smoothed))',
    good: 'sum(rate(primitive_execution_count_total[$__rate_interval]))',
  },
  check({ analysis }, report) {
    for (const use of analysis.experimental) {
      report({ message: use.message, suggestion: `start Prometheus with --enable-feature=${use.feature}, or avoid it`, from: use.from, to: use.to });
    }
  },
};
