import { catalogLookup, type CatalogLookup, suggestLabel } from '../../promql/catalog.ts';
import { type Expr, type NameRef, selectorsUnder } from '../../promql/expr.ts';
import type { QueryAnalysis } from '../../promql/analyze.ts';
import type { QueryRule, RuleReport } from '../rule.ts';

/** Labels every query may name whatever it reads. */
const alwaysKnown: ReadonlySet<string> = new Set(['__name__']);

/** The labels the catalog series under `exprs` carry, or undefined when one of them is outside the catalog. */
function availableLabels(analysis: QueryAnalysis, exprs: readonly (Expr | undefined)[]): Set<string> | undefined {
  const available = new Set<string>(analysis.createdLabels);
  let any = false;
  for (const expr of exprs) {
    if (expr === undefined) continue;
    for (const selector of selectorsUnder(expr)) {
      if (selector.series === undefined) return undefined;
      any = true;
      for (const label of selector.series.labels.keys()) available.add(label);
    }
  }
  return any ? available : undefined;
}

function stringArg(expr: Expr | undefined): NameRef | undefined {
  if (expr?.kind !== 'string' || expr.value === '') return undefined;
  return { name: expr.value, from: expr.from, to: expr.to, templated: false };
}

function check(lookup: CatalogLookup, where: string, labels: readonly NameRef[], available: ReadonlySet<string> | undefined, report: (finding: RuleReport) => void): void {
  if (available === undefined) return;
  for (const label of labels) {
    if (label.templated || alwaysKnown.has(label.name) || available.has(label.name)) continue;
    const suggestion = suggestLabel(lookup, label.name, available);
    report({
      message: `label \`${label.name}\` in ${where} is not carried by the queried series under ${lookup.naming.active.profile.id}`,
      ...(suggestion === undefined ? {} : { suggestion }),
      from: label.from,
      to: label.to,
    });
  }
}

export const unknownLabel: QueryRule = {
  scope: 'query',
  id: 'unknown-label',
  severity: 'error',
  description: 'A label in a matcher, by/without, on/ignoring, group_left/right or label_replace/label_join source that the queried catalog series do not carry',
  enabledByDefault: true,
  needsCatalog: true,
  example: {
    bad: 'sum by (workflow_name) (rate(primitive_execution_count_total[$__rate_interval]))',
    good: 'sum by (primitive_name) (rate(primitive_execution_count_total[$__rate_interval]))',
  },
  check({ analysis, naming }, report) {
    if (!analysis.parsed) return;
    if (naming === undefined) return;
    const lookup = catalogLookup(naming);
    for (const node of analysis.nodes) {
      if (node.kind === 'selector' && node.series !== undefined) {
        const labels = node.matchers.map((matcher) => matcher.label);
        check(lookup, 'a matcher', labels, new Set(node.series.labels.keys()), report);
      } else if (node.kind === 'aggregate' && node.grouping !== undefined) {
        check(lookup, `${node.grouping.mode} (...)`, node.grouping.labels, availableLabels(analysis, [node.expr]), report);
      } else if (node.kind === 'binary' && node.matching !== undefined) {
        const available = availableLabels(analysis, [node.left, node.right]);
        check(lookup, `${node.matching.mode} (...)`, node.matching.labels, available, report);
        if (node.matching.group !== undefined) {
          const one = node.matching.group.side === 'left' ? node.right : node.left;
          check(lookup, `group_${node.matching.group.side} (...)`, node.matching.group.labels, availableLabels(analysis, [one]), report);
        }
      } else if (node.kind === 'call' && (node.name.name === 'label_replace' || node.name.name === 'label_join')) {
        const sources = node.name.name === 'label_replace' ? [node.args[3]] : node.args.slice(3);
        const labels = sources.map(stringArg).filter((label): label is NameRef => label !== undefined);
        check(lookup, `${node.name.name}()`, labels, availableLabels(analysis, [node.args[0]]), report);
      }
    }
  },
};
