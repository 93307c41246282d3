import type { QueryRule } from '../rule.ts';

const counterEquivalent: Readonly<Record<string, string>> = { delta: 'increase', deriv: 'rate', idelta: 'irate' };

export const deltaOnCounter: QueryRule = {
  scope: 'query',
  id: 'delta-on-counter',
  severity: 'warning',
  description: 'delta, deriv or idelta over a counter: they ignore counter resets; use increase, rate or irate',
  rationale:
    '`delta`, `deriv` and `idelta` treat a counter reset as a real drop, so every process restart shows as a large negative spike. `increase`, `rate` and `irate` detect resets and compensate.',
  origins: [{ tool: 'pint', check: 'promql/counter' }],
  enabledByDefault: true,
  needsCatalog: true,
  example: {
    bad: 'delta(primitive_execution_count_total[$__rate_interval])',
    good: 'increase(primitive_execution_count_total[$__rate_interval])',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'call') continue;
      const replacement = counterEquivalent[node.name.name];
      const origin = node.args[0]?.samples;
      if (replacement === undefined || origin === undefined || origin.rated) continue;
      const counter = origin.selectors.find((selector) => selector.series !== undefined && selector.series.promType !== 'gauge');
      if (counter === undefined) continue;
      report({
        message: `${node.name.name}() over the counter \`${counter.series!.name}\` ignores counter resets`,
        suggestion: `${replacement}(...)`,
        from: node.name.from,
        to: node.name.to,
      });
    }
  },
};
