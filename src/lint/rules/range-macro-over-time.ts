import { childrenOf, type Expr, type MatrixExpr, type SubqueryExpr } from '../../promql/expr.ts';
import { isRangeQuery, runQueries } from '../panel-fields.ts';
import type { DashboardRule } from '../rule.ts';

/**
 * The ranges whose samples reach the plotted values: the right side of `and`/`unless` only filters which series
 * are drawn (`x and increase(x[$__range]) > 0` hides idle series), so its ranges are left out.
 */
function plottedRanges(root: Expr): (MatrixExpr | SubqueryExpr)[] {
  const found: (MatrixExpr | SubqueryExpr)[] = [];
  const stack: Expr[] = [root];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.kind === 'matrix' || next.kind === 'subquery') found.push(next);
    stack.push(...(next.kind === 'binary' && (next.op === 'and' || next.op === 'unless') ? [next.left] : childrenOf(next)));
  }
  return found.sort((a, b) => a.from - b.from);
}

const overTime: ReadonlySet<string> = new Set(['timeseries', 'graph', 'trend']);

export const rangeMacroOverTime: DashboardRule = {
  scope: 'dashboard',
  id: 'range-macro-over-time',
  severity: 'warning',
  description:
    '`[$__range]` in a range query of a time series panel: every point covers the whole dashboard range before it, so the line is a moving total that shifts with the time picker',
  rationale:
    '`[$__range]` is the whole dashboard range. In a range query every point of the line then sums or averages the full range before it, so the line is a moving total that changes when the time picker does, not the activity at each moment.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "timeseries", "targets": [{"expr": "sum(increase(x_total[$__range]))"}]}',
    good: '{"type": "timeseries", "targets": [{"expr": "sum(increase(x_total[$__rate_interval]))"}]}',
  },
  check({ dashboard, analyses }, report) {
    for (const panel of dashboard.panels) {
      if (!overTime.has(panel.type)) continue;
      for (const { query, analysis } of runQueries(panel, analyses)) {
        const usesRange = analysis.references.some((reference) => reference.builtin && reference.name.startsWith('__range'));
        if (!usesRange || !isRangeQuery(query) || !analysis.parsed || analysis.root === undefined) continue;
        for (const node of plottedRanges(analysis.root)) {
          if (node.range.macro?.startsWith('__range') !== true) continue;
          report({
            message: `the query is drawn over time, but \`${node.range.text}\` makes every point cover the whole dashboard range before it`,
            suggestion: 'use [$__rate_interval] (or [$__interval]) for a line over time; keep [$__range] for instant queries in stat, gauge and table panels',
            panel,
            query,
            from: node.range.from,
            to: node.range.to,
          });
        }
      }
    }
  },
};
