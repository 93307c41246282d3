import { describe, expect, it } from 'vitest';
import { groupByRemovedLabel } from '../../../src/lint/rules/group-by-removed-label.ts';
import { lintQuery } from './query-lint.ts';

const rules = [groupByRemovedLabel];

describe('group-by-removed-label', () => {
  it('reports a label the inner aggregation removed, catalog or not', () => {
    expect(lintQuery('max by (instance) (sum by (job) (rate(x_total[5m])))', { rules, profile: 'none' })).toMatchObject([{ at: 'instance' }]);
    expect(lintQuery('max by (instance) (sum without (instance) (rate(x_total[5m])))', { rules, profile: 'none' })).toMatchObject([{ at: 'instance' }]);
    expect(lintQuery('max by (primitive_name) (sum by (agent_type) (primitive_execution_count_total))', { rules })).toMatchObject([
      { message: expect.stringContaining('`sum by (agent_type)`') },
    ]);
  });

  it('accepts labels the inner aggregation kept or a later function added', () => {
    const query = 'max by (job, dst) (label_replace(sum by (job, instance) (rate(x_total[5m])), "dst", "$1", "instance", "(.*)"))';
    expect(lintQuery(query, { rules, profile: 'none' })).toEqual([]);
  });

  it('leaves labels that never existed to unknown-label', () => {
    expect(lintQuery('sum by (workflow_name) (sum by (job) (primitive_execution_count_total))', { rules })).toEqual([]);
  });
});
