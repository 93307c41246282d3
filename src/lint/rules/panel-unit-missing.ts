import type { PanelInfo } from '../../dashboard/model.ts';
import { isJsonObject } from '../../json/object.ts';
import type { DashboardRule } from '../rule.ts';

/**
 * Panels that draw numbers on an axis or as a big value. Tables (a unit per column), logs, traces, node graphs,
 * state timelines, text, lists and unknown plugins are left alone: a single panel unit means little there.
 */
const numericPanelTypes: ReadonlySet<string> = new Set([
  'timeseries',
  'graph',
  'stat',
  'singlestat',
  'gauge',
  'bargauge',
  'barchart',
  'trend',
  'histogram',
  'heatmap',
  'piechart',
  'xychart',
]);

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** Units can also come from field overrides, the heatmap's y axis or the old singlestat `format`. */
function hasUnit(panel: PanelInfo): boolean {
  if (nonEmpty(panel.unit)) return true;
  const { raw } = panel;
  const fieldConfig = isJsonObject(raw.fieldConfig) ? raw.fieldConfig : isJsonObject(raw.spec) ? findFieldConfig(raw.spec) : undefined;
  const overrides = fieldConfig && Array.isArray(fieldConfig.overrides) ? fieldConfig.overrides : [];
  const overridesUnit = overrides.some(
    (override) =>
      isJsonObject(override) &&
      Array.isArray(override.properties) &&
      override.properties.some((property) => isJsonObject(property) && property.id === 'unit' && nonEmpty(property.value)),
  );
  if (overridesUnit) return true;
  const options = isJsonObject(raw.options) ? raw.options : {};
  if (isJsonObject(options.yAxis) && nonEmpty(options.yAxis.unit)) return true;
  if (isJsonObject(raw.yAxis) && nonEmpty(raw.yAxis.format)) return true;
  return panel.type === 'singlestat' && nonEmpty(raw.format);
}

/** v2 keeps the field config under `spec.vizConfig.spec.fieldConfig`. */
function findFieldConfig(spec: Record<string, unknown>): Record<string, unknown> | undefined {
  const viz = isJsonObject(spec.vizConfig) ? spec.vizConfig : undefined;
  const vizSpec = viz && isJsonObject(viz.spec) ? viz.spec : undefined;
  return vizSpec && isJsonObject(vizSpec.fieldConfig) ? vizSpec.fieldConfig : undefined;
}

export const panelUnitMissing: DashboardRule = {
  scope: 'dashboard',
  id: 'panel-unit-missing',
  severity: 'warning',
  description: 'A panel that shows numbers (time series, stat, gauge, bar, heatmap, pie) has no unit',
  rationale:
    'Without a unit Grafana shows bare numbers: 0.25 could be seconds, a ratio or a rate, and axes are not scaled (1500 ms instead of 1.5 s).',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'panel-units-rule' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "timeseries", "title": "Latency p95", "fieldConfig": {"defaults": {}}}',
    good: '{"type": "timeseries", "title": "Latency p95", "fieldConfig": {"defaults": {"unit": "ms"}}}',
  },
  check({ dashboard }, report) {
    for (const panel of dashboard.panels) {
      if (!numericPanelTypes.has(panel.type) || panel.queries.length === 0 || hasUnit(panel)) continue;
      report({
        message: `the ${panel.type} panel has no unit`,
        suggestion: 'set fieldConfig.defaults.unit (for example "s", "ms", "percentunit", "reqps", "bytes" or "none")',
        panel,
      });
    }
  },
};
