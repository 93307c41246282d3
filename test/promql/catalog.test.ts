import { describe, expect, it } from 'vitest';
import { catalogLookup, metricScope, suggestMetric } from '../../src/promql/catalog.ts';
import { namingFor } from '../lint/rules/query-lint.ts';

describe('catalog lookups', () => {
  const lookup = catalogLookup(namingFor('otel-python'));

  it('are built once per naming context', () => {
    expect(catalogLookup(namingFor('otel-python'))).toBe(lookup);
    expect(catalogLookup(namingFor('otel-js'))).not.toBe(lookup);
  });

  it('say why a name is wrong', () => {
    expect(suggestMetric(lookup, 'cache_hits')).toEqual({ name: 'cache_hits_total', reason: 'counters get the `_total` suffix under otel-python' });
    expect(suggestMetric(lookup, 'primitive_execution_duration_sum')?.name).toBe('primitive_execution_duration_milliseconds_sum');
    expect(suggestMetric(lookup, 'primitive_execution_duration_ms_bucket')?.reason).toContain('otel-python-legacy name');
    expect(suggestMetric(lookup, 'primitive_execution_latency_seconds')).toEqual({ reason: 'no metric of this name in the catalog under otel-python' });
  });

  it('tell catalog names, near misses and unrelated names apart', () => {
    expect(metricScope(lookup, 'llm_tokens_total')).toBe('emitted');
    expect(metricScope(lookup, 'llm_token_total')).toBe('related');
    expect(metricScope(lookup, 'up')).toBe('outside');
    expect(metricScope(lookup, 'coredns_cache_hits_total')).toBe('outside');
  });
});
