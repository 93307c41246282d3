import { describe, expect, it } from 'vitest';
import { binaryLabelMismatch } from '../../../src/lint/rules/binary-label-mismatch.ts';
import { lintQuery } from './query-lint.ts';

const rules = [binaryLabelMismatch];
const rate = 'rate(primitive_execution_count_total[5m])';

describe('binary-label-mismatch', () => {
  it('reports operands whose labels can never match', () => {
    expect(lintQuery(`sum by (primitive_name) (${rate}) / sum(${rate})`, { rules })).toMatchObject([{ at: '/' }]);
    expect(lintQuery('rate(primitive_execution_duration_milliseconds_bucket[5m]) / rate(primitive_execution_duration_milliseconds_count[5m])', { rules })).toMatchObject([
      { message: expect.stringContaining('`le`') },
    ]);
  });

  it('accepts matching label sets, ignoring, on, or, scalars and open sets', () => {
    const queries = [
      `sum by (primitive_name) (${rate}) / sum by (primitive_name) (${rate})`,
      `sum by (primitive_name) (${rate}) / ignoring (primitive_name) group_left sum(${rate})`,
      `sum by (primitive_name, job) (${rate}) / on (job) group_left sum by (job) (${rate})`,
      `sum by (primitive_name) (${rate}) or vector(0)`,
      `sum by (primitive_name) (${rate}) * 100`,
      `sum by (job) (up) / sum(${rate})`,
    ];
    for (const query of queries) expect(lintQuery(query, { rules }), query).toEqual([]);
  });
});
