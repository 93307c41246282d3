import type { PanelInfo } from '../../dashboard/model.ts';
import type { QueryAnalysis } from '../../promql/analyze.ts';
import type { SelectorExpr } from '../../promql/expr.ts';
import { runQueries } from '../panel-fields.ts';
import type { DashboardRule } from '../rule.ts';

/** What a selector reads: classic histogram buckets, certainly something else (a counter, a sum), or unknown. */
function selectorShape(selector: SelectorExpr): 'yes' | 'no' | 'unknown' {
  if (selector.series !== undefined) return selector.series.role === 'bucket' ? 'yes' : 'no';
  const name = selector.metric;
  if (name === undefined || name.templated) return 'unknown';
  if (name.name.endsWith('_bucket')) return 'yes';
  // Native histograms have no suffix and no `le`, and a heatmap draws them: only names of other kinds are excluded.
  return /_(?:total|count|sum|info|created)$/.test(name.name) ? 'no' : 'unknown';
}

/** Whether a query gives the bucket series of a histogram (with `le`), does not, or cannot be told. */
function bucketSeries(analysis: QueryAnalysis): 'yes' | 'no' | 'unknown' {
  const root = analysis.root;
  if (!analysis.parsed || root === undefined) return 'unknown';
  if (root.labels.labels.has('le')) return 'yes';
  if (analysis.nodes.some((node) => node.kind === 'call' && node.name.name.startsWith('histogram_'))) return 'no';
  const shapes = analysis.selectors.map(selectorShape);
  // Buckets aggregated without `le` are summed into one series; a native histogram aggregates without it legitimately.
  if (shapes.includes('yes')) return root.labels.open ? 'yes' : 'no';
  return shapes.length > 0 && shapes.every((shape) => shape === 'no') ? 'no' : 'unknown';
}

/** The heatmap calculates its own buckets from raw values (`calculate`, or the old panel's `dataFormat: timeseries`). */
function calculates(panel: PanelInfo): boolean {
  const calculate = panel.options?.calculate;
  if (typeof calculate === 'boolean') return calculate;
  const dataFormat = panel.raw.dataFormat;
  return typeof dataFormat === 'string' && dataFormat !== 'tsbuckets';
}

export const heatmapNeedsBuckets: DashboardRule = {
  scope: 'dashboard',
  id: 'heatmap-needs-buckets',
  severity: 'error',
  description:
    'A heatmap that does not calculate its own buckets needs the bucket series of a histogram (`le`) with format `heatmap`, not a quantile or plain series; one that calculates them needs plain values, not buckets',
  rationale:
    'A heatmap without its own bucket calculation draws the series it gets as buckets: a quantile or any plain series gives a meaningless picture, and bucket series without format heatmap are drawn cumulative and in label order.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "heatmap", "options": {"calculate": false}, "targets": [{"expr": "histogram_quantile(0.95, sum by (le) (rate(x_seconds_bucket[$__rate_interval])))"}]}',
    good: '{"type": "heatmap", "options": {"calculate": false}, "targets": [{"expr": "sum by (le) (increase(x_seconds_bucket[$__rate_interval]))", "format": "heatmap"}]}',
  },
  check({ dashboard, analyses }, report) {
    for (const panel of dashboard.panels) {
      if (panel.type !== 'heatmap') continue;
      const calculated = calculates(panel);
      for (const { query, analysis } of runQueries(panel, analyses)) {
        const shape = bucketSeries(analysis);
        if (calculated) {
          if (shape !== 'yes') continue;
          report({
            message: `the query gives histogram buckets, but the heatmap calculates its own buckets from their values, which mixes every bucket's count into one distribution`,
            suggestion: 'turn off "calculate from data" and set the query format to heatmap',
            panel,
            query,
          });
        } else if (shape === 'no') {
          const quantile = analysis.nodes.some((node) => node.kind === 'call' && node.name.name === 'histogram_quantile');
          report({
            message: `the query gives ${quantile ? 'a quantile' : 'series without `le`'}, but the heatmap does not calculate buckets: it needs the bucket series of a histogram`,
            suggestion: 'query the buckets, e.g. `sum by (le) (increase(x_bucket[$__rate_interval]))` with format heatmap, or set the panel to calculate buckets from the values',
            panel,
            query,
          });
        } else if (shape === 'yes' && query.format !== 'heatmap') {
          report({
            message: `the query gives histogram buckets with format "${query.format ?? 'time_series'}": Grafana orders and de-accumulates the buckets only with format heatmap`,
            suggestion: 'set the query format to heatmap (and the legend to {{le}})',
            panel,
            query,
            pointer: query.pointer,
          });
        }
      }
    }
  },
};
