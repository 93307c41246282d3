import type { QueryRule } from '../rule.ts';

const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g;

export const legendUnknownLabel: QueryRule = {
  scope: 'query',
  id: 'legend-unknown-label',
  severity: 'warning',
  description: 'The legend format names a label the query result cannot carry, so the legend shows it empty',
  rationale:
    'A `{{label}}` in the legend format that the result does not carry is shown empty, so several series get the same legend and cannot be told apart.',
  origins: [{ tool: 'pint', check: 'promql/aggregate' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'sum by (primitive_type) (rate(primitive_execution_count_total[$__rate_interval])) with legendFormat "{{primitive_name}}"',
    good: 'sum by (primitive_type) (rate(primitive_execution_count_total[$__rate_interval])) with legendFormat "{{primitive_type}}"',
  },
  check({ analysis, query }, report) {
    if (!analysis.parsed) return;
    const legend = query.legendFormat;
    const result = analysis.root?.labels;
    if (legend === undefined || result === undefined || result.open) return;
    for (const [, label] of legend.matchAll(placeholder)) {
      if (label === undefined || label === '__name__' || result.labels.has(label)) continue;
      const known = [...result.labels.keys()].sort();
      report({
        message: `legend \`{{${label}}}\` names a label the result does not have (it has ${known.length === 0 ? 'no labels' : known.map((name) => `\`${name}\``).join(', ')})`,
        ...(known.length === 0 ? {} : { suggestion: known.map((name) => `{{${name}}}`).join(' ') }),
      });
    }
  },
};
