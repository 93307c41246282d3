import type { QueryAnalysis } from '../../promql/analyze.ts';
import type { CallExpr, Expr, SelectorExpr } from '../../promql/expr.ts';
import type { QueryRule } from '../rule.ts';

/** The functions that read a histogram's buckets. */
const quantileFunctions: ReadonlySet<string> = new Set(['histogram_quantile', 'histogram_fraction']);

/** A histogram_quantile or histogram_fraction call and the histogram it reads (its last argument). */
export interface HistogramRead {
  readonly call: CallExpr;
  readonly input: Expr;
}

/** Every call of the query that reads a histogram's buckets, with its input; none for a query that did not parse. */
export function histogramReads(analysis: QueryAnalysis): HistogramRead[] {
  if (!analysis.parsed) return [];
  const reads: HistogramRead[] = [];
  for (const node of analysis.nodes) {
    if (node.kind !== 'call' || !quantileFunctions.has(node.name.name)) continue;
    const input = node.args[node.args.length - 1];
    if (input !== undefined) reads.push({ call: node, input });
  }
  return reads;
}

/** A classic histogram's bucket series: the catalog says so, or the name ends in `_bucket`. */
export function isClassicBucket(selector: SelectorExpr): boolean {
  if (selector.series !== undefined) return selector.series.role === 'bucket';
  return selector.metric?.name.endsWith('_bucket') === true;
}

export const histogramQuantileInput: QueryRule = {
  scope: 'query',
  id: 'histogram-quantile-input',
  severity: 'error',
  description: 'histogram_quantile or histogram_fraction over the catalog\'s `_sum`/`_count` series or counters instead of `_bucket` series',
  rationale:
    '`histogram_quantile` interpolates within bucket counts; `_sum`/`_count` series and counters are no buckets at all, so the result is meaningless.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_count[$__rate_interval])))',
    good: 'histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))',
  },
  check({ analysis }, report) {
    for (const { call, input } of histogramReads(analysis)) {
      const origin = input.samples;
      if (origin === undefined) continue;
      const wrongSeries = origin.selectors.find((selector) => selector.series !== undefined && selector.series.role !== 'bucket');
      if (wrongSeries !== undefined) {
        const family = wrongSeries.series!.promType === 'histogram' ? `${wrongSeries.series!.family}_bucket` : undefined;
        report({
          message: `${call.name.name}() needs histogram \`_bucket\` series; \`${wrongSeries.series!.name}\` is a ${wrongSeries.series!.role} series`,
          ...(family === undefined ? {} : { suggestion: `rate(${family}[$__rate_interval]) aggregated by (le)` }),
          from: wrongSeries.from,
          to: wrongSeries.to,
        });
      }
    }
  },
};
