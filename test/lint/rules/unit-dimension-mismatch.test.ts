import { describe, expect, it } from 'vitest';
import { unitDimensionMismatch } from '../../../src/lint/rules/unit-dimension-mismatch.ts';
import { checkExample, lintPanels } from './display-lint.ts';

const withUnit = (unit: string, expr: string) => ({ fieldConfig: { defaults: { unit } }, targets: [{ expr }] });

describe('unit-dimension-mismatch', () => {
  it('documents a true example', () => checkExample(unitDimensionMismatch));

  it('reports a total in a per-second unit, bytes per second in bytes, a duration as a rate, money on a duration', () => {
    const findings = lintPanels(unitDimensionMismatch, [
      withUnit('reqps', 'sum(increase(primitive_execution_count_total[$__range]))'),
      withUnit('bytes', 'rate(node_network_receive_bytes_total[5m])'),
      withUnit('ops', 'histogram_quantile(0.99, sum by (le) (rate(rest_client_request_duration_seconds_bucket[5m])))'),
      withUnit('currencyUSD', 'x_seconds'),
    ], 'none');
    expect(findings.map((finding) => [finding.panelId, finding.severity, finding.message])).toEqual([
      [1, 'warning', 'the query gives the value of a counter whose name gives no unit (a total over the range, not a rate), but the unit "reqps" shows a count per second'],
      [2, 'warning', 'the query gives bytes per second, but the unit "bytes" shows bytes'],
      [3, 'warning', 'the query gives seconds, but the unit "ops" shows a count per second'],
      [4, 'warning', 'the query gives seconds, but the unit "currencyUSD" shows money'],
    ]);
    expect(lintPanels(unitDimensionMismatch, [withUnit('reqps', 'sum(increase(primitive_execution_count_total[$__range]))')])[0]!.message).toBe(
      'the query gives a count (a total over the range, not a rate), but the unit "reqps" shows a count per second',
    );
  });

  it('accepts what fits, counters whose unit the name does not give, prices, and time spent per second', () => {
    expect(
      lintPanels(unitDimensionMismatch, [
        withUnit('Bps', 'rate(haproxy_backend_bytes_in_total[5m])'),
        withUnit('ms', 'rate(tomcat_processingtime_total[5m])'),
        withUnit('currencyUSD', 'sum(rate(llm_tokens_total[5m]) * 2.5) * 3600 / 1e6'),
        withUnit('s', 'rate(process_cpu_seconds_total[5m])'),
        withUnit('bytes', 'sum(go_memstats_heap_inuse_bytes) / count(up)'),
        withUnit('percentunit', 'avg(instance:node_cpu:ratio) / scalar(count(up))'),
        withUnit('short', 'rate(x_bytes_total[5m])'),
        withUnit('iops', 'hardware_disk_metrics_write_count'),
      ], 'none'),
    ).toEqual([]);
  });
});
