import { isGrafanaUnit, grafanaUnitIds } from '../../grafana/units.ts';
import { closest } from '../../text/closest.ts';
import type { DashboardRule } from '../rule.ts';

export const panelUnitInvalid: DashboardRule = {
  scope: 'dashboard',
  id: 'panel-unit-invalid',
  severity: 'info',
  description: "A panel's unit (its default or an override's) is not one of Grafana's unit ids",
  rationale:
    'Grafana draws an unknown unit id as a plain suffix: `"milliseconds"` shows `1500 milliseconds` instead of `1.5 s`, and a mistyped id (`"errps"`, `"precentunit"`) is never scaled. The ids are those of the unit picker (Grafana\'s value formats, read from @grafana/data). A free-text suffix is fine when meant: write it `"suffix:connections"` to say so.',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'panel-units-rule' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "timeseries", "title": "Latency p95", "fieldConfig": {"defaults": {"unit": "milliseconds"}}}',
    good: '{"type": "timeseries", "title": "Latency p95", "fieldConfig": {"defaults": {"unit": "ms"}}}',
  },
  check({ dashboard }, report) {
    for (const panel of dashboard.panels) {
      const displays = [...(panel.fieldDefaults === undefined ? [] : [panel.fieldDefaults]), ...(panel.fieldOverrides ?? [])];
      for (const display of displays) {
        const unit = display.unit;
        if (unit === undefined || unit.trim() === '' || isGrafanaUnit(unit)) continue;
        const nearest = closest(unit, grafanaUnitIds());
        report({
          message: `"${unit}" is not a Grafana unit: the panel shows it as a plain suffix and never scales the values`,
          suggestion: `${nearest === undefined ? "pick a unit from Grafana's unit list" : `did you mean "${nearest}"?`} (or "suffix:${unit}" for a custom unit)`,
          panel,
          pointer: display === panel.fieldDefaults ? `${display.pointer}/unit` : display.pointer,
        });
      }
    }
  },
};
