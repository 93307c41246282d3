import { describe, expect, it } from 'vitest';
import { legendFormatMissing } from '../../../src/lint/rules/legend-format-missing.ts';
import { checkExample, lintPanels } from './display-lint.ts';

const byType = 'sum by (primitive_type) (increase(primitive_execution_count_total[$__range]))';

describe('legend-format-missing', () => {
  it('documents a true example', () => checkExample(legendFormatMissing));

  it('reports labelled series without a legend in bar gauges and pie charts, naming the labels to use', () => {
    const findings = lintPanels(legendFormatMissing, [
      { type: 'piechart', targets: [{ expr: byType, instant: true }] },
      { type: 'bargauge', targets: [{ expr: 'rate(some_metric_total[5m])', legendFormat: '' }] },
    ]);
    expect(findings.map((finding) => [finding.panelId, finding.message, finding.suggestion])).toEqual([
      [1, 'the query gives labelled series without a legend format: every slice is named by its whole label set', 'set the legend to {{primitive_type}}'],
      [2, 'the query gives labelled series without a legend format: every bar is named by its whole label set', 'set the legend to the label that tells the series apart, e.g. {{instance}}'],
    ]);
  });

  it('accepts a legend, a single unlabelled series, table format and other panels', () => {
    expect(
      lintPanels(legendFormatMissing, [
        { type: 'piechart', targets: [{ expr: byType, legendFormat: '{{primitive_type}}' }] },
        { type: 'piechart', targets: [{ expr: byType, legendFormat: '__auto' }] },
        { type: 'bargauge', targets: [{ expr: 'sum(rate(primitive_execution_count_total[5m]))' }] },
        { type: 'bargauge', targets: [{ expr: byType, format: 'table' }] },
        { type: 'timeseries', targets: [{ expr: byType }] },
      ]),
    ).toEqual([]);
  });
});
