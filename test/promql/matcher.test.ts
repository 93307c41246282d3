/** Label matchers decided as Prometheus decides them: RE2 (re2js, Go's semantics) is the judge, not JavaScript's RegExp. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegex, literalAlternatives, matcherAccepts } from '../../src/promql/matcher.ts';
import { compileLabelRegex } from '../../src/promql/regex.ts';

describe('matcherAccepts', () => {
  it('compares strings for = and !=, and treats a missing label as ""', () => {
    expect(matcherAccepts({ op: '=', value: 'a' }, 'a')).toBe(true);
    expect(matcherAccepts({ op: '!=', value: 'a' }, '')).toBe(true);
    expect(matcherAccepts({ op: '=', value: '' }, '')).toBe(true);
  });

  it('anchors regexes at both ends, with RE2 syntax', () => {
    expect(matcherAccepts({ op: '=~', value: 'err' }, 'error')).toBe(false);
    expect(matcherAccepts({ op: '=~', value: 'err.*' }, 'error')).toBe(true);
    expect(matcherAccepts({ op: '!~', value: 'err.*' }, 'error')).toBe(false);
    expect(matcherAccepts({ op: '=~', value: '(?i)ERROR' }, 'error')).toBe(true);
    // `.` matches a newline in Prometheus label matchers.
    expect(matcherAccepts({ op: '=~', value: 'a.b' }, 'a\nb')).toBe(true);
  });

  it('has no verdict on a pattern RE2 rejects', () => {
    expect(matcherAccepts({ op: '=~', value: '(?=a)a' }, 'a')).toBeUndefined();
    expect(matcherAccepts({ op: '!~', value: '(' }, 'a')).toBeUndefined();
  });
});

describe('literalAlternatives', () => {
  it('lists the strings of a plain alternation, escapes undone', () => {
    expect(literalAlternatives('retry|fallback')).toEqual(['retry', 'fallback']);
    expect(literalAlternatives('a\\.b|')).toEqual(['a.b', '']);
  });

  it('gives up on anything that is not a list of strings', () => {
    for (const pattern of ['a.*', 'a+', '[ab]', '(a|b)', 'a\\d', 'a\\']) expect(literalAlternatives(pattern), pattern).toBeUndefined();
  });

  it('agrees with RE2: an escaped string is one alternative that matches exactly itself', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (value, other) => {
        const escaped = escapeRegex(value);
        expect(literalAlternatives(escaped)).toEqual([value]);
        const compiled = compileLabelRegex(escaped);
        expect(compiled.ok).toBe(true);
        if (!compiled.ok) return;
        expect(compiled.regex.matches(value)).toBe(true);
        expect(compiled.regex.matches(other)).toBe(other === value);
      }),
    );
  });
});
