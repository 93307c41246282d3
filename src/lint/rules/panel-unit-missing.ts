import type { PanelInfo } from '../../dashboard/model.ts';
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** Units can also come from field overrides, the heatmap's y axis or the old singlestat `format`. */
function hasUnit(panel: PanelInfo): boolean {
  if (nonEmpty(panel.unit)) return true;
  const { raw } = panel;
  const fieldConfig = isObject(raw.fieldConfig) ? raw.fieldConfig : isObject(raw.spec) ? findFieldConfig(raw.spec) : undefined;
  const overrides = fieldConfig && Array.isArray(fieldConfig.overrides) ? fieldConfig.overrides : [];
  const overridesUnit = overrides.some(
    (override) =>
      isObject(override) &&
      Array.isArray(override.properties) &&
      override.properties.some((property) => isObject(property) && property.id === 'unit' && nonEmpty(property.value)),
  );
  if (overridesUnit) return true;
  const options = isObject(raw.options) ? raw.options : {};
  if (isObject(options.yAxis) && nonEmpty(options.yAxis.unit)) return true;
  if (isObject(raw.yAxis) && nonEmpty(raw.yAxis.format)) return true;
  return panel.type === 'singlestat' && nonEmpty(raw.format);
}

/** v2 keeps the field config under `spec.vizConfig.spec.fieldConfig`. */
function findFieldConfig(spec: Record<string, unknown>): Record<string, unknown> | undefined {
  const viz = isObject(spec.vizConfig) ? spec.vizConfig : undefined;
  const vizSpec = viz && isObject(viz.spec) ? viz.spec : undefined;
  return vizSpec && isObject(vizSpec.fieldConfig) ? vizSpec.fieldConfig : undefined;
}

export const panelUnitMissing: DashboardRule = {
  scope: 'dashboard',
  id: 'panel-unit-missing',
  severity: 'warning',
  description: 'A panel that shows numbers (time series, stat, gauge, bar, heatmap, pie) has no unit',
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
