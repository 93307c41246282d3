import type { DashboardInfo, DatasourceRef, PanelInfo, QueryInfo } from '../dashboard/model.ts';
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

const isPrometheusType = (type: string): boolean => /prometheus/i.test(type);

export function datasourceKind(ref: DatasourceRef | undefined, dashboard: DashboardInfo): DatasourceKind {
  if (!isSet(ref)) return 'unknown';
  if (ref.uid !== undefined && builtInUids.has(ref.uid)) return 'other';
  if (ref.type !== undefined) return isPrometheusType(ref.type) ? 'prometheus' : 'other';
  const variable = datasourceVariable(ref.uid);
  const plugin = variable === undefined ? undefined : variablePluginType(dashboard, variable);
  if (plugin === undefined) return 'unknown';
  return isPrometheusType(plugin) ? 'prometheus' : 'other';
}

/**
 * A query is linted as PromQL when it has a non-blank `expr` (Grafana's Prometheus datasource drops blank ones,
 * which list and alert panels carry as placeholders) and its datasource is Prometheus, or cannot be told (no
 * datasource anywhere, a literal uid without a type, an unresolvable variable): Grafana then runs it on the
 * default datasource, which for a dashboard of `expr` queries is Prometheus.
 */
function isPrometheusQuery(query: QueryInfo, panel: PanelInfo, dashboard: DashboardInfo): boolean {
  return (
    query.expr !== undefined &&
    query.expr.trim() !== '' &&
    datasourceKind(effectiveDatasource(query, panel), dashboard) !== 'other'
  );
}

export interface PanelQuery {
  readonly panel: PanelInfo;
  readonly query: QueryInfo;
}

/** Every PromQL query of a dashboard, hidden ones included, in reading order. */
export function prometheusQueries(dashboard: DashboardInfo): PanelQuery[] {
  return dashboard.panels.flatMap((panel) =>
    panel.queries.filter((query) => isPrometheusQuery(query, panel, dashboard)).map((query) => ({ panel, query })),
  );
}
