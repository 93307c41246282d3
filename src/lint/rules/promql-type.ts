import type { QueryRule } from '../rule.ts';

export const promqlType: QueryRule = {
  scope: 'query',
  id: 'promql-type',
  severity: 'error',
  description: 'Prometheus would reject the query: wrong argument types or counts, ranges on non-selectors, misplaced modifiers',
  rationale:
    'Prometheus\'s parser also checks value types and argument counts; a query that fails them is rejected like a syntax error.',
  origins: [{ tool: 'prometheus', check: 'parser' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'rate(sum(primitive_execution_count_total)[5m])',
    good: 'sum(rate(primitive_execution_count_total[$__rate_interval]))',
  },
  check({ analysis }, report) {
    // After a syntax error the recovered tree is partly guesswork; its type errors would be noise.
    if (!analysis.parsed) return;
    for (const error of analysis.typeErrors) report({ message: error.message, from: error.from, to: error.to });
  },
};
