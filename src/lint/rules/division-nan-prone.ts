import { unwrap } from '../../promql/expr.ts';
import type { QueryRule } from '../rule.ts';

export const divisionNanProne: QueryRule = {
  scope: 'query',
  id: 'division-nan-prone',
  severity: 'info',
  description: 'Opinionated, off by default: a division by a rate or increase that is 0 when nothing happens, giving NaN or Inf',
  rationale:
    'A ratio of rates (errors / requests) is 0 / 0 = NaN while there is no traffic, and x / 0 = +Inf when only the numerator moves: the panel shows gaps or an infinite spike exactly when the service is idle. Guard the divisor (`> 0`, `clamp_min(..., 1e-9)`) or fill the gap on purpose.',
  origins: [{ tool: 'pint', check: 'promql/nan' }],
  enabledByDefault: false,
  needsCatalog: false,
  example: {
    bad: 'sum(rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval])) / sum(rate(primitive_execution_count_total[$__rate_interval]))',
    good: 'sum(rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval])) / (sum(rate(primitive_execution_count_total[$__rate_interval])) > 0)',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'binary' || (node.op !== '/' && node.op !== '%')) continue;
      const divisor = unwrap(node.right);
      // A comparison filter (`> 0`) or a clamp already keeps zero out of the divisor.
      if (divisor.kind === 'binary' || (divisor.kind === 'call' && divisor.name.name.startsWith('clamp'))) continue;
      if (divisor.samples?.rated !== true) continue;
      report({
        message: 'the divisor is a rate or increase, 0 while nothing happens: the result is NaN or Inf then',
        suggestion: 'divide by `(<divisor> > 0)`, or by clamp_min(<divisor>, 1e-9) when 0 is the right answer',
        from: node.right.from,
        to: node.right.to,
      });
    }
  },
};
