// Each check of parser-checks.ts and lexer-compat.ts on its own; the conformance test compares the whole parser
// with Prometheus's own test cases.
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/promql/analyze.ts';

const errors = (query: string): string[] => {
  const analysis = analyzeQuery(query);
  return [...analysis.syntaxErrors, ...analysis.typeErrors].map((error) => `${query.slice(error.from, error.to)}: ${error.message}`);
};

describe('Prometheus parser checks', () => {
  it('reads number forms of Prometheus lexer that lezer rejects, keeping positions', () => {
    for (const query of ['5.', 'foo @ 3.', 'histogram_quantile(1./6., x_bucket)', '5.e3 + 1', 'offset{step="1s"}[5m]', 'rate(offset[5m])', 'sum by (offset) (x)']) {
      expect(errors(query), query).toEqual([]);
    }
    const analysis = analyzeQuery('rate(offset[5m])');
    expect(analysis.selectors[0]?.metric?.name).toBe('offset');
    expect(errors('foo offset 5m')).toEqual([]);
  });

  it('reports what Prometheus rejects, at the offending part, in its words', () => {
    expect(errors('foo and on(a) group_left(b) bar')).toEqual(['on(a) group_left(b): no grouping allowed for `and`: set operations are always many-to-many']);
    expect(errors('a + on(job) group_left(job, x) b')).toEqual(['job: label `job` must not occur in on(...) and group_left(...) at once']);
    expect(errors('a + ignoring(job) group_left(job) b')).toEqual([]);
    expect(errors('foo offset 1s offset 2s')).toEqual(['foo offset 1s offset 2s: offset may not be set multiple times']);
    expect(errors('foo @ 1 offset 1s @ 2')).toEqual(['foo @ 1 offset 1s @ 2: @ <timestamp> may not be set multiple times']);
    expect(errors('foo @ +Inf')).toEqual(['+Inf: timestamp out of bounds for @ modifier: +Inf']);
    expect(errors('foo @ NaN')).toHaveLength(1);
    expect(errors('foo @ 9223372036854775808')).toHaveLength(1);
    expect(errors('foo @ -100')).toEqual([]);
    expect(errors('foo{__name__="bar"}')).toEqual(['__name__="bar": metric name must not be set twice, before the braces and as `__name__`']);
    expect(errors('{__name__="bar"}')).toEqual([]);
    expect(errors('foo[0m]')).toEqual(['0m: duration must be greater than 0']);
    expect(errors('foo[5m:0s]')).toEqual(['0s: duration must be greater than 0']);
    expect(errors('foo[9.5e10]')).toEqual(['9.5e10: duration out of range']);
    expect(errors('foo offset -7m')).toEqual([]);
    expect(errors('"\\c"')).toEqual(["\\c: unknown escape sequence U+0063 'c'"]);
    expect(errors('"\\x."')).toEqual(["\\x: illegal character U+002E '.' in escape sequence"]);
    expect(errors('"\\\'"')).toEqual(["\\': unknown escape sequence U+0027 '''"]);
    expect(errors('"\\ud800"')).toEqual(['\\u: escape sequence is an invalid Unicode code point']);
    expect(errors('x{a=~"a\\\\.b", b="\\u00e9\\x41\\101\\n"}')).toEqual([]);
    expect(errors(`1${'9'.repeat(400)}`)[0]).toMatch(/is too large for a float$/);
  });

  it('binds unary minus looser than @ and offset, as Prometheus does', () => {
    expect(errors('-metric @ 100')).toEqual([]);
    expect(errors('---metric offset 1m')).toEqual([]);
  });

  it('never judges the value of a Grafana variable', () => {
    expect(errors('sum(rate(x[$__rate_interval] @ ${__to:date:seconds}))')).toEqual([]);
    expect(errors('x offset $shift')).toEqual([]);
  });

  it('reports syntax behind a feature flag as experimental, naming the flag', () => {
    const flags = (query: string) => analyzeQuery(query).experimental.map((use) => use.feature);
    expect(flags('rate(x[5m] anchored)')).toEqual(['promql-extended-range-selectors']);
    expect(flags('x[5m+1m]')).toEqual(['promql-duration-expr']);
    expect(flags('x offset step()')).toEqual(['promql-duration-expr']);
    expect(flags('count_over_time(x[STEP()])')).toEqual(['promql-duration-expr']);
    expect(flags('limitk(2, x)')).toEqual(['promql-experimental-functions']);
    expect(flags('sort_by_label(x, "a")')).toEqual(['promql-experimental-functions']);
    expect(flags('min_of(3, 5.) * 2')).toEqual(['promql-experimental-functions']);
    expect(errors('min_of(3, 5.) * 2')).toEqual([]);
    expect(flags('x offset -5m')).toEqual([]);
    expect(flags('a + on(x) fill_left(0) b')).toEqual(['promql-binop-fill-modifiers']);
    expect(errors('a or fill(0) b')).toEqual(['fill(0): filling in missing series is not allowed for `or`']);
    expect(errors('info(x, {data=~".*"})')).toEqual([]);
    expect(errors('info(x, target_info{a="b"})')).toEqual(['target_info{a="b"}: the second argument of info() takes label selectors only, not a metric name']);
  });
});
