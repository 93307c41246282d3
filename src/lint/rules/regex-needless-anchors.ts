import type { QueryRule } from '../rule.ts';

/** A `$` at the end that is an anchor, not an escaped dollar (`\$`). */
function endsWithAnchor(value: string): boolean {
  if (!value.endsWith('$')) return false;
  let backslashes = 0;
  for (let index = value.length - 2; index >= 0 && value[index] === '\\'; index -= 1) backslashes += 1;
  return backslashes % 2 === 0;
}

export const regexNeedlessAnchors: QueryRule = {
  scope: 'query',
  id: 'regex-needless-anchors',
  severity: 'info',
  description: 'A regex matcher starts with `^` or ends with `$`: Prometheus anchors every label regex already',
  rationale:
    'Prometheus matches a label regex against the whole value, as if written `^(?:...)$`. Anchors written by hand change nothing, but suggest that regexes are unanchored otherwise, which leads to `=~"foo"` being read as "contains foo".',
  origins: [{ tool: 'pint', check: 'promql/regexp' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'sum(rate(primitive_execution_count_total{primitive_name=~"^router.*$"}[$__rate_interval]))',
    good: 'sum(rate(primitive_execution_count_total{primitive_name=~"router.*"}[$__rate_interval]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const selector of analysis.selectors) {
      for (const matcher of selector.matchers) {
        if ((matcher.op !== '=~' && matcher.op !== '!~') || matcher.templated) continue;
        const leading = matcher.value.startsWith('^');
        const trailing = endsWithAnchor(matcher.value);
        if (!leading && !trailing) continue;
        const bare = matcher.value.slice(leading ? 1 : 0, trailing ? -1 : undefined);
        report({
          message: `the ${leading && trailing ? 'anchors `^` and `$` are' : leading ? 'anchor `^` is' : 'anchor `$` is'} redundant: Prometheus anchors label regexes at both ends`,
          suggestion: `${matcher.label.name}${matcher.op}${JSON.stringify(bare)}`,
          from: matcher.valueSpan.from,
          to: matcher.valueSpan.to,
        });
      }
    }
  },
};
