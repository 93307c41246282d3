import { describe, expect, it } from 'vitest';
import { legendUnknownLabel } from '../../../src/lint/rules/legend-unknown-label.ts';
import { lintQuery } from './query-lint.ts';

const rules = [legendUnknownLabel];
const query = 'sum by (primitive_type) (rate(primitive_execution_count_total[5m]))';

describe('legend-unknown-label', () => {
  it('reports a legend label the result cannot have', () => {
    expect(lintQuery(query, { rules, legendFormat: '{{ primitive_name }}' })).toMatchObject([
      { message: expect.stringContaining('`primitive_type`'), suggestion: '{{primitive_type}}' },
    ]);
  });

  it('accepts labels the result has, and open results', () => {
    expect(lintQuery(query, { rules, legendFormat: '{{primitive_type}} {{__name__}}' })).toEqual([]);
    expect(lintQuery('rate(up[5m])', { rules, legendFormat: '{{anything}}' })).toEqual([]);
  });
});
