/**
 * Prometheus is the judge of the unit inference: fixed series with known physical rates (requests per second,
 * latencies in milliseconds, bytes per second, busy seconds) are written with `promtool tsdb create-blocks-from
 * openmetrics` into a Prometheus of our own, and each query's value, multiplied by the scale the inference gives it,
 * must be the known quantity in base units (seconds, bytes, things per second), and lie in the inferred range.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/promql/analyze.ts';
import { describeQuantity, queryQuantity } from '../../src/promql/units.ts';
import type { ManagedProcess } from '../e2e/harness/processes.ts';
import { findTool, startBackfilledPrometheus } from '../e2e/harness/prometheus.ts';
import { missingToolsTest } from '../missing-tools.ts';

const prometheus = findTool('prometheus');
const promtool = findTool('promtool');

const stepSeconds = 15;
const samples = 80;

/** Counters growing at fixed rates per second, a latency histogram in milliseconds, a 0..1 gauge. */
function openMetrics(endSeconds: number): string {
  const times = Array.from({ length: samples }, (_, index) => endSeconds - (samples - 1 - index) * stepSeconds);
  const counter = (name: string, series: readonly [labels: string, perSecond: number][]) => [
    `# TYPE ${name} counter`,
    ...times.flatMap((time, index) => series.map(([labels, perSecond]) => `${name}_total${labels} ${index * stepSeconds * perSecond} ${time}`)),
  ];
  const histogram = [
    '# TYPE shop_latency_milliseconds histogram',
    ...times.flatMap((time, index) => {
      const seconds = index * stepSeconds;
      // 10 requests a second: 5 within 100 ms, 3 more within 250 ms, 2 slower; 150 ms on average.
      return [
        `shop_latency_milliseconds_bucket{le="100"} ${seconds * 5} ${time}`,
        `shop_latency_milliseconds_bucket{le="250"} ${seconds * 8} ${time}`,
        `shop_latency_milliseconds_bucket{le="+Inf"} ${seconds * 10} ${time}`,
        `shop_latency_milliseconds_count ${seconds * 10} ${time}`,
        `shop_latency_milliseconds_sum ${seconds * 1500} ${time}`,
      ];
    }),
  ];
  return [
    ...counter('shop_requests', [['{code="200"}', 10], ['{code="500"}', 1]]),
    ...counter('shop_rx_bytes', [['', 1000]]),
    ...counter('shop_busy_seconds', [['', 0.25]]),
    ...histogram,
    '# TYPE shop_free_ratio gauge',
    ...times.map((time) => `shop_free_ratio 0.3 ${time}`),
    '# EOF',
    '',
  ].join('\n');
}

const errors = 'sum(rate(shop_requests_total{code="500"}[5m]))';
const all = 'sum(rate(shop_requests_total[5m]))';
const p60 = 'histogram_quantile(0.6, sum by (le) (rate(shop_latency_milliseconds_bucket[5m])))';

/** [query, what it measures, the true quantity in base units: a value or an interval]. */
const table: readonly [string, string, number | readonly [number, number]][] = [
  [`${errors} / ${all}`, 'a ratio (0..1)', 1 / 11],
  [`100 * ${errors} / ${all}`, 'a percentage (0..100)', 1 / 11],
  [`1 - ${errors} / ${all}`, 'a ratio (0..1)', 10 / 11],
  // The 60th percentile lies in the 100..250 ms bucket: 0.1 to 0.25 seconds.
  [p60, 'milliseconds', [0.1, 0.25]],
  [`${p60} / 1000`, 'seconds', [0.1, 0.25]],
  ['sum(rate(shop_latency_milliseconds_sum[5m])) / sum(rate(shop_latency_milliseconds_count[5m]))', 'milliseconds per event', 0.15],
  ['rate(shop_rx_bytes_total[5m])', 'bytes per second', 1000],
  ['rate(shop_rx_bytes_total[5m]) * 8', 'bits per second', 1000],
  [`${all} * 60`, 'the per-minute rate of a counter whose name gives no unit', 11],
  ['sum(increase(shop_requests_total[5m]))', 'the value of a counter whose name gives no unit', 11 * 300],
  ['rate(shop_busy_seconds_total[5m])', 'time spent per second (seconds per second)', 0.25],
  ['shop_free_ratio', 'a ratio (0..1)', 0.3],
  ['1 - shop_free_ratio', 'a ratio (0..1)', 0.7],
];

if (prometheus === undefined || promtool === undefined) {
  missingToolsTest('unit inference against Prometheus', '`prometheus` and `promtool`');
} else {
  describe('unit inference, judged by Prometheus on series of known rates', () => {
    const work = mkdtempSync(join(tmpdir(), 'tta-units-prometheus-'));
    // A whole number of steps, so that the evaluation time falls on a sample.
    const endSeconds = Math.floor(Date.now() / 1000 / stepSeconds) * stepSeconds - 60;
    let server: ManagedProcess | undefined;
    let url: string;

    beforeAll(async () => {
      ({ url, server } = await startBackfilledPrometheus({ prometheus: prometheus!, promtool: promtool! }, work, openMetrics(endSeconds), 'shop_free_ratio', endSeconds));
    }, 40_000);

    afterAll(async () => {
      await server?.stop();
      rmSync(work, { recursive: true, force: true });
    }, 15_000);

    it.each(table)('%s measures %s', async (query, measures, truth) => {
      const quantity = queryQuantity(analyzeQuery(query));
      expect(quantity === undefined ? undefined : describeQuantity(quantity)).toBe(measures);
      const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}&time=${endSeconds}`, { signal: AbortSignal.timeout(5000) });
      const body = (await response.json()) as { data: { result: { value: [number, string] }[] } };
      expect(body.data.result).toHaveLength(1);
      const value = Number(body.data.result[0]!.value[1]);
      // The value times the inferred scale is the known quantity in base units.
      const [low, high] = typeof truth === 'number' ? [truth * (1 - 1e-6), truth * (1 + 1e-6)] : truth;
      expect(value * quantity!.scale).toBeGreaterThanOrEqual(low);
      expect(value * quantity!.scale).toBeLessThanOrEqual(high);
      const range = quantity!.range ?? { min: -Infinity, max: Infinity };
      expect(value).toBeGreaterThanOrEqual(range.min);
      expect(value).toBeLessThanOrEqual(range.max);
    }, 10_000);
  });
}
