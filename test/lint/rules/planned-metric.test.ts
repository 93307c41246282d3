import { describe, expect, it } from 'vitest';
import { plannedMetric } from '../../../src/lint/rules/planned-metric.ts';
import { lintQuery } from './query-lint.ts';

const rules = [plannedMetric];

describe('planned-metric', () => {
  it('warns about a metric the SDK does not emit yet', () => {
    expect(lintQuery('avg by (slo_name) (slo_compliance)', { rules })).toMatchObject([{ rule: 'planned-metric', at: 'slo_compliance' }]);
  });

  it('accepts emitted metrics', () => {
    expect(lintQuery('sum(agent_workflows_active)', { rules })).toEqual([]);
  });
});
