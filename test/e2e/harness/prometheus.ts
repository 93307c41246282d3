import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endedEarly, freePort, type ManagedProcess, startProcess, waitFor } from './processes.ts';

/** The Prometheus binary to run: Debian's, or the first `prometheus` on PATH; undefined when there is none. */
export function findPrometheus(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v prometheus'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' ? path : undefined;
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
  instant(expr: string, timeSeconds: number): Promise<QueryResult>;
  range(expr: string, startSeconds: number, endSeconds: number, stepSeconds: number): Promise<QueryResult>;
  /** Values of a label, as Grafana's `label_values(metric, label)` fetches them. */
  labelValues(label: string, match: string | undefined): Promise<string[]>;
  stop(): Promise<void>;
}

interface ApiAnswer {
  status: string;
  error?: string;
  data?: unknown;
}

async function api(base: string, path: string, params: Record<string, string>): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    body: new URLSearchParams(params),
    signal: AbortSignal.timeout(10_000),
  });
  const answer = (await response.json()) as ApiAnswer;
  if (answer.status !== 'success') throw new Error(`${path} ${JSON.stringify(params)}: ${answer.error ?? response.status}`);
  return answer.data;
}

function toResult(data: unknown): QueryResult {
  const { resultType, result } = data as { resultType: string; result: unknown };
  if (resultType === 'scalar') return { resultType, series: [{ metric: {}, values: [result as [number, string]] }] };
  const series = (result as { metric: Record<string, string>; value?: [number, string]; values?: [number, string][] }[]).map(
    (entry) => ({ metric: entry.metric, values: entry.values ?? (entry.value === undefined ? [] : [entry.value]) }),
  );
  return { resultType, series };
}

/** Starts our own Prometheus on a free 127.0.0.1 port with a temporary TSDB, scraping `targets`. */
export async function startPrometheus(binary: string, targets: readonly ScrapeTarget[], scrapeIntervalSeconds = 1): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'tta-e2e-prometheus-'));
  const port = await freePort();
  const config = [
    'global:',
    `  scrape_interval: ${scrapeIntervalSeconds}s`,
    `  scrape_timeout: ${scrapeIntervalSeconds}s`,
    `  evaluation_interval: ${scrapeIntervalSeconds}s`,
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
  const running: RunningPrometheus = {
    url,
    scrapeIntervalSeconds,
    process,
    instant: async (expr, time) => toResult(await api(url, '/api/v1/query', { query: expr, time: String(time) })),
    range: async (expr, start, end, step) =>
      toResult(await api(url, '/api/v1/query_range', { query: expr, start: String(start), end: String(end), step: String(step) })),
    labelValues: async (label, match) => {
      const path = `/api/v1/label/${encodeURIComponent(label)}/values${match === undefined ? '' : `?${new URLSearchParams({ 'match[]': match })}`}`;
      const response = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(10_000) });
      const answer = (await response.json()) as ApiAnswer;
      if (answer.status !== 'success') throw new Error(`${path}: ${answer.error ?? response.status}`);
      return answer.data as string[];
    },
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
