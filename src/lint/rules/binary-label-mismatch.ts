import type { BinaryExpr } from '../../promql/expr.ts';
import type { LabelSet } from '../../promql/labels.ts';
import type { QueryRule } from '../rule.ts';

/** A label one side always has and the other side can never have, among the labels the operation matches on. */
function unmatchable(node: BinaryExpr): { label: string; side: 'left' | 'right' } | undefined {
  const { left, right, matching } = node;
  const sides: [LabelSet, LabelSet, 'left' | 'right'][] = [
    [left.labels, right.labels, 'left'],
    [right.labels, left.labels, 'right'],
  ];
  const ignored = new Set(matching?.mode === 'ignoring' ? matching.labels.map((label) => label.name) : []);
  const on = matching?.mode === 'on' ? new Set(matching.labels.map((label) => label.name)) : undefined;
  for (const [has, lacks, side] of sides) {
    for (const [label, always] of has.labels) {
      if (!always || ignored.has(label) || (on !== undefined && !on.has(label))) continue;
      if (!lacks.labels.has(label)) return { label, side };
    }
  }
  return undefined;
}

export const binaryLabelMismatch: QueryRule = {
  scope: 'query',
  id: 'binary-label-mismatch',
  severity: 'warning',
  description: 'A binary operation between vectors whose label sets can never match, so it returns nothing',
  rationale:
    'Prometheus matches the two sides of a binary operation on their whole label sets (or the `on`/`ignoring` list). When one side carries a label the other can never have, no pair matches and the panel shows no data, without any error.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'sum by (primitive_name) (rate(primitive_execution_count_total[$__rate_interval])) / sum(rate(primitive_execution_count_total[$__rate_interval]))',
    good: 'sum by (primitive_name) (rate(primitive_execution_count_total[$__rate_interval])) / ignoring(primitive_name) group_left sum(rate(primitive_execution_count_total[$__rate_interval]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'binary' || node.op === 'or' || node.left.type !== 'vector' || node.right.type !== 'vector') continue;
      if (node.left.labels.open || node.right.labels.open) continue;
      if (node.matching?.labels.some((label) => label.templated) === true) continue;
      const problem = unmatchable(node);
      if (problem === undefined) continue;
      const other = problem.side === 'left' ? 'right' : 'left';
      report({
        message: `the ${problem.side} side always has \`${problem.label}\` and the ${other} side never does, so \`${node.op}\` matches no series`,
        suggestion: `add ignoring(${problem.label}) (with group_left/group_right when one side has several series per match), or aggregate \`${problem.label}\` away`,
        from: node.opSpan.from,
        to: node.opSpan.to,
      });
    }
  },
};
