import type { Matcher } from '../../promql/expr.ts';
import { compileLabelRegex } from '../../promql/regex.ts';
import type { QueryRule } from '../rule.ts';

/** Whether `matcher` accepts the label value `value`, with Prometheus's semantics (RE2, fully anchored). */
function accepts(matcher: Matcher, value: string): boolean | undefined {
  if (matcher.op === '=') return matcher.value === value;
  if (matcher.op === '!=') return matcher.value !== value;
  const compiled = compileLabelRegex(matcher.value);
  if (!compiled.ok) return undefined;
  return compiled.regex.matches(value) === (matcher.op === '=~');
}

/** The top-level alternatives of a regex (`a|b(c|d)` -> `a`, `b(c|d)`), outside groups and classes. */
function alternatives(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      branches.push(source.slice(start, index));
      start = index + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

/** A quantifier at `index` that makes the atom before it optional (`?`, `*`, `{0,...}`). */
function optional(branch: string, index: number): boolean {
  return branch[index] === '?' || branch[index] === '*' || branch.startsWith('{0', index);
}

/** Whether the regex atom starting at `index` must consume a character: a literal, `.`, a class or a class escape, not made optional. */
function consumes(branch: string, index: number): boolean {
  const char = branch[index];
  if (char === undefined || '()|^$?*+{'.includes(char)) return false;
  let end = index + 1;
  if (char === '\\') {
    if ('bBAz'.includes(branch[index + 1] ?? 'b')) return false;
    end = index + 2;
  } else if (char === '[') {
    end = branch.indexOf(']', index + 2) + 1;
    if (end === 0) return false;
  }
  return !optional(branch, end);
}

/**
 * A branch that needs text after its end (`foo$bar`) or before its start (`foo^bar`): RE2 without multi-line
 * mode matches `$` only at the end of the value and `^` only at its start. Only anchors outside groups are judged.
 */
function impossibleBranch(branch: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < branch.length; index += 1) {
    const char = branch[index];
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (depth !== 0 || (char !== '$' && char !== '^') || optional(branch, index + 1)) continue;
    else if (char === '$' && consumes(branch, index + 1)) return true;
    else if (char === '^' && index > 0 && consumes(branch, index - 1) && branch[index - 2] !== '\\') return true;
  }
  return false;
}

/** A regex no label value can match: every alternative is impossible. */
export function matchesNothing(source: string): boolean {
  return !source.startsWith('(?') && alternatives(source).every(impossibleBranch);
}

export const selectorNeverMatches: QueryRule = {
  scope: 'query',
  id: 'selector-never-matches',
  severity: 'warning',
  description: 'A selector whose matchers on one label contradict each other, or whose regex can match no value (`=~"a$b"`), so it never selects a series',
  rationale:
    'Prometheus accepts `{status="error", status!~"err.*"}` or `{path=~"/api$/v1"}` and returns nothing, so the panel stays empty without an error. Contradicting matchers usually come from a filter added twice, once by hand and once through a variable or a shared filter; a `$` or `^` inside a regex is an anchor (RE2 has no multi-line mode here), not a character.',
  origins: [{ tool: 'pint', check: 'promql/impossible' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'sum(rate(primitive_execution_count_total{execution_status="error", execution_status=~"succ.*"}[$__rate_interval]))',
    good: 'sum(rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const selector of analysis.selectors) {
      const matchers = selector.matchers.filter((matcher) => !matcher.templated && !matcher.label.templated);
      const impossible = matchers.find((matcher) => matcher.op === '=~' && matchesNothing(matcher.value));
      if (impossible !== undefined) {
        report({
          message: `the regex \`${impossible.value}\` can match no value: \`$\` only matches at the end of a value and \`^\` at its start`,
          suggestion: 'drop the anchor, or escape it (`\\\\$`) to match a literal character',
          from: impossible.valueSpan.from,
          to: impossible.valueSpan.to,
        });
        continue;
      }
      for (const equal of matchers) {
        if (equal.op !== '=') continue;
        const conflict = matchers.find((other) => other !== equal && other.label.name === equal.label.name && accepts(other, equal.value) === false);
        if (conflict === undefined) continue;
        report({
          message: `\`${equal.label.name}="${equal.value}"\` and \`${analysis.text.slice(conflict.label.from, conflict.valueSpan.to)}\` cannot both hold: the selector never matches a series`,
          suggestion: 'keep one of the two matchers',
          from: selector.from,
          to: selector.to,
        });
        break;
      }
    }
  },
};
