import type { DashboardInfo, DatasourceRef, PanelInfo, QueryInfo, VariableInfo } from '../dashboard/model.ts';
import { isJsonObject } from '../json/object.ts';

/** `$name`, `${name}`, `${name:format}`, `[[name]]`: a datasource chosen through a template variable. */
const variableReference = /^\$\{([A-Za-z0-9_]+)(?:[:.][^}]*)?\}$|^\$([A-Za-z0-9_]+)$|^\[\[([A-Za-z0-9_]+)(?::[^\]]*)?\]\]$/;

/** The variable a datasource uid refers to, or undefined when the uid is literal. */
export function datasourceVariable(uid: string | undefined): string | undefined {
  if (uid === undefined) return undefined;
  const match = variableReference.exec(uid.trim());
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Grafana's own pseudo datasources; `-- Mixed --` means "each query says". */
const mixedUid = '-- Mixed --';
const builtInUids: ReadonlySet<string> = new Set(['-- Grafana --', 'grafana', '-- Dashboard --', '__expr__', mixedUid]);

export function isBuiltInDatasource(ref: DatasourceRef | undefined): boolean {
  return ref?.uid !== undefined && builtInUids.has(ref.uid);
}

function isSet(ref: DatasourceRef | undefined): ref is DatasourceRef {
  return ref !== undefined && (ref.uid !== undefined || ref.type !== undefined) && ref.uid !== mixedUid;
}

/** The datasource a query runs on: its own, else the panel's (a mixed panel leaves it to the query). */
function effectiveDatasource(query: QueryInfo, panel: PanelInfo): DatasourceRef | undefined {
  if (isSet(query.datasource)) return query.datasource;
  return isSet(panel.datasource) ? panel.datasource : undefined;
}

/** The plugin type behind a datasource variable (v1 `query`, v2 `spec.pluginId`) or an import input (`__inputs`). */
function variablePluginType(dashboard: DashboardInfo, name: string): string | undefined {
  const variable = dashboard.variables.find((candidate) => candidate.name === name && candidate.type === 'datasource');
  if (variable) {
    const raw = variable.raw;
    if (typeof raw.query === 'string') return raw.query;
    if (isJsonObject(raw.spec) && typeof raw.spec.pluginId === 'string') return raw.spec.pluginId;
    return undefined;
  }
  const inputs = dashboard.settings.__inputs;
  if (!Array.isArray(inputs)) return undefined;
  const input = inputs.find((candidate) => isJsonObject(candidate) && candidate.name === name);
  return isJsonObject(input) && typeof input.pluginId === 'string' ? input.pluginId : undefined;
}

export type DatasourceKind = 'prometheus' | 'other' | 'unknown';

/** The dashboard's datasource variables whose plugin is Prometheus. */
export function prometheusDatasourceVariables(dashboard: DashboardInfo): VariableInfo[] {
  return dashboard.variables.filter((variable) => variable.type === 'datasource' && isPrometheusType(variablePluginType(dashboard, variable.name) ?? ''));
}

/** The plugins of the dashboard's datasource variables, or else of its import inputs (`__inputs`). */
function declaredPlugins(dashboard: DashboardInfo): string[] {
  const variables = dashboard.variables.filter((variable) => variable.type === 'datasource').map((variable) => variablePluginType(dashboard, variable.name));
  if (variables.length > 0) return variables.filter((plugin): plugin is string => plugin !== undefined);
  const inputs = dashboard.settings.__inputs;
  if (!Array.isArray(inputs)) return [];
  return inputs.flatMap((input) => (isJsonObject(input) && input.type === 'datasource' && typeof input.pluginId === 'string' ? [input.pluginId] : []));
}

/**
 * What a query that names no datasource (or an unresolvable one) runs on. Grafana uses the default datasource,
 * which the file does not name; a dashboard whose datasource variables are all Loki (or another non-Prometheus
 * plugin) was written for that datasource, so its bare queries are not PromQL.
 */
function defaultKind(dashboard: DashboardInfo): DatasourceKind {
  const plugins = declaredPlugins(dashboard);
  return plugins.length > 0 && !plugins.some(isPrometheusType) ? 'other' : 'unknown';
}

/** A `|` outside strings: LogQL's pipeline (`|= "error"`, `| json`); PromQL has no such operator. */
function hasLogPipeline(expr: string): boolean {
  for (let index = 0; index < expr.length; index += 1) {
    const char = expr[index];
    if (char === '"' || char === "'" || char === '`') {
      for (index += 1; index < expr.length && expr[index] !== char; index += 1) if (expr[index] === '\\' && char !== '`') index += 1;
    } else if (char === '|') return true;
  }
  return false;
}

const isPrometheusType = (type: string): boolean => /prometheus/i.test(type);

export function datasourceKind(ref: DatasourceRef | undefined, dashboard: DashboardInfo): DatasourceKind {
  if (!isSet(ref)) return defaultKind(dashboard);
  if (ref.uid !== undefined && builtInUids.has(ref.uid)) return 'other';
  if (ref.type !== undefined) return isPrometheusType(ref.type) ? 'prometheus' : 'other';
  const variable = datasourceVariable(ref.uid);
  const plugin = variable === undefined ? undefined : variablePluginType(dashboard, variable);
  if (plugin === undefined) return defaultKind(dashboard);
  return isPrometheusType(plugin) ? 'prometheus' : 'other';
}

const nonBlank = /\S/;

/**
 * A query is linted as PromQL when it has a non-blank `expr` (Grafana's Prometheus datasource drops blank ones,
 * which list and alert panels carry as placeholders) and its datasource is Prometheus, or cannot be told (no
 * datasource anywhere, a literal uid without a type, an unresolvable variable) on a dashboard that declares no
 * datasource variable of another kind, and the query has no LogQL pipeline: Grafana then runs it on the default
 * datasource, which for a dashboard of `expr` queries is Prometheus.
 */
function isPrometheusQuery(query: QueryInfo, panel: PanelInfo, dashboard: DashboardInfo): boolean {
  if (query.expr === undefined || !nonBlank.test(query.expr)) return false;
  const kind = datasourceKind(effectiveDatasource(query, panel), dashboard);
  return kind === 'prometheus' || (kind === 'unknown' && !hasLogPipeline(query.expr));
}

export interface PanelQuery {
  readonly panel: PanelInfo;
  readonly query: QueryInfo;
}

/** Every PromQL query of a dashboard, hidden ones included, in reading order. */
export function prometheusQueries(dashboard: DashboardInfo): PanelQuery[] {
  const found: PanelQuery[] = [];
  for (const panel of dashboard.panels) {
    for (const query of panel.queries) if (isPrometheusQuery(query, panel, dashboard)) found.push({ panel, query });
  }
  return found;
}
