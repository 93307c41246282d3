import { displayedQuantity, displayUnit, unitFit, unitsFor } from '../display-units.ts';
import { displayedQueries } from '../panel-fields.ts';
import { describeQuantity } from '../../promql/units.ts';
import type { DashboardRule } from '../rule.ts';

export const unitDimensionMismatch: DashboardRule = {
  scope: 'dashboard',
  id: 'unit-dimension-mismatch',
  severity: 'warning',
  description:
    'The panel unit measures something else than the query: a duration unit on bytes, bytes on a count, a per-second unit on a total, a currency on a duration',
  rationale:
    'A unit that measures something else than the query (a duration on bytes, a per-second unit on a total over the range) makes the numbers unreadable or wrong by a factor no one sees, such as the number of seconds in the range.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "stat", "fieldConfig": {"defaults": {"unit": "reqps"}}, "targets": [{"expr": "sum(increase(http_requests_total[$__range]))", "instant": true}]}',
    good: '{"type": "stat", "fieldConfig": {"defaults": {"unit": "short"}}, "targets": [{"expr": "sum(increase(http_requests_total[$__range]))", "instant": true}]}',
  },
  check({ dashboard, analyses }, report) {
    for (const panel of dashboard.panels) {
      for (const { query, quantity, unit } of displayedQueries(panel, analyses)) {
        const display = unit === undefined ? undefined : displayUnit(unit.value);
        if (quantity === undefined || !quantity.exact || unit === undefined || display === undefined) continue;
        if (unitFit(display, quantity) !== 'wrong-dimension') continue;
        const shown = displayedQuantity(display);
        const fitting = unitsFor(quantity);
        const total = display.time === -1 && quantity.time === 0 ? ' (a total over the range, not a rate)' : '';
        report({
          message:
            `the query gives ${describeQuantity(quantity)}${total}, but the unit "${unit.value}" shows ` +
            (shown === undefined ? 'money' : describeQuantity(shown)),
          suggestion: fitting.length > 0 ? `use a unit for ${describeQuantity(quantity)}, such as "${fitting[0]}"` : 'use a unit that fits the query, or "short"',
          panel,
          query,
          pointer: unit.pointer,
        });
      }
    }
  },
};
