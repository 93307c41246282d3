import { catalogLookup, metricScope } from '../../promql/catalog.ts';
import type { QueryRule } from '../rule.ts';

const counterSuffix = /(?:_total|_count|_sum|_bucket)$/;

/** Catalog-free: Prometheus and OpenTelemetry name counters `..._total` (histogram parts `_count`, `_sum`, `_bucket`). */
export const rateOnNonCounterName: QueryRule = {
  scope: 'query',
  id: 'rate-on-non-counter-name',
  severity: 'info',
  description: 'rate/irate/increase over a metric outside the catalog whose name does not end in _total, _count, _sum or _bucket (probably a gauge)',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'rate(process_resident_memory_bytes[$__rate_interval])',
    good: 'deriv(process_resident_memory_bytes[$__rate_interval])',
  },
  check({ analysis, naming }, report) {
    if (!analysis.parsed) return;
    const lookup = naming === undefined ? undefined : catalogLookup(naming);
    for (const node of analysis.nodes) {
      if (node.kind !== 'call' || node.signature?.samples !== 'rate') continue;
      const origin = node.args[0]?.samples;
      if (origin === undefined || origin.rated) continue;
      for (const selector of origin.selectors) {
        const metric = selector.metric;
        if (metric === undefined || metric.templated || counterSuffix.test(metric.name)) continue;
        // Catalog names are judged by the catalog rules (rate-on-gauge, unknown-metric).
        if (lookup !== undefined && metricScope(lookup, metric.name) !== 'outside') continue;
        report({
          message: `${node.name.name}() over \`${metric.name}\`, whose name does not say counter (_total, _count, _sum, _bucket)`,
          suggestion: 'deriv() or delta() if it is a gauge; ignore if it is a native histogram or a counter named otherwise',
          from: metric.from,
          to: metric.to,
        });
      }
    }
  },
};
