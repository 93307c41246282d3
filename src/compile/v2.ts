import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type * as v2beta1 from '@grafana/grafana-foundation-sdk/dashboardv2beta1';
import type * as resource from '@grafana/grafana-foundation-sdk/resource';
import type { DashboardDefinition } from '../builder/model.ts';
import type { GrafanaLine } from '../grafana-versions/versions.ts';
import type { PlacedPanel } from './layout.ts';
import type { PreparedDashboard } from './prepare.ts';
import { built, sdk } from './sdk.ts';
import { v2Variable } from './variables.ts';

/** v2 names elements; the panel id makes the name stable and shared with the classic output. */
function elementName(id: number): string {
  return `panel-${id}`;
}

function query(target: Record<string, unknown>) {
  const { refId, datasource, hide: _hide, ...spec } = target as { refId: string; datasource?: { type?: string; uid?: string }; hide?: boolean };
  const dataQuery: v2beta1.DataQueryKind = {
    kind: 'DataQuery',
    group: datasource?.type ?? 'prometheus',
    version: 'v0',
    datasource: { name: datasource?.uid },
    spec,
  };
  return new sdk.v2beta1.TargetBuilder().refId(refId).hidden(false).query(built(dataQuery));
}

/**
 * A transformation as the API version spells it: v2beta1 names it by `kind` (and `spec.id`); v2 has one kind,
 * `Transformation`, and names it by `group` (TransformationKind in @grafana/schema 13.x, schema/dashboard/v2).
 */
function transformationKind(transformation: dashboard.DataTransformerConfig, grafana: GrafanaLine): v2beta1.TransformationKind {
  const { id, options } = transformation;
  if (grafana.v2ApiVersion === 'dashboard.grafana.app/v2') {
    return { kind: 'Transformation', group: id, spec: { options } } as unknown as v2beta1.TransformationKind;
  }
  return { kind: id, spec: { id, options } };
}

/** The v2 element of a panel, made from its classic JSON so that both outputs carry the same settings. */
function element(panel: dashboard.Panel, grafana: GrafanaLine) {
  const v2 = sdk.v2beta1;
  const data = new v2.QueryGroupBuilder()
    .targets((panel.targets ?? []).map((target) => query(target as unknown as Record<string, unknown>)))
    .transformations((panel.transformations ?? []).map((transformation) => built(transformationKind(transformation, grafana))));
  const vizConfig: v2beta1.VizConfigKind = {
    kind: 'VizConfig',
    group: panel.type,
    version: '',
    // The classic and v2 field config types are the same JSON; the SDK declares them in two packages.
    spec: { options: panel.options ?? {}, fieldConfig: (panel.fieldConfig ?? { defaults: {}, overrides: [] }) as v2beta1.FieldConfigSource },
  };
  const builder = new v2.PanelBuilder()
    .id(panel.id ?? 0)
    .title(panel.title ?? '')
    .description(panel.description ?? '')
    .data(data)
    .visualization(built(vizConfig));
  return builder;
}

function gridItem(placed: PlacedPanel) {
  const { x, y, w, h } = placed.box;
  return sdk.v2beta1.gridItem(elementName(placed.id)).x(x).y(y).width(w).height(h);
}

function builtInAnnotation(): v2beta1.AnnotationQueryKind {
  return {
    kind: 'AnnotationQuery',
    spec: {
      query: { kind: 'DataQuery', group: 'grafana', version: 'v0', datasource: { name: '-- Grafana --' }, spec: {} },
      enable: true,
      hide: true,
      iconColor: 'rgba(0, 211, 255, 1)',
      name: 'Annotations & Alerts',
      builtIn: true,
    },
  };
}

/**
 * A Dashboard resource with real tabs for the target line's v2 API, for the dashboard API, `gcx` or Git Sync;
 * undefined for a line without one. v2 differs from v2beta1 only in how transformations are written.
 */
export function compileV2(definition: DashboardDefinition, prepared: PreparedDashboard): resource.Manifest | undefined {
  const { grafana } = prepared;
  if (grafana.v2ApiVersion === undefined) return undefined;
  const v2 = sdk.v2beta1;
  const tabs = new v2.TabsBuilder().tabs(
    prepared.tabs.map((tab) => v2.tab(tab.title).layout(v2.grid().items(tab.panels.map(gridItem)))),
  );
  const builder = new v2.DashboardBuilder(definition.title)
    .description(definition.description)
    .tags([...definition.tags])
    .cursorSync(v2.DashboardCursorSync.Crosshair)
    .editable(true)
    .timeSettings(
      new v2.TimeSettingsBuilder()
        .from(definition.time.from)
        .to(definition.time.to)
        .autoRefresh(definition.refresh)
        .timezone('browser'),
    )
    .annotations([built(builtInAnnotation())])
    .variables(prepared.variables.map((variable) => built(v2Variable(variable, grafana))))
    .layout(tabs);
  for (const tab of prepared.tabs) {
    for (const placed of tab.panels) {
      builder.element(elementName(placed.id), element(prepared.classicPanels.get(placed.id) as dashboard.Panel, grafana));
    }
  }
  return { ...v2.manifest(definition.uid, builder).build(), apiVersion: grafana.v2ApiVersion };
}
