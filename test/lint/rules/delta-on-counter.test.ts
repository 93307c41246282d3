import { describe, expect, it } from 'vitest';
import { deltaOnCounter } from '../../../src/lint/rules/delta-on-counter.ts';
import { lintQuery } from './query-lint.ts';

const rules = [deltaOnCounter];

describe('delta-on-counter', () => {
  it('suggests the counter function', () => {
    expect(lintQuery('delta(llm_tokens_total[1h])', { rules })).toMatchObject([{ at: 'delta', suggestion: 'increase(...)' }]);
    expect(lintQuery('deriv(primitive_execution_duration_milliseconds_sum[5m])', { rules })).toMatchObject([{ suggestion: 'rate(...)' }]);
  });

  it('accepts delta over gauges', () => {
    expect(lintQuery('delta(agent_workflows_active[1h])', { rules })).toEqual([]);
  });
});
