/**
 * Panels, variables and settings flattened into named leaf fields, the same names for v1 and v2, so that a diff
 * compares meaning rather than layout: grid positions and panel ids are left out on purpose.
 */
import type { PanelInfo, VariableInfo } from '../dashboard/model.ts';
import { isJsonObject, type JsonObject } from '../json/object.ts';
import { compareText } from '../text/compare.ts';

export type Fields = ReadonlyMap<string, unknown>;

function objectAt(value: unknown, ...path: string[]): JsonObject {
  let current = value;
  for (const key of path) current = isJsonObject(current) ? current[key] : undefined;
  return isJsonObject(current) ? current : {};
}

/** JSON with sorted keys: equal values give equal strings whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isJsonObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort(compareText);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Objects become one entry per leaf (`legend.displayMode`); arrays and scalars are leaves. */
function flattenInto(out: Map<string, unknown>, prefix: string, value: unknown): void {
  if (value === undefined) return;
  if (isJsonObject(value)) {
    for (const [key, inner] of Object.entries(value)) flattenInto(out, prefix === '' ? key : `${prefix}.${key}`, inner);
    return;
  }
  out.set(prefix, value);
}

function without(object: JsonObject, keys: ReadonlySet<string>): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.has(key)));
}

const queryOptionNames = ['interval', 'maxDataPoints', 'timeFrom', 'timeShift', 'hideTimeOverride', 'cacheTimeout', 'queryCachingTTL'];

const v1Handled = new Set([
  'id',
  'gridPos',
  'title',
  'type',
  'description',
  'datasource',
  'targets',
  'fieldConfig',
  'options',
  'links',
  'transformations',
  'panels',
  'collapsed',
  ...queryOptionNames,
]);
const v2Handled = new Set(['id', 'title', 'description', 'data', 'vizConfig', 'links']);
const queryHandled = new Set(['refId', 'expr', 'legendFormat', 'datasource', 'hide']);

interface PanelParts {
  readonly fieldConfig: JsonObject;
  readonly options: JsonObject;
  readonly links: unknown;
  readonly transformations: unknown;
  readonly queryOptions: JsonObject;
  readonly rest: JsonObject;
}

function panelParts(panel: PanelInfo): PanelParts {
  const raw = panel.raw;
  if (raw.kind === 'Panel' && isJsonObject(raw.spec)) {
    const spec = raw.spec;
    const viz = objectAt(spec, 'vizConfig');
    const data = objectAt(spec, 'data', 'spec');
    const transformations = Array.isArray(data.transformations)
      ? data.transformations.map((step) => {
          if (!isJsonObject(step) || !isJsonObject(step.spec)) return step;
          // v2 names the transformation by `group` outside its spec; v2beta1 repeats it as `spec.id`.
          return step.kind === 'Transformation' && typeof step.group === 'string' ? { id: step.group, ...step.spec } : step.spec;
        })
      : undefined;
    return {
      fieldConfig: objectAt(viz, 'spec', 'fieldConfig'),
      options: objectAt(viz, 'spec', 'options'),
      links: spec.links,
      transformations,
      queryOptions: objectAt(data, 'queryOptions'),
      rest: { ...without(spec, v2Handled), pluginVersion: viz.version },
    };
  }
  const queryOptions = Object.fromEntries(queryOptionNames.flatMap((name) => (raw[name] === undefined ? [] : [[name, raw[name]]])));
  return {
    fieldConfig: objectAt(raw, 'fieldConfig'),
    options: objectAt(raw, 'options'),
    links: raw.links,
    transformations: raw.transformations,
    queryOptions,
    rest: without(raw, v1Handled),
  };
}

function emptyToUndefined(value: unknown): unknown {
  return Array.isArray(value) && value.length === 0 ? undefined : value;
}

/** Every field of a panel a reviewer cares about, by name; the title is compared separately (renames). */
export function panelFields(panel: PanelInfo): Fields {
  const out = new Map<string, unknown>();
  const parts = panelParts(panel);
  out.set('type', panel.type);
  flattenInto(out, 'description', panel.description || undefined);
  if (panel.raw.datasource !== undefined) flattenInto(out, 'datasource', panel.datasource);
  flattenInto(out, 'unit', panel.unit);
  const defaults = objectAt(parts.fieldConfig, 'defaults');
  // Threshold steps only mean something together, so they compare as one field.
  if (defaults.thresholds !== undefined) out.set('thresholds', defaults.thresholds);
  flattenInto(out, 'mappings', emptyToUndefined(defaults.mappings));
  flattenInto(out, 'fieldConfig', without(defaults, new Set(['unit', 'thresholds', 'mappings'])));
  flattenInto(out, 'overrides', emptyToUndefined(parts.fieldConfig.overrides));
  flattenInto(out, 'options', parts.options);
  flattenInto(out, 'links', emptyToUndefined(parts.links));
  flattenInto(out, 'transformations', emptyToUndefined(parts.transformations));
  flattenInto(out, '', parts.queryOptions);
  flattenInto(out, '', parts.rest);
  for (const query of panel.queries) {
    const name = `query.${query.refId}`;
    flattenInto(out, name, query.expr);
    flattenInto(out, `legend.${query.refId}`, query.legendFormat);
    flattenInto(out, `${name}.datasource`, query.datasource);
    if (query.hidden === true) out.set(`${name}.hidden`, true);
    for (const [key, value] of Object.entries(without(query.raw, queryHandled))) flattenInto(out, `${name}.${key}`, value);
  }
  return out;
}

/** A query variable's `current` and resolved `options` are what Grafana last saw, not what the author wrote. */
const variableState = new Set(['current', 'options']);
/** Read through VariableInfo instead, which finds them wherever v1 or v2 keeps them. */
const variableRead = new Set(['name', 'query', 'definition', 'datasource']);

export function variableFields(variable: VariableInfo): Fields {
  const out = new Map<string, unknown>();
  const raw = variable.raw;
  const body = isJsonObject(raw.spec) ? { kind: raw.kind, ...raw.spec } : raw;
  const stateful = variable.type === 'query' || variable.type === 'datasource';
  // A custom variable's `options` are its `query` split at the commas; its `current` is the default it opens with.
  const derivedOptions = variable.type === 'custom';
  flattenInto(out, 'query', variable.query);
  flattenInto(out, 'datasource', variable.datasource);
  for (const [key, value] of Object.entries(body)) {
    if (variableRead.has(key) || (stateful && variableState.has(key)) || (derivedOptions && key === 'options')) continue;
    flattenInto(out, key, value);
  }
  return out;
}

export function settingsFields(settings: Readonly<Record<string, unknown>>): Fields {
  const out = new Map<string, unknown>();
  flattenInto(out, '', settings);
  return out;
}

/** Names whose values differ, in a stable order: the `before` order, then names only in `after`. */
export function changedFields(before: Fields, after: Fields): string[] {
  const names = [...before.keys(), ...[...after.keys()].filter((name) => !before.has(name))];
  return names.filter((name) => canonical(before.get(name)) !== canonical(after.get(name)));
}

export function fingerprint(fields: Fields): string {
  return canonical(Object.fromEntries(fields));
}
