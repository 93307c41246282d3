/**
 * `preview --data <url>` and `diff --svg <file> --data <url>`: pictures of dashboards drawn with the data a
 * Prometheus holds, through Grafana's data pipeline. Everything is queried before anything is written, so an
 * unreachable Prometheus (exit 2) leaves the output folder as it was.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { DashboardInfo, PanelInfo } from '../../dashboard/model.ts';
import { prometheusClient, type PrometheusQueries } from '../../grafana/prometheus-api.ts';
import { writeAtomically } from '../../output/write.ts';
import {
  collectDashboardData,
  type DashboardData,
  dashboardRangeMs,
  DataSourceError,
  type DataWindow,
  newestScrapeMs,
  type DiffData,
  renderDataDiff,
  renderDataPreviews,
} from '../../preview/data/index.ts';
import type { DashboardDiff } from '../../diff/model.ts';
import { parseDuration } from '../../text/duration.ts';
import { plural } from '../../text/plural.ts';
import { printableLine } from '../../text/printable.ts';
import type { CliContext } from '../command.ts';
import { exitCodes, UserError } from '../io.ts';

export interface DataOptions {
  readonly data?: string;
  readonly from?: string;
  readonly at?: string;
  readonly scrapeInterval: string;
}

/** Grafana's scrape interval when the datasource does not set one. */
const defaultScrapeInterval = '15s';

/** Adds `--data`, `--from`, `--at` and `--scrape-interval` to a command that draws pictures. */
export function addDataOptions(command: Command): Command {
  return command
    .option('--data <prometheus-url>', 'draw every panel with the data of this Prometheus (its queries run as Grafana runs them)')
    .option('--from <duration>', "with --data: how far back the window reaches (15m, 1h, 2d; default: each dashboard's own time range)")
    .option('--at <unix-seconds>', 'with --data: the end of the window (default: the newest scrape Prometheus holds)')
    .option('--scrape-interval <duration>', "with --data: the datasource's scrape interval, the floor of $__interval and base of $__rate_interval", defaultScrapeInterval);
}

/** Where the data comes from and the window's fixed parts, checked before any query is sent. */
export interface DataSource {
  readonly prometheus: PrometheusQueries;
  /** The Prometheus as messages name it: origin and path, never credentials. */
  readonly where: string;
  readonly toMs: number;
  readonly fromMs?: number;
  readonly scrapeIntervalMs: number;
}

/** Reads the data options; undefined without `--data`. Usage errors (exit 2) name the option. */
export async function dataSource(options: DataOptions): Promise<DataSource | undefined> {
  if (options.data === undefined) {
    const stray = (['from', 'at'] as const).find((name) => options[name] !== undefined);
    if (stray !== undefined) throw new UserError(`--${stray} needs --data <prometheus-url>`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(options.data);
  } catch {
    throw new UserError(printableLine(`--data: "${options.data}" is not a URL (for example http://127.0.0.1:9090)`));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError(printableLine(`--data: ${url.protocol} is not http or https`));
  // Never echoed: the message names the host only.
  if (url.username !== '' || url.password !== '') throw new UserError(printableLine(`--data: credentials in the URL are not supported (${url.host}); use a Prometheus reachable without them`));
  const where = `Prometheus at ${url.origin}${url.pathname.replace(/\/$/, '')}`;
  const scrapeIntervalMs = parseDuration(options.scrapeInterval);
  if (scrapeIntervalMs === undefined) throw new UserError(printableLine(`--scrape-interval: "${options.scrapeInterval}" is not a duration such as 15s or 1m`));
  const rangeMs = options.from === undefined ? undefined : parseDuration(options.from);
  if (options.from !== undefined && rangeMs === undefined) throw new UserError(printableLine(`--from: "${options.from}" is not a duration such as 15m, 1h or 2d`));
  if (options.at !== undefined && !/^\d+(\.\d+)?$/.test(options.at)) throw new UserError(printableLine(`--at: "${options.at}" is not unix seconds (such as 1767225600)`));
  const prometheus = prometheusClient(url.href);
  const toMs = options.at !== undefined ? Math.round(Number(options.at) * 1000) : await newestScrapeMs(prometheus, where).catch(asUserError);
  return { prometheus, where, toMs, fromMs: rangeMs === undefined ? undefined : toMs - rangeMs, scrapeIntervalMs };
}

function asUserError(error: unknown): never {
  if (error instanceof DataSourceError) throw new UserError(printableLine(error.message));
  throw error;
}

/** The window a dashboard is drawn over: `--from`, else the dashboard's own range, up to the fixed end. */
export function windowFor(dashboard: DashboardInfo, source: DataSource): DataWindow {
  return { fromMs: source.fromMs ?? source.toMs - dashboardRangeMs(dashboard), toMs: source.toMs, scrapeIntervalMs: source.scrapeIntervalMs };
}

/** Every panel of the dashboard run against the source; an unreachable Prometheus is a usage error (exit 2). */
export function collectData(dashboard: DashboardInfo, source: DataSource): Promise<DashboardData> {
  return collectDashboardData(dashboard, source.prometheus, windowFor(dashboard, source)).catch(asUserError);
}

/** A file name for a tab: `Overview` -> `overview`; unique within the dashboard. */
function tabFileNames(tabs: readonly (string | undefined)[]): string[] {
  const used = new Set<string>();
  return tabs.map((tab, index) => {
    const base = (tab ?? 'panels').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || `tab-${index + 1}`;
    let name = base;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}-${suffix}`;
    used.add(name);
    return name;
  });
}

/** Lists on stderr the panels that show "No data" (exit code unchanged) and those that could not run (exit 1). */
export function reportPanels(data: readonly DashboardData[], noData: readonly { file: string; panel: PanelInfo }[], context: CliContext): void {
  const where = (file: string, panel: PanelInfo) => `${file}${panel.tab === undefined ? '' : `, tab "${panel.tab}"`}`;
  for (const { file, panel } of noData) context.io.stderr(`${printableLine(`no data: panel "${panel.title}" (${where(file, panel)})`)}\n`);
  for (const dashboard of data) {
    for (const [panel, result] of dashboard.panels) {
      if (result.failure === undefined) continue;
      context.io.stderr(`${printableLine(`error: panel "${panel.title}" (${where(dashboard.dashboard.file, panel)}): ${result.failure}`)}\n`);
      context.exit(exitCodes.findings);
    }
  }
  if (noData.length > 0) context.io.stderr(`${plural(noData.length, 'panel')} ${noData.length === 1 ? 'shows' : 'show'} "No data".\n`);
}

export interface DataPictureInput {
  readonly dashboard: DashboardInfo;
  /** The layout picture's path inside the output folder (`dashboards/x.svg`); the tabs go in `dashboards/x/`. */
  readonly picture: string;
}

/** `preview --data`: one picture per tab of each dashboard, all queried first, then written. */
export async function writeDataPreviews(inputs: readonly DataPictureInput[], source: DataSource, out: string, context: CliContext): Promise<void> {
  const collected: DashboardData[] = [];
  for (const input of inputs) collected.push(await collectData(input.dashboard, source));
  const files: { target: string; svg: string }[] = [];
  const noData: { file: string; panel: PanelInfo }[] = [];
  inputs.forEach((input, index) => {
    const pictures = renderDataPreviews(collected[index]);
    const names = tabFileNames(pictures.map((picture) => picture.tab));
    const folder = input.picture.replace(/\.svg$/, '');
    pictures.forEach((picture, tabIndex) => {
      files.push({ target: `${out.replace(/\/+$/, '')}/${folder}/${names[tabIndex]}.svg`, svg: picture.svg });
      noData.push(...picture.noData.map((panel) => ({ file: input.dashboard.file, panel })));
    });
  });
  for (const { target, svg } of files) {
    await writeAtomically(resolve(context.io.cwd, target), svg).catch((error: Error) => {
      throw new UserError(`--out ${out}: cannot write ${target}: ${error.message}`);
    });
    context.io.stdout(`${printableLine(target)}\n`);
  }
  reportPanels(collected, noData, context);
}

/**
 * `diff --svg <file> --data`: the changed dashboards before and after, each side drawn with the data, over the
 * same window. Queried in full before the caller writes anything.
 */
export async function dataDiffPicture(diffs: readonly DashboardDiff[], source: DataSource, context: CliContext): Promise<string> {
  const entries: DiffData[] = [];
  const collected: DashboardData[] = [];
  for (const diff of diffs.filter((candidate) => candidate.status !== 'unchanged')) {
    const before = diff.before && (await collectData(diff.before, source));
    const after = diff.after && (await collectData(diff.after, source));
    collected.push(...[before, after].filter((side): side is DashboardData => side !== undefined));
    entries.push({ diff, before, after });
  }
  const { svg, noData } = renderDataDiff(entries);
  reportPanels(collected, noData, context);
  return svg;
}
