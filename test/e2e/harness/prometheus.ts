import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PrometheusQueries, type PromQueryData, prometheusClient } from '../../../src/grafana/prometheus-api.ts';
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
