import { describe, expect, it } from 'vitest';
import { rateOnGaugeName } from '../../../src/lint/rules/rate-on-gauge-name.ts';
import { lintQuery } from './query-lint.ts';

const rules = [rateOnGaugeName];

describe('rate-on-gauge-name', () => {
  it('flags names that say gauge', () => {
    expect(lintQuery('rate(cpu_utilization_ratio[5m])', { rules, profile: 'none' })).toMatchObject([{ at: 'cpu_utilization_ratio' }]);
    expect(lintQuery('sum(increase(queue_in_flight[1h]))', { rules, profile: 'none' })).toHaveLength(1);
  });

  it('accepts counter-shaped and freely named counters, and leaves catalog names to the catalog rules', () => {
    const query = 'rate(http_requests_total[5m]) + rate(x_bucket[5m]) + rate(ifHCInOctets[5m]) + rate(node_cpu[5m])';
    expect(lintQuery(query, { rules, profile: 'none' })).toEqual([]);
    expect(lintQuery('rate(agent_workflows_active[5m])', { rules })).toEqual([]);
  });
});
