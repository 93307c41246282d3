import { describe, expect, it } from 'vitest';
import { defineCatalog } from '../../src/catalog/model.ts';
import { findProfile, profiles } from '../../src/naming/profiles.ts';
import { buildNamingContext, type NamingContext } from '../../src/naming/series.ts';
import { analyzeQuery } from '../../src/promql/analyze.ts';
import { describeQuantity, quantityOfUnit, queryQuantity } from '../../src/promql/units.ts';
import { namingFor } from '../lint/rules/query-lint.ts';

/** A catalog with the units the TTA catalog lacks: bytes, a byte rate, a fraction gauge, an up-down count. */
const otherCatalog = defineCatalog({
  name: 'units test',
  metrics: {
    received: { name: 'net.received', kind: 'counter', unit: 'By', description: '', attributes: { 'net.interface': {} }, status: 'emitted' },
    throughput: { name: 'net.throughput', kind: 'gauge', unit: 'By/s', description: '', attributes: {}, status: 'emitted' },
    utilization: { name: 'cpu.utilization', kind: 'gauge', unit: '1', description: '', attributes: { 'cpu.state': {} }, status: 'emitted' },
    queued: { name: 'queue.length', kind: 'updowncounter', unit: '{item}', description: '', attributes: {}, status: 'emitted' },
    wait: { name: 'queue.wait', kind: 'histogram', unit: 's', description: '', attributes: {}, status: 'emitted', buckets: [0.1, 1] },
  },
});
const other = buildNamingContext(otherCatalog, findProfile('otel-js')!, profiles);

type Catalogs = 'tta' | 'tta-js' | 'other' | 'none';
const catalogs: Record<Catalogs, NamingContext | undefined> = { tta: namingFor('otel-python'), 'tta-js': namingFor('otel-js'), other, none: undefined };

/** [query, catalog, what the values measure (or undefined: cannot tell), their range [min, max] (or undefined)]. */
const table: readonly [string, Catalogs, string | undefined, [number, number] | undefined][] = [
  // Catalog: the TTA metrics; under otel-js the duration's name has no unit suffix and only the catalog knows ms.
  ['primitive_execution_count_total', 'tta', 'a count', [0, Infinity]],
  ['sum(rate(primitive_execution_count_total[$__rate_interval]))', 'tta', 'a count per second', [0, Infinity]],
  ['sum(irate(primitive_execution_count_total[5m]))', 'tta', 'a count per second', [0, Infinity]],
  ['sum(increase(primitive_execution_count_total[$__range]))', 'tta', 'a count', [0, Infinity]],
  ['histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_bucket[5m])))', 'tta', 'milliseconds', undefined],
  ['histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_bucket[5m])))', 'tta-js', 'milliseconds', undefined],
  ['histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_bucket[5m]))) / 1000', 'tta-js', 'seconds', undefined],
  ['sum(rate(primitive_execution_duration_milliseconds_sum[5m])) / sum(rate(primitive_execution_duration_milliseconds_count[5m]))', 'tta', 'milliseconds per event', undefined],
  // A part of a whole: errors of all executions, a bucket of all observations.
  ['sum(rate(primitive_execution_count_total{execution_status="error"}[5m])) / sum(rate(primitive_execution_count_total[5m]))', 'tta', 'a ratio (0..1)', [0, 1]],
  ['(sum(increase(primitive_execution_count_total{execution_status="error"}[$__range])) or vector(0)) / sum(increase(primitive_execution_count_total[$__range]))', 'tta', 'a ratio (0..1)', [0, 1]],
  ['1 - sum(rate(primitive_execution_count_total{execution_status="error"}[5m])) / sum(rate(primitive_execution_count_total[5m]))', 'tta', 'a ratio (0..1)', [0, 1]],
  ['100 * sum(rate(primitive_execution_count_total{execution_status="error"}[5m])) / sum(rate(primitive_execution_count_total[5m]))', 'tta', 'a percentage (0..100)', [0, 100]],
  ['sum(increase(primitive_execution_duration_milliseconds_bucket{le="1000"}[1h])) / sum(increase(primitive_execution_duration_milliseconds_count[1h]))', 'tta', 'a ratio (0..1)', [0, 1]],
  // Two different counters: dimensionless, but not known to stay below 1.
  ['sum(rate(cache_hits_total[5m])) / sum(rate(primitive_execution_count_total[5m]))', 'tta', 'a plain number or ratio (1 = 100 %)', [0, Infinity]],
  // The same series over another time is a comparison, not a part of a whole.
  ['sum(rate(primitive_execution_count_total[5m])) / sum(rate(primitive_execution_count_total[5m] offset 1d))', 'tta', 'a plain number or ratio (1 = 100 %)', [0, Infinity]],
  ['count(primitive_execution_count_total)', 'tta', 'a plain number or ratio (1 = 100 %)', [0, Infinity]],
  ['sum(rate(primitive_execution_count_total[5m])) * 60', 'tta', 'a count per minute', [0, Infinity]],
  ['agent_workflows_active', 'tta', 'a count', undefined],
  // A price is a constant with a unit of its own: dimension and scale are no longer certain (`exact` below).
  ['sum(rate(llm_tokens_total[5m]) * 2.5) * 3600 / 1000000', 'tta', 'a count per second (scaled by 0.009)', [0, Infinity]],
  ['clamp_max(sum(rate(primitive_execution_count_total{execution_status="success"}[5m])) / sum(rate(primitive_execution_count_total[5m])) / 0.99, 1)', 'tta', 'a dimensionless value (1 = 0.99)', [0, 1]],
  // Other catalog units.
  ['sum(rate(net_received_bytes_total[5m]))', 'other', 'bytes per second', [0, Infinity]],
  ['net_received_total', 'other', 'bytes', [0, Infinity]],
  ['net_throughput', 'other', 'bytes per second', undefined],
  ['avg(cpu_utilization)', 'other', 'a ratio (0..1)', [0, 1]],
  ['queue_length', 'other', 'a count', undefined],
  ['histogram_quantile(0.9, rate(queue_wait_bucket[5m])) * 1000', 'other', 'milliseconds', undefined],
  // Catalog-free: Prometheus naming conventions.
  ['histogram_quantile(0.99, sum by (le, job) (rate(http_request_duration_seconds_bucket[5m])))', 'none', 'seconds', undefined],
  ['histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) * 1000', 'none', 'milliseconds', undefined],
  ['rate(http_requests_total[5m])', 'none', 'the per-second rate of a counter whose name gives no unit', [0, Infinity]],
  ['sum(rate(primitive_execution_count_total[5m]))', 'none', 'the per-second rate of a counter whose name gives no unit', [0, Infinity]],
  ['sum(rate(node_network_receive_bytes_total[5m])) * 8', 'none', 'bits per second', [0, Infinity]],
  ['rate(node_cpu_seconds_total{mode!="idle"}[5m])', 'none', 'time spent per second (seconds per second)', [0, Infinity]],
  ['100 * (1 - avg(rate(node_cpu_seconds_total{mode="idle"}[5m])))', 'none', 'a percentage (0..100)', [-Infinity, 100]],
  ['process_resident_memory_bytes / 1024 / 1024', 'none', 'MiB', undefined],
  ['node_filesystem_avail_bytes / node_filesystem_size_bytes', 'none', 'a plain number or ratio (1 = 100 %)', undefined],
  ['go_gc_pause_ratio', 'none', 'a ratio (0..1)', [0, 1]],
  ['request_latency_ms', 'none', 'milliseconds', undefined],
  ['time() - process_start_time_seconds', 'none', 'seconds', undefined],
  ['sum(rate(x_seconds_count[5m]))', 'none', 'a count per second', [0, Infinity]],
  ['sum(rate(x_count[5m]))', 'none', 'the per-second rate of a counter whose name gives no unit', [0, Infinity]],
  ['hanadb_network_rate_bytes_per_seconds', 'none', 'bytes per second', undefined],
  ['sum(rate(x_total{code=~"5.."}[5m])) / sum(rate(x_total[5m]))', 'none', 'a ratio (0..1)', [0, 1]],
  ['rate(x_seconds_sum[5m]) / rate(x_seconds_count[5m])', 'none', 'seconds per event', undefined],
  ['sum(rate(x_bytes_total[5m])) * on (job) group_left (version) build_info', 'none', 'bytes per second', [0, Infinity]],
  ['max_over_time(x_seconds[1h])', 'none', 'seconds', undefined],
  ['clamp_min(x_ratio, 0.5)', 'none', 'a ratio (0..1)', [0.5, 1]],
  ['x_seconds > 1', 'none', 'seconds', undefined],
  ['x_seconds > bool 1', 'none', 'a ratio (0..1)', [0, 1]],
  ['x_bytes_per_second', 'none', 'bytes per second', undefined],
  // Silent where it cannot tell.
  ['up', 'none', undefined, undefined],
  ['node_load1 * 100', 'none', undefined, undefined],
  ['x_seconds + x_bytes', 'none', undefined, undefined],
  ['increase(tomcat_processingtime_total[5m]) / increase(tomcat_requestcount_total[5m])', 'none', undefined, undefined],
  ['histogram_quantile(0.9, rate(x_bucket[5m]))', 'none', undefined, undefined],
  ['ln(x_seconds)', 'none', undefined, undefined],
  ['vector(1)', 'none', undefined, undefined],
  ['sum(rate(x_total[5m]', 'none', undefined, undefined],
  ['{__name__=~"$metric"}', 'none', undefined, undefined],
  // A name that names two scales of one dimension (squid's exporter counts kilobytes in a `_bytes_total`): a counter of
  // something, the scale not known.
  ['rate(squid_client_http_hit_kbytes_out_bytes_total[5m])', 'none', 'the per-second rate of a counter whose name gives no unit', [0, Infinity]],
  ['cpu_percent_ratio', 'none', undefined, undefined],
  // A unit word of another dimension, or the same scale, is no contradiction.
  ['rate(node_cpu_seconds_total[5m])', 'none', 'time spent per second (seconds per second)', [0, Infinity]],
  ['rate(http_response_size_bytes_sum[5m]) / rate(http_request_duration_seconds_count[5m])', 'none', 'bytes per event', undefined],
  ['node_network_transmit_bytes_per_second', 'none', 'bytes per second', undefined],
  ['aws_us_east_request_latency_seconds', 'none', 'seconds', undefined],
];

describe('unit and range inference', () => {
  it.each(table)('%s (catalog %s) measures %s', (query, catalog, expected, range) => {
    const quantity = queryQuantity(analyzeQuery(query, catalogs[catalog]));
    expect(quantity === undefined ? undefined : describeQuantity(quantity)).toBe(expected);
    expect(quantity?.range === undefined ? undefined : [quantity.range.min, quantity.range.max]).toEqual(range);
  });

  it('marks the scale uncertain after a constant that is not a unit conversion', () => {
    const exact = (query: string) => queryQuantity(analyzeQuery(query))?.exact;
    expect(exact('rate(x_seconds_total[5m]) * 100')).toBe(true);
    expect(exact('x_bytes / 1024 / 1024')).toBe(true);
    expect(exact('rate(x_total[5m]) * 3600')).toBe(true);
    expect(exact('x_milliseconds / 1000')).toBe(true);
    expect(exact('rate(x_total[5m]) * 2.5')).toBe(false);
    expect(exact('x_ratio / 0.99')).toBe(false);
  });

  it('reads UCUM units as OpenTelemetry writes them', () => {
    const read = (unit: string, counted = false) => {
      const quantity = quantityOfUnit(unit, counted);
      return quantity === undefined ? undefined : describeQuantity(quantity);
    };
    expect(read('ms')).toBe('milliseconds');
    expect(read('us')).toBe('microseconds');
    expect(read('By')).toBe('bytes');
    expect(read('KiBy')).toBe('KiB');
    expect(read('By/s')).toBe('bytes per second');
    expect(read('{request}', true)).toBe('a count');
    expect(read('1')).toBe('a plain number or ratio (1 = 100 %)');
    expect(read('%')).toBe('a percentage (0..100)');
    expect(read('Cel')).toBeUndefined();
  });
});
