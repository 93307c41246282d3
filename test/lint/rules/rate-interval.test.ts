import { describe, expect, it } from 'vitest';
import { rateInterval } from '../../../src/lint/rules/rate-interval.ts';
import { lintQuery } from './query-lint.ts';

const rules = [rateInterval];

describe('rate-interval', () => {
  it('reports fixed ranges and $__interval', () => {
    expect(lintQuery('rate(x_total[5m] offset 1h)', { rules })).toMatchObject([{ at: '5m', suggestion: expect.stringContaining('$__rate_interval') }]);
    expect(lintQuery('increase(x_total[$__interval])', { rules })).toMatchObject([{ at: '$__interval' }]);
  });

  it('accepts $__rate_interval, $__range, variables, subqueries and other functions', () => {
    const query = 'rate(x_total[$__rate_interval]) + increase(x_total[$__range]) + rate(x_total[$window]) + rate(sum(x_total)[1h:]) + avg_over_time(y[5m])';
    expect(lintQuery(query, { rules })).toEqual([]);
  });
});
