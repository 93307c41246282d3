// Builds one JSON Schema per Grafana line from the line's published @grafana/schema TypeScript types
// (ts-json-schema-generator, interfaces closed as TypeScript closes them) and the transformation ids of
// @grafana/data. Used by `npm run grafana-schemas` and by the test that keeps the committed files current;
// the CLI never loads it (its validators are compiled from the committed files at build time).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator, MultipleDefinitionsError } from 'ts-json-schema-generator';
import { isJsonObject, type JsonObject } from '../json/object.ts';
import type { GrafanaLine } from './versions.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function grafanaSchemaPath(line: GrafanaLine): string {
  return join(projectRoot, 'schemas', 'grafana', `${line.id}.schema.json`);
}

/**
 * Panel plugin ids whose `raw/composable/<folder>` differs from the id (Grafana's
 * `public/app/plugins/panel/<plugin>/plugin.json`; the foundation SDK's panel builders agree, as a test checks). Folders of experimental successors that share another
 * panel's id or have none of their own (`logsnew`, `logs(new)`, `xychart2`, `newgauge`, `logstable`) are skipped.
 */
const pluginIdByFolder: Readonly<Record<string, string | null>> = {
  annotationslist: 'annolist',
  dashboardlist: 'dashlist',
  nodegraph: 'nodeGraph',
  statetimeline: 'state-timeline',
  statushistory: 'status-history',
  logsnew: null,
  'logs(new)': null,
  xychart2: null,
  newgauge: null,
  logstable: null,
};

/**
 * Core panels Grafana ships without a panelcfg schema, so its types know the id but not the options:
 * `public/app/plugins/panel/traces` has no `panelcfg.cue`. Their options are not checked.
 */
export const panelsWithoutSchema: readonly string[] = ['traces'];

/** The ids of the transformations @grafana/data implements (its `standardTransformers`), sorted. */
export function transformationIds(): string[] {
  const data = createRequire(import.meta.url)('@grafana/data') as { standardTransformers: Record<string, { id: string }> };
  return [...new Set(Object.values(data.standardTransformers).map((transformer) => transformer.id))].sort();
}

function packageRoot(line: GrafanaLine): string {
  return join(projectRoot, 'node_modules', line.schemaPackage);
}

export function packageVersion(line: GrafanaLine): string {
  return (JSON.parse(readFileSync(join(packageRoot(line), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The package's declaration files, relative to its root, sorted (11.x ships them under dist/esm, later ones under dist/types). */
function declarationFiles(line: GrafanaLine): string[] {
  const root = packageRoot(line);
  const folder = ['dist/types', 'dist/esm'].find((candidate) => existsSync(join(root, candidate, 'index.d.ts')));
  if (folder === undefined) throw new Error(`${line.schemaPackage}: no index.d.ts under dist/types or dist/esm`);
  return (readdirSync(join(root, folder), { recursive: true }) as string[])
    .map((file) => join(folder, file))
    .filter((file) => file.endsWith('.d.ts'))
    .sort();
}

function only(files: readonly string[], pattern: RegExp, what: string): string {
  const matches = files.filter((file) => pattern.test(file));
  if (matches.length !== 1) throw new Error(`expected one ${what}, found ${matches.length}: ${matches.join(', ')}`);
  return matches[0] as string;
}

type Generate = (file: string, type: string) => JsonObject;

/** A generator whose `@grafana/schema` imports resolve to this line's package, not the newest one. */
function generatorFor(line: GrafanaLine, files: readonly string[]): Generate {
  const root = packageRoot(line);
  const index = only(files, /^dist\/(types|esm)\/index\.d\.ts$/, 'package index');
  const tsconfig = join(tmpdir(), `grafana-schemas-${process.pid}-${line.id}.json`);
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, baseUrl: root, paths: { '@grafana/schema': [index] } } }));
  const schema = (file: string, type: string, expose: 'export' | 'none') =>
    createGenerator({
      path: join(root, file),
      tsconfig,
      type,
      skipTypeCheck: true,
      additionalProperties: false,
      expose,
      topRef: true,
      jsDoc: 'none',
      sortProps: true,
    }).createSchema(type) as JsonObject;
  return (file, type) => {
    try {
      return schema(file, type, 'export');
    } catch (error) {
      // A panel's own interface may share its name with the common one it extends (geomap's MapLayerOptions):
      // inline the types instead of naming them.
      if (!(error instanceof MultipleDefinitionsError)) throw error;
      return schema(file, type, 'none');
    }
  };
}

/** Copies a generated schema's definitions under `prefix`, rewriting its references to match. */
function prefixed(schema: JsonObject, prefix: string): Record<string, unknown> {
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!isJsonObject(value)) return value;
    const copy: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      copy[key] = key === '$ref' && typeof child === 'string' ? child.replace('#/definitions/', `#/definitions/${prefix}`) : rewrite(child);
    }
    return copy;
  };
  const definitions = isJsonObject(schema.definitions) ? schema.definitions : {};
  return Object.fromEntries(Object.entries(definitions).map(([name, definition]) => [`${prefix}${name}`, rewrite(definition)]));
}

function definition(definitions: Record<string, unknown>, name: string): JsonObject {
  const found = definitions[name];
  if (!isJsonObject(found)) throw new Error(`no definition ${name}`);
  return found;
}

function property(object: JsonObject, name: string): JsonObject {
  const properties = object.properties;
  const found = isJsonObject(properties) ? properties[name] : undefined;
  if (!isJsonObject(found)) throw new Error(`no property ${name}`);
  return found;
}

const ref = (name: string) => ({ $ref: `#/definitions/${encodeURIComponent(name)}` });

/** The panelcfg type file of each panel plugin of the line, by plugin id. */
function panelTypeFiles(files: readonly string[]): Map<string, string> {
  const byId = new Map<string, string>();
  for (const file of files) {
    const match = /\/raw\/composable\/([^/]+)\/panelcfg\/x\/[^/]*types\.gen\.d\.ts$/.exec(file);
    if (match === null) continue;
    const folder = match[1] as string;
    const id = folder in pluginIdByFolder ? pluginIdByFolder[folder] : folder;
    if (id !== null && id !== undefined) byId.set(id, file);
  }
  return byId;
}

/** A plugin's Options and FieldConfig types as definitions named `panel.<id>.<type>`. */
function pluginDefinitions(root: string, file: string, id: string, generate: Generate): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  for (const type of ['Options', 'FieldConfig']) {
    if (declares(root, file, type)) Object.assign(definitions, withoutRequired(prefixed(generate(file, type), `panel.${id}.`)));
  }
  return definitions;
}

/** The definitions of one plugin generated afresh from the installed package, to compare with the committed file. */
export function freshPluginDefinitions(line: GrafanaLine, id: string): Record<string, unknown> {
  const files = declarationFiles(line);
  const file = panelTypeFiles(files).get(id);
  if (file === undefined) throw new Error(`${line.schemaPackage} has no panelcfg types for ${id}`);
  return pluginDefinitions(packageRoot(line), file, id, generatorFor(line, files));
}

/** Grafana's Options and FieldConfig types of every panel plugin of the line; returns the plugin ids. */
function panelSchemas(root: string, files: readonly string[], generate: Generate, definitions: Record<string, unknown>): string[] {
  const byId = panelTypeFiles(files);
  for (const [id, file] of byId) Object.assign(definitions, pluginDefinitions(root, file, id, generate));
  return [...byId.keys()].sort();
}

/**
 * Grafana fills a panel's missing options and field config from its plugin's defaults when the plugin loads
 * (PanelModel.applyPluginOptionDefaults), so its types' required fields are what it saves, not what it needs:
 * unknown fields and wrong types are errors, missing ones are not.
 */
function withoutRequired(definitions: Record<string, unknown>): Record<string, unknown> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (!isJsonObject(value)) return value;
    return Object.fromEntries(Object.entries(value).filter(([key, child]) => !(key === 'required' && Array.isArray(child))).map(([key, child]) => [key, strip(child)]));
  };
  return strip(definitions) as Record<string, unknown>;
}

/**
 * v2 unions of kinds (`PanelKind | LibraryPanelKind`, the variable kinds) become a choice by `kind` (Ajv's
 * discriminator), so that a mistake is reported against the kind the item says it is, not every member.
 */
function discriminateKinds(definitions: Record<string, unknown>): void {
  const kindOf = (member: unknown): string | undefined => {
    const target = isJsonObject(member) && typeof member.$ref === 'string' ? definitions[decodeURIComponent(member.$ref.replace('#/definitions/', ''))] : undefined;
    const kind = isJsonObject(target) && isJsonObject(target.properties) ? target.properties.kind : undefined;
    return isJsonObject(kind) && typeof kind.const === 'string' ? kind.const : undefined;
  };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!isJsonObject(value)) return value;
    const copy = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, rewrite(child)]));
    const members = copy.anyOf;
    if (!Array.isArray(members) || members.length < 2) return copy;
    const kinds = members.map(kindOf);
    if (kinds.some((kind) => kind === undefined) || new Set(kinds).size !== kinds.length) return copy;
    const { anyOf: _union, ...rest } = copy;
    return { ...rest, type: 'object', required: ['kind'], properties: { kind: { enum: kinds } }, discriminator: { propertyName: 'kind' }, oneOf: members };
  };
  for (const name of Object.keys(definitions)) definitions[name] = rewrite(definitions[name]);
}

/** Some plugins declare only Options (text) or only FieldConfig. */
function declares(root: string, file: string, type: string): boolean {
  return new RegExp(`export (interface|type) ${type}\\b`).test(readFileSync(join(root, file), 'utf8'));
}

/**
 * One branch per plugin, chosen by the panel's `type` (v2: the vizConfig's `group`) through Ajv's discriminator,
 * in which the options and custom field config follow that plugin's types. A lookup, not a chain of `if`s:
 * validation stays fast and a mistake is reported once, against the plugin the panel names.
 */
function pluginChoice(ids: readonly string[], definitions: Record<string, unknown>, selector: 'type' | 'group', settingsAt: (settings: JsonObject) => JsonObject) {
  const branch = (id: string) => {
    const settings: JsonObject = {};
    const options = `panel.${id}.Options`;
    const fieldConfig = `panel.${id}.FieldConfig`;
    if (options in definitions) settings.options = ref(options);
    if (fieldConfig in definitions) settings.fieldConfig = { properties: { defaults: { properties: { custom: ref(fieldConfig) } } } };
    return { properties: { [selector]: { const: id }, ...settingsAt(settings) }, required: [selector] };
  };
  return {
    discriminator: { propertyName: selector },
    oneOf: [...ids.map(branch), ...panelsWithoutSchema.map((id) => ({ properties: { [selector]: { const: id } }, required: [selector] }))],
  };
}

/** The classic dashboard: Grafana's `Dashboard`, with each panel's options checked by its plugin's types. */
function classicSchema(
  { schemaVersion }: GrafanaLine,
  files: readonly string[],
  generate: Generate,
  definitions: Record<string, unknown>,
  pluginIds: readonly string[],
  transformations: readonly string[],
) {
  const file = only(files, /\/raw\/dashboard\/x\/[^/]*types\.gen\.d\.ts$/, 'classic dashboard types');
  Object.assign(definitions, prefixed(generate(file, 'Dashboard'), 'classic.'));
  const panel = definition(definitions, 'classic.Panel');
  property(panel, 'type').enum = [...pluginIds, ...panelsWithoutSchema].sort();
  Object.assign(panel, pluginChoice(pluginIds, definitions, 'type', (settings) => settings));
  property(definition(definitions, 'classic.DataTransformerConfig'), 'id').enum = transformations;
  const dashboard = definition(definitions, 'classic.Dashboard');
  // Grafana's dashboard API rejects a schemaVersion other than the last migration of its DashboardMigrator.
  property(dashboard, 'schemaVersion').const = schemaVersion;
  // `panels` holds panels and rows: say which one a failing item was meant to be instead of both.
  const panels = property(dashboard, 'panels');
  panels.items = { if: { properties: { type: { const: 'row' } }, required: ['type'] }, then: ref('classic.RowPanel'), else: ref('classic.Panel') };
}

/** A v2 Dashboard resource as the API takes it: Grafana's `Spec`, with vizConfig checked by plugin types. */
function v2Schema(line: GrafanaLine, files: readonly string[], generate: Generate, definitions: Record<string, unknown>, pluginIds: readonly string[], transformations: readonly string[]) {
  const apiVersion = line.v2ApiVersion;
  if (apiVersion === undefined) return undefined;
  const version = apiVersion.split('/')[1] as string;
  const folder = `schema/dashboard/${version}`;
  const spec = only(files, new RegExp(`/${folder}/types\\.spec\\.gen\\.d\\.ts$`), `${version} spec types`);
  const object = only(files, new RegExp(`/${folder}/dashboard_object_gen\\.d\\.ts$`), `${version} object types`);
  Object.assign(definitions, prefixed(generate(spec, 'Spec'), 'v2.'));
  Object.assign(definitions, prefixed(generate(object, 'Metadata'), 'v2.object.'));
  // The API takes the namespace from the URL; a resource file names only the dashboard.
  const metadata = definition(definitions, 'v2.object.Metadata');
  metadata.required = (metadata.required as string[]).filter((name) => name !== 'namespace');
  discriminateKinds(definitions);
  // 12.2's v2beta1 types say `Threshold.value: number`, yet the base step is null, as in classic dashboards and
  // in Grafana's own v1-to-v2 conversion; 12.4 corrected the type to `number | null`.
  const threshold = property(definition(definitions, 'v2.Threshold'), 'value');
  if (threshold.type === 'number') threshold.type = ['number', 'null'];
  const viz = definition(definitions, 'v2.VizConfigKind');
  property(viz, 'group').enum = [...pluginIds, ...panelsWithoutSchema].sort();
  Object.assign(viz, pluginChoice(pluginIds, definitions, 'group', (settings) => ({ spec: { properties: settings } })));
  const transformation = definition(definitions, 'v2.TransformationKind');
  if (version === 'v2') property(transformation, 'group').enum = transformations;
  else property(definition(definitions, 'v2.DataTransformerConfig'), 'id').enum = transformations;
  return {
    type: 'object',
    properties: {
      apiVersion: { const: apiVersion },
      kind: { const: 'Dashboard' },
      metadata: ref('v2.object.Metadata'),
      spec: ref('v2.Spec'),
    },
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    additionalProperties: false,
  };
}

/** The whole schema of one line: `#/definitions/classic` and, when the line serves one, `#/definitions/v2`. */
export function lineSchema(line: GrafanaLine): JsonObject {
  const files = declarationFiles(line);
  const generate = generatorFor(line, files);
  const transformations = transformationIds();
  const definitions: Record<string, unknown> = {};
  const pluginIds = panelSchemas(packageRoot(line), files, generate, definitions);
  classicSchema(line, files, generate, definitions, pluginIds, transformations);
  definitions.classic = ref('classic.Dashboard');
  const v2 = v2Schema(line, files, generate, definitions, pluginIds, transformations);
  if (v2 !== undefined) definitions.v2 = v2;
  const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `urn:generate-dashboards:grafana:${line.id}`,
    $comment: `Generated by npm run grafana-schemas from ${line.schemaPackage} ${packageVersion(line)} and @grafana/data's transformers; do not edit.`,
    definitions: sorted,
  };
}
