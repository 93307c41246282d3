import { displayedQuantity, displayUnit, unitFit, unitsFor } from '../display-units.ts';
import { displayedQueries } from '../panel-fields.ts';
import { describeQuantity } from '../../promql/units.ts';
import type { DashboardRule } from '../rule.ts';

export const unitScaleMismatch: DashboardRule = {
  scope: 'dashboard',
  id: 'unit-scale-mismatch',
  severity: 'error',
  description:
    'The panel unit has the right dimension but the wrong scale for what the query measures: milliseconds shown in `s`, a 0..1 ratio in `percent`, bytes in `kbytes`',
  rationale:
    'A unit of the right kind but the wrong scale lies quietly: 42 ms shown as 42 s, a 5 % error ratio shown as 0.05 %. Nothing looks broken, so readers believe it. The query\'s unit is known from the catalog or the metric name\'s suffix, through every function and operator.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "timeseries", "fieldConfig": {"defaults": {"unit": "s"}}, "targets": [{"expr": "histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))"}]}',
    good: '{"type": "timeseries", "fieldConfig": {"defaults": {"unit": "ms"}}, "targets": [{"expr": "histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))"}]}',
  },
  check({ dashboard, analyses }, report) {
    for (const panel of dashboard.panels) {
      for (const { query, quantity, unit } of displayedQueries(panel, analyses)) {
        const display = unit === undefined ? undefined : displayUnit(unit.value);
        if (quantity === undefined || !quantity.exact || unit === undefined || display === undefined) continue;
        if (unitFit(display, quantity) !== 'wrong-scale') continue;
        const shown = displayedQuantity(display)!;
        const fitting = unitsFor(quantity).filter((id) => displayUnit(id)?.category === display.category);
        const percentFix = display.id === 'percent' ? ', or multiply the query by 100' : display.id === 'percentunit' ? ', or divide the query by 100' : '';
        report({
          message: `the query gives ${describeQuantity(quantity)}, but the unit "${unit.value}" reads its values as ${describeQuantity(shown)}`,
          suggestion: fitting.length > 0 ? `use the unit "${fitting[0]}"${percentFix}` : `convert the query to ${describeQuantity(shown)}`,
          panel,
          query,
          pointer: unit.pointer,
        });
      }
    }
  },
};
