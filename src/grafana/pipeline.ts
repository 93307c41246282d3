/**
 * Grafana's data pipeline for a dashboard's Prometheus panels, without a Grafana server: each query as Grafana
 * sends it (variables and macros replaced, instant or range), the answers turned into frames as the Prometheus
 * datasource does, the panel's transformations applied with `@grafana/data`, and what the panel would draw.
 */
import type { DashboardInfo, PanelInfo, QueryInfo } from '../dashboard/model.ts';
import { isJsonObject } from '../json/object.ts';
import { parseDuration } from '../text/duration.ts';
import { describeDrawing, type PanelDrawing, seriesCount } from './drawing.ts';
import { type PrometheusAnswer, type PrometheusTarget, prometheusFrames } from './frames.ts';
import type { DataFrame } from './grafana-data.ts';
import { PrometheusRequestError, type PrometheusQueries } from './prometheus-api.ts';
import { applyTransformations, TransformationError } from './transform.ts';
import { interpolate, type TimeMacros, timeMacros, type VariableValues } from './variables.ts';

export interface PipelineOptions {
  readonly prometheus: PrometheusQueries;
  /** The dashboard's variables at the values to draw with (`resolveVariables`). */
  readonly variables: VariableValues;
  /** The time range, unix milliseconds. */
  readonly fromMs: number;
  readonly toMs: number;
  /** The datasource's scrape interval (its `timeInterval`): the floor of `$__interval` and the base of `$__rate_interval`. */
  readonly scrapeIntervalMs: number;
  /** Grafana asks for about one point per pixel; 1000 stands for a wide panel. */
  readonly maxDataPoints?: number;
}

export interface PanelData {
  readonly panel: PanelInfo;
  /** The queries as sent, by refId (an `-Instant` refId for the instant half of a query run both ways). */
  readonly queries: readonly { readonly refId: string; readonly mode: 'instant' | 'range'; readonly expr: string }[];
  /** The frames the datasource hands the panel, before its transformations. */
  readonly received: readonly DataFrame[];
  /** The frames the panel draws from. */
  readonly frames: readonly DataFrame[];
  readonly drawing: PanelDrawing;
  /** Why the panel has no frames: a query Prometheus refused, or a transformation that cannot be applied. */
  readonly failure?: string;
}

/** The Prometheus queries Grafana runs for a panel: those with a PromQL `expr` that is not blank or hidden. */
export function prometheusQueries(panel: PanelInfo): QueryInfo[] {
  return panel.queries.filter((query) => query.expr !== undefined && query.expr.trim() !== '' && query.hidden !== true);
}

/** `"30s"`, `"1m"`, `"500ms"` as milliseconds; 0 for anything else (Grafana ignores a min interval it cannot read). */
export function durationMs(text: unknown): number {
  return (typeof text === 'string' ? parseDuration(text) : undefined) ?? 0;
}

/**
 * The panel's transformations as v1 writes them (`{id, options}`). v2beta1 writes
 * `{kind: "Transformation", group: <id>, spec: {options}}`, earlier v2 drafts `{kind: <id>, spec: {id, options}}`.
 */
export function panelTransformations(panel: PanelInfo): unknown {
  const data = isJsonObject(panel.raw.spec) && isJsonObject(panel.raw.spec.data) ? panel.raw.spec.data.spec : undefined;
  if (!isJsonObject(data)) return panel.raw.transformations;
  if (!Array.isArray(data.transformations)) return data.transformations;
  return data.transformations.map((entry) => {
    if (!isJsonObject(entry) || !isJsonObject(entry.spec)) return entry;
    const id = entry.group ?? entry.spec.id ?? (entry.kind === 'Transformation' ? undefined : entry.kind);
    return { ...entry.spec, id };
  });
}

/** The panel's query options: v1 keeps `interval` on the panel, v2 in `data.spec.queryOptions`. */
function panelQueryOptions(panel: PanelInfo): { readonly interval?: unknown } {
  const data = isJsonObject(panel.raw.spec) && isJsonObject(panel.raw.spec.data) ? panel.raw.spec.data.spec : undefined;
  return isJsonObject(data) ? (isJsonObject(data.queryOptions) ? data.queryOptions : {}) : panel.raw;
}

interface Run {
  readonly target: PrometheusTarget;
  readonly mode: 'instant' | 'range';
}

/**
 * How the datasource runs a query: instant, range (also when neither is set), or both, the instant half under
 * the refId `<refId>-Instant` (its `processTargetV2`).
 */
function runsOf(query: QueryInfo, expr: string): Run[] {
  const target = { refId: query.refId, expr, format: query.format, legendFormat: query.legendFormat };
  if (query.instant === true && query.range === true) {
    return [
      { target, mode: 'range' },
      { target: { ...target, refId: `${query.refId}-Instant` }, mode: 'instant' },
    ];
  }
  return [{ target, mode: query.instant === true ? 'instant' : 'range' }];
}

/** Grafana's backend aligns a range query's start and end down to a multiple of the step. */
const alignDown = (ms: number, stepMs: number): number => Math.floor(ms / stepMs) * stepMs;

async function ask(prometheus: PrometheusQueries, run: Run, macros: TimeMacros): Promise<PrometheusAnswer> {
  const stepMs = macros.intervalMs;
  const data =
    run.mode === 'instant'
      ? await prometheus.instant(run.target.expr, macros.toMs / 1000)
      : await prometheus.range(run.target.expr, alignDown(macros.fromMs, stepMs) / 1000, alignDown(macros.toMs, stepMs) / 1000, stepMs / 1000);
  return { target: run.target, data, stepMs };
}

/**
 * Runs one panel through the pipeline; undefined for a panel without Prometheus queries. A query Prometheus
 * refuses and a transformation that cannot be applied are problems of the panel; an unreachable Prometheus
 * throws (`PrometheusRequestError`), since no panel can be judged then.
 */
export async function panelData(panel: PanelInfo, options: PipelineOptions): Promise<PanelData | undefined> {
  const queries = prometheusQueries(panel);
  if (queries.length === 0) return undefined;
  const macros = timeMacros(options.fromMs, options.toMs, options.scrapeIntervalMs, options.maxDataPoints, durationMs(panelQueryOptions(panel).interval));
  const runs = queries.flatMap((query) => runsOf(query, interpolate(query.expr ?? '', options.variables, macros)));
  const sent = runs.map((run) => ({ refId: run.target.refId, mode: run.mode, expr: run.target.expr }));
  const failed = (problem: string): PanelData => ({
    panel,
    queries: sent,
    received: [],
    frames: [],
    drawing: { line: `${panel.title}: nothing (${problem})`, problems: [problem] },
    failure: problem,
  });
  const answers: PrometheusAnswer[] = [];
  for (const run of runs) {
    try {
      answers.push(await ask(options.prometheus, run, macros));
    } catch (error) {
      if (error instanceof PrometheusRequestError && error.kind === 'refused') return failed(`query ${run.target.refId} failed: ${error.message}`);
      throw error;
    }
  }
  const received = prometheusFrames(answers, runs.map((run) => run.target));
  let frames: DataFrame[];
  try {
    // The transformations get their own copy: transformers may change the frames they are given.
    frames = await applyTransformations(structuredClone(received), panelTransformations(panel));
  } catch (error) {
    if (error instanceof TransformationError) return failed(error.message);
    throw error;
  }
  const drawing = describeDrawing(panel, frames, { seriesCount: seriesCount(received), queryTexts: sent.map((query) => query.expr) });
  return { panel, queries: sent, received, frames, drawing };
}

/** Every Prometheus panel of a dashboard, in order; `only` narrows them (for example to node graphs). */
export async function dashboardData(dashboard: DashboardInfo, options: PipelineOptions, only: (panel: PanelInfo) => boolean = () => true): Promise<PanelData[]> {
  const results: PanelData[] = [];
  for (const panel of dashboard.panels.filter(only)) {
    const data = await panelData(panel, options);
    if (data !== undefined) results.push(data);
  }
  return results;
}
