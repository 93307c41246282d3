import type { QueryRule } from '../rule.ts';

/** RE2's metacharacters: a value without any is a plain string. */
const regexSyntax = /[\\.+*?()|[\]{}^$]/;

export const regexNotNeeded: QueryRule = {
  scope: 'query',
  id: 'regex-not-needed',
  severity: 'info',
  description: 'A regex matcher (`=~`, `!~`) whose value has no regex syntax: an equality matcher says the same',
  rationale:
    'A regex without any regex syntax matches exactly one value, so `=`/`!=` does the same, reads clearer and is cheaper for Prometheus to evaluate. It is often a leftover of a multi-value variable, or a sign that `=~"foo"` was meant to match values containing foo.',
  origins: [{ tool: 'pint', check: 'promql/regexp' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'sum(rate(primitive_execution_count_total{execution_status=~"error"}[$__rate_interval]))',
    good: 'sum(rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const selector of analysis.selectors) {
      for (const matcher of selector.matchers) {
        if ((matcher.op !== '=~' && matcher.op !== '!~') || matcher.templated || regexSyntax.test(matcher.value)) continue;
        const equality = matcher.op === '=~' ? '=' : '!=';
        report({
          message: `\`${matcher.op}${JSON.stringify(matcher.value)}\` has no regex syntax and matches exactly ${matcher.value === '' ? 'the empty value' : `"${matcher.value}"`}`,
          suggestion: `${matcher.label.name}${equality}${JSON.stringify(matcher.value)}`,
          from: matcher.label.from,
          to: matcher.valueSpan.to,
        });
      }
    }
  },
};
