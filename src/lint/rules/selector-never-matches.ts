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

export const selectorNeverMatches: QueryRule = {
  scope: 'query',
  id: 'selector-never-matches',
  severity: 'warning',
  description: 'A selector whose matchers on one label contradict each other, so it can never select a series',
  rationale:
    'Prometheus accepts `{status="error", status!~"err.*"}` and returns nothing, so the panel stays empty without an error. It usually comes from a filter added twice, once by hand and once through a variable or a shared filter.',
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
