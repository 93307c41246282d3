import { isRangeQuery, runQueries } from '../panel-fields.ts';
import type { DashboardRule } from '../rule.ts';

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
        if (!isRangeQuery(query) || !analysis.parsed) continue;
        for (const node of analysis.nodes) {
          if ((node.kind !== 'matrix' && node.kind !== 'subquery') || node.range.macro?.startsWith('__range') !== true) continue;
          report({
            message: `query ${query.refId} is drawn over time, but \`${node.range.text}\` makes every point cover the whole dashboard range before it`,
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
