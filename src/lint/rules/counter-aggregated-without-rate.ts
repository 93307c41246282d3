import type { SeriesRole } from '../../naming/series.ts';
import type { QueryRule } from '../rule.ts';

/** Aggregations that combine sample values (count, group, topk and friends do not). */
const combining: ReadonlySet<string> = new Set(['sum', 'avg', 'min', 'max', 'stddev', 'stdvar', 'quantile']);
const cumulative: ReadonlySet<SeriesRole> = new Set(['counter', 'bucket', 'sum', 'count']);

export const counterAggregatedWithoutRate: QueryRule = {
  scope: 'query',
  id: 'counter-aggregated-without-rate',
  severity: 'warning',
  description: 'Raw counters or histogram series aggregated (sum, avg, ...) without rate/increase: restarts reset them, so the result jumps',
  rationale:
    'A counter\'s raw value is its total since the process started. Summing raw counters mixes processes of different ages and drops every time one restarts, so the curve says nothing about activity; `rate` or `increase` first turn them into per-second or per-range amounts that survive resets.',
  origins: [
    { tool: 'grafana/dashboard-linter', check: 'target-counter-agg-rule' },
    { tool: 'pint', check: 'promql/counter' },
  ],
  enabledByDefault: true,
  needsCatalog: true,
  example: {
    bad: 'sum by (primitive_name) (primitive_execution_count_total)',
    good: 'sum by (primitive_name) (increase(primitive_execution_count_total[$__range]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'aggregate' || !combining.has(node.op.name)) continue;
      const origin = node.expr?.samples;
      if (origin === undefined || origin.rated) continue;
      const raw = origin.selectors.find((selector) => selector.series !== undefined && cumulative.has(selector.series.role));
      if (raw === undefined) continue;
      report({
        message: `${node.op.name}() over the raw cumulative counter \`${raw.series!.name}\`; counter resets make the result jump`,
        suggestion: `${node.op.name}(rate(...[$__rate_interval])) for a rate, or ${node.op.name}(increase(...[$__range])) for a total over the time range`,
        from: node.op.from,
        to: node.op.to,
      });
    }
  },
};
