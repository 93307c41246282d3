import type { SelectorExpr } from '../../promql/expr.ts';
import type { QueryRule } from '../rule.ts';

const quantileFunctions: ReadonlySet<string> = new Set(['histogram_quantile', 'histogram_fraction']);

function isBucket(selector: SelectorExpr): boolean {
  if (selector.series !== undefined) return selector.series.role === 'bucket';
  return selector.metric?.name.endsWith('_bucket') === true;
}

export const histogramQuantileInput: QueryRule = {
  scope: 'query',
  id: 'histogram-quantile-input',
  severity: 'error',
  description: 'histogram_quantile over something other than rated `_bucket` series: raw cumulative buckets, or the catalog\'s `_sum`/`_count`/counters',
  rationale:
    '`histogram_quantile` interpolates within the bucket counts of a time window. Raw cumulative buckets give the quantile since process start, and `_sum`/`_count`/counters are no buckets at all.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'histogram_quantile(0.95, sum by (le) (primitive_execution_duration_milliseconds_bucket))',
    good: 'histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'call' || !quantileFunctions.has(node.name.name)) continue;
      const input = node.args[node.args.length - 1];
      const origin = input?.samples;
      if (input === undefined || origin === undefined) continue;
      const wrongSeries = origin.selectors.find((selector) => selector.series !== undefined && selector.series.role !== 'bucket');
      if (wrongSeries !== undefined) {
        const family = wrongSeries.series!.promType === 'histogram' ? `${wrongSeries.series!.family}_bucket` : undefined;
        report({
          message: `${node.name.name}() needs histogram \`_bucket\` series; \`${wrongSeries.series!.name}\` is a ${wrongSeries.series!.role} series`,
          ...(family === undefined ? {} : { suggestion: `rate(${family}[$__rate_interval]) aggregated by (le)` }),
          from: wrongSeries.from,
          to: wrongSeries.to,
        });
        continue;
      }
      if (!origin.rated && origin.selectors.some(isBucket)) {
        report({
          message: `${node.name.name}() over raw cumulative buckets: the quantile covers everything since the process started`,
          suggestion: 'wrap the buckets in rate(...[$__rate_interval]) (or increase(...[$__range]) for the whole time range)',
          from: input.from,
          to: input.to,
        });
      }
    }
  },
};
