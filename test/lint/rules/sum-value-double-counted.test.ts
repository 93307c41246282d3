import { describe, expect, it } from 'vitest';
import { sumValueDoubleCounted } from '../../../src/lint/rules/sum-value-double-counted.ts';
import { lintQuery } from './query-lint.ts';

const rules = [sumValueDoubleCounted];
const rate = (selector: string) => `rate(${selector}[5m])`;

describe('sum-value-double-counted', () => {
  it('warns when a sum across llm_token_type adds total to input and output', () => {
    for (const query of [
      `sum(${rate('llm_tokens_total')})`,
      `sum by (llm_model_name) (${rate('llm_tokens_total')})`,
      `sum without (llm_token_type) (${rate('llm_tokens_total')})`,
      `sum(${rate('llm_tokens_total{llm_token_type=~"input|total"}')})`,
      `sum(${rate('llm_tokens_total{llm_token_type!="output"}')})`,
      `sum(${rate('llm_tokens_total{llm_token_type=~".+"}')}) * 60`,
      // Kept by the inner sum, added up by the outer one.
      `sum(sum by (llm_token_type) (${rate('llm_tokens_total')}))`,
    ]) {
      expect(lintQuery(query, { rules }), query).toMatchObject([{ rule: 'sum-value-double-counted', at: 'sum', message: expect.stringContaining('llm_token_type="total"') }]);
    }
  });

  it('suggests selecting the parts or the total', () => {
    expect(lintQuery(`sum(${rate('llm_tokens_total')})`, { rules })[0]?.suggestion).toBe(
      'select the parts (`llm_token_type=~"input|output"`) or the sum alone (`llm_token_type="total"`), or keep llm_token_type in by (...)',
    );
  });

  it('accepts sums that select the parts, the total alone, or keep the label', () => {
    for (const query of [
      `sum(${rate('llm_tokens_total{llm_token_type=~"input|output"}')})`,
      `sum(${rate('llm_tokens_total{llm_token_type!="total"}')})`,
      `sum(${rate('llm_tokens_total{llm_token_type="total"}')})`,
      `sum(${rate('llm_tokens_total{llm_token_type="input"}')})`,
      `sum by (llm_model_name, llm_token_type) (${rate('llm_tokens_total')})`,
      `sum(sum by (llm_token_type) (${rate('llm_tokens_total{llm_token_type!~"total"}')}))`,
      // Not an addition: the largest or the number of series counts nothing twice.
      `max by (llm_model_name) (${rate('llm_tokens_total')})`,
      `count(llm_tokens_total)`,
      // Unknowable: the variable may select one type only.
      `sum(${rate('llm_tokens_total{llm_token_type=~"$token_type"}')})`,
      // Metrics without a sum-of value.
      `sum(${rate('primitive_execution_count_total')})`,
    ]) {
      expect(lintQuery(query, { rules }), query).toEqual([]);
    }
  });
});
