import { describe, expect, it } from 'vitest';
import { reductionMismatch } from '../../../src/lint/rules/reduction-mismatch.ts';
import { checkExample, lintPanels } from './display-lint.ts';

const rate = 'sum(rate(primitive_execution_count_total[$__rate_interval]))';
const stat = (calcs: string[], target: Record<string, unknown>, type = 'stat') => ({ type, options: { reduceOptions: { calcs, values: false } }, targets: [target] });

describe('reduction-mismatch', () => {
  it('documents a true example', () => checkExample(reductionMismatch));

  it('reports the total of a rate, the mean of a raw counter, and the old singlestat total', () => {
    const findings = lintPanels(reductionMismatch, [
      stat(['sum'], { expr: rate }),
      stat(['mean'], { expr: 'sum(primitive_execution_count_total)' }, 'gauge'),
      { type: 'singlestat', valueName: 'total', targets: [{ expr: 'rate(some_metric[5m])' }] },
    ]);
    expect(findings.map((finding) => [finding.panelId, finding.message])).toEqual([
      [1, 'the query gives a per-second rate, and the panel adds up its samples (Total): the sum depends on the query step, not on the traffic'],
      [2, 'the query gives a raw counter (a running total since the process started), and the panel takes its mean: that number means nothing'],
      [3, 'the query gives a per-second rate, and the panel adds up its samples (Total): the sum depends on the query step, not on the traffic'],
    ]);
  });

  it('accepts the last or mean rate, instant queries, every value shown, and totals of increases', () => {
    expect(
      lintPanels(reductionMismatch, [
        stat(['lastNotNull'], { expr: rate }),
        stat(['mean'], { expr: rate }),
        stat(['sum'], { expr: rate, instant: true }),
        { type: 'bargauge', options: { reduceOptions: { calcs: ['sum'], values: true } }, targets: [{ expr: rate }] },
        stat(['sum'], { expr: 'sum(increase(primitive_execution_count_total[$__rate_interval]))' }),
        stat(['mean'], { expr: 'agent_workflows_active' }),
      ]),
    ).toEqual([]);
  });

  it('takes a `_total` shown beside its `_free`, `_used`, `_available` or `_remaining` for a capacity, not a counter', () => {
    const capacity = (part: string) => ({
      type: 'stat',
      options: { reduceOptions: { calcs: ['mean'], values: false } },
      targets: [{ refId: 'A', expr: `awx_license_instance${part}` }, { refId: 'B', expr: 'awx_license_instance_total' }],
    });
    expect(lintPanels(reductionMismatch, ['_free', '_used', '_available', '_remaining'].map(capacity))).toEqual([]);
    // Beside some other metric, it is a counter again.
    expect(lintPanels(reductionMismatch, [capacity('_seats')]).map((finding) => finding.refId)).toEqual(['B']);
  });
});
