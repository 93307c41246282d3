/**
 * What Grafana does to a Prometheus panel query before it sends it: template variables (with the
 * Prometheus datasource's escaping, All as allValue or every value), and the time macros.
 */
import type { DashboardInfo, VariableInfo } from '../dashboard/model.ts';
import { isJsonObject } from '../json/object.ts';

export interface TimeMacros {
  /** Dashboard time range, unix milliseconds. */
  readonly fromMs: number;
  readonly toMs: number;
  readonly intervalMs: number;
  readonly rateIntervalMs: number;
}

/**
 * Grafana's intervals for a time range: `$__interval` is range / max data points, never under the scrape
 * interval (the datasource's "scrape interval" setting) or the panel's min interval; `$__rate_interval` is
 * max(4 x scrape interval, $__interval + scrape interval).
 */
export function timeMacros(fromMs: number, toMs: number, scrapeIntervalMs: number, maxDataPoints = 1000, minIntervalMs = 0): TimeMacros {
  const lowest = Math.max(scrapeIntervalMs, minIntervalMs);
  const intervalMs = Math.max(lowest, Math.ceil((toMs - fromMs) / maxDataPoints / 1000) * 1000);
  return { fromMs, toMs, intervalMs, rateIntervalMs: Math.max(4 * scrapeIntervalMs, intervalMs + scrapeIntervalMs) };
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)}s`;
}

function macroValue(name: string, macros: TimeMacros): string | undefined {
  const rangeMs = macros.toMs - macros.fromMs;
  switch (name) {
    case '__interval':
      return seconds(macros.intervalMs);
    case '__interval_ms':
      return String(macros.intervalMs);
    case '__rate_interval':
      return seconds(macros.rateIntervalMs);
    case '__range':
      return seconds(rangeMs);
    case '__range_s':
      return String(Math.round(rangeMs / 1000));
    case '__range_ms':
      return String(rangeMs);
    default:
      return undefined;
  }
}

export interface VariableValue {
  readonly values: readonly string[];
  /** Set when All is selected and the variable has a custom all value, which Grafana inserts verbatim. */
  readonly allValue?: string;
  readonly multi: boolean;
  readonly includeAll: boolean;
}

export type VariableValues = ReadonlyMap<string, VariableValue>;

const regexSpecials = /[$^*{}[\]'+?.()|]/g;

/** The Prometheus datasource's escaping: `\\` and quotes for single values, regex escapes for multi-value ones. */
function prometheusFormat(variable: VariableValue): string {
  if (variable.allValue !== undefined) return variable.allValue;
  if (!variable.multi && !variable.includeAll) return (variable.values[0] ?? '').replace(/\\/g, '\\\\').replace(/'/g, "\\\\'");
  const escaped = variable.values.map((value) => value.replace(/\\/g, '\\\\\\\\').replace(regexSpecials, '\\\\$&'));
  return escaped.length === 1 ? escaped[0] : `(${escaped.join('|')})`;
}

function formatValue(name: string, variable: VariableValue, format: string | undefined): string {
  if (format === undefined) return prometheusFormat(variable);
  if (variable.allValue !== undefined && format !== 'text') return variable.allValue;
  switch (format) {
    case 'raw':
    case 'csv':
    case 'text':
      return variable.values.join(',');
    case 'pipe':
      return variable.values.join('|');
    case 'regex': {
      const escaped = variable.values.map((value) => value.replace(/[\\^$*+?.()|[\]{}/]/g, '\\$&'));
      return escaped.length === 1 ? escaped[0] : `(${escaped.join('|')})`;
    }
    default:
      throw new Error(`variable format \${${name}:${format}} is not one this harness reproduces`);
  }
}

const variablePattern = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\$\{(\w+)(?::([^}]+))?\}/g;

/**
 * Replaces `$var`, `${var}`, `${var:format}`, `[[var]]` and the `$__` time macros as Grafana does.
 * Names that are neither a variable nor a macro stay as written (`$1` in `label_replace`).
 */
export function interpolate(expr: string, variables: VariableValues, macros: TimeMacros): string {
  return expr.replace(variablePattern, (whole, plain, bracket, bracketFormat, braced, bracedFormat) => {
    const name: string = plain ?? bracket ?? braced;
    const format: string | undefined = bracketFormat ?? bracedFormat;
    if (name.startsWith('__')) {
      const value = macroValue(name, macros);
      if (value === undefined) throw new Error(`macro $${name} is not one this harness reproduces`);
      return value;
    }
    const variable = variables.get(name);
    return variable === undefined ? whole : formatValue(name, variable, format);
  });
}

/** Fetches label values as Grafana's Prometheus variable support does: `/api/v1/label/<label>/values?match[]=<selector>`. */
export type LabelValuesLookup = (label: string, match: string | undefined) => Promise<string[]>;

function parseLabelValues(query: string): { label: string; match?: string } {
  const call = /^\s*label_values\(\s*(.*?)\s*\)\s*$/s.exec(query);
  if (call === null) throw new Error(`variable query "${query}" is not label_values(...), the only kind this harness runs`);
  const args = call[1];
  const comma = args.lastIndexOf(',');
  if (comma < 0) return { label: args };
  return { match: args.slice(0, comma).trim(), label: args.slice(comma + 1).trim() };
}

function applyRegex(values: string[], regex: unknown): string[] {
  if (typeof regex !== 'string' || regex === '') return values;
  const body = /^\/(.*)\/([gimsuy]*)$/s.exec(regex);
  const pattern = body === null ? new RegExp(regex) : new RegExp(body[1], body[2].replace('g', ''));
  return values.flatMap((value) => {
    const found = pattern.exec(value);
    if (found === null) return [];
    return [found[1] ?? value];
  });
}

/** The variable's settings: the variable object in v1, its `spec` in v2. */
function settingsOf(variable: VariableInfo): Readonly<Record<string, unknown>> {
  return isJsonObject(variable.raw.spec) ? variable.raw.spec : variable.raw;
}

function staticValues(variable: VariableInfo): string[] {
  const raw = settingsOf(variable);
  if (Array.isArray(raw.options) && raw.options.length > 0) {
    return raw.options
      .map((option) => (option as { value?: unknown }).value)
      .filter((value): value is string => typeof value === 'string' && value !== '$__all');
  }
  const query = typeof raw.query === 'string' ? raw.query : (variable.query ?? '');
  return query.split(',').map((value) => value.trim()).filter((value) => value !== '');
}

/** The saved selection (`current.value`, one value or several), when every value of it is still an option. */
function savedSelection(settings: Readonly<Record<string, unknown>>, options: readonly string[]): string[] | undefined {
  const saved = (settings.current as { value?: unknown } | undefined)?.value;
  const values = (Array.isArray(saved) ? saved : [saved]).filter((value): value is string => typeof value === 'string' && value !== '');
  if (values.length === 0 || values.includes('$__all')) return undefined;
  return values.every((value) => options.includes(value)) ? values : undefined;
}

/**
 * Resolves every variable of a dashboard the way Grafana would on first load: the saved selection where it is
 * still among the options, else All where the variable offers All, and the first value otherwise; query variables run against Prometheus in order, so
 * that chained variables see the values before them. `selected` picks values instead, as a user would
 * (`agent_type` = `planner`); a selected value need not be among the variable's options.
 */
export async function resolveVariables(
  dashboard: DashboardInfo,
  lookup: LabelValuesLookup,
  macros: TimeMacros,
  selected: ReadonlyMap<string, readonly string[]> = new Map(),
): Promise<Map<string, VariableValue>> {
  const resolved = new Map<string, VariableValue>();
  for (const variable of dashboard.variables) {
    const settings = settingsOf(variable);
    let values: string[];
    // The selected datasource, else the plugin it stands for (v1 `query`, v2 `pluginId`): the default one of that type.
    if (variable.type === 'datasource') values = [String((settings.current as { value?: unknown } | undefined)?.value || variable.query || settings.pluginId || '')];
    else if (variable.type === 'adhoc') continue;
    else if (variable.type === 'query') {
      const { label, match } = parseLabelValues(interpolate(variable.query ?? '', resolved, macros));
      values = applyRegex(await lookup(label, match), settings.regex);
    } else values = staticValues(variable);
    const allValue = typeof settings.allValue === 'string' && settings.allValue !== '' ? settings.allValue : undefined;
    const chosen = selected.get(variable.name);
    if (chosen !== undefined) {
      resolved.set(variable.name, { values: chosen, multi: variable.multi, includeAll: variable.includeAll });
      continue;
    }
    const saved = savedSelection(settings, values);
    if (saved !== undefined) {
      resolved.set(variable.name, { values: saved, multi: variable.multi, includeAll: variable.includeAll });
      continue;
    }
    const all = variable.includeAll;
    resolved.set(variable.name, {
      values: all ? values : values.slice(0, 1),
      allValue: all ? allValue : undefined,
      multi: variable.multi,
      includeAll: variable.includeAll,
    });
  }
  return resolved;
}
