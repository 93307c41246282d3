import { describe, expect, it } from 'vitest';
import { counterAggregatedWithoutRate } from '../../../src/lint/rules/counter-aggregated-without-rate.ts';
import { lintQuery } from './query-lint.ts';

const rules = [counterAggregatedWithoutRate];

describe('counter-aggregated-without-rate', () => {
  it('reports summed raw counters and buckets', () => {
    expect(lintQuery('sum by (primitive_name) (primitive_execution_count_total)', { rules })).toMatchObject([{ at: 'sum' }]);
    expect(lintQuery('avg by (le) (primitive_execution_duration_milliseconds_bucket offset 1h)', { rules })).toMatchObject([{ at: 'avg' }]);
  });

  it('accepts rated counters, counts of series and gauges', () => {
    const query = 'sum(rate(primitive_execution_count_total[5m])) + count(primitive_execution_count_total) + sum(agent_workflows_active)';
    expect(lintQuery(query, { rules })).toEqual([]);
  });
});
