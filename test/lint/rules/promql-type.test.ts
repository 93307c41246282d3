import { describe, expect, it } from 'vitest';
import { promqlType } from '../../../src/lint/rules/promql-type.ts';
import { lintQuery } from './query-lint.ts';

const rules = [promqlType];

describe('promql-type', () => {
  it('reports a range on an aggregation', () => {
    const [finding] = lintQuery('rate(sum(x_total)[5m])', { rules });
    expect(finding).toMatchObject({ rule: 'promql-type', at: 'sum(x_total)[5m]' });
    expect(finding?.message).toContain('subquery');
  });

  it('reports an instant vector passed to rate', () => {
    expect(lintQuery('rate(x_total)', { rules }).map((finding) => finding.message)).toEqual([
      'argument 1 of rate() must be a range vector, got a instant vector',
    ]);
  });

  it('stays quiet after a syntax error', () => {
    expect(lintQuery('rate(x_total', { rules })).toEqual([]);
  });

  it('accepts well-typed queries', () => {
    expect(lintQuery('histogram_quantile(0.9, sum by (le) (rate(x_bucket[5m]))) > bool 0.5', { rules })).toEqual([]);
  });
});
