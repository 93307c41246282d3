/**
 * What Grafana shows of each value, through `@grafana/data`: the panel's field config (its plugin's defaults,
 * then the panel's defaults and overrides) applied with `applyFieldOverrides`, each field's display processor
 * (unit and decimals as Grafana's value formats print them, threshold colour, value mappings, `noValue`), and
 * the values a stat, gauge, bar gauge or pie chart shows (`getFieldDisplayValues`, with its "No data" entry).
 */
import type { PanelInfo } from '../dashboard/model.ts';
import { isJsonObject } from '../json/object.ts';
import { type DataFrame, type Field, grafanaData } from './grafana-data.ts';

type Json = Readonly<Record<string, unknown>>;
type GrafanaData = ReturnType<typeof grafanaData>;
type FieldConfigSource = Parameters<GrafanaData['applyFieldOverrides']>[0]['fieldConfig'];

/** The panel's `fieldConfig`: v1 `fieldConfig`, v2 `vizConfig.spec.fieldConfig`. */
export function panelFieldConfig(panel: PanelInfo): { defaults: Json; overrides: readonly Json[] } {
  const spec = isJsonObject(panel.raw.spec) && isJsonObject(panel.raw.spec.vizConfig) ? panel.raw.spec.vizConfig.spec : undefined;
  const source = isJsonObject(spec) ? spec.fieldConfig : panel.raw.fieldConfig;
  const config = isJsonObject(source) ? source : {};
  return {
    defaults: isJsonObject(config.defaults) ? config.defaults : {},
    overrides: Array.isArray(config.overrides) ? config.overrides.filter(isJsonObject) : [],
  };
}

/** Grafana's default thresholds (its standard `thresholds` option): green, red from 80. */
const defaultThresholds = { mode: 'absolute', steps: [{ value: null, color: 'green' }, { value: 80, color: 'red' }] };

/**
 * What a panel plugin sets before the panel's own config: the colour mode (threshold colours for single
 * values, the classic palette for series and slices) and the standard default thresholds.
 */
function pluginDefaults(type: string): Json {
  switch (type) {
    case 'stat':
    case 'gauge':
    case 'bargauge':
      return { color: { mode: 'thresholds' }, thresholds: defaultThresholds };
    case 'timeseries':
    case 'piechart':
      return { color: { mode: 'palette-classic' }, thresholds: defaultThresholds };
    default:
      return { thresholds: defaultThresholds };
  }
}

type Processor = (value: unknown, context: never, settings?: unknown) => unknown;

/**
 * The standard field options (Grafana keeps their registry in its application code, with their editors) with
 * the override processors `@grafana/data` ships, plus every `custom.*` option the panel uses, taken as written.
 */
function fieldConfigRegistry(defaults: Json, overrides: readonly Json[]) {
  const data = grafanaData();
  const numeric = (field: Field) => field.type === data.FieldType.number;
  const always = () => true;
  const standard: [string, Processor, (field: Field) => boolean][] = [
    ['displayName', data.displayNameOverrideProcessor as Processor, always],
    ['unit', data.stringOverrideProcessor as Processor, always],
    ['min', data.numberOverrideProcessor as Processor, numeric],
    ['max', data.numberOverrideProcessor as Processor, numeric],
    ['fieldMinMax', data.booleanOverrideProcessor as Processor, numeric],
    ['decimals', data.numberOverrideProcessor as Processor, numeric],
    ['thresholds', data.thresholdsOverrideProcessor as Processor, always],
    ['mappings', data.valueMappingsOverrideProcessor as Processor, always],
    ['noValue', data.stringOverrideProcessor as Processor, always],
    ['color', data.identityOverrideProcessor as Processor, always],
    ['filterable', data.booleanOverrideProcessor as Processor, always],
  ];
  const customPaths = new Set(Object.keys(isJsonObject(defaults.custom) ? defaults.custom : {}));
  for (const override of overrides) {
    for (const property of Array.isArray(override.properties) ? override.properties : []) {
      if (isJsonObject(property) && typeof property.id === 'string' && property.id.startsWith('custom.')) customPaths.add(property.id.slice('custom.'.length));
    }
  }
  const item = (id: string, path: string, process: Processor, shouldApply: (field: Field) => boolean, isCustom: boolean) => ({
    id,
    path,
    name: id,
    process,
    shouldApply,
    isCustom,
    editor: () => null,
    override: () => null,
  });
  const items = [
    ...standard.map(([id, process, shouldApply]) => item(id, id, process, shouldApply, false)),
    ...[...customPaths].sort().map((path) => item(`custom.${path}`, path, data.identityOverrideProcessor as Processor, always, true)),
  ];
  return new data.FieldConfigOptionsRegistry(() => items as never);
}

/** Display settings for drawing: the UTC time zone, so that nothing depends on the machine. */
export const displayTimeZone = 'utc';

/**
 * The frames with the panel's field config applied and a display processor on every field, as the panel
 * receives them. Ranges (min, max) not set by the panel are computed over all frames, as Grafana does.
 */
export function withFieldConfig(panel: PanelInfo, frames: readonly DataFrame[]): DataFrame[] {
  const data = grafanaData();
  const { defaults, overrides } = panelFieldConfig(panel);
  const merged = { ...pluginDefaults(panel.type), ...defaults };
  const fieldConfig = structuredClone({ defaults: merged, overrides }) as unknown as FieldConfigSource;
  return data.applyFieldOverrides({
    data: [...frames],
    fieldConfig,
    fieldConfigRegistry: fieldConfigRegistry(merged, overrides),
    replaceVariables: (text: string) => text,
    theme: theme(),
    timeZone: displayTimeZone,
  });
}

let darkTheme: ReturnType<GrafanaData['createTheme']> | undefined;

/** Grafana's dark theme, whose colour names (`green`, `dark-orange`) resolve to the hex colours it draws. */
export function theme(): ReturnType<GrafanaData['createTheme']> {
  darkTheme ??= grafanaData().createTheme();
  return darkTheme;
}

/** A colour name or hex as Grafana draws it (`green` -> `#73BF69`). */
export function colorOf(name: string): string {
  return theme().visualization.getColorByName(name);
}

/** One value a stat, gauge, bar gauge or pie chart shows. */
export interface ShownValue {
  readonly title: string;
  /** As printed: prefix, number and suffix (`5.30%`, `1.23 s`, `$1.23K`), or Grafana's "No data". */
  readonly text: string;
  readonly color: string;
  /** Where the value sits between the field's min and max, 0..1. */
  readonly percent: number;
  readonly numeric: number;
  /** The placeholder Grafana shows when nothing matched: "No data" (or the panel's `noValue`). */
  readonly noData: boolean;
  /** The field's range (set, or computed over the data) and thresholds, for gauges. */
  readonly min?: number;
  readonly max?: number;
  readonly thresholds: readonly { readonly value: number; readonly color: string }[];
}

/** The panel's `options.reduceOptions` with the defaults the single-value panels share. */
function reduceOptions(panel: PanelInfo): Json {
  const options = isJsonObject(panel.options?.reduceOptions) ? panel.options.reduceOptions : {};
  return { values: false, calcs: ['lastNotNull'], fields: '', ...options };
}

/** What a stat, gauge, bar gauge or pie chart panel shows of `frames` (the frames after its transformations). */
export function shownValues(panel: PanelInfo, frames: readonly DataFrame[]): ShownValue[] {
  const data = grafanaData();
  const configured = withFieldConfig(panel, frames);
  const { defaults, overrides } = panelFieldConfig(panel);
  const shown = data.getFieldDisplayValues({
    data: configured,
    reduceOptions: reduceOptions(panel) as never,
    fieldConfig: { defaults: { ...pluginDefaults(panel.type), ...defaults }, overrides } as never,
    replaceVariables: (text: string) => text,
    theme: theme(),
    timeZone: displayTimeZone,
  });
  return shown.map((entry) => ({
    title: entry.display.title ?? '',
    text: data.formattedValueToString(entry.display),
    color: entry.display.color ?? colorOf('text'),
    percent: entry.display.percent ?? 0,
    numeric: entry.display.numeric,
    // The placeholder belongs to no field.
    noData: entry.colIndex === undefined,
    min: finite(entry.field.min),
    max: finite(entry.field.max),
    thresholds: (entry.field.thresholds?.steps ?? []).map((step) => ({ value: step.value, color: colorOf(step.color) })),
  }));
}

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** A number as the field's display processor prints it, prefix and suffix included. */
export function displayText(field: Field, value: unknown): string {
  const data = grafanaData();
  const display = field.display ?? data.getDisplayProcessor({ field, theme: theme(), timeZone: displayTimeZone });
  return data.formattedValueToString(display(value));
}

/** `value` in Grafana's unit `unit` (`percentunit`, `ms`, `currencyUSD`, `suffix: tokens/s`, ...). */
export function formatValue(unit: string | undefined, value: number, decimals?: number): string {
  const data = grafanaData();
  return data.formattedValueToString(data.getValueFormat(unit ?? 'none')(value, decimals));
}
