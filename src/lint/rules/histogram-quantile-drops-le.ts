import { removedBy } from '../../promql/labels.ts';
import type { QueryRule } from '../rule.ts';
import { histogramReads, isClassicBucket } from './histogram-quantile-input.ts';

export const histogramQuantileDropsLe: QueryRule = {
  scope: 'query',
  id: 'histogram-quantile-drops-le',
  severity: 'error',
  description: 'An aggregation inside histogram_quantile removes the `le` label of classic `_bucket` series, so no quantile can be computed',
  rationale:
    '`histogram_quantile` needs the `le` bucket label on its input; an aggregation that removes it leaves nothing to interpolate, and the panel is empty.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'histogram_quantile(0.95, sum by (primitive_name) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))',
    good: 'histogram_quantile(0.95, sum by (primitive_name, le) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))',
  },
  check({ analysis }, report) {
    for (const { call, input } of histogramReads(analysis)) {
      // Native histograms carry their buckets inside each sample: no `le` to keep.
      if (input.samples !== undefined && !input.samples.selectors.some(isClassicBucket)) continue;
      const reduction = removedBy(input.labels, 'le');
      if (reduction === undefined) continue;
      report({
        message: `\`${reduction.by}\` removes \`le\`; ${call.name.name}() then has no buckets and returns nothing`,
        suggestion:
          reduction.without !== undefined
            ? 'take `le` out of the without (...) list'
            : /\bby\b/.test(reduction.by)
              ? 'add `le` to the by (...) list'
              : 'aggregate by (le)',
        from: reduction.from,
        to: reduction.to,
      });
    }
  },
};
