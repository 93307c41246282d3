import { runQueries } from '../panel-fields.ts';
import type { DashboardRule } from '../rule.ts';

const nodeFields = ['id'];
const edgeFields = ['id', 'source', 'target'];

export const nodeGraphFrames: DashboardRule = {
  scope: 'dashboard',
  id: 'node-graph-frames',
  severity: 'error',
  description:
    'A node graph needs a nodes table (field `id`) and an edges table (`id`, `source`, `target`): Prometheus queries with format table whose labels have those names',
  rationale:
    'Grafana\'s node graph reads a nodes frame with an `id` field and an edges frame with `id`, `source` and `target`; a time series frame has none of them, and the panel stays empty or shows edges to missing nodes.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "nodeGraph", "targets": [{"expr": "sum by (source, target) (rate(calls_total[5m]))"}]}',
    good: '{"type": "nodeGraph", "targets": [{"expr": "sum by (id) (label_replace(rate(calls_total[5m]), \\"id\\", \\"$1\\", \\"target\\", \\"(.*)\\"))", "format": "table", "instant": true}, {"expr": "sum by (id, source, target) (label_join(rate(calls_total[5m]), \\"id\\", \\"->\\", \\"source\\", \\"target\\"))", "format": "table", "instant": true}]}',
  },
  check({ dashboard, analyses }, report) {
    for (const panel of dashboard.panels) {
      if (panel.type !== 'nodeGraph') continue;
      const queries = runQueries(panel, analyses);
      if (queries.length === 0) continue;
      const tables = queries.filter(({ query }) => query.format === 'table');
      for (const { query } of queries) {
        if (query.format === 'table') continue;
        report({
          message: `the query gives time series (format "${query.format ?? 'time_series'}"); a node graph reads tables of nodes and edges, not series`,
          suggestion: 'set format table and instant, and name the labels id (nodes) and id, source, target (edges) with label_replace/label_join',
          panel,
          query,
          pointer: query.pointer,
        });
      }
      // Only queries whose labels are all known can be said to lack a field.
      if (tables.length === 0 || tables.some(({ analysis }) => !analysis.parsed || analysis.root === undefined || analysis.root.labels.open)) continue;
      const carries = (fields: readonly string[]) =>
        tables.some(({ analysis }) => fields.every((field) => analysis.root!.labels.labels.has(field)));
      const missing = [
        ...(carries(nodeFields) ? [] : ['a nodes table with the field `id`']),
        ...(carries(edgeFields) ? [] : ['an edges table with the fields `id`, `source` and `target`']),
      ];
      if (missing.length === 0) continue;
      report({
        message: `no query gives ${missing.join(', nor ')}`,
        suggestion: 'rename labels in PromQL: label_replace(..., "id", "$1", "<label>", "(.*)"), label_join(..., "id", "->", "source", "target")',
        panel,
      });
    }
  },
};
