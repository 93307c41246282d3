import { describe, expect, it } from 'vitest';
import { unitScaleMismatch } from '../../../src/lint/rules/unit-scale-mismatch.ts';
import { checkExample, lintPanels } from './display-lint.ts';

const p95 = 'histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))';
const ratio = 'sum(rate(primitive_execution_count_total{execution_status="error"}[5m])) / sum(rate(primitive_execution_count_total[5m]))';
const withUnit = (unit: string, expr: string, overrides: unknown[] = []) => ({ fieldConfig: { defaults: { unit }, overrides }, targets: [{ expr }] });

describe('unit-scale-mismatch', () => {
  it('documents a true example', () => checkExample(unitScaleMismatch));

  it('reports milliseconds in s, a ratio in percent, seconds times 1000 in s, and says which unit fits', () => {
    const findings = lintPanels(unitScaleMismatch, [
      withUnit('s', p95),
      withUnit('percent', ratio),
      withUnit('s', 'histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) * 1e3'),
      withUnit('opm', 'sum(rate(http_requests_total[5m]))'),
    ], 'tta');
    expect(findings.map((finding) => [finding.panelId, finding.severity, finding.message, finding.suggestion])).toEqual([
      [1, 'error', 'the query gives milliseconds, but the unit "s" reads its values as seconds', 'use the unit "ms"'],
      [2, 'error', 'the query gives a ratio (0..1), but the unit "percent" reads its values as a percentage (0..100)', 'use the unit "percentunit", or multiply the query by 100'],
      [3, 'error', 'the query gives milliseconds, but the unit "s" reads its values as seconds', 'use the unit "ms"'],
      [4, 'error', 'the query gives the per-second rate of a counter whose name gives no unit, but the unit "opm" reads its values as a count per minute', 'use the unit "ops"'],
    ]);
    expect(findings[0]!.pointer).toBe('/panels/0/fieldConfig/defaults/unit');
  });

  it('checks a unit set by an override for its query, and trusts no default another override may cover', () => {
    const byRefId = { matcher: { id: 'byFrameRefID', options: 'A' }, properties: [{ id: 'unit', value: 's' }] };
    const byRegex = { matcher: { id: 'byRegexp', options: '.*' }, properties: [{ id: 'unit', value: 'ms' }] };
    const findings = lintPanels(unitScaleMismatch, [withUnit('ms', p95, [byRefId]), withUnit('s', p95, [byRegex])]);
    expect(findings.map((finding) => [finding.panelId, finding.pointer])).toEqual([[1, '/panels/0/fieldConfig/overrides/0']]);
  });

  it('reads the unit of old panels: a graph\'s first y axis, a singlestat\'s format', () => {
    const findings = lintPanels(unitScaleMismatch, [
      { type: 'graph', fieldConfig: undefined, yaxes: [{ format: 's' }, { format: 'short' }], targets: [{ expr: p95 }] },
      { type: 'singlestat', fieldConfig: undefined, format: 'percent', targets: [{ expr: ratio }] },
      { type: 'graph', fieldConfig: undefined, yaxes: [{ format: 's' }, { format: 'short' }], seriesOverrides: [{ alias: 'x', yaxis: 2 }], targets: [{ expr: p95 }] },
    ]);
    expect(findings.map((finding) => [finding.panelId, finding.pointer])).toEqual([
      [1, '/panels/0/yaxes/0/format'],
      [2, '/panels/1/format'],
    ]);
  });

  it('accepts fitting units, and stays silent where the scale is not certain', () => {
    expect(
      lintPanels(unitScaleMismatch, [
        withUnit('ms', p95),
        withUnit('percentunit', ratio),
        withUnit('percent', `100 * ${ratio}`),
        withUnit('s', `${p95} / 1000`),
        withUnit('short', p95),
        withUnit('percentunit', `${ratio} / 0.99`),
        withUnit('s', 'rate(process_cpu_seconds_total[5m])'),
        { ...withUnit('s', p95), transformations: [{ id: 'calculateField', options: {} }] },
        { ...withUnit('s', p95), type: 'table' },
      ]),
    ).toEqual([]);
  });
});
