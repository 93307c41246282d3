/**
 * Which display settings (unit, min, max, thresholds) apply to which query of a panel, for the rules that hold
 * what a panel shows against what its queries measure. Settings whose target fields cannot be told (an override
 * by regex or field type, a transformation that computes new values) are left out rather than guessed.
 */
import type { FieldDisplay, FieldOverride, PanelInfo, QueryInfo, ThresholdStep } from '../dashboard/model.ts';
import type { QueryAnalysis } from '../promql/analyze.ts';
import { setDefined } from '../json/object.ts';
import { type Quantity, queryQuantity } from '../promql/units.ts';
import { displayUnit } from './display-units.ts';

/** Grafana's default for `instant`/`range` is a range query; "Both" runs the two. */
export function isRangeQuery(query: QueryInfo): boolean {
  return query.range === true || query.instant !== true;
}

export interface RunQuery {
  readonly query: QueryInfo;
  readonly analysis: QueryAnalysis;
}

/**
 * Answers worked out once per panel for the several rules that ask, for one lint run (one dashboard: its analyses
 * map). Rules run a dashboard at a time, so only the current run is kept; plain maps, as weak ones burden the
 * garbage collector on every run.
 */
const current = {
  analyses: undefined as ReadonlyMap<QueryInfo, QueryAnalysis> | undefined,
  run: new Map<PanelInfo, readonly RunQuery[]>(),
  displayed: new Map<PanelInfo, readonly DisplayedQuery[]>(),
};

function perPanel<T>(cache: 'run' | 'displayed', analyses: ReadonlyMap<QueryInfo, QueryAnalysis>, panel: PanelInfo, work: () => T): T {
  if (current.analyses !== analyses) {
    current.analyses = analyses;
    current.run = new Map();
    current.displayed = new Map();
  }
  const answers = current[cache] as Map<PanelInfo, T>;
  let known = answers.get(panel);
  if (known === undefined) {
    known = work();
    answers.set(panel, known);
  }
  return known;
}

/** The panel's Prometheus queries that Grafana runs, with their analysis. */
export function runQueries(panel: PanelInfo, analyses: ReadonlyMap<QueryInfo, QueryAnalysis>): readonly RunQuery[] {
  return perPanel('run', analyses, panel, () => {
    const run: RunQuery[] = [];
    for (const query of panel.queries) {
      const analysis = analyses.get(query);
      if (analysis !== undefined && query.hidden !== true) run.push({ query, analysis });
    }
    return run;
  });
}

/** Panels whose unit, min, max and thresholds apply to the query values as they come. */
const valuePanels: ReadonlySet<string> = new Set(['timeseries', 'graph', 'singlestat', 'stat', 'gauge', 'bargauge', 'barchart', 'piechart', 'trend']);

/** Transformations that rename, filter, join or reorder fields without computing new values. */
const valueKeeping: ReadonlySet<string> = new Set([
  'organize', 'merge', 'filterFieldsByName', 'filterByRefId', 'renameByRegex', 'sortBy', 'seriesToRows', 'labelsToFields',
  'joinByField', 'concatenate', 'limit', 'filterByValue', 'renameByName',
]);

type Property = 'unit' | 'min' | 'max' | 'thresholds';
const properties: readonly Property[] = ['unit', 'min', 'max', 'thresholds'];

export interface Setting<T> {
  readonly value: T;
  /** JSON pointer of what sets it: the field in the defaults, the override, or the legacy field. */
  readonly pointer: string;
}

export interface Thresholds {
  readonly mode: string;
  readonly steps: readonly ThresholdStep[];
  /** How a time series panel draws them (`custom.thresholdsStyle.mode`). */
  readonly style?: string;
}

/** One query, what it measures, and the display settings that apply to its fields. */
export interface DisplayedQuery {
  readonly query: QueryInfo;
  readonly analysis: QueryAnalysis;
  readonly quantity?: Quantity;
  readonly unit?: Setting<string>;
  readonly min?: Setting<number>;
  readonly max?: Setting<number>;
  readonly thresholds?: Setting<Thresholds>;
}

function valueOf(display: FieldDisplay, property: Property): unknown {
  // Each property read by name: a computed `display[property]` is a megamorphic lookup on every query of every panel.
  switch (property) {
    case 'unit':
      return display.unit;
    case 'min':
      return display.min;
    case 'max':
      return display.max;
    default: {
      if (display.thresholdSteps === undefined) return undefined;
      const thresholds: Thresholds = { mode: display.thresholdsMode ?? 'absolute', steps: display.thresholdSteps };
      setDefined(thresholds, 'style', display.thresholdsStyle);
      return thresholds;
    }
  }
}

/** The query an override targets, when it names one: by refId, or by the fixed display name a legend gives. */
function targetOf(override: FieldOverride, queries: readonly QueryInfo[]): QueryInfo | 'unknown' {
  const option = typeof override.matcher.options === 'string' ? override.matcher.options : undefined;
  if (option === undefined) return 'unknown';
  if (override.matcher.id === 'byFrameRefID') return queries.find((query) => query.refId === option) ?? 'unknown';
  if (override.matcher.id === 'byName') {
    const named = queries.filter((query) => query.legendFormat === option && !option.includes('{{'));
    return named.length === 1 ? named[0]! : 'unknown';
  }
  return 'unknown';
}

/**
 * Panels from before field config: a graph's unit lives in its first y axis, unless series were moved to the second
 * one; a singlestat's in `format`.
 */
function legacyUnit(panel: PanelInfo): Setting<string> | undefined {
  if (panel.type === 'singlestat' && typeof panel.raw.format === 'string') return { value: panel.raw.format, pointer: `${panel.pointer}/format` };
  if (panel.fieldDefaults !== undefined || panel.unit === undefined) return undefined;
  const overrides = panel.raw.seriesOverrides;
  const secondAxis = Array.isArray(overrides) && overrides.some((override) => typeof override === 'object' && override !== null && 'yaxis' in override);
  return secondAxis ? undefined : { value: panel.unit, pointer: `${panel.pointer}/yaxes/0/format` };
}


/**
 * The display settings of each query of a panel that shows query values as they come (time series, stat, gauge,
 * bar gauge, bar chart, pie chart); empty for other panels and for panels that transform values.
 */
export function displayedQueries(panel: PanelInfo, analyses: ReadonlyMap<QueryInfo, QueryAnalysis>): readonly DisplayedQuery[] {
  return perPanel('displayed', analyses, panel, () => workOutDisplayedQueries(panel, analyses));
}

/** Time series panels draw thresholds only in a style other than `off`, their default (Grafana's default step at 80 stays unseen). */
const drawnOnlyWithStyle: ReadonlySet<string> = new Set(['timeseries', 'trend']);

/** Settings that show something: thresholds that are drawn, in values (not in percent of min..max). */
function shown(panel: PanelInfo, setting: Setting<unknown> | undefined, property: Property): boolean {
  if (setting === undefined || property !== 'thresholds') return setting !== undefined;
  const thresholds = setting.value as Thresholds;
  const style = thresholds.style ?? panel.fieldDefaults?.thresholdsStyle ?? 'off';
  return thresholds.mode === 'absolute' && !(drawnOnlyWithStyle.has(panel.type) && style === 'off');
}

function workOutDisplayedQueries(panel: PanelInfo, analyses: ReadonlyMap<QueryInfo, QueryAnalysis>): DisplayedQuery[] {
  if (!valuePanels.has(panel.type) || (panel.transformations ?? []).some((id) => !valueKeeping.has(id))) return [];
  const overrides = panel.fieldOverrides ?? [];
  const byProperty = properties.map((property) => {
    const setting = overrides.filter((override) => valueOf(override, property) !== undefined).map((override) => ({ override, target: targetOf(override, panel.queries) }));
    // An override that may or may not reach a query's fields makes the defaults uncertain for it.
    const uncertain = setting.some(({ target }) => target === 'unknown');
    const value = panel.fieldDefaults === undefined ? undefined : valueOf(panel.fieldDefaults, property);
    let defaults: Setting<unknown> | undefined;
    if (!uncertain && value !== undefined) defaults = { value, pointer: `${panel.fieldDefaults!.pointer}/${property}` };
    else if (!uncertain && property === 'unit') defaults = legacyUnit(panel);
    return { property, setting, defaults };
  });
  return runQueries(panel, analyses).map(({ query, analysis }) => {
    // Built key by key (query, analysis, the settings in property order, quantity) rather than spread together.
    const displayed: { -readonly [K in keyof DisplayedQuery]: DisplayedQuery[K] } = { query, analysis };
    for (const { property, setting, defaults } of byProperty) {
      let mine: (typeof setting)[number] | undefined;
      for (const entry of setting) if (entry.target === query) mine = entry;
      const chosen = mine === undefined ? defaults : { value: valueOf(mine.override, property), pointer: mine.override.pointer };
      if (shown(panel, chosen, property)) (displayed as Record<Property, Setting<unknown> | undefined>)[property] = chosen;
    }
    // Inference only where a setting can be judged against it.
    const judged =
      (displayed.unit !== undefined && displayUnit(displayed.unit.value) !== undefined) ||
      displayed.min !== undefined ||
      displayed.max !== undefined ||
      displayed.thresholds !== undefined;
    if (judged) setDefined(displayed, 'quantity', queryQuantity(analysis));
    return displayed;
  });
}
