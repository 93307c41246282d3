import type { DashboardRule } from '../rule.ts';

/** Panels that draw query results; text, lists, rows, news and unknown plugins have nothing to query. */
const dataPanelTypes: ReadonlySet<string> = new Set([
  'timeseries', 'graph', 'stat', 'singlestat', 'gauge', 'bargauge', 'barchart', 'table', 'table-old', 'heatmap',
  'piechart', 'histogram', 'state-timeline', 'status-history', 'trend', 'xychart', 'nodeGraph', 'geomap', 'candlestick',
  'logs', 'traces', 'flamegraph',
]);

export const panelNoQueries: DashboardRule = {
  scope: 'dashboard',
  id: 'panel-no-queries',
  severity: 'warning',
  description: 'A panel that draws data (time series, stat, table, ...) has no query',
  rationale:
    'A data panel without a query shows "No data" forever: usually a query was deleted by mistake, or the panel is a leftover. Library panels keep their queries elsewhere and are left alone.',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'panel-no-targets-rule' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "stat", "title": "Active workflows", "targets": []}',
    good: '{"type": "stat", "title": "Active workflows", "targets": [{"refId": "A", "expr": "sum(agent_workflows_active)"}]}',
  },
  check({ dashboard }, report) {
    for (const panel of dashboard.panels) {
      if (!dataPanelTypes.has(panel.type) || panel.queries.length > 0 || panel.raw.libraryPanel !== undefined || panel.raw.kind === 'LibraryPanel') continue;
      report({ message: `the ${panel.type} panel has no query, so it always shows "No data"`, suggestion: 'add a query, or remove the panel', panel });
    }
  },
};
