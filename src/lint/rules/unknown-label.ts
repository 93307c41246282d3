import { catalogLookup, type CatalogLookup, suggestLabel } from '../../promql/catalog.ts';
import { type Expr, type NameRef, selectorsUnder } from '../../promql/expr.ts';
import type { QueryAnalysis } from '../../promql/analyze.ts';
import type { EmittedSeries } from '../../naming/series.ts';
import type { QueryRule, RuleReport } from '../rule.ts';

/** The catalog series under `exprs`, or undefined when one of them is outside the catalog (its labels are unknown). */
function catalogSeries(exprs: readonly (Expr | undefined)[]): EmittedSeries[] | undefined {
  const series: EmittedSeries[] = [];
  for (const expr of exprs) {
    if (expr === undefined) continue;
    for (const selector of selectorsUnder(expr)) {
      if (selector.series === undefined) return undefined;
      series.push(selector.series);
    }
  }
  return series.length > 0 ? series : undefined;
}

/** Functions whose string arguments in [from, to) name labels of their first argument. */
const labelArguments: Readonly<Record<string, readonly [number, number?]>> = {
  label_replace: [3, 4],
  label_join: [3],
  sort_by_label: [1],
  sort_by_label_desc: [1],
};

function stringArg(expr: Expr | undefined): NameRef | undefined {
  if (expr?.kind !== 'string' || expr.value === '') return undefined;
  return { name: expr.value, from: expr.from, to: expr.to, templated: false };
}

function check(
  analysis: QueryAnalysis,
  lookup: CatalogLookup,
  where: string,
  labels: readonly NameRef[],
  series: readonly EmittedSeries[] | undefined,
  report: (finding: RuleReport) => void,
): void {
  if (series === undefined) return;
  for (const label of labels) {
    const name = label.name;
    if (label.templated || name === '__name__' || analysis.createdLabels.has(name)) continue;
    if (series.some((entry) => entry.labels.has(name))) continue;
    const available = new Set<string>(analysis.createdLabels);
    for (const entry of series) for (const known of entry.labels.keys()) available.add(known);
    const suggestion = suggestLabel(lookup, name, available);
    report({
      message: `label \`${name}\` in ${where} is not carried by the queried series under ${lookup.naming.active.profile.id}`,
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
  description: 'A label in a matcher, by/without, on/ignoring, group_left/right, or a label_replace/label_join/sort_by_label argument, that the queried catalog series do not carry',
  rationale:
    'A label the series never carries makes a matcher select nothing and a grouping collapse everything into one series, without any error from Prometheus.',
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
        if (node.matchers.length === 0) continue;
        check(analysis, lookup, 'a matcher', node.matchers.map((matcher) => matcher.label), [node.series], report);
      } else if (node.kind === 'aggregate' && node.grouping !== undefined && node.grouping.labels.length > 0) {
        check(analysis, lookup, `${node.grouping.mode} (...)`, node.grouping.labels, catalogSeries([node.expr]), report);
      } else if (node.kind === 'binary' && node.matching !== undefined) {
        const { matching } = node;
        if (matching.labels.length > 0) check(analysis, lookup, `${matching.mode} (...)`, matching.labels, catalogSeries([node.left, node.right]), report);
        if (matching.group !== undefined && matching.group.labels.length > 0) {
          const one = matching.group.side === 'left' ? node.right : node.left;
          check(analysis, lookup, `group_${matching.group.side} (...)`, matching.group.labels, catalogSeries([one]), report);
        }
      } else if (node.kind === 'call' && labelArguments[node.name.name] !== undefined) {
        const sources = node.args.slice(...labelArguments[node.name.name]!);
        const labels = sources.map(stringArg).filter((label): label is NameRef => label !== undefined);
        if (labels.length > 0) check(analysis, lookup, `${node.name.name}()`, labels, catalogSeries([node.args[0]]), report);
      }
    }
  },
};
