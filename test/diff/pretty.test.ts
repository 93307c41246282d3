import { describe, expect, it } from 'vitest';
import { diffQuery, formatQuery } from '../../src/promql/pretty.ts';

describe('formatQuery', () => {
  it('keeps a short query on one line, spaced canonically', () => {
    expect(formatQuery('sum  by(job)(rate(x{a="b",c=~"d"}[5m]))')).toBe('sum by (job) (rate(x{a="b", c=~"d"}[5m]))');
  });

  it('breaks a long query at aggregations, calls and binary operators, indenting operands', () => {
    const query =
      'sum by (primitive_name) (rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval])) / sum by (primitive_name) (rate(primitive_execution_count_total[$__rate_interval]))';
    expect(formatQuery(query)).toBe(
      [
        '  sum by (primitive_name) (',
        '    rate(',
        '      primitive_execution_count_total{execution_status="error"}[$__rate_interval]',
        '    )',
        '  )',
        '/',
        '  sum by (primitive_name) (',
        '    rate(primitive_execution_count_total[$__rate_interval])',
        '  )',
      ].join('\n'),
    );
  });

  it('prints Grafana variables as written and leaves a query that does not parse on one line', () => {
    expect(formatQuery('rate(x{job=~"$job"}[$__rate_interval]) offset $shift')).toBe('rate(x{job=~"$job"}[$__rate_interval]) offset $shift');
    expect(formatQuery('sum(rate(x[5m])')).toBe('sum(rate(x[5m])');
  });
});

describe('diffQuery', () => {
  it('marks only the tokens that differ', () => {
    const change = diffQuery('sum(rate(x{job="a"}[5m]))', 'sum by (job) (rate(x{job="b"}[5m]))');
    const marked = (lines: typeof change.before) => lines.flatMap((line) => line.tokens.filter((token) => token.changed).map((token) => token.text));
    expect(marked(change.before)).toEqual(['"a"']);
    // Either `(` could pair with the old one; the diff keeps the first and marks the rest.
    expect(marked(change.after)).toEqual(['by', 'job', ')', '(', '"b"']);
  });

  it('shows two long unrelated queries as wholly replaced instead of searching for minutes', () => {
    const sumOf = (prefix: string) => Array.from({ length: 20_000 }, (_, index) => `${prefix}${index}`).join(' + ');
    const change = diffQuery(sumOf('a'), sumOf('b'));
    const unchanged = [...change.before, ...change.after].flatMap((line) => line.tokens.filter((token) => !token.changed));
    expect(unchanged).toEqual([]);
  });
});
