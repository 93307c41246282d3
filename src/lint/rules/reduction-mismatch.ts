import type { PanelInfo, QueryInfo } from '../../dashboard/model.ts';
import { isJsonObject } from '../../json/object.ts';
import type { QueryAnalysis } from '../../promql/analyze.ts';
import { type Expr, unwrap } from '../../promql/expr.ts';
import { queryQuantity } from '../../promql/units.ts';
import { isRangeQuery, runQueries } from '../panel-fields.ts';
import type { DashboardRule } from '../rule.ts';

const reducingPanels: ReadonlySet<string> = new Set(['stat', 'gauge', 'bargauge', 'singlestat']);

/** The old singlestat's `valueName`, as Grafana migrates it to a reducer. */
const singlestatReducers: Readonly<Record<string, string>> = { total: 'sum', avg: 'mean', current: 'lastNotNull' };

/** The reducers the panel applies to each series; none when it shows every value (`reduceOptions.values`). */
function reducers(panel: PanelInfo): string[] {
  if (panel.type === 'singlestat') {
    const name = typeof panel.raw.valueName === 'string' ? panel.raw.valueName : 'avg';
    return [singlestatReducers[name] ?? name];
  }
  const reduce = isJsonObject(panel.options?.reduceOptions) ? panel.options.reduceOptions : {};
  if (reduce.values === true) return [];
  const calcs = Array.isArray(reduce.calcs) ? reduce.calcs.filter((calc): calc is string => typeof calc === 'string') : [];
  return calcs.length > 0 ? calcs : ['lastNotNull'];
}

/** Aggregations that keep a per-second series per second. */
const keepingAggregations: ReadonlySet<string> = new Set(['sum', 'avg', 'max', 'min', 'topk', 'bottomk', 'quantile']);

/** `rate`/`irate` at the top of the query, under aggregations and parentheses: per-second values whatever the metric. */
function rateAtTop(expr: Expr): boolean {
  let node = unwrap(expr);
  while (node.kind === 'aggregate' && keepingAggregations.has(node.op.name) && node.expr !== undefined) node = unwrap(node.expr);
  return node.kind === 'call' && (node.name.name === 'rate' || node.name.name === 'irate');
}

function isPerSecondSeries(analysis: QueryAnalysis): boolean {
  const quantity = queryQuantity(analysis);
  if (quantity !== undefined) return quantity.exact && quantity.time === -1;
  return analysis.root !== undefined && rateAtTop(analysis.root);
}

/**
 * Parts of a capacity that exporters publish beside its `_total` (`awx_license_instance_free` next to
 * `awx_license_instance_total`): such a `_total` is a gauge of the whole, not a counter.
 */
const capacityParts = ['_free', '_used', '_available', '_remaining'];

/** Every metric name the panel's queries select, to tell a capacity's `_total` by its parts beside it. */
function metricNames(panel: PanelInfo, analyses: ReadonlyMap<QueryInfo, QueryAnalysis>): Set<string> {
  const names = new Set<string>();
  for (const { analysis } of runQueries(panel, analyses)) {
    for (const selector of analysis.selectors) if (selector.metric !== undefined && !selector.metric.templated) names.add(selector.metric.name);
  }
  return names;
}

/** A counter's running total, not passed through rate/increase: its values only climb (and drop on restarts). */
function isRawCounter(analysis: QueryAnalysis, panelMetrics: () => ReadonlySet<string>): boolean {
  const samples = analysis.root?.samples;
  if (samples === undefined || samples.rated || samples.selectors.length === 0) return false;
  return samples.selectors.every((selector) => {
    if (selector.series !== undefined) return selector.series.role === 'counter';
    const name = selector.metric;
    if (name === undefined || name.templated || !name.name.endsWith('_total')) return false;
    const stem = name.name.slice(0, -'_total'.length);
    return !capacityParts.some((part) => panelMetrics().has(stem + part));
  });
}

export const reductionMismatch: DashboardRule = {
  scope: 'dashboard',
  id: 'reduction-mismatch',
  severity: 'warning',
  description:
    'A stat, gauge or bar gauge reduces a series in a way that means nothing for it: `sum`/Total of a per-second series, `mean` or `sum` of a raw counter',
  rationale:
    'A stat reduces its series to one number. The sum of per-second samples depends on the query step (more points, bigger total), and the mean of a raw counter\'s running total depends on when the process started: both numbers mean nothing.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "stat", "options": {"reduceOptions": {"calcs": ["sum"]}}, "targets": [{"expr": "sum(rate(x_total[$__rate_interval]))"}]}',
    good: '{"type": "stat", "options": {"reduceOptions": {"calcs": ["lastNotNull"]}}, "targets": [{"expr": "sum(increase(x_total[$__range]))", "instant": true}]}',
  },
  check({ dashboard, analyses }, report) {
    for (const panel of dashboard.panels) {
      if (!reducingPanels.has(panel.type)) continue;
      const calcs = reducers(panel);
      if (calcs.length === 0) continue;
      let names: Set<string> | undefined;
      const panelMetrics = (): ReadonlySet<string> => (names ??= metricNames(panel, analyses));
      for (const { query, analysis } of runQueries(panel, analyses)) {
        // One sample per series: every reducer gives that sample.
        if (!isRangeQuery(query) || !analysis.parsed) continue;
        if (calcs.includes('sum') && isPerSecondSeries(analysis)) {
          report({
            message: `the query gives a per-second rate, and the panel adds up its samples (Total): the sum depends on the query step, not on the traffic`,
            suggestion: 'show the last or mean rate, or the total as sum(increase(...[$__range])) in an instant query',
            panel,
            query,
          });
          continue;
        }
        const counterReducer = calcs.find((calc) => calc === 'mean' || calc === 'sum');
        if (counterReducer !== undefined && isRawCounter(analysis, panelMetrics)) {
          report({
            message: `the query gives a raw counter (a running total since the process started), and the panel takes its ${counterReducer === 'mean' ? 'mean' : 'sum'}: that number means nothing`,
            suggestion: 'query increase(...[$__range]) for the count over the range, or rate(...) for a rate, and reduce with last',
            panel,
            query,
          });
        }
      }
    }
  },
};
