import type { QueryRule } from '../rule.ts';

export const plannedMetric: QueryRule = {
  scope: 'query',
  id: 'planned-metric',
  severity: 'warning',
  description: 'The query reads a metric the catalog marks as planned: the SDK does not emit it yet, so the panel shows no data',
  rationale:
    'A metric the catalog lists as planned is not emitted yet, so a panel that reads it shows no data until the SDK records it.',
  enabledByDefault: true,
  needsCatalog: true,
  example: {
    bad: 'avg(slo_compliance)',
    good: 'sum(rate(primitive_execution_count_total{execution_status="success"}[$__rate_interval])) / sum(rate(primitive_execution_count_total[$__rate_interval]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const selector of analysis.selectors) {
      const series = selector.series;
      if (series === undefined || series.metric.status !== 'planned' || selector.metric === undefined) continue;
      report({
        message: `\`${series.name}\` (${series.metric.name}) is planned but not emitted by the SDK yet; the panel will show no data`,
        from: selector.metric.from,
        to: selector.metric.to,
      });
    }
  },
};
