import { admittedValues } from '../../catalog/values.ts';
import type { AggregateExpr, SelectorExpr } from '../../promql/expr.ts';
import { matcherAccepts } from '../../promql/matcher.ts';
import { promqlName } from '../../promql/strings.ts';
import type { QueryRule, RuleReport } from '../rule.ts';

/** Aggregations that add sample values up; others (max, count, topk, ...) do not count anything twice. */
const adding: ReadonlySet<string> = new Set(['sum']);

/**
 * Whether the selector's matchers let through series with `value` for `label`: undefined when a matcher on it is
 * templated or not valid RE2, since then nobody can tell.
 */
function selects(selector: SelectorExpr, label: string, value: string): boolean | undefined {
  let verdict: boolean | undefined = true;
  for (const matcher of selector.matchers) {
    if (matcher.label.name !== label) continue;
    if (matcher.templated) return undefined;
    const accepts = matcherAccepts(matcher, value);
    if (accepts === false) return false;
    if (accepts === undefined) verdict = undefined;
  }
  return verdict;
}

/** The finding for one selector feeding the aggregation, when it adds a sum value to its parts. */
function doubleCount(node: AggregateExpr, selector: SelectorExpr): RuleReport | undefined {
  if (selector.series === undefined || node.expr === undefined) return undefined;
  for (const label of selector.series.labels.values()) {
    const sums = label.spec?.sumOf;
    if (sums === undefined || label.spec === undefined || admittedValues(label.spec) === undefined) continue;
    // Only the aggregation that drops the label adds its values together; one that keeps it, or a label
    // already gone below, is not this node's doing.
    if (!node.expr.labels.labels.has(label.name) || node.labels.labels.has(label.name) || node.labels.open) continue;
    for (const [sum, parts] of Object.entries(sums)) {
      const addedParts = parts.filter((part) => selects(selector, label.name, part) === true);
      if (selects(selector, label.name, sum) !== true || addedParts.length === 0) continue;
      const name = promqlName(label.name, 'label');
      const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');
      return {
        message:
          `${node.op.name}() adds \`${name}="${sum}"\` to ${quoted(addedParts)}, of which it is the sum ` +
          `(the catalog: ${sum} = ${parts.join(' + ')}), so everything counts twice`,
        suggestion: `select the parts (\`${name}=~"${parts.join('|')}"\`) or the sum alone (\`${name}="${sum}"\`), or keep ${name} in by (...)`,
        from: node.op.from,
        to: node.op.to,
      };
    }
  }
  return undefined;
}

export const sumValueDoubleCounted: QueryRule = {
  scope: 'query',
  id: 'sum-value-double-counted',
  severity: 'warning',
  description: 'An aggregation adds a label value that is the sum of others (the catalog\'s sumOf) to those others',
  rationale:
    'Some SDKs record a total next to its parts on the same metric (TTA.dev: `llm_token_type` is `input`, `output` and `total` = input + output). A `sum` across that label without selecting the parts or the total alone adds the total to its parts, and every token, cost or rate comes out twice as high.',
  enabledByDefault: true,
  needsCatalog: true,
  example: {
    bad: 'sum by (llm_model_name) (rate(llm_tokens_total[$__rate_interval]))',
    good: 'sum by (llm_model_name) (rate(llm_tokens_total{llm_token_type=~"input|output"}[$__rate_interval]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'aggregate' || !adding.has(node.op.name) || node.grouping?.labels.some((label) => label.templated)) continue;
      for (const selector of node.expr?.samples?.selectors ?? []) {
        const finding = doubleCount(node, selector);
        if (finding !== undefined) {
          report(finding);
          break;
        }
      }
    }
  },
};
