import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PrometheusQueries, type PromQueryData, prometheusClient } from '../../../src/grafana/prometheus-api.ts';
import { endedEarly, freePort, type ManagedProcess, startProcess, waitFor } from './processes.ts';

/** The path of the first `name` (`prometheus`, `promtool`) on PATH; undefined when there is none. */
export function findTool(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' ? path : undefined;
}

/** The Prometheus binary to run: Debian's, or the first `prometheus` on PATH; undefined when there is none. */
export function findPrometheus(): string | undefined {
  return findTool('prometheus');
}

export interface ScrapeTarget {
  readonly job: string;
  /** `host:port` */
  readonly address: string;
}

export interface PromSample {
  readonly metric: Readonly<Record<string, string>>;
  /** [unix seconds, value as text] pairs; one pair for instant queries. */
  readonly values: readonly (readonly [number, string])[];
}

export interface QueryResult {
  readonly resultType: string;
  readonly series: readonly PromSample[];
}

export interface RunningPrometheus {
  readonly url: string;
  readonly scrapeIntervalSeconds: number;
  readonly process: ManagedProcess;
  /** The HTTP API as Prometheus answers it, for Grafana's data pipeline. */
  readonly client: PrometheusQueries;
  instant(expr: string, timeSeconds: number): Promise<QueryResult>;
  range(expr: string, startSeconds: number, endSeconds: number, stepSeconds: number): Promise<QueryResult>;
  /** Values of a label, as Grafana's `label_values(metric, label)` fetches them. */
  labelValues(label: string, match: string | undefined): Promise<string[]>;
  stop(): Promise<void>;
}

function toResult(data: PromQueryData): QueryResult {
  if (data.resultType === 'vector' || data.resultType === 'matrix') {
    const series = data.result.map((entry) => ({ metric: entry.metric, values: entry.values ?? (entry.value === undefined ? [] : [entry.value]) }));
    return { resultType: data.resultType, series };
  }
  return { resultType: data.resultType, series: [{ metric: {}, values: [data.result] }] };
}

/**
 * Starts our own Prometheus on a free 127.0.0.1 port with a temporary TSDB, scraping `targets` and evaluating the
 * rule files given (absolute paths), as often as it scrapes.
 */
export async function startPrometheus(
  binary: string,
  targets: readonly ScrapeTarget[],
  scrapeIntervalSeconds = 1,
  ruleFiles: readonly string[] = [],
): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'tta-e2e-prometheus-'));
  const port = await freePort();
  const config = [
    'global:',
    `  scrape_interval: ${scrapeIntervalSeconds}s`,
    `  scrape_timeout: ${scrapeIntervalSeconds}s`,
    `  evaluation_interval: ${scrapeIntervalSeconds}s`,
    ...(ruleFiles.length === 0 ? [] : ['rule_files:', ...ruleFiles.map((file) => `  - ${JSON.stringify(file)}`)]),
    'scrape_configs:',
    ...targets.flatMap((target) => [`  - job_name: ${target.job}`, '    static_configs:', `      - targets: ['${target.address}']`]),
    '',
  ].join('\n');
  writeFileSync(join(dir, 'prometheus.yml'), config);
  const process = startProcess(
    'prometheus',
    binary,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    dir,
  );
  const url = `http://127.0.0.1:${port}`;
  const client = prometheusClient(url);
  const running: RunningPrometheus = {
    url,
    scrapeIntervalSeconds,
    process,
    client,
    instant: async (expr, time) => toResult(await client.instant(expr, time)),
    range: async (expr, start, end, step) => toResult(await client.range(expr, start, end, step)),
    labelValues: (label, match) => client.labelValues(label, match),
    async stop() {
      await process.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitFor(
      'Prometheus to be ready',
      async () => {
        const response = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
        return response.ok ? true : undefined;
      },
      { timeoutMs: 15_000, gaveUp: endedEarly(process) },
    );
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

export interface BackfilledPrometheus {
  readonly url: string;
  readonly server: ManagedProcess;
}

/**
 * Starts a Prometheus that scrapes nothing over fixed series: `openMetrics` is written into a fresh TSDB under `work`
 * with `promtool tsdb create-blocks-from openmetrics`, so every run queries exactly the same data. It is ready once
 * `readyQuery` (evaluated at `readyAtSeconds`, else now) returns a series. The caller stops `server`.
 */
export async function startBackfilledPrometheus(
  tools: { readonly prometheus: string; readonly promtool: string },
  work: string,
  openMetrics: string,
  readyQuery: string,
  readyAtSeconds?: number,
): Promise<BackfilledPrometheus> {
  writeFileSync(join(work, 'series.om'), openMetrics);
  const data = join(work, 'tsdb');
  mkdirSync(data);
  const created = spawnSync(tools.promtool, ['tsdb', 'create-blocks-from', 'openmetrics', join(work, 'series.om'), data], { encoding: 'utf8', timeout: 30_000 });
  if (created.status !== 0) throw new Error(`promtool tsdb create-blocks-from openmetrics failed: ${created.stderr}`);
  writeFileSync(join(work, 'prometheus.yml'), 'global:\n  scrape_interval: 15s\n');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startProcess('prometheus', tools.prometheus, [`--config.file=${join(work, 'prometheus.yml')}`, `--storage.tsdb.path=${data}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'], work);
  const time = readyAtSeconds === undefined ? '' : `&time=${readyAtSeconds}`;
  try {
    await waitFor(
      `Prometheus with the fixed series (${readyQuery})`,
      async () => ((await (await fetch(`${url}/api/v1/query?query=${encodeURIComponent(readyQuery)}${time}`, { signal: AbortSignal.timeout(1000) })).json()) as { data?: { result?: unknown[] } }).data?.result?.length ? true : undefined,
      { timeoutMs: 20_000, gaveUp: endedEarly(server) },
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, server };
}
