import { describe, expect, it } from 'vitest';
import { labelValueNotEmitted } from '../../../src/lint/rules/label-value-not-emitted.ts';
import { lintQuery } from './query-lint.ts';

const rules = [labelValueNotEmitted];
const count = 'primitive_execution_count_total';

describe('label-value-not-emitted', () => {
  it('reports an equality matcher on a value the SDK never records', () => {
    expect(lintQuery(`${count}{execution_status="failure"}`, { rules })).toMatchObject([{ at: '"failure"', suggestion: 'one of "success", "error"' }]);
  });

  it('anchors regex matchers as Prometheus does', () => {
    expect(lintQuery(`${count}{execution_status=~"err"}`, { rules })).toHaveLength(1);
    expect(lintQuery(`${count}{execution_status=~"err.*"}`, { rules })).toEqual([]);
  });

  it('accepts allowed values, alternatives, variables and open-ended labels', () => {
    const query = `${count}{execution_status=~"success|error", primitive_name="anything"} + on() llm_tokens_total{llm_token_type="$type"}`;
    expect(lintQuery(query, { rules })).toEqual([]);
  });

  it('accepts an empty value on an optional label only', () => {
    expect(lintQuery('primitive_connection_count_total{connection_type=""}', { rules })).toHaveLength(1);
  });
});
