import { type ParseError, parse as parseLenient, printParseErrorCode } from 'jsonc-parser';
import { isJsonObject, type JsonObject, setDefined } from '../json/object.ts';
import { createLocator } from '../json/locate.ts';
import { pointerSegment } from '../json/pointer.ts';
import { lineColumnAt } from '../text/position.ts';
import {
  DashboardReadError,
  type DashboardInfo,
  type DatasourceRef,
  type FieldDisplay,
  type GridPos,
  type PanelInfo,
  type QueryInfo,
  type ThresholdStep,
  type VariableInfo,
} from './model.ts';

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A field of the wrong type; readDashboardText reports it at its position in the file. */
class ShapeError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A list the reader walks (panels, queries, rows, variables, layout items). Absent or null reads as empty; anything
 * else that is not a list of objects is an error, because reading on would silently drop what it holds.
 */
function objectList(value: unknown, pointer: string, what: string): JsonObject[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ShapeError(pointer, `${what} must be a list, not ${kindOf(value)}`);
  value.forEach((entry, index) => {
    if (!isJsonObject(entry)) throw new ShapeError(`${pointer}/${index}`, `${what} must hold objects, not ${kindOf(entry)}`);
  });
  return value as JsonObject[];
}

/** A string the reader relies on (a title, a query's expression); absent or null reads as absent. */
function stringAt(value: unknown, pointer: string, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ShapeError(pointer, `${what} must be a string, not ${kindOf(value)}`);
  return value;
}

/**
 * How deep objects and arrays may nest: fifteen times the deepest of 322 real dashboards (13). Deeper input is refused
 * before it is parsed, so that no stage after the reader (rules, diff, preview, JSON positions) can exhaust the call
 * stack on it.
 */
export const maxNesting = 200;

/** The offset where `text` opens its `maxNesting + 1`th level of brackets (strings skipped), if it does. */
function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > maxNesting) return index;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return undefined;
}

/**
 * Whether a parsed value nests objects and arrays more than `maxNesting` levels deep. Walking the parsed value with
 * an explicit stack costs a fifth of scanning the text character by character (8 against 36 ms over the 322 corpus
 * dashboards), and JSON.parse itself is iterative in V8, so parsing first is safe at any depth.
 */
function nestedTooDeep(value: unknown): boolean {
  const containers: unknown[] = [value];
  const depths: number[] = [1];
  while (containers.length > 0) {
    const container = containers.pop();
    const depth = depths.pop()!;
    if (typeof container !== 'object' || container === null) continue;
    if (depth > maxNesting) return true;
    const children = Array.isArray(container) ? container : Object.values(container);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        containers.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

function tooDeepError(text: string, file: string, offset: number): DashboardReadError {
  const { line, column } = lineColumnAt(text, offset);
  return new DashboardReadError(file, `nested more than ${maxNesting} levels deep; no dashboard is (the limit keeps every check bounded)`, line, column);
}

/** Parses strict JSON; on failure reports the first error with its line and column. */
export function parseJsonFile(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The lenient parsers below recurse, so deep input is refused before they see it.
    const deepAt = tooDeepAt(text);
    if (deepAt !== undefined) throw tooDeepError(text, file, deepAt);
    const errors: ParseError[] = [];
    parseLenient(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const offset = first?.offset ?? text.length;
    const { line, column } = lineColumnAt(text, offset);
    const reason = first ? printParseErrorCode(first.error) : 'InvalidJSON';
    // Grafana (Go's JSON decoder) rejects a byte-order mark too; "InvalidSymbol" at 1:1 would not say why.
    if (text.startsWith('\uFEFF')) throw new DashboardReadError(file, 'malformed JSON: the file starts with a byte-order mark (BOM); save it as UTF-8 without one', 1, 1);
    // JSON with comments or trailing commas (tsconfig.json, .vscode settings) is some tool's file, not a broken dashboard.
    const lenientErrors: ParseError[] = [];
    const lenient: unknown = parseLenient(text, lenientErrors, { allowTrailingComma: true });
    if (lenientErrors.length === 0 && isJsonObject(lenient) && !isDashboardShaped(lenient)) {
      throw new NotADashboardError(file, `not a dashboard (and not strict JSON: ${reason})`, line, column);
    }
    throw new DashboardReadError(file, `malformed JSON (${reason})`, line, column);
  }
  // The text scan finds where the value went too deep, for the message; valid JSON nests in the text as it parsed.
  if (nestedTooDeep(value)) throw tooDeepError(text, file, tooDeepAt(text)!);
  return value;
}

/** A JSON file that is not shaped like any dashboard (`package.json`, a JSON Schema): a folder walk skips it. */
export class NotADashboardError extends DashboardReadError {}

function isDashboardShaped(document: JsonObject): boolean {
  try {
    readDocument(document, '');
    return true;
  } catch (error) {
    return !(error instanceof NotADashboardError);
  }
}

function datasourceOf(value: unknown): DatasourceRef | undefined {
  if (typeof value === 'string') return { uid: value };
  if (!isJsonObject(value)) return undefined;
  const ref: { type?: string; uid?: string } = {};
  const type = str(value.type);
  const uid = str(value.uid) ?? str(value.name);
  if (type !== undefined) ref.type = type;
  if (uid !== undefined) ref.uid = uid;
  return ref;
}

function unitOf(fieldConfig: unknown): string | undefined {
  if (!isJsonObject(fieldConfig) || !isJsonObject(fieldConfig.defaults)) return undefined;
  return str(fieldConfig.defaults.unit);
}

function thresholdSteps(thresholds: JsonObject): ThresholdStep[] {
  return list(thresholds.steps).flatMap((step) => {
    if (!isJsonObject(step) || (step.value !== null && num(step.value) === undefined)) return [];
    const read: ThresholdStep = { value: step.value === null ? null : (step.value as number) };
    setDefined(read, 'color', str(step.color));
    return [read];
  });
}

/** The unit, min, max and thresholds of `fieldConfig.defaults`, or of an override's properties. */
function fieldDisplay(settings: Readonly<Record<string, unknown>>, pointer: string): FieldDisplay {
  const thresholds = isJsonObject(settings.thresholds) ? settings.thresholds : undefined;
  const display: { -readonly [K in keyof FieldDisplay]: FieldDisplay[K] } = { pointer };
  if (str(settings.unit) !== undefined) display.unit = str(settings.unit);
  if (num(settings.min) !== undefined) display.min = num(settings.min);
  if (num(settings.max) !== undefined) display.max = num(settings.max);
  if (thresholds !== undefined) {
    display.thresholdsMode = str(thresholds.mode) ?? 'absolute';
    display.thresholdSteps = thresholdSteps(thresholds);
  }
  // Defaults nest it under `custom`; an override property names it `custom.thresholdsStyle`.
  const style = isJsonObject(settings.custom) ? settings.custom.thresholdsStyle : settings['custom.thresholdsStyle'];
  if (isJsonObject(style) && str(style.mode) !== undefined) display.thresholdsStyle = str(style.mode);
  return display;
}

/** What lint reads of a field config: its defaults and the overrides that set a unit, min, max or thresholds. */
function fieldConfigOf(fieldConfig: unknown, pointer: string): Pick<PanelInfo, 'fieldDefaults' | 'fieldOverrides'> {
  if (!isJsonObject(fieldConfig)) return { fieldOverrides: [] };
  const overrides = list(fieldConfig.overrides).flatMap((override, index) => {
    if (!isJsonObject(override) || !isJsonObject(override.matcher) || str(override.matcher.id) === undefined) return [];
    const settings: Record<string, unknown> = {};
    for (const property of list(override.properties)) {
      if (isJsonObject(property) && str(property.id) !== undefined) settings[property.id as string] = property.value;
    }
    const matcher = { id: str(override.matcher.id)!, options: override.matcher.options };
    return [{ ...fieldDisplay(settings, `${pointer}/overrides/${index}`), matcher }];
  });
  const defaults = isJsonObject(fieldConfig.defaults) ? fieldDisplay(fieldConfig.defaults, `${pointer}/defaults`) : undefined;
  // Keys in the order they always had (defaults first), for anything that lists a panel's fields.
  const read: Pick<PanelInfo, 'fieldDefaults' | 'fieldOverrides'> = {};
  setDefined(read, 'fieldDefaults', defaults);
  setDefined(read, 'fieldOverrides', overrides);
  return read;
}

/** Transformation ids: v1 `{id, options}`, v2beta1 `{kind, spec: {id, options}}`, v2 `{kind: "Transformation", group, spec}`. */
function transformationIds(transformations: unknown): string[] {
  return list(transformations).flatMap((transformation) => {
    if (!isJsonObject(transformation)) return [];
    const v2 = transformation.kind === 'Transformation' ? str(transformation.group) : undefined;
    const id = str(transformation.id) ?? (isJsonObject(transformation.spec) ? str(transformation.spec.id) : undefined) ?? v2 ?? str(transformation.kind);
    return id === undefined ? [] : [id];
  });
}

function v1Query(target: JsonObject, pointer: string, index: number, panel: string): QueryInfo {
  const refId = str(target.refId) ?? String.fromCharCode(65 + (index % 26));
  return {
    refId,
    expr: stringAt(target.expr, `${pointer}/expr`, `${panel} (refId ${refId}): \`expr\``),
    datasource: datasourceOf(target.datasource),
    legendFormat: str(target.legendFormat),
    format: str(target.format),
    instant: bool(target.instant),
    range: bool(target.range),
    hidden: bool(target.hide),
    pointer,
    raw: target,
  };
}

/** A classic panel; a panel without an id gets its key, and every panel its order, from v1Panels once placed. */
function v1Panel(panel: JsonObject, pointer: string, tab: string | undefined): PanelInfo {
  const id = num(panel.id);
  const title = stringAt(panel.title, `${pointer}/title`, 'a panel `title`') ?? '';
  const gridPos = isJsonObject(panel.gridPos) ? panel.gridPos : undefined;
  const pos: GridPos | undefined = gridPos
    ? { x: num(gridPos.x) ?? 0, y: num(gridPos.y) ?? 0, w: num(gridPos.w) ?? 0, h: num(gridPos.h) ?? 0 }
    : undefined;
  const queries = objectList(panel.targets, `${pointer}/targets`, `panel "${title}": \`targets\``).map((target, index) =>
    v1Query(target, `${pointer}/targets/${index}`, index, `panel "${title}"`),
  );
  // Graph panels before schema 27 kept the unit in `yaxes[0].format`.
  const legacyUnit = isJsonObject(list(panel.yaxes)[0]) ? str((list(panel.yaxes)[0] as JsonObject).format) : undefined;
  return {
    key: id !== undefined ? `id:${id}` : '',
    id,
    title,
    type: str(panel.type) ?? '',
    tab,
    order: 0,
    gridPos: pos,
    unit: unitOf(panel.fieldConfig) ?? legacyUnit,
    description: str(panel.description),
    datasource: datasourceOf(panel.datasource),
    queries,
    ...fieldConfigOf(panel.fieldConfig, `${pointer}/fieldConfig`),
    options: isJsonObject(panel.options) ? panel.options : {},
    transformations: transformationIds(panel.transformations),
    pointer,
    raw: panel,
  };
}

function byGridPosition(a: { pos?: GridPos; index: number }, b: { pos?: GridPos; index: number }): number {
  if (a.pos && b.pos) return a.pos.y - b.pos.y || a.pos.x - b.pos.x || a.index - b.index;
  return a.index - b.index;
}

/** Classic dashboards: top-level panels, rows as `type: "row"` panels (collapsed rows keep their panels inside). */
function v1Panels(dashboard: JsonObject, base: string): { panels: PanelInfo[]; tabs: string[] } {
  const tabs: string[] = [];
  const entries: { panel: JsonObject; pointer: string; tab?: string }[] = [];
  if (dashboard.rows != null && dashboard.panels == null) {
    // Schema < 16: `rows[].panels[]`, no grid positions.
    objectList(dashboard.rows, `${base}/rows`, '`rows`').forEach((row, rowIndex) => {
      const title = str(row.title) ?? `Row ${rowIndex + 1}`;
      tabs.push(title);
      const pointer = `${base}/rows/${rowIndex}/panels`;
      objectList(row.panels, pointer, `row "${title}": \`panels\``).forEach((panel, index) => {
        entries.push({ panel, pointer: `${pointer}/${index}`, tab: title });
      });
    });
  } else {
    let currentTab: string | undefined;
    objectList(dashboard.panels, `${base}/panels`, '`panels`').forEach((panel, index) => {
      const pointer = `${base}/panels/${index}`;
      if (panel.type === 'row') {
        currentTab = str(panel.title) ?? `Row ${tabs.length + 1}`;
        tabs.push(currentTab);
        objectList(panel.panels, `${pointer}/panels`, `row "${currentTab}": \`panels\``).forEach((inner, innerIndex) => {
          entries.push({ panel: inner, pointer: `${pointer}/panels/${innerIndex}`, tab: currentTab });
        });
        return;
      }
      entries.push({ panel, pointer, tab: currentTab });
    });
  }
  const orderInTab = new Map<string | undefined, number>();
  // Each panel is read once, in file order (so a malformed one is reported as before); only its key and order
  // depend on where it sorts, and are set after sorting.
  const sorted = entries
    .map((entry, index) => {
      const read = v1Panel(entry.panel, entry.pointer, entry.tab);
      return { tab: entry.tab, index, pos: read.gridPos, read };
    })
    .sort((a, b) => (a.tab === b.tab ? byGridPosition(a, b) : a.index - b.index));
  const panels = sorted.map((entry): PanelInfo => {
    const order = orderInTab.get(entry.tab) ?? 0;
    orderInTab.set(entry.tab, order + 1);
    // The panel was read just above and is nobody else's yet: set in place rather than copied (a spread of every field).
    const read = entry.read as { -readonly [K in keyof PanelInfo]: PanelInfo[K] };
    if (read.id === undefined) read.key = `title:${entry.tab ?? ''}/${read.title}#${order}`;
    read.order = order;
    return read;
  });
  return { panels, tabs };
}

function variableQuery(query: unknown): string | undefined {
  if (typeof query === 'string') return query;
  if (!isJsonObject(query)) return undefined;
  if (isJsonObject(query.spec)) return variableQuery(query.spec);
  return str(query.query) ?? str(query.expr);
}

function v1Variables(dashboard: JsonObject, base: string): VariableInfo[] {
  const templating = isJsonObject(dashboard.templating) ? dashboard.templating : {};
  return objectList(templating.list, `${base}/templating/list`, '`templating.list`').flatMap((variable, index) => {
    if (typeof variable.name !== 'string') return [];
    return [
      {
        name: variable.name,
        type: str(variable.type) ?? 'query',
        label: str(variable.label),
        query: variableQuery(variable.query) ?? str(variable.definition),
        datasource: datasourceOf(variable.datasource),
        multi: variable.multi === true,
        includeAll: variable.includeAll === true,
        pointer: `${base}/templating/list/${index}`,
        raw: variable,
      },
    ];
  });
}

function withoutKeys(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

function readV1(dashboard: JsonObject, file: string, base: string): DashboardInfo {
  const { panels, tabs } = v1Panels(dashboard, base);
  return {
    file,
    format: 'v1',
    uid: str(dashboard.uid),
    title: str(dashboard.title) ?? '',
    tabs,
    panels,
    variables: v1Variables(dashboard, base),
    settings: withoutKeys(dashboard, ['panels', 'rows', 'templating', 'id', 'version']),
    pointer: base,
  };
}

/** v2 queries: `{kind: "DataQuery", group: "prometheus", datasource: {name}, spec: {expr}}` (v2beta1/v2) or `{kind: "prometheus", spec}` (v2alpha1). */
function v2Query(panelQuery: JsonObject, pointer: string, index: number, panel: string): QueryInfo {
  const spec = isJsonObject(panelQuery.spec) ? panelQuery.spec : {};
  const query = isJsonObject(spec.query) ? spec.query : {};
  const querySpec = isJsonObject(query.spec) ? query.spec : {};
  const group = query.kind === 'DataQuery' ? str(query.group) : str(query.kind);
  const datasource = datasourceOf(query.datasource) ?? datasourceOf(querySpec.datasource);
  const refId = str(spec.refId) ?? String.fromCharCode(65 + (index % 26));
  return {
    refId,
    expr: stringAt(querySpec.expr, `${pointer}/spec/query/spec/expr`, `${panel} (refId ${refId}): \`expr\``),
    datasource: group !== undefined ? { ...datasource, type: group } : datasource,
    legendFormat: str(querySpec.legendFormat),
    format: str(querySpec.format),
    instant: bool(querySpec.instant),
    range: bool(querySpec.range),
    hidden: bool(spec.hidden),
    pointer: `${pointer}/spec/query/spec`,
    raw: querySpec,
  };
}

interface PlacedElement {
  readonly name: string;
  readonly tab?: string;
  readonly pos?: GridPos;
}

/** Walks tabs, rows and grids in reading order; a row inside a tab belongs to the tab. */
function placements(layout: unknown, pointer: string, tab: string | undefined, tabs: string[], out: PlacedElement[]): void {
  if (!isJsonObject(layout) || !isJsonObject(layout.spec)) return;
  const spec = layout.spec;
  switch (layout.kind) {
    case 'TabsLayout':
    case 'RowsLayout': {
      const field = layout.kind === 'TabsLayout' ? 'tabs' : 'rows';
      const childrenPointer = `${pointer}/spec/${field}`;
      objectList(spec[field], childrenPointer, `the ${layout.kind}'s \`${field}\``).forEach((child, index) => {
        if (!isJsonObject(child.spec)) return;
        const fallback = `${layout.kind === 'TabsLayout' ? 'Tab' : 'Row'} ${index + 1}`;
        const title = tab ?? str(child.spec.title) ?? fallback;
        if (tab === undefined) tabs.push(title);
        placements(child.spec.layout, `${childrenPointer}/${index}/spec/layout`, title, tabs, out);
      });
      return;
    }
    case 'GridLayout':
    case 'AutoGridLayout': {
      const items = objectList(spec.items, `${pointer}/spec/items`, `the ${layout.kind}'s \`items\``).flatMap((item) => {
        if (!isJsonObject(item.spec)) return [];
        const element = isJsonObject(item.spec.element) ? str(item.spec.element.name) : undefined;
        if (element === undefined) return [];
        const { x, y, width, height } = item.spec;
        const pos =
          layout.kind === 'GridLayout'
            ? { x: num(x) ?? 0, y: num(y) ?? 0, w: num(width) ?? 0, h: num(height) ?? 0 }
            : undefined;
        return [{ name: element, tab, pos }];
      });
      const indexed = items.map((item, index) => ({ ...item, index }));
      indexed.sort(byGridPosition);
      out.push(...indexed.map(({ name, tab: itemTab, pos }) => ({ name, tab: itemTab, pos })));
      return;
    }
    default:
      return;
  }
}

function v2Panel(name: string, element: JsonObject, base: string, placed: PlacedElement | undefined, order: number): PanelInfo {
  const spec = isJsonObject(element.spec) ? element.spec : {};
  const viz = isJsonObject(spec.vizConfig) ? spec.vizConfig : {};
  const vizSpec = isJsonObject(viz.spec) ? viz.spec : {};
  const data = isJsonObject(spec.data) && isJsonObject(spec.data.spec) ? spec.data.spec : {};
  const pointer = `${base}/elements/${pointerSegment(name)}`;
  const title = stringAt(spec.title, `${pointer}/spec/title`, `element "${name}": \`title\``) ?? '';
  const queriesPointer = `${pointer}/spec/data/spec/queries`;
  const queries = objectList(data.queries, queriesPointer, `panel "${title}": \`queries\``).map((query, index) =>
    v2Query(query, `${queriesPointer}/${index}`, index, `panel "${title}"`),
  );
  return {
    key: name,
    id: num(spec.id),
    title,
    type: (viz.kind === 'VizConfig' ? str(viz.group) : str(viz.kind)) ?? str(element.kind) ?? '',
    tab: placed?.tab,
    order,
    gridPos: placed?.pos,
    unit: unitOf(vizSpec.fieldConfig),
    description: str(spec.description),
    datasource: queries[0]?.datasource,
    queries,
    ...fieldConfigOf(vizSpec.fieldConfig, `${pointer}/spec/vizConfig/spec/fieldConfig`),
    options: isJsonObject(vizSpec.options) ? vizSpec.options : {},
    transformations: transformationIds(data.transformations),
    pointer,
    raw: element,
  };
}

function v2VariableType(kind: string): string {
  const bare = kind.replace(/Variable$/, '');
  const names: Record<string, string> = { Text: 'textbox', Adhoc: 'adhoc', GroupBy: 'groupby' };
  return names[bare] ?? bare.toLowerCase();
}

function v2Variables(spec: JsonObject, base: string): VariableInfo[] {
  return objectList(spec.variables, `${base}/variables`, '`variables`').flatMap((variable, index) => {
    if (!isJsonObject(variable.spec) || typeof variable.spec.name !== 'string') return [];
    const variableSpec = variable.spec;
    const query = isJsonObject(variableSpec.query) ? variableSpec.query : undefined;
    return [
      {
        name: variableSpec.name as string,
        type: v2VariableType(str(variable.kind) ?? 'QueryVariable'),
        label: str(variableSpec.label),
        query: variableQuery(variableSpec.query) ?? str(variableSpec.definition),
        datasource: query ? datasourceOf(query.datasource) : undefined,
        multi: variableSpec.multi === true,
        includeAll: variableSpec.includeAll === true,
        pointer: `${base}/variables/${index}`,
        raw: variable,
      },
    ];
  });
}

function readV2(spec: JsonObject, metadata: JsonObject, file: string, base: string): DashboardInfo {
  const tabs: string[] = [];
  const placed: PlacedElement[] = [];
  placements(spec.layout, `${base}/layout`, undefined, tabs, placed);
  if (spec.elements != null && !isJsonObject(spec.elements)) {
    throw new ShapeError(`${base}/elements`, `\`elements\` must be an object of panels by name, not ${kindOf(spec.elements)}`);
  }
  const elements = isJsonObject(spec.elements) ? spec.elements : {};
  const orderInTab = new Map<string | undefined, number>();
  const seen = new Set<string>();
  const panels: PanelInfo[] = [];
  const add = (name: string, where: PlacedElement | undefined) => {
    const element = elements[name];
    if (seen.has(name) || element === undefined) return;
    if (!isJsonObject(element)) throw new ShapeError(`${base}/elements/${pointerSegment(name)}`, `element "${name}" must be an object, not ${kindOf(element)}`);
    seen.add(name);
    const order = orderInTab.get(where?.tab) ?? 0;
    orderInTab.set(where?.tab, order + 1);
    panels.push(v2Panel(name, element, base, where, order));
  };
  for (const where of placed) add(where.name, where);
  // Elements that no layout places still exist in the file; list them after the placed ones.
  for (const name of Object.keys(elements)) add(name, undefined);
  return {
    file,
    format: 'v2',
    uid: str(metadata.name) ?? str(spec.uid),
    title: str(spec.title) ?? '',
    tabs,
    panels,
    variables: v2Variables(spec, base),
    settings: withoutKeys(spec, ['elements', 'layout', 'variables']),
    pointer: base,
  };
}

/** `base`: the pointer of `document` inside the file, so that positions stay right inside the API wrapper. */
function readDocument(document: unknown, file: string, base = ''): DashboardInfo {
  if (!isJsonObject(document)) throw new NotADashboardError(file, 'not a dashboard: the top level is not a JSON object', 1, 1);
  if (isJsonObject(document.spec) && (str(document.apiVersion)?.startsWith('dashboard.grafana.app/') || document.kind === 'Dashboard')) {
    if (document.spec.elements != null || document.spec.layout != null) {
      return readV2(document.spec, isJsonObject(document.metadata) ? document.metadata : {}, file, `${base}/spec`);
    }
    return readV1(document.spec, file, `${base}/spec`);
  }
  if (isJsonObject(document.dashboard)) return readDocument(document.dashboard, file, `${base}/dashboard`);
  if (isJsonObject(document.elements) && isJsonObject(document.layout)) return readV2(document, {}, file, base);
  if (document.panels != null || document.rows != null || typeof document.schemaVersion === 'number') {
    return readV1(document, file, base);
  }
  throw new NotADashboardError(
    file,
    'not a dashboard: expected `panels` (v1), `{"dashboard": ...}`, a v2 resource or a v2 spec with `elements` and `layout`',
    1,
    1,
  );
}

/**
 * Reads any Grafana dashboard document: classic v1, the API wrapper `{"dashboard": ...}`,
 * a v2 resource (`apiVersion: dashboard.grafana.app/...`), or a bare v2 spec.
 */
export function readDashboard(document: unknown, file: string): DashboardInfo {
  try {
    return readDocument(document, file);
  } catch (error) {
    if (error instanceof ShapeError) throw new DashboardReadError(file, error.message);
    throw error;
  }
}

/** Parses and reads a dashboard file's text. Throws DashboardReadError with a position on bad input. */
export function readDashboardText(text: string, file: string): DashboardInfo {
  const document = parseJsonFile(text, file);
  try {
    return readDocument(document, file);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const { line, column } = createLocator(text)(error.pointer);
    throw new DashboardReadError(file, error.message, line, column);
  }
}
