import { describe, expect, it } from 'vitest';
import { thresholdsOutsideRange } from '../../../src/lint/rules/thresholds-outside-range.ts';
import { checkExample, lintPanels } from './display-lint.ts';

const ratio = 'sum(increase(primitive_execution_count_total{execution_status="error"}[$__range])) / sum(increase(primitive_execution_count_total[$__range]))';
const steps = (...values: number[]) => ({ mode: 'absolute', steps: [{ value: null, color: 'green' }, ...values.map((value) => ({ value, color: 'red' }))] });
const gauge = (defaults: Record<string, unknown>, expr = ratio) => ({ type: 'gauge', fieldConfig: { defaults: { unit: 'percentunit', ...defaults } }, targets: [{ expr, instant: true }] });

describe('thresholds-outside-range', () => {
  it('documents a true example', () => checkExample(thresholdsOutsideRange));

  it('reports steps, max and min beyond a 0..1 ratio', () => {
    const findings = lintPanels(thresholdsOutsideRange, [gauge({ thresholds: steps(90, 95) }), gauge({ max: 100 }), gauge({ min: 5, max: 10 })]);
    expect(findings.map((finding) => [finding.panelId, finding.message])).toEqual([
      [1, 'the query gives a ratio (0..1), at most 1; the threshold steps at 90, 95 can never be reached'],
      [2, 'the query gives a ratio (0..1), at most 1; max 100 squeezes every value into the bottom of the scale'],
      [3, 'the query gives a ratio (0..1), at most 1; max 10 squeezes every value into the bottom of the scale'],
      [3, 'the query gives a ratio (0..1), at most 1; min 5 hides every value'],
    ]);
    expect(findings[0]!.pointer).toBe('/panels/0/fieldConfig/defaults/thresholds');
    const drawn = { ...gauge({ thresholds: steps(80), custom: { thresholdsStyle: { mode: 'line' } } }), type: 'timeseries' };
    expect(lintPanels(thresholdsOutsideRange, [drawn]).map((finding) => finding.message)).toEqual([
      'the query gives a ratio (0..1), at most 1; the threshold step at 80 can never be reached',
    ]);
  });

  it('reads a percentage as 0..100, and stays silent on unbounded queries and percentage thresholds', () => {
    expect(
      lintPanels(thresholdsOutsideRange, [
        gauge({ thresholds: steps(0.9, 0.95), min: 0, max: 1 }),
        gauge({ thresholds: steps(95), max: 100 }, `100 * ${ratio}`),
        gauge({ thresholds: steps(500), max: 1000 }, 'sum(rate(primitive_execution_count_total[5m]))'),
        gauge({ thresholds: { mode: 'percentage', steps: [{ value: null, color: 'green' }, { value: 95, color: 'red' }] } }),
        gauge({ thresholds: steps(95) }, 'up'),
        { ...gauge({ thresholds: steps(80) }), type: 'timeseries' },
      ]),
    ).toEqual([]);
  });
});
