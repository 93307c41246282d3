/**
 * Issue 4: every panel shows live data. Starts the demo (the real OpenTelemetry JS SDK behind the real bin)
 * and a real Prometheus scraping it every second, then runs every query of every generated panel the way
 * Grafana would and checks what comes back.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import project from '../../dashboards.config.ts';
import type { DashboardInfo } from '../../src/dashboard/model.ts';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { findProfile } from '../../src/naming/profiles.ts';
import { type RuleFileDocument, ruleFilePath } from '../../src/rules/file.ts';
import { buildSeriesIndex } from '../../src/naming/series.ts';
import { runCapturing } from '../cli/capture.ts';
import { startDemoProcess } from './harness/demo.ts';
import { type DrawOptions, drawDashboard } from './harness/drawn.ts';
import { resolveVariables, timeMacros } from '../../src/grafana/variables.ts';
import { formatReport, runDashboardQueries } from './harness/panels.ts';
import { findPrometheus, type RunningPrometheus, startPrometheus } from './harness/prometheus.ts';
import { endedEarly, type ManagedProcess, waitFor } from './harness/processes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The service map panel as generated before issue 9's fix: the pipeline check must fail on it. */
const serviceMapBeforeFix = join(root, 'test/fixtures/grafana/service-map-before-fix.json');
const demoJob = 'tta-demo';
/** Scrapes before querying: enough samples for every $__rate_interval window and for increase() over $__range. */
const scrapesBeforeQuerying = 8;
// Time limits: set-up 70 s, queries 30 s, clean-up 15 s, so that even a hanging run ends within 2 minutes.

/** The classic dashboards `generate-dashboards --profile otel-js --out <dir>` writes: what Grafana provisions. */
async function generatedDashboards(outDir: string): Promise<DashboardInfo[]> {
  const { code, stderr } = await runCapturing(project, ['--profile', 'otel-js', '--out', outDir], root);
  if (code !== 0) throw new Error(`generate-dashboards --profile otel-js exited ${code}:\n${stderr}`);
  const folder = join(outDir, 'dashboards');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readDashboardText(readFileSync(join(folder, name), 'utf8'), join(folder, name)));
}

const prometheus = findPrometheus();

if (prometheus === undefined) {
  test('live data end to end (needs Prometheus)', () => {
    const message = 'the end-to-end live-data test needs the `prometheus` binary; install it with `apt-get install -y prometheus`';
    if (process.env.CI === 'true') throw new Error(`CI: ${message}`);
    console.warn(`\n${'!'.repeat(100)}\n!! END-TO-END TEST DID NOT RUN: ${message}\n${'!'.repeat(100)}\n`);
  });
} else {
  describe('live data end to end: demo -> Prometheus -> every panel query', () => {
    const started: { stop(): Promise<unknown> }[] = [];
    let demo: ManagedProcess;
    let server: RunningPrometheus;
    let demoUrl: string;
    let outDir: string;
    let dashboards: DashboardInfo[];
    let dataSinceMs: number;
    let ruleFile: string;

    // A crashed worker must not leave the demo or Prometheus running.
    const killOnExit = (): void => {
      demo?.kill();
      server?.process.kill();
    };

    beforeAll(async () => {
      process.once('exit', killOnExit);
      const t0 = Date.now();
      const running = await startDemoProcess(root, [], 15_000);
      demo = running.demo;
      demoUrl = running.url;
      started.push(demo);
      outDir = mkdtempSync(join(tmpdir(), 'tta-e2e-dashboards-'));
      started.push({ stop: async () => rmSync(outDir, { recursive: true, force: true }) });
      dashboards = await generatedDashboards(outDir);
      // The SLO recording rules and alerts, generated for the same naming: the SLO panels read the recordings.
      ruleFile = join(outDir, ruleFilePath(project.slos!));
      server = await startPrometheus(prometheus, [{ job: demoJob, address: `127.0.0.1:${running.port}` }], 1, [ruleFile]);
      started.push(server);
      dataSinceMs = Date.now();
      await waitFor(
        `${scrapesBeforeQuerying} scrapes of the demo`,
        async () => {
          const result = await server.instant(`count_over_time(up{job="${demoJob}"}[5m]) >= ${scrapesBeforeQuerying}`, Date.now() / 1000);
          return result.series.length > 0 ? true : undefined;
        },
        { timeoutMs: 30_000, everyMs: 500, gaveUp: endedEarly(demo) },
      );
      console.log(`e2e set-up: demo, Prometheus and ${scrapesBeforeQuerying} scrapes in ${Date.now() - t0} ms`);
    }, 70_000);

    const drawOptions = (fromMs: number, toMs: number): DrawOptions => ({
      client: server.client,
      scrapeIntervalMs: server.scrapeIntervalSeconds * 1000,
      fromMs,
      toMs,
      plannedSeries: plannedSeriesNames(),
    });

    afterAll(async () => {
      for (const entry of started.reverse()) await entry.stop();
      process.off('exit', killOnExit);
    }, 15_000);

    test('verify-catalog finds the live /metrics consistent with the catalog under otel-js', async () => {
      const { code, stdout } = await runCapturing(project, ['verify-catalog', '--url', demoUrl, '--profile', 'otel-js'], root);
      expect(stdout).toContain('0 mismatches');
      expect(code).toBe(0);
    });

    test('verify-catalog names the histogram unit-suffix mismatch under otel-python', async () => {
      const { code, stdout } = await runCapturing(project, ['verify-catalog', '--url', demoUrl, '--profile', 'otel-python', '--format', 'json'], root);
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as { findings: { level: string; code: string; metric?: string; message: string }[] };
      const mismatches = report.findings.filter((finding) => finding.level === 'mismatch');
      expect(mismatches.map((finding) => [finding.code, finding.metric])).toEqual([['named-as-other-profile', 'primitive.execution.duration']]);
      expect(mismatches[0].message).toContain('`_milliseconds` unit suffix');
    });

    test('every query of every panel returns data in the range its unit implies', async () => {
      const toMs = Date.now();
      const plannedSeries = plannedSeriesNames();
      const problems: string[] = [];
      let queries = 0;
      for (const dashboard of dashboards) {
        // The dashboard's own time range, as Grafana opens it; the data starts at the first scrape.
        const fromMs = toMs - dashboardRangeMs(dashboard);
        const macros = timeMacros(fromMs, toMs, server.scrapeIntervalSeconds * 1000);
        const variables = await resolveVariables(dashboard, (label, match) => server.labelValues(label, match), macros);
        for (const [name, variable] of variables) {
          if (variable.values.length === 0 && variable.allValue === undefined) problems.push(`${dashboard.title}: variable $${name} has no values`);
        }
        const shown = [...variables].map(([name, variable]) => `$${name} = ${variable.allValue ?? variable.values.join('|')}`);
        console.log(`\n${dashboard.title}: ${shown.join(', ')}; $__rate_interval = ${macros.rateIntervalMs / 1000}s`);
        const run = await runDashboardQueries(dashboard, { prometheus: server, variables, fromMs, toMs, plannedSeries });
        console.log(`\n${dashboard.title} (${dashboard.file}), ${((toMs - dataSinceMs) / 1000).toFixed(0)} s of scrapes:\n${formatReport(run.reports)}`);
        queries += run.reports.length;
        problems.push(...run.panelProblems.map((problem) => `${dashboard.title}: ${problem}`));
        for (const report of run.reports) {
          for (const problem of report.problems) problems.push(`${dashboard.title} / ${report.panel} / ${report.refId} (${report.mode}): ${problem}\n    ${report.expr}`);
        }
      }
      expect(queries).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    }, 30_000);

    test('every SLO recording rule returns data, in its range', async () => {
      const document = parse(readFileSync(ruleFile, 'utf8')) as RuleFileDocument;
      const records = document.groups.flatMap((group) => group.rules).flatMap((rule) => (typeof rule.record === 'string' ? [rule.record] : []));
      expect(records.length).toBe(project.slos!.slos.length * 9 + 1);
      const problems: string[] = [];
      // A recording is only there after an evaluation that saw enough samples for its rates: wait for the last one.
      const last = records[records.length - 1];
      await waitFor(`a value of ${last}`, async () => ((await server.instant(last, Date.now() / 1000)).series.length > 0 ? true : undefined), {
        timeoutMs: 15_000,
        everyMs: 500,
      });
      for (const record of records) {
        const result = await server.instant(record, Date.now() / 1000);
        const values = result.series.map((series) => Number(series.values[0][1]));
        console.log(`  ${record}: ${result.series.map((series) => `${JSON.stringify(series.metric)} ${series.values[0][1]}`).join(', ')}`);
        if (values.length === 0) problems.push(`${record}: no data`);
        // Ratios and the health score are shares; a budget left is at most 1 and negative once overspent.
        const inRange = record.includes('error_budget_remaining') ? values.every((value) => value <= 1) : values.every((value) => value >= 0 && value <= 1);
        if (!inRange) problems.push(`${record}: values out of range: ${values.join(', ')}`);
        if (!result.series.every((series) => series.metric.job === demoJob)) problems.push(`${record}: not per job`);
      }
      // Prometheus's own view: every rule of the file loaded, and evaluated without an error (no many-to-many match, ...).
      const response = await fetch(`${server.url}/api/v1/rules`, { signal: AbortSignal.timeout(10_000) });
      const loaded = ((await response.json()) as { data: { groups: { name: string; rules: { name: string; health: string; lastError?: string }[] }[] } }).data.groups;
      expect(loaded.map((group) => group.name).sort()).toEqual(document.groups.map((group) => group.name).sort());
      expect(loaded.flatMap((group) => group.rules).length).toBe(document.groups.flatMap((group) => group.rules).length);
      expect(loaded.flatMap((group) => group.rules.filter((rule) => rule.health !== 'ok').map((rule) => `${rule.name}: ${rule.health} ${rule.lastError ?? ''}`))).toEqual([]);
      expect(problems).toEqual([]);
    }, 30_000);

    test("Grafana's data pipeline: every panel draws, and every node graph under each single variable value", async () => {
      const toMs = Date.now();
      const problems: string[] = [];
      for (const dashboard of dashboards) {
        const drawn = await drawDashboard(dashboard, drawOptions(toMs - dashboardRangeMs(dashboard), toMs));
        console.log(`\nWhat Grafana would draw, ${dashboard.title} (${dashboard.file}):\n  ${drawn.lines.join('\n  ')}`);
        problems.push(...drawn.problems.map((problem) => `${dashboard.title}: ${problem}`));
      }
      expect(problems).toEqual([]);
    }, 30_000);

    test('the pipeline check fails on the service map before its fix (both faults), and on the second fault alone', async () => {
      const before = readDashboardText(readFileSync(serviceMapBeforeFix, 'utf8'), serviceMapBeforeFix);
      const toMs = Date.now();
      const options = drawOptions(toMs - dashboardRangeMs(before), toMs);
      const drawn = await drawDashboard(before, options);
      console.log(`\nWhat Grafana would draw, the service map before its fix:\n  ${drawn.lines.join('\n  ')}`);
      // One frame is left after calculateField joins nodes and edges on Time: it has a source field, so it is read as edges.
      expect(drawn.problems).toContainEqual(expect.stringMatching(/^Service map: expected one nodes frame, got 0$/));
      // With the frames kept apart, the second fault remains: edges are not filtered by agent type.
      const frameFixOnly = readDashboardText(readFileSync(serviceMapBeforeFix, 'utf8').replace('"replaceFields": false', '"replaceFields": false, "timeSeries": false'), serviceMapBeforeFix);
      const second = await drawDashboard(frameFixOnly, options);
      expect(second.problems.filter((problem) => !problem.includes('[$'))).toEqual([]);
      expect(second.problems).toContainEqual(expect.stringMatching(/^Service map \[\$agent_type=\w+\]: \d+ edges? references? missing nodes/));
    }, 30_000);

    test('the demo exits 0 on SIGTERM while Prometheus is scraping it', async () => {
      demo.child.kill('SIGTERM');
      expect(await demo.exited).toBe(0);
    });
  });
}

/** Series names of the catalog's planned metrics under otel-js: queries on them only are expected to be empty. */
function plannedSeriesNames(): string[] {
  return [...buildSeriesIndex(project.catalog, findProfile('otel-js')!).series.values()]
    .filter((series) => series.metric.status === 'planned')
    .map((series) => series.name);
}

function dashboardRangeMs(dashboard: DashboardInfo): number {
  const from = (dashboard.settings.time as { from?: unknown } | undefined)?.from;
  const found = typeof from === 'string' ? /^now-(\d+)([smhd])$/.exec(from) : null;
  if (found === null) return 3_600_000;
  return Number(found[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[found[2] as 's' | 'm' | 'h' | 'd'];
}
