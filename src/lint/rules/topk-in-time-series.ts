import type { QueryRule } from '../rule.ts';

/** Panels that draw a query over time, one evaluation per step. */
const timePanelTypes: ReadonlySet<string> = new Set(['timeseries', 'graph', 'trend', 'state-timeline', 'status-history', 'heatmap']);

const rankers: ReadonlySet<string> = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);

export const topkInTimeSeries: QueryRule = {
  scope: 'query',
  id: 'topk-in-time-series',
  severity: 'info',
  description: 'Opinionated, off by default: topk/bottomk/limitk in a range query of a time-series panel: each step picks its own series, so the panel shows more than k',
  rationale:
    'A range query evaluates the expression at every step, and `topk(5, ...)` picks the top five of each step: over a day the panel can draw dozens of series, each with gaps where it was not in the top five. Rank once over the whole range instead, or show the ranking as an instant query (table, bar gauge).',
  origins: [{ tool: 'pint', check: 'promql/fragile' }],
  enabledByDefault: false,
  needsCatalog: false,
  example: {
    bad: 'topk(5, sum by (primitive_name) (rate(primitive_execution_count_total[$__rate_interval])))',
    good: 'sum by (primitive_name) (rate(primitive_execution_count_total[$__rate_interval])) and on (primitive_name) topk(5, sum by (primitive_name) (increase(primitive_execution_count_total[$__range] @ end())))',
  },
  check({ analysis, panel, query }, report) {
    if (!analysis.parsed || !timePanelTypes.has(panel.type) || (query.instant === true && query.range !== true)) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'aggregate' || !rankers.has(node.op.name.toLowerCase())) continue;
      // Ranking by something fixed for the whole range (`@ end()`, `@ <time>`) picks the same series at every step.
      const pinned = node.expr !== undefined && analysis.nodes.some((inner) => inner.kind === 'modifier' && inner.modifier === 'at' && inner.from >= node.expr!.from && inner.to <= node.expr!.to);
      if (pinned) continue;
      report({
        message: `${node.op.name}() in a range query picks its series at every step, so the panel can draw more than the ${node.op.name === 'limit_ratio' ? 'ratio' : 'k'} series it asks for`,
        suggestion: 'rank once over the range: `<expr> and on (<labels>) topk(k, <expr over [$__range] @ end()>)`, or make the query instant',
        from: node.op.from,
        to: node.op.to,
      });
    }
  },
};
