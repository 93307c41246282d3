import { describe, expect, it } from 'vitest';
import { promqlSyntax } from '../../../src/lint/rules/promql-syntax.ts';
import { lintQuery } from './query-lint.ts';

const rules = [promqlSyntax];

describe('promql-syntax', () => {
  it('reports an unclosed call with its position in the text as written', () => {
    const query = 'sum(rate(x[$__rate_interval])';
    expect(lintQuery(query, { rules })).toEqual([
      { rule: 'promql-syntax', message: 'unexpected end of query: missing `)`', from: query.length, to: query.length, at: '' },
    ]);
  });

  it('explains unquoted dotted names', () => {
    const [finding] = lintQuery('sum by (primitive.name) (x)', { rules });
    expect(finding?.message).toContain('names with dots must be quoted');
    expect(finding?.at).toBe('.');
  });

  it('accepts valid PromQL with Grafana variables anywhere', () => {
    expect(lintQuery('sum by ($group) (rate(x{job=~"$job"}[$__rate_interval] offset $shift)) / $__range_s', { rules })).toEqual([]);
  });
});
