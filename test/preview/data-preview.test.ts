/**
 * `preview --data` and `diff --svg --data` against a real Prometheus holding fixed data: series written with
 * `promtool tsdb create-blocks-from openmetrics` into the TSDB of a Prometheus that scrapes nothing, so every
 * run sees exactly the same data.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../src/grafana/display.ts';
import { runCapturing } from '../cli/capture.ts';
import { testProject } from '../compile/fixture.ts';
import { freePort, type ManagedProcess } from '../e2e/harness/processes.ts';
import { findTool, startBackfilledPrometheus } from '../e2e/harness/prometheus.ts';
import { missingToolsTest } from '../missing-tools.ts';

const prometheus = findTool('prometheus');
const promtool = findTool('promtool');

/** The last sample is this long before the test starts, well inside Prometheus's 5 minute lookback. */
const lastSampleAgoSeconds = 60;
const stepSeconds = 15;
const samples = 80;

/** Fixed series, one sample every 15 s: constants for the stats, two counters at 10/s and 5/s. */
function openMetrics(endSeconds: number): string {
  const times = Array.from({ length: samples }, (_, index) => endSeconds - (samples - 1 - index) * stepSeconds);
  const family = (name: string, type: string, lines: (t: number, index: number) => string[]) => [`# TYPE ${name} ${type}`, ...times.flatMap((t, index) => lines(t, index))];
  return [
    ...family('up', 'gauge', (t) => [`up{job="fixture",instance="f:1"} 1 ${t}`]),
    ...family('fixture_ratio', 'gauge', (t) => [`fixture_ratio{job="fixture"} 0.053 ${t}`]),
    ...family('fixture_latency_ms', 'gauge', (t) => [`fixture_latency_ms{job="fixture"} 1234 ${t}`]),
    ...family('fixture_cost_usd', 'gauge', (t) => [`fixture_cost_usd{job="fixture"} 1234.5 ${t}`]),
    ...family('fixture_requests', 'counter', (t, index) => [`fixture_requests_total{job="fixture",route="/a"} ${index * stepSeconds * 10} ${t}`]),
    ...family('fixture_other_requests', 'counter', (t, index) => [`fixture_other_requests_total{job="fixture",route="/b"} ${index * stepSeconds * 5} ${t}`]),
    '# EOF',
    '',
  ].join('\n');
}

const target = (expr: string, extra: Record<string, unknown> = {}) => ({ refId: 'A', expr, instant: true, range: false, ...extra });
const stat = (id: number, title: string, x: number, expr: string, unit: string) => ({
  id,
  type: 'stat',
  title,
  gridPos: { x, y: 1, w: 6, h: 4 },
  fieldConfig: { defaults: { unit }, overrides: [] },
  targets: [target(expr)],
});

/** A classic dashboard with two rows: four stats and two time series (one of each on a metric nobody writes) and a table. */
function fixtureDashboard(ratioUnit = 'percentunit'): unknown {
  return {
    uid: 'data-fixture',
    title: 'Data fixture',
    time: { from: 'now-15m', to: 'now' },
    panels: [
      { id: 100, type: 'row', title: 'Numbers', collapsed: false, gridPos: { x: 0, y: 0, w: 24, h: 1 }, panels: [] },
      stat(1, 'Error ratio', 0, 'fixture_ratio{job="fixture"}', ratioUnit),
      stat(2, 'Latency', 6, 'fixture_latency_ms', 'ms'),
      stat(3, 'Cost', 12, 'fixture_cost_usd', 'currencyUSD'),
      stat(4, 'Nothing here', 18, 'fixture_never_written', 'short'),
      { id: 200, type: 'row', title: 'Series', collapsed: false, gridPos: { x: 0, y: 5, w: 24, h: 1 }, panels: [] },
      {
        id: 5,
        type: 'timeseries',
        title: 'Requests',
        gridPos: { x: 0, y: 6, w: 12, h: 8 },
        fieldConfig: { defaults: { unit: 'reqps' }, overrides: [] },
        options: { legend: { showLegend: true, displayMode: 'list', placement: 'bottom' } },
        targets: [
          { refId: 'A', expr: 'sum by (route) (rate(fixture_requests_total[$__rate_interval]))', legendFormat: '{{route}}' },
          { refId: 'B', expr: 'sum by (route) (rate(fixture_other_requests_total[$__rate_interval]))', legendFormat: '{{route}}' },
        ],
      },
      {
        id: 7,
        type: 'timeseries',
        title: 'Nothing over time',
        gridPos: { x: 0, y: 14, w: 24, h: 6 },
        fieldConfig: { defaults: { unit: 'short' }, overrides: [] },
        targets: [{ refId: 'A', expr: 'rate(fixture_never_written_total[$__rate_interval])' }],
      },
      {
        id: 6,
        type: 'table',
        title: 'Routes',
        gridPos: { x: 12, y: 6, w: 12, h: 8 },
        targets: [target('sum by (route) (fixture_requests_total or fixture_other_requests_total)', { format: 'table' })],
      },
    ],
  };
}

function toPng(svg: string): { width: number; height: number } {
  const image = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render();
  expect(image.asPng().length).toBeGreaterThan(1000);
  return { width: image.width, height: image.height };
}

/** The texts of an SVG's text elements. */
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1].replace(/&amp;/g, '&'));

if (prometheus === undefined || promtool === undefined) {
  missingToolsTest('preview --data', '`prometheus` and `promtool`');
} else {
  describe('preview --data against a Prometheus holding fixed data', () => {
    const work = mkdtempSync(join(tmpdir(), 'tta-data-preview-'));
    let server: ManagedProcess;
    let url: string;
    const dashboardFile = join(work, 'data-fixture.json');

    beforeAll(async () => {
      const endSeconds = Math.floor(Date.now() / 1000 / stepSeconds) * stepSeconds - lastSampleAgoSeconds;
      ({ url, server } = await startBackfilledPrometheus({ prometheus: prometheus!, promtool: promtool! }, work, openMetrics(endSeconds), 'fixture_ratio'));
      writeFileSync(dashboardFile, JSON.stringify(fixtureDashboard()));
    }, 40_000);

    afterAll(async () => {
      await server?.stop();
      rmSync(work, { recursive: true, force: true });
    }, 15_000);

    // Named relative to the working directory, as a user would.
    const preview = (out: string, ...extra: string[]) => runCapturing(testProject(), ['preview', 'data-fixture.json', '--data', url, '--out', out, ...extra], work);

    it('draws one picture per row with the values as Grafana prints them, and lists the panel with No data (exit 0)', async () => {
      const { code, stdout, stderr } = await preview(join(work, 'pictures'));
      expect(stderr).toBe(
        'no data: panel "Nothing here" (data-fixture.json, tab "Numbers")\nno data: panel "Nothing over time" (data-fixture.json, tab "Series")\n2 panels show "No data".\n',
      );
      expect(code).toBe(0);
      expect(stdout.split('\n').filter(Boolean).map((line) => line.slice(work.length + 1))).toEqual(['pictures/data-fixture/numbers.svg', 'pictures/data-fixture/series.svg']);
      const numbers = readFileSync(join(work, 'pictures/data-fixture/numbers.svg'), 'utf8');
      expect(texts(numbers)).toEqual(expect.arrayContaining(['5.30%', '1.23 s', '$1.23K', 'No data']));
      const series = readFileSync(join(work, 'pictures/data-fixture/series.svg'), 'utf8');
      // The legend, the top rate on the axis (10/s), the table's columns and rows (the counters' last values: 79 x 15 s x 10/s and 5/s).
      expect(texts(series)).toEqual(expect.arrayContaining(['/a', '/b', '10 req/s', 'route', 'Value', '11850', '5925', 'No data']));
      expect(toPng(numbers).width).toBe(24 * 50 + 2 * 16);
      toPng(series);
    });

    it('is the same bytes for the same data, in any time zone (the window ends at the newest scrape, not the clock)', async () => {
      await preview(join(work, 'first'));
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const zone = process.env.TZ;
      process.env.TZ = 'Asia/Kathmandu';
      try {
        await preview(join(work, 'second'));
      } finally {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
      for (const name of ['numbers', 'series']) {
        expect(readFileSync(join(work, `second/data-fixture/${name}.svg`), 'utf8')).toBe(readFileSync(join(work, `first/data-fixture/${name}.svg`), 'utf8'));
      }
    });

    it('an unreachable Prometheus is a clear error, exit 2, and nothing is written', async () => {
      const closed = `http://127.0.0.1:${await freePort()}`;
      const out = join(work, 'unreachable');
      const { code, stderr } = await runCapturing(testProject(), ['preview', dashboardFile, '--data', closed, '--out', out], work);
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`^error: .*cannot reach Prometheus at ${closed}`));
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    });

    it('a query Prometheus refuses is drawn in its panel and exits 1', async () => {
      const broken = JSON.parse(JSON.stringify(fixtureDashboard())) as { panels: { targets?: { expr: string }[] }[] };
      broken.panels[1].targets![0].expr = 'sum(fixture_ratio';
      const file = join(work, 'broken.json');
      writeFileSync(file, JSON.stringify(broken));
      const { code, stderr } = await runCapturing(testProject(), ['preview', 'broken.json', '--data', url, '--out', join(work, 'broken')], work);
      expect(stderr).toMatch(/error: panel "Error ratio" \(broken.json, tab "Numbers"\): query A failed: .*parse error/);
      expect(code).toBe(1);
      expect(readFileSync(join(work, 'broken/broken/numbers.svg'), 'utf8')).toContain('query A failed');
    });

    it('diff --svg --data draws before and after with their data side by side', async () => {
      const after = join(work, 'after.json');
      writeFileSync(after, JSON.stringify(fixtureDashboard('percent')));
      const picture = join(work, 'diff.svg');
      const { code, stdout } = await runCapturing(testProject(), ['diff', dashboardFile, after, '--svg', picture, '--data', url], work);
      expect(code).toBe(0);
      expect(stdout).toContain('unit: "percentunit" -> "percent"');
      const svg = readFileSync(picture, 'utf8');
      expect(texts(svg)).toEqual(expect.arrayContaining(['5.30%', formatValue('percent', 0.053), 'changed']));
      expect(toPng(svg).width).toBe(2 * 24 * 50 + 32 + 2 * 16);
    });

    it('usage errors name the option: --from without --data, a bad duration, --data without --svg, credentials (never echoed)', async () => {
      const run = (...args: string[]) => runCapturing(testProject(), args, work);
      expect(await run('preview', dashboardFile, '--from', '5m')).toMatchObject({ code: 2, stderr: 'error: --from needs --data <prometheus-url>\n' });
      expect((await run('preview', dashboardFile, '--data', url, '--from', 'soon')).stderr).toContain('--from: "soon" is not a duration');
      expect((await run('diff', dashboardFile, dashboardFile, '--data', url)).stderr).toContain('give --svg <file> too');
      const withSecret = await run('preview', dashboardFile, '--data', 'http://user:s3cret@127.0.0.1:9090');
      expect(withSecret).toMatchObject({ code: 2 });
      expect(withSecret.stderr).toContain('credentials in the URL are not supported');
      expect(withSecret.stderr).not.toContain('s3cret');
    });
  });
}
