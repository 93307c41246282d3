import type { Matcher } from '../../promql/expr.ts';
import type { QueryRule } from '../rule.ts';

/** A Prometheus regex matcher, anchored at both ends as Prometheus anchors it; undefined when JavaScript cannot compile it. */
function anchored(source: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    return undefined;
  }
}

/** Whether the matcher can select any of the values, or a series without the label when the label is optional. */
function canMatch(matcher: Matcher, values: readonly string[], optional: boolean): boolean | undefined {
  const candidates = optional ? [...values, ''] : values;
  if (matcher.op === '=') return candidates.includes(matcher.value);
  if (matcher.op !== '=~') return undefined;
  const regex = anchored(matcher.value);
  return regex === undefined ? undefined : candidates.some((value) => regex.test(value));
}

export const labelValueNotEmitted: QueryRule = {
  scope: 'query',
  id: 'label-value-not-emitted',
  severity: 'error',
  description: 'An equality or regex matcher that cannot match any value the catalog says the label takes',
  rationale:
    'A matcher on a value the SDK never writes selects nothing, so the panel stays empty although the metric is there, usually because of a typo or an outdated value.',
  enabledByDefault: true,
  needsCatalog: true,
  example: {
    bad: 'rate(primitive_execution_count_total{execution_status="failure"}[$__rate_interval])',
    good: 'rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval])',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const selector of analysis.selectors) {
      if (selector.series === undefined) continue;
      for (const matcher of selector.matchers) {
        if (matcher.templated) continue;
        const label = selector.series.labels.get(matcher.label.name);
        if (label?.values === undefined) continue;
        if (canMatch(matcher, label.values, label.optional) !== false) continue;
        const allowed = label.values.map((value) => `"${value}"`).join(', ');
        report({
          message: `\`${matcher.label.name}${matcher.op}"${matcher.value}"\` matches none of the values the SDK records (${allowed})`,
          suggestion: `one of ${allowed}`,
          from: matcher.valueSpan.from,
          to: matcher.valueSpan.to,
        });
      }
    }
  },
};
