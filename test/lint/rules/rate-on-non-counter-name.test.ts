import { describe, expect, it } from 'vitest';
import { rateOnNonCounterName } from '../../../src/lint/rules/rate-on-non-counter-name.ts';
import { lintQuery } from './query-lint.ts';

const rules = [rateOnNonCounterName];

describe('rate-on-non-counter-name', () => {
  it('flags names that do not look like counters', () => {
    expect(lintQuery('rate(process_resident_memory_bytes[5m])', { rules, profile: 'none' })).toMatchObject([{ at: 'process_resident_memory_bytes' }]);
  });

  it('accepts counter-shaped names, and leaves catalog names to the catalog rules', () => {
    expect(lintQuery('rate(http_requests_total[5m]) + rate(x_bucket[5m]) + rate(x_count[5m]) + rate(x_sum[5m])', { rules, profile: 'none' })).toEqual([]);
    expect(lintQuery('rate(agent_workflows_active[5m])', { rules })).toEqual([]);
    expect(lintQuery('rate(primitive_execution_count[5m])', { rules, profile: 'otlp-no-suffixes' })).toEqual([]);
  });
});
