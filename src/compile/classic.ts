import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDefinition } from '../builder/model.ts';
import { gridColumns } from '../dashboard/model.ts';
import type { PreparedDashboard } from './prepare.ts';
import { built, sdk } from './sdk.ts';
import { classicVariable } from './variables.ts';

function builtInAnnotation() {
  return new sdk.dashboard.AnnotationQueryBuilder()
    .name('Annotations & Alerts')
    .datasource({ type: 'grafana', uid: '-- Grafana --' })
    .enable(true)
    .hide(true)
    .iconColor('rgba(0, 211, 255, 1)')
    .type('dashboard')
    .builtIn(1);
}

/**
 * Classic JSON has no tabs, so each tab becomes a row: the first one open with its panels after it at the
 * top level, the others collapsed with their panels inside. Panels inside a collapsed row keep the positions
 * they take when it opens (just below the row), as Grafana itself saves them.
 */
export function compileClassic(definition: DashboardDefinition, prepared: PreparedDashboard): dashboard.Dashboard {
  const { dashboard: sdkDashboard } = sdk;
  const builder = new sdkDashboard.DashboardBuilder(definition.title)
    .uid(definition.uid)
    .description(definition.description)
    .tags([...definition.tags])
    .time({ from: definition.time.from, to: definition.time.to })
    .refresh(definition.refresh)
    .timezone('browser')
    .tooltip(sdkDashboard.DashboardCursorSync.Crosshair)
    .annotation(builtInAnnotation());
  for (const variable of prepared.variables) builder.withVariable(built(classicVariable(variable)));
  prepared.tabs.forEach((tab, index) => {
    const open = index === 0;
    const row = new sdkDashboard.RowBuilder(tab.title)
      .id(tab.rowId)
      .gridPos({ x: 0, y: prepared.classicRowTops[index], w: gridColumns, h: 1 });
    const panels = tab.panels.map((placed) => prepared.classicPanels.get(placed.id) as dashboard.Panel);
    if (open) {
      builder.withRow(row);
      for (const panel of panels) builder.withPanel(built(panel));
    } else {
      for (const panel of panels) row.withPanel(built(panel));
      builder.withRow(row);
    }
  });
  const result = builder.build();
  // The last migration of the target line's DashboardMigrator: Grafana's dashboard API takes no other.
  result.schemaVersion = prepared.grafana.schemaVersion;
  if (!prepared.grafana.annotationPlacement) {
    for (const annotation of result.annotations?.list ?? []) delete annotation.placement;
  }
  return result;
}
