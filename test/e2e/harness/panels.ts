/**
 * Runs every Prometheus query of a dashboard against a live Prometheus as Grafana would, and checks that
 * what comes back is data a panel can show: present, and inside the range the panel's unit implies.
 */
import { parser } from '@prometheus-io/lezer-promql';
import type { DashboardInfo, PanelInfo, QueryInfo } from '../../../src/dashboard/model.ts';
import { durationMs, prometheusQueries } from '../../../src/grafana/pipeline.ts';
import { interpolate, type TimeMacros, timeMacros, type VariableValues } from '../../../src/grafana/variables.ts';
import type { PromSample, QueryResult, RunningPrometheus } from './prometheus.ts';

export interface QueryReport {
  readonly panel: string;
  readonly panelType: string;
  readonly unit?: string;
  readonly refId: string;
  readonly mode: 'instant' | 'range';
  readonly expr: string;
  readonly series: number;
  readonly min?: number;
  readonly max?: number;
  /** NaN samples (0/0 in a ratio when a window saw no traffic). */
  readonly nan: number;
  readonly labels: readonly string[];
  readonly problems: readonly string[];
  /** The query reads only metrics the catalog marks planned, so no data is the expected answer. */
  readonly plannedOnly: boolean;
}

export interface PanelRunOptions {
  readonly prometheus: RunningPrometheus;
  readonly variables: VariableValues;
  readonly fromMs: number;
  readonly toMs: number;
  /** Series names of planned metrics: queries on them only are expected to be empty. */
  readonly plannedSeries: readonly string[];
}

function numbers(series: readonly PromSample[]): number[] {
  return series.flatMap((sample) => sample.values.map(([, value]) => Number(value.replace('Inf', 'Infinity'))));
}

/** The metric names of the vector selectors in a query. */
function selectedMetrics(expr: string): string[] {
  const names: string[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.name !== 'VectorSelector') return;
      const identifier = node.node.getChild('Identifier');
      if (identifier !== null) names.push(expr.slice(identifier.from, identifier.to));
    },
  });
  return names;
}

/** The query selects only series of planned metrics, so that no data is the expected answer. */
export function readsPlannedOnly(expr: string, plannedSeries: readonly string[]): boolean {
  const names = selectedMetrics(expr);
  return names.length > 0 && names.every((name) => plannedSeries.includes(name));
}

type Json = Readonly<Record<string, unknown>>;

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

/**
 * The unit Grafana shows a query's values in: an override for its frame (`byFrameRefID`), or for its table
 * column (`Value #B`, or the name an `organize` transformation renames it to), else the panel's unit.
 */
export function queryUnit(panel: PanelInfo, refId: string): string | undefined {
  const column = `Value #${refId}`;
  const names = new Set([column]);
  for (const transformation of list(panel.raw.transformations)) {
    const renames = (transformation.options as { renameByName?: Record<string, unknown> } | undefined)?.renameByName;
    const renamed = transformation.id === 'organize' ? renames?.[column] : undefined;
    if (typeof renamed === 'string') names.add(renamed);
  }
  const overrides = list((panel.raw.fieldConfig as Json | undefined)?.overrides);
  for (const override of overrides) {
    const matcher = override.matcher as { id?: unknown; options?: unknown } | undefined;
    const matches =
      (matcher?.id === 'byFrameRefID' && matcher.options === refId) ||
      (matcher?.id === 'byName' && typeof matcher.options === 'string' && names.has(matcher.options));
    const unit = list(override.properties).find((property) => property.id === 'unit')?.value;
    if (matches && typeof unit === 'string') return unit;
  }
  return panel.unit;
}

/** The value range a unit promises: ratios in [0, 1], percentages (and health scores) in [0, 100], money non-negative. */
function valueProblems(panel: PanelInfo, unit: string | undefined, values: readonly number[]): string[] {
  const finite = values.filter((value) => !Number.isNaN(value));
  const outside = (low: number, high: number): number[] => finite.filter((value) => value < low || value > high);
  const problems: string[] = [];
  const check = (low: number, high: number, what: string): void => {
    const bad = outside(low, high);
    if (bad.length > 0) problems.push(`${bad.length} values outside ${what} [${low}, ${high}], e.g. ${bad[0]}`);
  };
  if (unit === 'percentunit') check(0, 1, 'a ratio');
  if (unit === 'percent' || /health/i.test(panel.title)) check(0, 100, 'a percentage');
  if (unit?.startsWith('currency')) check(0, Number.POSITIVE_INFINITY, 'a cost');
  if (finite.some((value) => !Number.isFinite(value))) problems.push('infinite values');
  return problems;
}

function shapeProblems(panel: PanelInfo, result: QueryResult): string[] {
  if (panel.type === 'heatmap' && result.series.some((sample) => !('le' in sample.metric))) return ['heatmap series without `le`'];
  return [];
}

async function runQuery(options: PanelRunOptions, panel: PanelInfo, query: QueryInfo, macros: TimeMacros, mode: 'instant' | 'range'): Promise<QueryReport> {
  const expr = interpolate(query.expr ?? '', options.variables, macros);
  const plannedOnly = readsPlannedOnly(expr, options.plannedSeries);
  const unit = queryUnit(panel, query.refId);
  const base = { panel: panel.title, panelType: panel.type, unit, refId: query.refId, mode, expr, plannedOnly };
  let result: QueryResult;
  try {
    result =
      mode === 'instant'
        ? await options.prometheus.instant(expr, macros.toMs / 1000)
        : await options.prometheus.range(expr, macros.fromMs / 1000, macros.toMs / 1000, macros.intervalMs / 1000);
  } catch (error) {
    return { ...base, series: 0, nan: 0, labels: [], problems: [`query failed: ${(error as Error).message}`] };
  }
  const values = numbers(result.series);
  const finite = values.filter((value) => !Number.isNaN(value));
  const problems: string[] = [];
  if (plannedOnly) {
    if (result.series.length > 0) problems.push('reads only planned metrics but returned data');
  } else {
    if (result.series.length === 0) problems.push('no data');
    else if (finite.length === 0) problems.push('only NaN values');
    problems.push(...valueProblems(panel, unit, values), ...shapeProblems(panel, result));
  }
  const labels = [...new Set(result.series.flatMap((sample) => Object.keys(sample.metric)))].sort();
  return {
    ...base,
    series: result.series.length,
    min: finite.length === 0 ? undefined : Math.min(...finite),
    max: finite.length === 0 ? undefined : Math.max(...finite),
    nan: values.length - finite.length,
    labels,
    problems,
  };
}

/** Edges need `id`, `source`, `target`; nodes need `id` (Grafana's node graph field names). */
function nodeGraphProblems(panel: PanelInfo, reports: readonly QueryReport[]): string[] {
  const instant = reports.filter((report) => report.mode === 'instant' && report.series > 0);
  const has = (report: QueryReport, names: readonly string[]): boolean => names.every((name) => report.labels.includes(name));
  const problems: string[] = [];
  if (!instant.some((report) => has(report, ['id', 'source', 'target']))) problems.push(`${panel.title}: no edge query with id, source, target`);
  if (!instant.some((report) => has(report, ['id']) && !has(report, ['source']))) problems.push(`${panel.title}: no node query with id`);
  return problems;
}

export interface DashboardRun {
  readonly reports: readonly QueryReport[];
  /** Problems that concern a panel as a whole (node graph fields). */
  readonly panelProblems: readonly string[];
}

/** Every Prometheus query of every panel, instant, and also as a range query on time-series panels. */
export async function runDashboardQueries(dashboard: DashboardInfo, options: PanelRunOptions): Promise<DashboardRun> {
  const reports: QueryReport[] = [];
  const panelProblems: string[] = [];
  const scrapeMs = options.prometheus.scrapeIntervalSeconds * 1000;
  for (const panel of dashboard.panels) {
    const queries = prometheusQueries(panel);
    if (queries.length === 0) continue;
    const macros = timeMacros(options.fromMs, options.toMs, scrapeMs, 1000, durationMs(panel.raw.interval));
    const panelReports: QueryReport[] = [];
    for (const query of queries) {
      panelReports.push(await runQuery(options, panel, query, macros, 'instant'));
      if (panel.type === 'timeseries') panelReports.push(await runQuery(options, panel, query, macros, 'range'));
    }
    if (panel.type === 'nodeGraph') panelProblems.push(...nodeGraphProblems(panel, panelReports));
    reports.push(...panelReports);
  }
  return { reports, panelProblems };
}

function formatNumber(value: number | undefined): string {
  if (value === undefined) return '-';
  return Math.abs(value) >= 1000 || (value !== 0 && Math.abs(value) < 0.001) ? value.toExponential(2) : String(Number(value.toFixed(4)));
}

/** A fixed-width table: panel, type, unit, refId, mode, series count, value range, problems. */
export function formatReport(reports: readonly QueryReport[]): string {
  const rows = reports.map((report) => [
    report.panel,
    report.panelType,
    report.unit ?? '-',
    report.refId,
    report.mode,
    String(report.series),
    `${formatNumber(report.min)} .. ${formatNumber(report.max)}${report.nan > 0 ? ` (+${report.nan} NaN)` : ''}`,
    report.plannedOnly ? 'planned metric: empty as expected' : report.problems.length === 0 ? 'ok' : report.problems.join('; '),
  ]);
  const header = ['panel', 'type', 'unit', 'ref', 'mode', 'series', 'values', 'result'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
