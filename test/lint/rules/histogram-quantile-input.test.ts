import { describe, expect, it } from 'vitest';
import { histogramQuantileInput } from '../../../src/lint/rules/histogram-quantile-input.ts';
import { lintQuery } from './query-lint.ts';

const rules = [histogramQuantileInput];
const buckets = 'primitive_execution_duration_milliseconds_bucket';

describe('histogram-quantile-input', () => {
  it('leaves raw buckets to histogram-raw-buckets (a warning: Prometheus evaluates them)', () => {
    expect(lintQuery(`histogram_quantile(0.9, sum by (le) (${buckets}))`, { rules })).toEqual([]);
  });

  it('reports the _count series of a histogram', () => {
    const [finding] = lintQuery('histogram_quantile(0.9, sum by (le) (rate(primitive_execution_duration_milliseconds_count[5m])))', { rules });
    expect(finding?.message).toContain('is a count series');
    expect(finding?.suggestion).toContain(buckets);
  });

  it('accepts rated buckets through aggregations, scaling and or', () => {
    const query = `histogram_quantile(0.9, sum by (le) (rate(${buckets}[5m])) * 1 or sum by (le) (increase(${buckets}[1h])))`;
    expect(lintQuery(query, { rules })).toEqual([]);
  });
});
