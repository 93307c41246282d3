import { describe, expect, it } from 'vitest';
import { ttaCatalog } from '../../../queries/catalog.ts';
import { labelValueNotEmitted } from '../../../src/lint/rules/label-value-not-emitted.ts';
import { lintQuery } from './query-lint.ts';

const rules = [labelValueNotEmitted];
const count = 'primitive_execution_count_total';
const { executions, llmTokens, connections, cacheLookups } = ttaCatalog.metrics;
const primitiveType = executions.attributes['primitive.type'];

describe('label-value-not-emitted', () => {
  it('reports an equality matcher on a value the SDK never records', () => {
    expect(lintQuery(`${count}{execution_status="failure"}`, { rules })).toMatchObject([{ at: '"failure"', suggestion: 'one of "success", "error"' }]);
  });

  it("reports the values older material used, with the contract's value as the suggestion", () => {
    const cases = [
      [`${count}{primitive_type="retry"}`, 'primitive_type="RetryPrimitive"'],
      [`${count}{primitive_type="sequential"}`, 'primitive_type="SequentialPrimitive"'],
      [`${count}{primitive_type="cache"}`, 'primitive_type="CachePrimitive"'],
      ['llm_tokens_total{llm_token_type="prompt"}', 'llm_token_type="input"'],
      ['llm_tokens_total{llm_token_type="completion"}', 'llm_token_type="output"'],
      [`${count}{primitive_type=~"retry|fallback"}`, 'primitive_type=~"RetryPrimitive|FallbackPrimitive"'],
      ['llm_tokens_total{llm_token_type=~"prompt|completion"}', 'llm_token_type=~"input|output"'],
      // `llm` names a family of the catalog: the suggestion selects its members.
      [`${count}{primitive_type="llm"}`, `primitive_type=~"${primitiveType.families.llm.join('|')}"`],
    ] as const;
    for (const [query, instead] of cases) {
      expect(lintQuery(query, { rules }), query).toMatchObject([{ rule: 'label-value-not-emitted', suggestion: `did you mean \`${instead}\`?` }]);
    }
  });

  it('lists the allowed values when none is near', () => {
    expect(lintQuery('primitive_connection_count_total{connection_type="conditional"}', { rules })).toMatchObject([
      { at: '"conditional"', suggestion: 'one of "sequential", "parallel"' },
    ]);
    expect(lintQuery('cache_total{cache_type="ttl"}', { rules })).toMatchObject([{ at: '"ttl"', suggestion: 'one of "memory", "redis", "lru"' }]);
    expect(lintQuery(`${count}{primitive_type="tool"}`, { rules })).toMatchObject([
      { message: expect.stringContaining('values match `^[A-Z][A-Za-z0-9]*Primitive$`'), suggestion: expect.stringMatching(/^a value matching .*such as "SequentialPrimitive"/) },
    ]);
  });

  it('accepts every value of the contract, by equality and by regex', () => {
    const closed = [
      [count, 'execution_status', executions.attributes['execution.status'].values],
      ['llm_tokens_total', 'llm_token_type', llmTokens.attributes['llm.token_type'].values],
      ['primitive_connection_count_total', 'connection_type', connections.attributes['connection.type'].values],
      ['cache_total', 'cache_type', cacheLookups.attributes['cache.type'].values],
    ] as const;
    for (const [metric, label, values] of closed) {
      for (const value of values) expect(lintQuery(`${metric}{${label}="${value}"}`, { rules }), `${label}="${value}"`).toEqual([]);
      expect(lintQuery(`${metric}{${label}=~"${values.join('|')}"}`, { rules })).toEqual([]);
    }
    for (const value of Object.values(primitiveType.families).flat()) {
      expect(lintQuery(`${count}{primitive_type="${value}"}`, { rules }), value).toEqual([]);
    }
    // Any class name the pattern admits, named by the catalog or not, and regexes over them.
    for (const matcher of ['="LambdaPrimitive"', '=~"OpenAIPrimitive|MyOwnPrimitive"', '=~".*Primitive"', '=~"Lambda.*"', '!="RetryPrimitive"']) {
      expect(lintQuery(`${count}{primitive_type${matcher}}`, { rules }), matcher).toEqual([]);
    }
  });

  it('anchors regex matchers as Prometheus does, with RE2 syntax', () => {
    expect(lintQuery(`${count}{execution_status=~"err"}`, { rules })).toHaveLength(1);
    expect(lintQuery(`${count}{execution_status=~"err.*"}`, { rules })).toEqual([]);
    expect(lintQuery(`${count}{execution_status=~"(?i)SUCCESS"}`, { rules })).toEqual([]);
    // A regex JavaScript reads differently: `\Z` is RE2's end of text; `(?=...)` is not RE2 (promql-syntax's business).
    expect(lintQuery(`${count}{execution_status=~"error\\\\Z"}`, { rules })).toEqual([]);
    expect(lintQuery(`${count}{execution_status=~"(?=e)error"}`, { rules })).toEqual([]);
  });

  it('reports a negative matcher that excludes every value of a required label', () => {
    expect(lintQuery(`${count}{execution_status!~"success|error"}`, { rules })).toMatchObject([{ suggestion: 'one of "success", "error"' }]);
    expect(lintQuery(`${count}{execution_status!="error"}`, { rules })).toEqual([]);
  });

  it('accepts allowed values, alternatives, variables and open-ended labels', () => {
    const query = `${count}{execution_status=~"success|error", primitive_name="anything"} + on() llm_tokens_total{llm_token_type="$type"}`;
    expect(lintQuery(query, { rules })).toEqual([]);
  });

  it('accepts an empty value on an optional label only', () => {
    expect(lintQuery('primitive_connection_count_total{connection_type=""}', { rules })).toHaveLength(1);
    expect(lintQuery('cache_total{cache_type=""}', { rules })).toEqual([]);
    expect(lintQuery(`${count}{primitive_type=""}`, { rules })).toHaveLength(1);
  });
});
