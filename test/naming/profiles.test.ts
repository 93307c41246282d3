import { describe, expect, it } from 'vitest';
import { ttaCatalog } from '../../queries/catalog.ts';
import { findProfile, profileIds } from '../../src/naming/profiles.ts';
import { buildSeriesIndex } from '../../src/naming/series.ts';
import { unitSuffix } from '../../src/naming/units.ts';

// REFERENCE §2: every export path, run for real, and the family name it gives each TTA metric.
const table: Record<string, Record<string, string>> = {
  'otel-python': {
    executions: 'primitive_execution_count_total',
    executionDuration: 'primitive_execution_duration_milliseconds',
    llmTokens: 'llm_tokens_total',
    cacheHits: 'cache_hits_total',
    cacheLookups: 'cache_total',
    activeWorkflows: 'agent_workflows_active',
    sloCompliance: 'slo_compliance',
  },
  'otel-js': {
    executions: 'primitive_execution_count_total',
    executionDuration: 'primitive_execution_duration',
    llmTokens: 'llm_tokens_total',
    cacheHits: 'cache_hits_total',
    cacheLookups: 'cache_total',
    activeWorkflows: 'agent_workflows_active',
    sloCompliance: 'slo_compliance',
  },
  otlp: {
    executions: 'primitive_execution_count_total',
    executionDuration: 'primitive_execution_duration_milliseconds',
    llmTokens: 'llm_tokens_total',
    cacheHits: 'cache_hits_total',
    cacheLookups: 'cache_total',
    activeWorkflows: 'agent_workflows_active',
    sloCompliance: 'slo_compliance_ratio',
  },
  'otlp-no-suffixes': {
    executions: 'primitive_execution_count',
    executionDuration: 'primitive_execution_duration',
    llmTokens: 'llm_tokens_total',
    cacheHits: 'cache_hits',
    cacheLookups: 'cache_total',
    activeWorkflows: 'agent_workflows_active',
    sloCompliance: 'slo_compliance',
  },
  'otlp-utf8': {
    executions: 'primitive.execution.count_total',
    executionDuration: 'primitive.execution.duration_milliseconds',
    llmTokens: 'llm.tokens_total',
    cacheHits: 'cache.hits_total',
    cacheLookups: 'cache_total',
    activeWorkflows: 'agent.workflows.active',
    sloCompliance: 'slo.compliance_ratio',
  },
  'otlp-utf8-no-translation': {
    executions: 'primitive.execution.count',
    executionDuration: 'primitive.execution.duration',
    llmTokens: 'llm.tokens.total',
    cacheHits: 'cache.hits',
    cacheLookups: 'cache.total',
    activeWorkflows: 'agent.workflows.active',
    sloCompliance: 'slo.compliance',
  },
};

describe('naming profiles', () => {
  for (const [profileId, expected] of Object.entries(table)) {
    for (const [metricKey, family] of Object.entries(expected)) {
      it(`${profileId}: ${ttaCatalog.metrics[metricKey as keyof typeof ttaCatalog.metrics].name} -> ${family}`, () => {
        const profile = findProfile(profileId)!;
        const metric = ttaCatalog.metrics[metricKey as keyof typeof ttaCatalog.metrics];
        expect(profile.metricName(metric)).toBe(family);
      });
    }
  }

  it('legacy Python appends raw units', () => {
    const legacy = findProfile('otel-python-legacy')!;
    expect(legacy.metricName(ttaCatalog.metrics.executions)).toBe('primitive_execution_count_1_total');
    expect(legacy.metricName(ttaCatalog.metrics.executionDuration)).toBe('primitive_execution_duration_ms');
  });

  it('lists every profile the issue names', () => {
    expect(profileIds()).toEqual([
      'otel-python',
      'otel-python-legacy',
      'otel-js',
      'otlp',
      'otlp-no-suffixes',
      'otlp-utf8',
      'otlp-utf8-no-translation',
    ]);
  });

  it('gives histograms _bucket (with le), _sum and _count', () => {
    const index = buildSeriesIndex(ttaCatalog, findProfile('otel-python')!);
    const bucket = index.series.get('primitive_execution_duration_milliseconds_bucket')!;
    expect(bucket.role).toBe('bucket');
    expect(bucket.labels.has('le')).toBe(true);
    expect(index.series.get('primitive_execution_duration_milliseconds_sum')!.labels.has('le')).toBe(false);
    expect(index.series.get('primitive_execution_duration_milliseconds_count')!.role).toBe('count');
  });

  it('escapes label names with underscores, except under UTF-8 strategies', () => {
    expect(findProfile('otel-python')!.labelName('primitive.name')).toBe('primitive_name');
    expect(findProfile('otlp-utf8')!.labelName('primitive.name')).toBe('primitive.name');
    const index = buildSeriesIndex(ttaCatalog, findProfile('otel-python')!);
    const labels = [...index.series.get('primitive_execution_count_total')!.labels.keys()];
    expect(labels).toEqual(expect.arrayContaining(['primitive_name', 'agent_type', 'job', 'instance', 'otel_scope_name']));
  });

  it('maps units as the specification does', () => {
    expect(unitSuffix('ms')).toBe('milliseconds');
    expect(unitSuffix('By/s')).toBe('bytes_per_second');
    expect(unitSuffix('{token}')).toBe('');
    expect(unitSuffix('1')).toBe('');
    expect(unitSuffix('%')).toBe('percent');
    expect(unitSuffix('1/s')).toBe('per_second');
  });
});
