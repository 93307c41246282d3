import { describe, expect, it } from 'vitest';
import { timeseriesInstantQuery } from '../../../src/lint/rules/timeseries-instant-query.ts';
import { checkExample, lintPanels } from './display-lint.ts';

const rate = 'sum(rate(primitive_execution_count_total[$__rate_interval]))';

describe('timeseries-instant-query', () => {
  it('documents a true example', () => checkExample(timeseriesInstantQuery));

  it('reports a time series panel whose queries are all instant', () => {
    const findings = lintPanels(timeseriesInstantQuery, [{ targets: [{ expr: rate, instant: true }, { expr: rate, instant: true, range: false }] }]);
    expect(findings.map((finding) => [finding.panelId, finding.severity, finding.message])).toEqual([
      [1, 'error', 'every query is instant (A, B): the timeseries panel draws one point per series instead of a line'],
    ]);
  });

  it('accepts range queries, "both", one range query among instant ones, and stat panels', () => {
    expect(
      lintPanels(timeseriesInstantQuery, [
        { targets: [{ expr: rate }] },
        { targets: [{ expr: rate, instant: true, range: true }] },
        { targets: [{ expr: rate, instant: true }, { expr: rate }] },
        { type: 'stat', targets: [{ expr: rate, instant: true }] },
      ]),
    ).toEqual([]);
  });
});
