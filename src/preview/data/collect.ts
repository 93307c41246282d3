/**
 * The data a dashboard's previews are drawn from: every Prometheus panel run through Grafana's pipeline
 * (`src/grafana/`) over one time window, with the variables at their defaults.
 *
 * The window ends at a fixed instant taken from the data, never from the clock: the newest scrape Prometheus
 * holds (`max(timestamp(up))`), or `--at`. The same data therefore gives the same picture, whenever and
 * wherever it is drawn.
 */
import type { DashboardInfo, PanelInfo } from '../../dashboard/model.ts';
import { type PanelData, panelData, type PipelineOptions, prometheusQueries } from '../../grafana/pipeline.ts';
import { type PrometheusQueries, type PromQueryData, PrometheusRequestError, type PromSeries } from '../../grafana/prometheus-api.ts';
import { resolveVariables, timeMacros } from '../../grafana/variables.ts';
import { compareText } from '../../text/compare.ts';
import { parseDuration } from '../../text/duration.ts';

export interface DataWindow {
  /** Unix milliseconds. */
  readonly fromMs: number;
  readonly toMs: number;
  /** The datasource's scrape interval: the floor of `$__interval`, the base of `$__rate_interval`. */
  readonly scrapeIntervalMs: number;
}

export interface DashboardData {
  readonly dashboard: DashboardInfo;
  readonly window: DataWindow;
  /** Each Prometheus panel's data; panels without Prometheus queries are absent. */
  readonly panels: ReadonlyMap<PanelInfo, PanelData>;
  /** `$job = All`, as the variables were resolved. */
  readonly variables: readonly string[];
}

/** A problem with the Prometheus the pictures are drawn from: unreachable, or holding no scrapes. */
export class DataSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataSourceError';
  }
}

/** How far back the dashboard opens (`time.from` = `now-6h`); one hour when it says nothing readable. */
export function dashboardRangeMs(dashboard: DashboardInfo): number {
  const from = (dashboard.settings.time as { from?: unknown } | undefined)?.from;
  const found = typeof from === 'string' ? /^now-(\w+)$/.exec(from.trim()) : null;
  return (found === null ? undefined : parseDuration(found[1])) ?? 3_600_000;
}

/** The newest scrape Prometheus holds, unix milliseconds. */
export async function newestScrapeMs(prometheus: PrometheusQueries, where: string): Promise<number> {
  const data = await asDataSourceError(() => prometheus.instant('max(timestamp(up))'));
  const sample = data.resultType === 'vector' ? data.result[0]?.value : undefined;
  const seconds = sample === undefined ? Number.NaN : Number(sample[1]);
  if (!Number.isFinite(seconds)) {
    throw new DataSourceError(`${where} holds no recent scrape (no \`up\` series in the last 5 minutes): give the end of the window with --at`);
  }
  return Math.round(seconds * 1000);
}

function isUnreachable(error: unknown): error is PrometheusRequestError {
  return error instanceof PrometheusRequestError && error.kind === 'unreachable';
}

async function asDataSourceError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // The message names the address already.
    if (isUnreachable(error)) throw new DataSourceError(error.message);
    throw error;
  }
}

const labelKey = (series: PromSeries): string =>
  Object.keys(series.metric)
    .sort(compareText)
    .map((name) => `${name}\u0000${series.metric[name]}`)
    .join('\u0001');

/** Queries whose order is their meaning: Prometheus keeps the order `sort()` and its kin give. */
const ordering = /\bsort(?:_desc|_by_label|_by_label_desc)?\s*\(/;

/**
 * Series in the order of their labels. Prometheus returns the series of an instant query in no fixed order
 * (aggregations go through a hash map), so two equal values could swap places from one run to the next;
 * range results it sorts itself, and the answers of sorting queries keep their order.
 */
function inStableOrder(expr: string, data: PromQueryData): PromQueryData {
  if (data.resultType !== 'vector' || ordering.test(expr)) return data;
  return { ...data, result: [...data.result].sort((a, b) => compareText(labelKey(a), labelKey(b))) };
}

function stableOrder(prometheus: PrometheusQueries): PrometheusQueries {
  return {
    instant: async (expr, time) => inStableOrder(expr, await prometheus.instant(expr, time)),
    range: async (expr, start, end, step) => inStableOrder(expr, await prometheus.range(expr, start, end, step)),
    labelValues: (label, match) => prometheus.labelValues(label, match),
  };
}

/**
 * One panel's data; a panel the pipeline cannot run (a macro or variable format it does not reproduce) carries
 * the reason as its failure, drawn in the panel, as a refused query is.
 */
async function panelDataOrFailure(panel: PanelInfo, options: PipelineOptions): Promise<PanelData | undefined> {
  try {
    return await panelData(panel, options);
  } catch (error) {
    if (isUnreachable(error) || !(error instanceof Error)) throw error;
    const problem = error.message;
    return { panel, queries: [], received: [], frames: [], drawing: { line: `${panel.title}: nothing (${problem})`, problems: [problem] }, failure: problem };
  }
}

/**
 * Runs every Prometheus panel of `dashboard` over `window`. An unreachable Prometheus, and variables that
 * cannot be resolved, are a `DataSourceError`: no picture of the dashboard would be right.
 */
export async function collectDashboardData(dashboard: DashboardInfo, prometheus: PrometheusQueries, window: DataWindow): Promise<DashboardData> {
  return asDataSourceError(async () => {
    const macros = timeMacros(window.fromMs, window.toMs, window.scrapeIntervalMs);
    const variables = await resolveVariables(dashboard, (label, match) => prometheus.labelValues(label, match), macros).catch((error: unknown) => {
      if (isUnreachable(error) || !(error instanceof Error)) throw error;
      throw new DataSourceError(`${dashboard.file}: cannot resolve the variables: ${error.message}`);
    });
    const options: PipelineOptions = { prometheus: stableOrder(prometheus), variables, ...window };
    const panels = new Map<PanelInfo, PanelData>();
    for (const panel of dashboard.panels.filter((candidate) => prometheusQueries(candidate).length > 0)) {
      const data = await panelDataOrFailure(panel, options);
      if (data !== undefined) panels.set(panel, data);
    }
    const shown = [...variables].map(([name, variable]) => `$${name} = ${variable.includeAll ? 'All' : variable.values.join(', ')}`);
    return { dashboard, window, panels, variables: shown };
  });
}
