import { describe, expect, it } from 'vitest';
import { rangeMacroOverTime } from '../../../src/lint/rules/range-macro-over-time.ts';
import { checkExample, lintPanels } from './display-lint.ts';

describe('range-macro-over-time', () => {
  it('documents a true example', () => checkExample(rangeMacroOverTime));

  it('reports [$__range] and [${__range}] in range queries of time series panels, at the range', () => {
    const findings = lintPanels(rangeMacroOverTime, [
      { targets: [{ expr: 'sum(increase(primitive_execution_count_total[$__range]))' }] },
      { type: 'graph', targets: [{ expr: 'max_over_time(up[${__range}])', range: true }] },
    ]);
    expect(findings.map((finding) => [finding.panelId, finding.line, finding.column, finding.message])).toEqual([
      [1, 1, 46, 'the query is drawn over time, but `$__range` makes every point cover the whole dashboard range before it'],
      [2, 1, 18, 'the query is drawn over time, but `${__range}` makes every point cover the whole dashboard range before it'],
    ]);
  });

  it('accepts [$__range] in instant queries and stat panels, and $__rate_interval over time', () => {
    expect(
      lintPanels(rangeMacroOverTime, [
        { targets: [{ expr: 'sum(increase(primitive_execution_count_total[$__range]))', instant: true }] },
        { type: 'stat', targets: [{ expr: 'sum(increase(primitive_execution_count_total[$__range]))' }] },
        { targets: [{ expr: 'sum(increase(primitive_execution_count_total[$__rate_interval]))' }] },
        { targets: [{ expr: 'sum(rate(x_total[$__rate_interval])) and sum(increase(x_total[$__range])) > 0' }] },
      ]),
    ).toEqual([]);
  });
});
