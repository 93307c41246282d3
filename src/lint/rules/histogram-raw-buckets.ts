import type { QueryRule } from '../rule.ts';
import { histogramReads, isClassicBucket } from './histogram-quantile-input.ts';

export const histogramRawBuckets: QueryRule = {
  scope: 'query',
  id: 'histogram-raw-buckets',
  severity: 'warning',
  description: 'histogram_quantile or histogram_fraction over raw cumulative `_bucket` counters, without rate or increase',
  rationale:
    'Bucket series are counters that only grow: read raw, the quantile or fraction covers every observation since the process started, so the panel barely moves when latency changes now. Prometheus evaluates it without complaint.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'histogram_quantile(0.95, sum by (le) (primitive_execution_duration_milliseconds_bucket))',
    good: 'histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))',
  },
  check({ analysis }, report) {
    for (const { call, input } of histogramReads(analysis)) {
      const origin = input.samples;
      if (origin === undefined || origin.rated || !origin.selectors.some(isClassicBucket)) continue;
      report({
        message: `${call.name.name}() over raw cumulative buckets: the result covers everything since the process started`,
        suggestion: 'wrap the buckets in rate(...[$__rate_interval]) (or increase(...[$__range]) for the whole time range)',
        from: input.from,
        to: input.to,
      });
    }
  },
};
