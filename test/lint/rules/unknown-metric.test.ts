import { describe, expect, it } from 'vitest';
import { unknownMetric } from '../../../src/lint/rules/unknown-metric.ts';
import { lintQuery } from './query-lint.ts';

const rules = [unknownMetric];

function first(query: string, profile?: string) {
  return lintQuery(query, { rules, ...(profile === undefined ? {} : { profile }) })[0];
}

describe('unknown-metric', () => {
  it('names the missing _total', () => {
    expect(first('rate(primitive_execution_count[5m])')).toMatchObject({
      suggestion: 'primitive_execution_count_total',
      at: 'primitive_execution_count',
    });
  });

  it('names the missing unit suffix', () => {
    const finding = first('rate(primitive_execution_duration_bucket[5m])');
    expect(finding?.suggestion).toBe('primitive_execution_duration_milliseconds_bucket');
    expect(finding?.message).toContain('`_milliseconds`');
  });

  it('recognises another profile\'s name', () => {
    const finding = first('slo_compliance_ratio');
    expect(finding?.message).toContain('this is the otlp name of `slo.compliance`');
    expect(finding?.suggestion).toBe('slo_compliance');
  });

  it('recognises underscore names under a UTF-8 profile', () => {
    expect(first('primitive_execution_count_total', 'otlp-utf8')?.suggestion).toBe('{"primitive.execution.count_total"}');
  });

  it('suggests the nearest name for a typo', () => {
    expect(first('llm_token_total')?.suggestion).toBe('llm_tokens_total');
  });

  it('leaves metrics unrelated to the catalog alone', () => {
    expect(lintQuery('up{job="x"} + process_resident_memory_bytes + node_cpu_seconds_total', { rules })).toEqual([]);
    // Near a catalog name by edit distance, but another exporter's namespace.
    expect(lintQuery('coredns_cache_hits_total + loki_bloom_tokens_total', { rules })).toEqual([]);
  });

  it('accepts emitted names and variables', () => {
    expect(lintQuery('rate(primitive_execution_count_total[5m]) + $metric{job="a"}', { rules })).toEqual([]);
  });

  it('is skipped without a catalog', () => {
    expect(unknownMetric.needsCatalog).toBe(true);
    expect(lintQuery('primitive_execution_count', { rules, profile: 'none' })).toEqual([]);
  });
});
