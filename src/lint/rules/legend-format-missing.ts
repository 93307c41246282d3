import { runQueries } from '../panel-fields.ts';
import type { DashboardRule } from '../rule.ts';

const namedByLegend: ReadonlySet<string> = new Set(['bargauge', 'piechart']);

export const legendFormatMissing: DashboardRule = {
  scope: 'dashboard',
  id: 'legend-format-missing',
  severity: 'warning',
  description:
    'A bar gauge or pie chart query gives labelled series without a legend format, so each bar or slice is named by its raw label set (`{instance="...", job="..."}`)',
  rationale:
    'Bar gauges and pie charts name each bar or slice by its series name; without a legend format that is the whole label set, such as `{instance="10.0.0.3:9090", job="api"}`, which crowds out the values.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "piechart", "targets": [{"expr": "sum by (code) (increase(http_requests_total[$__range]))", "instant": true}]}',
    good: '{"type": "piechart", "targets": [{"expr": "sum by (code) (increase(http_requests_total[$__range]))", "instant": true, "legendFormat": "{{code}}"}]}',
  },
  check({ dashboard, analyses }, report) {
    for (const panel of dashboard.panels) {
      if (!namedByLegend.has(panel.type)) continue;
      for (const { query, analysis } of runQueries(panel, analyses)) {
        // `__auto` (Grafana's "Auto" legend) keeps only the labels that differ; an empty legend is "Verbose".
        const legend = query.legendFormat?.trim() ?? '';
        if (legend !== '' || query.format === 'table' || !analysis.parsed || analysis.root === undefined) continue;
        const labels = analysis.root.labels;
        if (!labels.open && labels.labels.size === 0) continue;
        const known = [...labels.labels.keys()].filter((label) => label !== '__name__');
        report({
          message: `the query gives labelled series without a legend format: every ${panel.type === 'piechart' ? 'slice' : 'bar'} is named by its whole label set`,
          suggestion: known.length > 0 ? `set the legend to ${known.slice(0, 2).map((label) => `{{${label}}}`).join(' ')}` : 'set the legend to the label that tells the series apart, e.g. {{instance}}',
          panel,
          query,
          pointer: query.pointer,
        });
      }
    }
  },
};
