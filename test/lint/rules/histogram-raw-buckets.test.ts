import { describe, expect, it } from 'vitest';
import { histogramRawBuckets } from '../../../src/lint/rules/histogram-raw-buckets.ts';
import { lintQuery } from './query-lint.ts';

const rules = [histogramRawBuckets];
const buckets = 'primitive_execution_duration_milliseconds_bucket';

describe('histogram-raw-buckets', () => {
  it('reports raw buckets in histogram_quantile and histogram_fraction, with or without a catalog', () => {
    for (const profile of ['otel-python', 'none']) {
      const [finding] = lintQuery(`histogram_quantile(0.9, sum by (le) (${buckets}))`, { rules, profile });
      expect(finding?.at).toBe(`sum by (le) (${buckets})`);
      expect(lintQuery(`histogram_fraction(0, 250, sum by (le) (${buckets}))`, { rules, profile })).toHaveLength(1);
    }
  });

  it('accepts rated buckets, and native histograms (no _bucket series) read raw', () => {
    expect(lintQuery(`histogram_quantile(0.9, sum by (le) (rate(${buckets}[$__rate_interval])))`, { rules })).toEqual([]);
    expect(lintQuery(`histogram_fraction(0, 250, sum by (le) (increase(${buckets}[$__range])))`, { rules })).toEqual([]);
    expect(lintQuery('histogram_quantile(0.9, http_request_duration_seconds)', { rules, profile: 'none' })).toEqual([]);
  });
});
