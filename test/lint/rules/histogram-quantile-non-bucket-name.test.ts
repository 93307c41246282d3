import { describe, expect, it } from 'vitest';
import { histogramQuantileNonBucketName } from '../../../src/lint/rules/histogram-quantile-non-bucket-name.ts';
import { lintQuery } from './query-lint.ts';

const rules = [histogramQuantileNonBucketName];

describe('histogram-quantile-non-bucket-name', () => {
  it('flags a histogram_quantile over a name without _bucket', () => {
    expect(lintQuery('histogram_quantile(0.9, sum by (le) (rate(http_duration_seconds[5m])))', { rules, profile: 'none' })).toMatchObject([
      { suggestion: expect.stringContaining('http_duration_seconds_bucket') },
    ]);
  });

  it('accepts _bucket series', () => {
    expect(lintQuery('histogram_quantile(0.9, sum by (le) (rate(http_duration_seconds_bucket[5m])))', { rules, profile: 'none' })).toEqual([]);
  });
});
