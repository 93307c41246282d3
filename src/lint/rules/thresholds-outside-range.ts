import { type DisplayedQuery, displayedQueries } from '../panel-fields.ts';
import { describeQuantity } from '../../promql/units.ts';
import type { DashboardReport, DashboardRule } from '../rule.ts';

/** The largest value any of the queries can give, when every one of them is bounded. */
function highest(queries: readonly DisplayedQuery[]): number | undefined {
  let top = -Infinity;
  for (const { quantity } of queries) {
    const max = quantity?.range?.max;
    if (max === undefined || !Number.isFinite(max)) return undefined;
    top = Math.max(top, max);
  }
  return Number.isFinite(top) ? top : undefined;
}

function beyond(value: number, limit: number): boolean {
  return value > limit + 1e-9 * Math.max(1, Math.abs(limit));
}

export const thresholdsOutsideRange: DashboardRule = {
  scope: 'dashboard',
  id: 'thresholds-outside-range',
  severity: 'warning',
  description:
    'A threshold step, min or max lies beyond every value the queries can give: steps at 95 or a gauge max of 100 over a 0..1 ratio',
  rationale:
    'Thresholds and min/max are written in the query\'s values, not in the unit\'s display: a step at 95 on a 0..1 ratio never turns red, and a gauge max of 100 over a ratio leaves the needle at the bottom whatever happens.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "gauge", "fieldConfig": {"defaults": {"unit": "percentunit", "max": 100}}, "targets": [{"expr": "sum(rate(x_total{code=~\\"5..\\"}[5m])) / sum(rate(x_total[5m]))"}]}',
    good: '{"type": "gauge", "fieldConfig": {"defaults": {"unit": "percentunit", "max": 1}}, "targets": [{"expr": "sum(rate(x_total{code=~\\"5..\\"}[5m])) / sum(rate(x_total[5m]))"}]}',
  },
  check({ dashboard, analyses }, report) {
    for (const panel of dashboard.panels) {
      const queries = displayedQueries(panel, analyses);
      // Settings of the field defaults apply to every query; an override's to its own.
      const groups = new Map<string, DisplayedQuery[]>();
      for (const query of queries) {
        for (const property of ['min', 'max', 'thresholds'] as const) {
          const setting = query[property];
          if (setting === undefined) continue;
          const key = `${property}\u0000${setting.pointer}`;
          groups.set(key, [...(groups.get(key) ?? []), query]);
        }
      }
      for (const [key, group] of groups) {
        const property = key.slice(0, key.indexOf('\u0000')) as 'min' | 'max' | 'thresholds';
        const limit = highest(group);
        const first = group[0]!;
        if (limit === undefined || first.quantity === undefined) continue;
        const reading = group.length === 1 ? `the query gives ${describeQuantity(first.quantity)}` : 'the queries give values';
        const base: Pick<DashboardReport, 'panel' | 'query'> = { panel, ...(group.length === 1 ? { query: first.query } : {}) };
        const fix = limit === 1 ? 'write it on the query\'s scale (0.95 for 95 %), or multiply the query by 100 and use the unit "percent"' : `keep it within 0..${limit}`;
        if (property === 'thresholds') {
          const setting = first.thresholds!;
          const unreachable = setting.value.steps.filter((step) => step.value !== null && beyond(step.value, limit));
          if (unreachable.length === 0) continue;
          const values = unreachable.map((step) => step.value).join(', ');
          report({
            ...base,
            message: `${reading}, at most ${limit}; the threshold ${unreachable.length === 1 ? 'step' : 'steps'} at ${values} can never be reached`,
            suggestion: fix,
            pointer: setting.pointer,
          });
        } else {
          const setting = first[property]!;
          if (!beyond(setting.value, limit)) continue;
          report({
            ...base,
            message: `${reading}, at most ${limit}; ${property} ${setting.value} ${property === 'max' ? 'squeezes every value into the bottom of the scale' : 'hides every value'}`,
            suggestion: fix,
            pointer: setting.pointer,
          });
        }
      }
    }
  },
};
