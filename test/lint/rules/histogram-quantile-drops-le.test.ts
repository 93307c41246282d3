import { describe, expect, it } from 'vitest';
import { histogramQuantileDropsLe } from '../../../src/lint/rules/histogram-quantile-drops-le.ts';
import { lintQuery } from './query-lint.ts';

const rules = [histogramQuantileDropsLe];

describe('histogram-quantile-drops-le', () => {
  it('points at the aggregation that removed le, catalog or not', () => {
    for (const profile of ['otel-python', 'none']) {
      const query = 'histogram_quantile(0.95, sum by (primitive_name) (rate(primitive_execution_duration_milliseconds_bucket[5m])))';
      expect(lintQuery(query, { rules, profile })).toMatchObject([{ at: 'sum by (primitive_name)', suggestion: 'add `le` to the by (...) list' }]);
    }
    expect(lintQuery('histogram_quantile(0.95, sum without (le) (rate(x_bucket[5m])))', { rules })).toMatchObject([{ suggestion: 'take `le` out of the without (...) list' }]);
    expect(lintQuery('histogram_quantile(0.95, sum(rate(x_bucket[5m])))', { rules })).toMatchObject([{ at: 'sum' }]);
  });

  it('accepts aggregations that keep le', () => {
    expect(lintQuery('histogram_quantile(0.95, sum by (le, job) (rate(x_bucket[5m]))) + histogram_quantile(0.5, sum without (job) (rate(x_bucket[5m])))', { rules })).toEqual([]);
  });
});

describe('histogram-quantile-drops-le on native histograms', () => {
  it('accepts aggregating away every label of a series without _bucket (a native histogram keeps its buckets in the sample)', () => {
    expect(lintQuery('histogram_quantile(0.3, sum(rate(request_duration_seconds[10m])))', { rules, profile: 'none' })).toEqual([]);
  });
});
