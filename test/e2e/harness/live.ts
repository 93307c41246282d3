/**
 * The live stack the data pictures are drawn from: the demo (the real OpenTelemetry JS SDK behind the real
 * bin), the dashboards and SLO rules generated for its naming (`--profile otel-js`), and a real Prometheus
 * scraping the demo and evaluating the rules, until it holds a given number of scrapes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Project } from '../../../src/project.ts';
import { ruleFilePath } from '../../../src/rules/file.ts';
import { binArgs } from './bin.ts';
import { startDemoProcess, type DemoProcess } from './demo.ts';
import { type RunningPrometheus, startPrometheus } from './prometheus.ts';
import { endedEarly, waitFor } from './processes.ts';

export const demoJob = 'tta-demo';

export interface LiveStack {
  readonly demo: DemoProcess;
  readonly prometheus: RunningPrometheus;
  /** Where the otel-js dashboards and rules were generated (`dashboards/`, `v2/`, `rules/`). */
  readonly generated: string;
  /** Stops the demo and Prometheus and removes the generated files; safe to call twice. */
  stop(): Promise<void>;
  /** SIGKILL to both at once, for an `exit` handler. */
  kill(): void;
}

/** Starts the stack and waits for `scrapes` scrapes of the demo (one a second). */
export async function startLiveStack(root: string, project: Project, prometheusBinary: string, scrapes: number): Promise<LiveStack> {
  const generated = mkdtempSync(join(tmpdir(), 'tta-live-generated-'));
  const built = spawnSync(process.execPath, binArgs(root, '--profile', 'otel-js', '--out', generated), { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (built.status !== 0) {
    rmSync(generated, { recursive: true, force: true });
    throw new Error(`generate-dashboards --profile otel-js exited ${built.status}:\n${built.stderr}`);
  }
  const demo = await startDemoProcess(root, [], 15_000);
  let prometheus: RunningPrometheus | undefined;
  let stopped = false;
  const stack: LiveStack = {
    demo,
    get prometheus() {
      return prometheus!;
    },
    generated,
    async stop() {
      if (stopped) return;
      stopped = true;
      await prometheus?.stop();
      await demo.demo.stop();
      rmSync(generated, { recursive: true, force: true });
    },
    kill() {
      prometheus?.process.kill();
      demo.demo.kill();
    },
  };
  try {
    const rules = project.slos === undefined ? [] : [join(generated, ruleFilePath(project.slos))];
    prometheus = await startPrometheus(prometheusBinary, [{ job: demoJob, address: `127.0.0.1:${demo.port}` }], 1, rules);
    await waitFor(
      `${scrapes} scrapes of the demo`,
      async () => ((await prometheus!.instant(`count_over_time(up{job="${demoJob}"}[1h]) >= ${scrapes}`, Date.now() / 1000)).series.length > 0 ? true : undefined),
      { timeoutMs: scrapes * 1000 + 30_000, everyMs: 500, gaveUp: endedEarly(demo.demo) },
    );
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return stack;
}
