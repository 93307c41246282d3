import { catalogLookup, metricScope } from '../../promql/catalog.ts';
import type { QueryRule } from '../rule.ts';

/** Catalog-free: classic histogram buckets are `..._bucket` series with an `le` label. */
export const histogramQuantileNonBucketName: QueryRule = {
  scope: 'query',
  id: 'histogram-quantile-non-bucket-name',
  severity: 'info',
  description: 'histogram_quantile over a metric outside the catalog without `_bucket` in its name (fine only for native histograms)',
  rationale:
    'Classic histograms are queried through their `_bucket` series; a name without `_bucket` is either a native histogram (fine) or a mistake, which only the author can tell.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds[$__rate_interval])))',
    good: 'histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval])))',
  },
  check({ analysis, naming }, report) {
    if (!analysis.parsed) return;
    const lookup = naming === undefined ? undefined : catalogLookup(naming);
    for (const node of analysis.nodes) {
      if (node.kind !== 'call' || node.name.name !== 'histogram_quantile') continue;
      const origin = node.args[1]?.samples;
      if (origin === undefined) continue;
      for (const selector of origin.selectors) {
        const metric = selector.metric;
        // Recording rules keep `_bucket` inside the name (`job:x_bucket:rate5m`).
        if (metric === undefined || metric.templated || metric.name.includes('_bucket')) continue;
        if (lookup !== undefined && metricScope(lookup, metric.name) !== 'outside') continue;
        report({
          message: `histogram_quantile() over \`${metric.name}\`, which is not a \`_bucket\` series`,
          suggestion: `\`${metric.name}_bucket\`, unless \`${metric.name}\` is a native histogram`,
          from: metric.from,
          to: metric.to,
        });
      }
    }
  },
};
