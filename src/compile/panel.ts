import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import type * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import type {
  LegendDefinition,
  PanelDefinition,
  PanelType,
  ProfileText,
  PrometheusTarget,
  QueryExpr,
  TargetDefinition,
  TraceTarget,
} from '../builder/model.ts';
import type { GrafanaLine } from '../grafana-versions/versions.ts';
import { isJsonObject, type JsonObject } from '../json/object.ts';
import type { NamingProfile } from '../naming/profiles.ts';
import type { PlacedPanel } from './layout.ts';
import { mergeOptions } from './merge.ts';
import type { Problem } from './problem.ts';
import { built, sdk } from './sdk.ts';

/** The methods every panel plugin's builder in the foundation SDK shares. */
interface ClassicPanelBuilder extends cog.Builder<dashboard.Panel> {
  id(id: number): this;
  title(title: string): this;
  description(description: string): this;
  datasource(datasource: common.DataSourceRef): this;
  gridPos(gridPos: dashboard.GridPos): this;
  targets(targets: cog.Builder<cog.Dataquery>[]): this;
  transformations(transformations: dashboard.DataTransformerConfig[]): this;
  unit(unit: string): this;
  decimals(decimals: number): this;
  min(min: number): this;
  max(max: number): this;
  thresholds(thresholds: cog.Builder<dashboard.ThresholdsConfig>): this;
  overrides(overrides: { matcher: dashboard.MatcherConfig; properties: dashboard.DynamicConfigValue[] }[]): this;
}

const panelBuilders: Record<PanelType, () => ClassicPanelBuilder> = {
  timeseries: () => new (sdk.panel('timeseries').PanelBuilder)(),
  stat: () => new (sdk.panel('stat').PanelBuilder)(),
  gauge: () => new (sdk.panel('gauge').PanelBuilder)(),
  bargauge: () => new (sdk.panel('bargauge').PanelBuilder)(),
  table: () => new (sdk.panel('table').PanelBuilder)(),
  piechart: () => new (sdk.panel('piechart').PanelBuilder)(),
  barchart: () => new (sdk.panel('barchart').PanelBuilder)(),
  heatmap: () => new (sdk.panel('heatmap').PanelBuilder)(),
  nodeGraph: () => new (sdk.panel('nodegraph').PanelBuilder)(),
  text: () => new (sdk.panel('text').PanelBuilder)(),
  // The SDK has no package for the traces panel; the generic builder takes any plugin id.
  traces: () => new sdk.dashboard.PanelBuilder().type('traces'),
};

const lastValue = { reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false } };
const visibleLegend = { displayMode: 'list', placement: 'bottom', showLegend: true, calcs: [] };

/**
 * What Grafana needs beyond the SDK's own defaults to show a panel sensibly: a visible legend (the SDK hides
 * it), last-value reductions, and a heatmap that reads pre-bucketed histograms instead of re-bucketing them.
 */
const typeDefaults: Partial<Record<PanelType, { readonly options?: JsonObject; readonly custom?: JsonObject }>> = {
  timeseries: {
    options: { legend: visibleLegend, tooltip: { mode: 'multi', sort: 'desc' } },
    custom: { drawStyle: 'line', lineWidth: 1, fillOpacity: 10, showPoints: 'never', spanNulls: false },
  },
  stat: { options: lastValue },
  gauge: { options: { ...lastValue, showThresholdMarkers: true, showThresholdLabels: false } },
  bargauge: { options: { ...lastValue, displayMode: 'gradient', showUnfilled: true } },
  piechart: { options: { ...lastValue, pieType: 'pie', legend: { ...visibleLegend, placement: 'right' } } },
  barchart: { options: { legend: visibleLegend } },
  heatmap: {
    options: {
      calculate: false,
      rowsFrame: { layout: 'auto' },
      tooltip: { mode: 'single', yHistogram: true },
      legend: { show: true },
    },
  },
  // Grafana's TableFieldOptions require a cell type; `auto` is what its editor starts from.
  table: { options: { showHeader: true, cellHeight: 'sm' }, custom: { cellOptions: { type: 'auto' } } },
  nodeGraph: { options: { nodes: {}, edges: {} } },
  text: { options: { mode: 'markdown', content: '' } },
};

const legendTypes: ReadonlySet<PanelType> = new Set(['timeseries', 'barchart', 'piechart']);
const thresholdStyleTypes: ReadonlySet<PanelType> = new Set(['timeseries', 'barchart']);

/** Datasource references by target kind, already resolved to the dashboard's datasource variables. */
export interface DatasourceRefs {
  readonly prometheus: common.DataSourceRef;
  readonly jaeger?: common.DataSourceRef;
}

export interface PanelContext {
  readonly uid: string;
  readonly profile: NamingProfile;
  readonly grafana: GrafanaLine;
  readonly datasources: DatasourceRefs;
  readonly report: (problem: Problem) => void;
}

/** A, B, ..., Z, AA, AB, ... as Grafana names queries. */
function refIdAt(index: number): string {
  let name = '';
  for (let n = index; n >= 0; n = Math.floor(n / 26) - 1) name = String.fromCharCode(65 + (n % 26)) + name;
  return name;
}

/** Renders a query (or legend) under the profile; one that cannot be rendered is reported, not thrown. */
export function renderQuery(
  expr: QueryExpr | ProfileText,
  context: Pick<PanelContext, 'uid' | 'profile' | 'report'>,
  panel: string,
): string {
  try {
    return expr.render(context.profile);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    context.report({ where: context.uid, panel, message: `query does not render under profile ${context.profile.id}: ${reason}` });
    return '';
  }
}

function prometheusTarget(target: PrometheusTarget, refId: string, panel: PanelDefinition, context: PanelContext) {
  const query = new (sdk.prometheus.DataqueryBuilder)()
    .refId(refId)
    .datasource(context.datasources.prometheus)
    .expr(renderQuery(target.expr, context, panel.title))
    .editorMode('code' as prometheus.QueryEditorMode);
  const instant = target.instant === true;
  const range = target.range ?? !instant;
  if (instant && range) query.rangeAndInstant();
  else if (instant) query.instant();
  else query.range();
  const { legendFormat } = target;
  if (legendFormat !== undefined) {
    query.legendFormat(typeof legendFormat === 'string' ? legendFormat : renderQuery(legendFormat, context, panel.title));
  }
  if (target.format !== undefined) query.format(target.format as prometheus.PromQueryFormat);
  return query;
}

function traceTarget(target: TraceTarget, refId: string, panel: PanelDefinition, context: PanelContext) {
  const datasource = context.datasources.jaeger;
  if (datasource === undefined) {
    context.report({ where: context.uid, panel: panel.title, message: 'a Jaeger query needs `datasources.jaeger` on the dashboard' });
  }
  return built({ ...target.query, refId, datasource } as unknown as cog.Dataquery);
}

function targetBuilder(target: TargetDefinition, index: number, panel: PanelDefinition, context: PanelContext) {
  const refId = refIdAt(index);
  return target.kind === 'prometheus'
    ? prometheusTarget(target, refId, panel, context)
    : traceTarget(target, refId, panel, context);
}

/** One datasource for the whole panel, or Grafana's mixed datasource when targets differ. */
function panelDatasource(targets: readonly TargetDefinition[], refs: DatasourceRefs): common.DataSourceRef | undefined {
  const kinds = new Set(targets.map((target) => target.kind));
  if (kinds.size > 1) return { type: 'datasource', uid: '-- Mixed --' };
  const [kind] = kinds;
  if (kind === undefined) return undefined;
  return kind === 'prometheus' ? refs.prometheus : refs.jaeger;
}

function legendOptions(type: PanelType, legend: LegendDefinition): JsonObject {
  if (type === 'heatmap') return { legend: { show: legend.mode !== 'hidden' } };
  return {
    legend: {
      displayMode: legend.mode === 'hidden' ? 'list' : legend.mode,
      placement: legend.placement ?? 'bottom',
      showLegend: legend.mode !== 'hidden',
      calcs: [...(legend.calcs ?? [])],
    },
  };
}

/** Options and custom field config the definition implies, before its own explicit `options`/`custom`. */
function derivedSettings(panel: PanelDefinition, context: PanelContext): { options: JsonObject; custom: JsonObject } {
  const options: JsonObject = {};
  const custom: JsonObject = {};
  const problem = (message: string) => context.report({ where: context.uid, panel: panel.title, message });
  if (panel.legend !== undefined) {
    if (legendTypes.has(panel.type) || panel.type === 'heatmap') Object.assign(options, legendOptions(panel.type, panel.legend));
    else problem(`a ${panel.type} panel has no legend; remove \`legend\``);
  }
  if (panel.thresholds?.style !== undefined) {
    if (thresholdStyleTypes.has(panel.type)) custom.thresholdsStyle = { mode: panel.thresholds.style };
    else problem(`\`thresholds.style\` applies to time series and bar charts, not ${panel.type}`);
  }
  // The heatmap's y axis shows the buckets, which carry the panel's unit (ms for a latency histogram).
  if (panel.type === 'heatmap' && panel.unit !== undefined) options.yAxis = { unit: panel.unit };
  return { options, custom };
}

/** Builds the classic JSON of one placed panel with the SDK, then applies the definition's own settings. */
export function compileClassicPanel(placed: PlacedPanel, y: number, context: PanelContext): dashboard.Panel {
  const { panel, id, box } = placed;
  // A plugin id the compiler has no builder for goes through the SDK's generic one; Grafana's types judge it.
  const builder = (panelBuilders[panel.type] ?? (() => new sdk.dashboard.PanelBuilder().type(panel.type)))()
    .id(id)
    .title(panel.title)
    .description(panel.description)
    .gridPos({ x: box.x, y: box.y + y, w: box.w, h: box.h });
  const datasource = panelDatasource(panel.targets, context.datasources);
  if (datasource !== undefined) builder.datasource(datasource);
  if (panel.targets.length > 0) builder.targets(panel.targets.map((target, index) => targetBuilder(target, index, panel, context)));
  if (panel.transformations !== undefined) {
    builder.transformations(panel.transformations.map((transformation) => ({ id: transformation.id, options: transformation.options })));
  }
  if (panel.unit !== undefined) builder.unit(panel.unit);
  if (panel.decimals !== undefined) builder.decimals(panel.decimals);
  if (panel.min !== undefined) builder.min(panel.min);
  if (panel.max !== undefined) builder.max(panel.max);
  if (panel.thresholds !== undefined) {
    const { mode, steps } = panel.thresholds;
    builder.thresholds(
      built({
        mode: mode as dashboard.ThresholdsMode,
        steps: steps.map((step) => ({ value: step.value, color: step.color })) as dashboard.Threshold[],
      }),
    );
  }
  if (panel.overrides !== undefined) {
    builder.overrides(
      panel.overrides.map((override) => ({
        matcher: { id: override.matcher.id, options: override.matcher.options },
        properties: override.properties.map((property) => ({ id: property.id, value: property.value })),
      })),
    );
  }
  const result = builder.build();
  const derived = derivedSettings(panel, context);
  const defaults = typeDefaults[panel.type] ?? {};
  result.options = mergeOptions(
    isJsonObject(result.options) ? result.options : {},
    defaults.options ?? {},
    derived.options,
    panel.options ?? {},
  );
  const fieldConfig = result.fieldConfig ?? { defaults: {}, overrides: [] };
  fieldConfig.defaults.custom = mergeOptions(
    isJsonObject(fieldConfig.defaults.custom) ? fieldConfig.defaults.custom : {},
    defaults.custom ?? {},
    derived.custom,
    panel.custom ?? {},
  );
  result.fieldConfig = fieldConfig;
  if (panel.type === 'table' && context.grafana.tableFooter === 'fieldConfig') moveTableFooter(result);
  return result;
}

/**
 * The SDK writes the table footer in the panel options, where Grafana kept it up to 11.x. From 12.2 each field
 * has its own (`fieldConfig.defaults.custom.footer`, only `reducers`); the SDK's footer is the hidden one, which
 * becomes no reducers. A footer the definition sets itself in `options` is left for validation to report.
 */
function moveTableFooter(panel: dashboard.Panel): void {
  const options = panel.options as JsonObject;
  const footer = options.footer;
  const hidden = isJsonObject(footer) && footer.show === false;
  if (!hidden) return;
  delete options.footer;
  const custom = panel.fieldConfig?.defaults.custom as JsonObject;
  custom.footer = mergeOptions({ reducers: [] }, isJsonObject(custom.footer) ? custom.footer : {});
}
