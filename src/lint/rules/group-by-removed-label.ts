import { removedBy } from '../../promql/labels.ts';
import type { QueryRule } from '../rule.ts';

export const groupByRemovedLabel: QueryRule = {
  scope: 'query',
  id: 'group-by-removed-label',
  severity: 'warning',
  description: 'Grouping by a label that an inner aggregation already removed: every series gets it empty',
  rationale:
    'Once an inner aggregation has removed a label, an outer `by (label)` finds it empty on every series and groups everything together: the split the author wanted never happens.',
  origins: [{ tool: 'pint', check: 'promql/aggregate' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'max by (primitive_name) (sum by (agent_type) (rate(primitive_execution_count_total[$__rate_interval])))',
    good: 'max by (primitive_name) (sum by (agent_type, primitive_name) (rate(primitive_execution_count_total[$__rate_interval])))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'aggregate' || node.grouping?.mode !== 'by' || node.expr === undefined) continue;
      for (const label of node.grouping.labels) {
        const reduction = label.templated ? undefined : removedBy(node.expr.labels, label.name);
        if (reduction === undefined) continue;
        report({
          message: `\`${label.name}\` was already removed by \`${reduction.by}\`; grouping by it gives one group with the label empty`,
          suggestion: `keep \`${label.name}\` in the inner aggregation`,
          from: label.from,
          to: label.to,
        });
      }
    }
  },
};
