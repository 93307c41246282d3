/**
 * Issue 14: previews that show the data. The live stack (the demo through the real OpenTelemetry JS SDK, a
 * real Prometheus scraping it and evaluating the SLO rules) feeds `generate-dashboards preview --data`; the
 * pictures must convert to PNG (resvg), show every panel with data, a stat's value as Prometheus computes it
 * and printed as Grafana prints percentunit with 2 decimals, and the service map with as many nodes as
 * primitives Prometheus holds. The committed README pictures are checked in `test/preview/docs.test.ts`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import project from '../../dashboards.config.ts';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { type RuleFileDocument, ruleFilePath } from '../../src/rules/file.ts';
import { parse } from 'yaml';
import { runCapturing } from '../cli/capture.ts';
import { type LiveStack, startLiveStack } from './harness/live.ts';
import { findPrometheus } from './harness/prometheus.ts';
import { missingToolsTest } from '../missing-tools.ts';
import { waitFor } from './harness/processes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scrapes = 30;
const windowSeconds = 25;
const prometheus = findPrometheus();

const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

if (prometheus === undefined) {
  missingToolsTest('data previews end to end', '`prometheus`');
} else {
  describe('data previews end to end: demo -> Prometheus -> preview --data -> PNG', () => {
    let stack: LiveStack;
    let out: string;
    let atSeconds: number;
    let run: { code: number; stdout: string; stderr: string };
    const killOnExit = (): void => stack?.kill();

    const instant = async (expr: string): Promise<{ metric: Record<string, string>; value: [number, string] }[]> => {
      const data = await stack.prometheus.client.instant(expr, atSeconds);
      if (data.resultType !== 'vector') throw new Error(`${expr}: a ${data.resultType}`);
      return data.result.map((series) => ({ metric: { ...series.metric }, value: [series.value![0], series.value![1]] }));
    };

    beforeAll(async () => {
      process.once('exit', killOnExit);
      stack = await startLiveStack(root, project, prometheus, scrapes);
      // The SLO panels read recordings: wait until the rules' last recording has a value.
      const rules = parse(readFileSync(join(stack.generated, ruleFilePath(project.slos!)), 'utf8')) as RuleFileDocument;
      const last = rules.groups.flatMap((group) => group.rules).flatMap((rule) => (typeof rule.record === 'string' ? [rule.record] : [])).pop()!;
      await waitFor(`a value of ${last}`, async () => ((await stack.prometheus.instant(last, Date.now() / 1000)).series.length > 0 ? true : undefined), { timeoutMs: 15_000, everyMs: 500 });
      const newest = await stack.prometheus.instant('max(timestamp(up))', Date.now() / 1000);
      atSeconds = Number(newest.series[0].values[0][1]);
      out = mkdtempSync(join(tmpdir(), 'tta-e2e-data-previews-'));
      const args = ['preview', '--data', stack.prometheus.url, '--from', `${windowSeconds}s`, '--at', String(atSeconds), '--scrape-interval', '1s', '--profile', 'otel-js', '--out', out];
      run = await runCapturing(project, args, root);
      console.log(`generate-dashboards ${args.join(' ')}: exit ${run.code}\n${run.stdout}${run.stderr}`);
    }, 90_000);

    afterAll(async () => {
      await stack?.stop();
      if (out !== undefined) rmSync(out, { recursive: true, force: true });
      process.off('exit', killOnExit);
    }, 20_000);

    const picture = (format: 'dashboards' | 'v2', tab: string) => readFileSync(join(out, format, 'tta-agent-observability', `${tab}.svg`), 'utf8');

    test('one picture per tab, every panel with data (exit 0, no "No data")', () => {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readdirSync(join(out, 'dashboards', 'tta-agent-observability')).sort()).toEqual(['overview.svg', 'primitives.svg', 'resources.svg', 'workflows.svg']);
    });

    test('every picture converts to a PNG of its size (resvg)', () => {
      for (const format of ['dashboards', 'v2'] as const) {
        for (const tab of ['overview', 'workflows', 'primitives', 'resources']) {
          const svg = picture(format, tab);
          const image = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render();
          expect(image.width).toBe(Number(/width="(\d+)"/.exec(svg)![1]));
          expect(image.asPng().length).toBeGreaterThan(20_000);
        }
      }
    });

    test("the Availability stat shows Prometheus's value of its query, printed as Grafana prints percentunit with 2 decimals", async () => {
      const dashboard = readDashboardText(readFileSync(join(stack.generated, 'dashboards/tta-agent-observability.json'), 'utf8'), 'generated');
      const panel = dashboard.panels.find((candidate) => candidate.title === 'Availability')!;
      expect(panel.fieldDefaults).toMatchObject({ unit: 'percentunit' });
      expect(panel.raw.fieldConfig).toMatchObject({ defaults: { decimals: 2 } });
      // The query as Grafana sends it with every variable at All (.*) and $__range the window.
      const expr = panel.queries[0].expr!.replace(/\$job|\$agent_type/g, '.*').replace(/\$__range/g, `${windowSeconds}s`);
      const [availability] = await instant(expr);
      const expected = `${(Number(availability.value[1]) * 100).toFixed(2)}%`;
      const overview = texts(picture('dashboards', 'overview'));
      const title = overview.indexOf('Availability');
      expect(overview.slice(title, title + 2)).toEqual(['Availability', expected]);
    });

    test('the service map has a node for every primitive Prometheus holds', async () => {
      const [primitives] = await instant(`count(count by (primitive_name) (last_over_time(primitive_execution_count_total[${windowSeconds}s])))`);
      // The map draws one edge per caller and callee, whatever the connection type.
      const [connections] = await instant(`count(count by (source_primitive, target_primitive) (last_over_time(primitive_connection_count_total[${windowSeconds}s])))`);
      const line = texts(picture('dashboards', 'overview')).find((candidate) => / nodes?, \d+ edges?$/.test(candidate));
      expect(line).toBe(`${primitives.value[1]} nodes, ${connections.value[1]} edges`);
    });

    test('the v2 resource draws the same picture as the classic dashboard', () => {
      for (const tab of ['overview', 'workflows', 'primitives', 'resources']) expect(picture('v2', tab)).toBe(picture('dashboards', tab));
    });
  });
}
