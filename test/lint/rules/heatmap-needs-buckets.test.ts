import { describe, expect, it } from 'vitest';
import { heatmapNeedsBuckets } from '../../../src/lint/rules/heatmap-needs-buckets.ts';
import { checkExample, lintPanels } from './display-lint.ts';

const buckets = 'sum by (le) (increase(primitive_execution_duration_milliseconds_bucket[$__rate_interval]))';
const heatmap = (target: Record<string, unknown>, options: Record<string, unknown> = { calculate: false }, extra = {}) => ({ type: 'heatmap', options, targets: [target], ...extra });

describe('heatmap-needs-buckets', () => {
  it('documents a true example', () => checkExample(heatmapNeedsBuckets));

  it('reports a quantile, a series without le, and buckets without format heatmap', () => {
    const findings = lintPanels(heatmapNeedsBuckets, [
      heatmap({ expr: `histogram_quantile(0.9, ${buckets})`, format: 'heatmap' }),
      heatmap({ expr: 'sum(rate(primitive_execution_count_total[5m]))' }),
      heatmap({ expr: buckets }),
      heatmap({ expr: `histogram_quantile(0.9, ${buckets})` }, {}, { dataFormat: 'tsbuckets' }),
      heatmap({ expr: 'sum by (le) (rate(http_request_duration_seconds_bucket[5m]))', legendFormat: '{{le}}' }, { calculate: true }),
      heatmap({ expr: 'rate(http_requests_total[5m])' }),
    ]);
    expect(findings.map((finding) => [finding.panelId, finding.message])).toEqual([
      [1, 'the query gives a quantile, but the heatmap does not calculate buckets: it needs the bucket series of a histogram'],
      [2, 'the query gives series without `le`, but the heatmap does not calculate buckets: it needs the bucket series of a histogram'],
      [3, 'the query gives histogram buckets with format "time_series": Grafana orders and de-accumulates the buckets only with format heatmap'],
      [4, 'the query gives a quantile, but the heatmap does not calculate buckets: it needs the bucket series of a histogram'],
      [5, "the query gives histogram buckets, but the heatmap calculates its own buckets from their values, which mixes every bucket's count into one distribution"],
      [6, 'the query gives series without `le`, but the heatmap does not calculate buckets: it needs the bucket series of a histogram'],
    ]);
  });

  it('accepts buckets with format heatmap, and any series when the heatmap calculates its buckets', () => {
    expect(
      lintPanels(heatmapNeedsBuckets, [
        heatmap({ expr: buckets, format: 'heatmap' }),
        heatmap({ expr: 'sum by (le) (rate(http_request_duration_seconds_bucket[5m]))', format: 'heatmap' }),
        heatmap({ expr: `histogram_quantile(0.9, ${buckets})` }, { calculate: true }),
        heatmap({ expr: 'up' }, {}, { dataFormat: 'timeseries' }),
        heatmap({ expr: 'some_metric' }),
        heatmap({ expr: 'sum(rate(http_request_duration_seconds[5m]))', format: 'heatmap' }),
      ], 'none'),
    ).toEqual([]);
  });
});
