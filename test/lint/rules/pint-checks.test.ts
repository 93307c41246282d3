// The offline checks of pint: regex-needless-anchors, regex-not-needed, selector-never-matches,
// rate-over-aggregation, topk-in-time-series, division-nan-prone. Examples are checked by query-rule-examples.test.ts.
import { describe, expect, it } from 'vitest';
import { divisionNanProne } from '../../../src/lint/rules/division-nan-prone.ts';
import { rateOverAggregation } from '../../../src/lint/rules/rate-over-aggregation.ts';
import { regexNeedlessAnchors } from '../../../src/lint/rules/regex-needless-anchors.ts';
import { regexNotNeeded } from '../../../src/lint/rules/regex-not-needed.ts';
import { selectorNeverMatches } from '../../../src/lint/rules/selector-never-matches.ts';
import { compileLabelRegex } from '../../../src/promql/regex.ts';
import { topkInTimeSeries } from '../../../src/lint/rules/topk-in-time-series.ts';
import { type LintQueryOptions, lintQuery } from './query-lint.ts';

const at = (query: string, options: LintQueryOptions) => lintQuery(query, options).map((finding) => finding.at);

describe('regex-needless-anchors', () => {
  const rules = [regexNeedlessAnchors];
  it('reports a leading ^ or a trailing unescaped $', () => {
    expect(at('x{a=~"^foo.*$", b!~"^bar", c=~"baz$"}', { rules })).toEqual(['"^foo.*$"', '"^bar"', '"baz$"']);
    expect(lintQuery('x{a=~"^foo.*$"}', { rules })[0]?.suggestion).toBe('a=~"foo.*"');
  });
  it('accepts escaped dollars, anchors inside, equality matchers and variables', () => {
    expect(lintQuery('x{a=~"price\\\\$", b=~"a|^b", c="^x$", d=~"^${v:regex}$"}', { rules })).toEqual([]);
  });
});

describe('regex-not-needed', () => {
  const rules = [regexNotNeeded];
  it('reports regex matchers without regex syntax, suggesting the equality', () => {
    expect(lintQuery('x{a=~"foo", b!~"bar"}', { rules }).map((finding) => finding.suggestion)).toEqual(['a="foo"', 'b!="bar"']);
  });
  it('accepts real regexes and variables', () => {
    expect(lintQuery('x{a=~"foo|bar", b=~"ba.", c=~"$job", d=~"a\\\\.b"}', { rules })).toEqual([]);
  });
});

describe('selector-never-matches', () => {
  const rules = [selectorNeverMatches];
  it('reports contradicting matchers on one label, with RE2 semantics', () => {
    expect(lintQuery('x{a="1", a="2"}', { rules })).toHaveLength(1);
    expect(lintQuery('x{a="1", a!="1"}', { rules })).toHaveLength(1);
    expect(lintQuery('x{a="foo", a=~"fo"}', { rules })).toHaveLength(1);
    expect(lintQuery('x{a="foo", a!~"f.*"}', { rules })).toHaveLength(1);
  });
  it('accepts matchers that can hold together, other labels, and variables', () => {
    expect(lintQuery('x{a="foo", a=~"f.*", a!="bar", b="1", a!~"$skip"} + y{a="1", a=~"$v"}', { rules })).toEqual([]);
  });
});

describe('rate-over-aggregation', () => {
  const rules = [rateOverAggregation];
  it('reports rate, increase and resets over a subquery of an aggregation of raw series', () => {
    expect(lintQuery('rate(sum(x_total)[5m:])', { rules })).toHaveLength(1);
    expect(lintQuery('increase(sum by (job) (x_total)[1h:1m])', { rules })).toHaveLength(1);
    expect(lintQuery('resets(max(x_total)[1h:])', { rules })).toHaveLength(1);
  });
  it('accepts rates taken before the aggregation, and subqueries of rates', () => {
    expect(lintQuery('sum(rate(x_total[5m])) + max_over_time(sum(rate(x_total[5m]))[1h:])', { rules })).toEqual([]);
    expect(lintQuery('rate(x_total[5m:])', { rules })).toEqual([]);
  });
});

describe('topk-in-time-series', () => {
  const rules = [topkInTimeSeries];
  it('is off by default, and reports ranking in a range query of a time-series panel', () => {
    expect(topkInTimeSeries.enabledByDefault).toBe(false);
    expect(at('topk(5, rate(x[5m]))', { rules })).toEqual(['topk']);
  });
  it('accepts a ranking pinned with @ end()', () => {
    expect(lintQuery('rate(x[5m]) and on (job) topk(5, increase(x[1h] @ end()))', { rules })).toEqual([]);
  });
});

describe('division-nan-prone', () => {
  const rules = [divisionNanProne];
  it('is off by default and reports a bare rate as divisor', () => {
    expect(divisionNanProne.enabledByDefault).toBe(false);
    expect(at('sum(rate(e[5m])) / sum(rate(t[5m]))', { rules })).toEqual(['sum(rate(t[5m]))']);
    expect(at('rate(e[5m]) / rate(t[5m])', { rules })).toEqual(['rate(t[5m])']);
  });
  it('accepts guarded or non-rate divisors', () => {
    expect(lintQuery('sum(rate(e[5m])) / (sum(rate(t[5m])) > 0) + rate(e[5m]) / clamp_min(rate(t[5m]), 1e-9) + x / 2 + x / y', { rules })).toEqual([]);
  });
});

describe('selector-never-matches: impossible regexes, judged by RE2', () => {
  const rules = [selectorNeverMatches];
  // Each regex, and a value the same regex without its misplaced anchor matches: RE2 must reject that value.
  const impossible: [string, string][] = [
    ['foo$.bar', 'fooxbar'],
    ['a^b', 'ab'],
    ['x$\\d', 'x1'],
    ['ab^c|d^e', 'abc'],
    ['a$[bc]', 'ab'],
  ];
  for (const [regex, value] of impossible) {
    it(`reports =~${JSON.stringify(regex)}`, () => {
      const compiled = compileLabelRegex(regex);
      expect(compiled.ok && compiled.regex.matches(value)).toBe(false);
      const withoutAnchor = compileLabelRegex(regex.replace(/[$^]/g, ''));
      expect(withoutAnchor.ok && withoutAnchor.regex.matches(value)).toBe(true);
      expect(lintQuery(`x{a=~${JSON.stringify(regex)}}`, { rules })).toHaveLength(1);
    });
  }

  it('accepts anchors at the ends, escaped or optional anchors, anchors in classes, and !~', () => {
    for (const regex of ['^foo$', 'a|^b', 'a\\$b', '[$^]x', 'a$?b', 'a^?b', 'a$.*', 'a$[bc]?']) {
      expect(lintQuery(`x{a=~${JSON.stringify(regex)}}`, { rules }), regex).toEqual([]);
    }
    expect(lintQuery('x{a!~"foo$.bar"}', { rules })).toEqual([]);
    // `$bar` in a string is a Grafana variable: its value is not known.
    expect(lintQuery('x{a=~"foo$bar"}', { rules })).toEqual([]);
  });
});
