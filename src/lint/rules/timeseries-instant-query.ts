import { isRangeQuery, runQueries } from '../panel-fields.ts';
import type { DashboardRule } from '../rule.ts';

const overTime: ReadonlySet<string> = new Set(['timeseries', 'graph', 'trend', 'state-timeline', 'status-history']);

export const timeseriesInstantQuery: DashboardRule = {
  scope: 'dashboard',
  id: 'timeseries-instant-query',
  severity: 'error',
  description: 'A panel that draws values over time runs only instant queries, so it shows one point per series',
  rationale:
    'An instant query gives one sample per series: a time series panel then shows isolated dots at the end of the range instead of lines, which reads as missing data.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "timeseries", "targets": [{"expr": "sum(rate(x_total[$__rate_interval]))", "instant": true}]}',
    good: '{"type": "timeseries", "targets": [{"expr": "sum(rate(x_total[$__rate_interval]))", "range": true}]}',
  },
  check({ dashboard, analyses }, report) {
    for (const panel of dashboard.panels) {
      if (!overTime.has(panel.type)) continue;
      const shown = panel.queries.filter((query) => query.hidden !== true);
      const queries = runQueries(panel, analyses);
      // Other datasources' queries (logs, traces) have their own notion of instant.
      if (queries.length === 0 || queries.length !== shown.length || queries.some(({ query }) => isRangeQuery(query))) continue;
      report({
        message: `every query is instant (${queries.map(({ query }) => query.refId).join(', ')}): the ${panel.type} panel draws one point per series instead of a line`,
        suggestion: 'run the queries as range queries ("range": true, "instant": false), or use a stat, bar gauge or table panel for a single value',
        panel,
      });
    }
  },
};
