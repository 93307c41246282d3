import { type Expr, unwrap } from '../../promql/expr.ts';
import type { QueryRule } from '../rule.ts';

/** Ranges that suit a rate: Grafana's rate interval, the dashboard's whole range, or a dashboard variable. */
const suitableMacros: ReadonlySet<string> = new Set(['__rate_interval', '__range']);

function rangeOf(arg: Expr | undefined): Expr | undefined {
  const inner = arg === undefined ? undefined : unwrap(arg);
  return inner?.kind === 'matrix' ? inner : undefined;
}

export const rateInterval: QueryRule = {
  scope: 'query',
  id: 'rate-interval',
  severity: 'warning',
  description: 'rate/irate/increase over a fixed range or `$__interval`, where `$__rate_interval` adapts to the scrape interval and zoom',
  rationale:
    'A fixed range such as `[1m]` has fewer than two samples when the scrape interval is long, and `$__interval` shrinks below the scrape interval when zoomed in: `rate` then returns gaps. `$__rate_interval` is always at least four scrape intervals.',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'target-rate-interval-rule' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'sum(rate(primitive_execution_count_total[5m]))',
    good: 'sum(rate(primitive_execution_count_total[$__rate_interval]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'call' || node.signature?.samples !== 'rate') continue;
      const matrix = rangeOf(node.args[0]);
      if (matrix?.kind !== 'matrix' || matrix.range.text === '') continue;
      const { range } = matrix;
      if (range.variable !== undefined || (range.macro !== undefined && suitableMacros.has(range.macro))) continue;
      const written = analysis.text.slice(range.from, range.to);
      report({
        message:
          range.macro === '__interval'
            ? `\`$__interval\` can be shorter than two scrapes, leaving ${node.name.name}() gaps`
            : `fixed range \`${written}\` in ${node.name.name}() does not follow the scrape interval or the zoom`,
        suggestion: '$__rate_interval (or $__range for a total over the dashboard time range)',
        from: range.from,
        to: range.to,
      });
    }
  },
};
