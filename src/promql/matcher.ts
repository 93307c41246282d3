/**
 * What a label matcher selects, decided as Prometheus decides it: `=`/`!=` compare strings, `=~`/`!~` match
 * an RE2 pattern anchored at both ends (src/promql/regex.ts). A series without the label has the value "".
 */
import type { MatchOperator } from './expr.ts';
import { compileLabelRegex, type LabelRegex } from './regex.ts';

export interface LabelMatcher {
  readonly op: MatchOperator;
  readonly value: string;
}

function regexOf(source: string): LabelRegex | undefined {
  const compiled = compileLabelRegex(source);
  return compiled.ok ? compiled.regex : undefined;
}

/** Whether the matcher selects a series whose label has `value`; undefined when its pattern is not valid RE2. */
export function matcherAccepts(matcher: LabelMatcher, value: string): boolean | undefined {
  switch (matcher.op) {
    case '=':
      return value === matcher.value;
    case '!=':
      return value !== matcher.value;
    case '=~':
      return regexOf(matcher.value)?.matches(value);
    case '!~': {
      const matches = regexOf(matcher.value)?.matches(value);
      return matches === undefined ? undefined : !matches;
    }
  }
}

const metacharacters = new Set([...'\\^$.|?*+()[]{}']);

/** A string as a regex that matches exactly it (`a.b` -> `a\\.b`). */
export function escapeRegex(value: string): string {
  return value.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/**
 * The strings a pattern is an alternation of, when it is nothing else (`retry|fallback`, `a\.b`); undefined for
 * anything with a wildcard, class, group or repetition, whose set of strings cannot be listed.
 */
export function literalAlternatives(pattern: string): string[] | undefined {
  const alternatives: string[] = [];
  let current = '';
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index]!;
    if (character === '|') {
      alternatives.push(current);
      current = '';
    } else if (character === '\\') {
      const next = pattern[index + 1];
      if (next === undefined || !metacharacters.has(next)) return undefined;
      current += next;
      index++;
    } else if (metacharacters.has(character)) return undefined;
    else current += character;
  }
  alternatives.push(current);
  return alternatives;
}
