import { describe, expect, it } from 'vitest';
import { rateOnGauge } from '../../../src/lint/rules/rate-on-gauge.ts';
import { lintQuery } from './query-lint.ts';

const rules = [rateOnGauge];

describe('rate-on-gauge', () => {
  it('reports rate over an up-down counter', () => {
    expect(lintQuery('sum(rate(agent_workflows_active[5m]))', { rules })).toMatchObject([{ at: 'rate', suggestion: expect.stringContaining('deriv') }]);
  });

  it('accepts rate over counters and deriv over gauges', () => {
    expect(lintQuery('rate(primitive_execution_count_total[5m]) + on() group_left deriv(agent_workflows_active[5m])', { rules })).toEqual([]);
  });
});
