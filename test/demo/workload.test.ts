/** The TTA workload exercises every dimension the dashboards slice by, and repeats for a seed. */
import { describe, expect, test } from 'vitest';
import { ttaWorkload } from '../../demo/workload.ts';
import { executionDurationBucketsMs, ttaCatalog } from '../../queries/catalog.ts';
import { admittedValues } from '../../src/catalog/values.ts';
import { seededRandom } from '../../src/demo/random.ts';
import { findProfile, profiles } from '../../src/naming/profiles.ts';
import { verifyExposition } from '../../src/verify/compare.ts';
import { type ExpositionSample, parseExposition } from '../../src/verify/exposition.ts';
import { expose } from './expose.ts';

/** Thirty simulated seconds in 100 ms steps, as `demo` runs them. */
function simulate(seed: number): Promise<string> {
  return expose(ttaCatalog, (metrics) => {
    const tick = ttaWorkload.start(metrics, seededRandom(seed));
    for (let nowMs = 100; nowMs <= 30_000; nowMs += 100) tick(nowMs);
  });
}

const samplesOf = (samples: readonly ExpositionSample[], name: string) => samples.filter((sample) => sample.name === name);
const valuesOf = (samples: readonly ExpositionSample[], label: string) =>
  [...new Set(samples.map((sample) => sample.labels[label]).filter((value) => value !== undefined))].sort();

describe('the TTA demo workload', () => {
  test('covers primitive types, agents, errors, providers, models, tokens, connections and cache outcomes', async () => {
    const { samples } = parseExposition(await simulate(1));
    const executions = samplesOf(samples, 'primitive_execution_count_total');
    expect(valuesOf(executions, 'primitive_type')).toEqual([
      'AnthropicPrimitive',
      'CachePrimitive',
      'ConditionalPrimitive',
      'FallbackPrimitive',
      'GoogleAIStudioPrimitive',
      'LambdaPrimitive',
      'OpenAIPrimitive',
      'ParallelPrimitive',
      'RetryPrimitive',
      'RouterPrimitive',
      'SequentialPrimitive',
      'TimeoutPrimitive',
    ]);
    expect(valuesOf(executions, 'execution_status')).toEqual(['error', 'success']);
    // Recovery primitives fail too (a timeout that fires), so the retry and fallback panel has an error line.
    expect(executions.some((sample) => sample.labels.primitive_type === 'TimeoutPrimitive' && sample.labels.error_type === 'TimeoutError')).toBe(true);
    expect(valuesOf(executions, 'error_type')).toEqual(['ConnectionError', 'RateLimitError', 'TimeoutError', 'ValidationError']);
    expect(valuesOf(executions, 'agent_type')).toEqual(['coder', 'planner', 'researcher', 'reviewer']);
    expect(executions.some((sample) => sample.labels.agent_type === undefined)).toBe(true);
    expect(executions.every((sample) => (sample.labels.execution_status === 'error') === (sample.labels.error_type !== undefined))).toBe(true);

    const tokens = samplesOf(samples, 'llm_tokens_total');
    expect(valuesOf(tokens, 'llm_provider')).toEqual(['anthropic', 'google', 'openai']);
    expect(valuesOf(tokens, 'llm_model_name').length).toBeGreaterThanOrEqual(5);
    expect(valuesOf(tokens, 'llm_token_type')).toEqual(['input', 'output', 'total']);
    // `total` is the sum of the other two, call by call.
    for (const total of tokens.filter((sample) => sample.labels.llm_token_type === 'total')) {
      const partsOf = (type: string) =>
        tokens.find((sample) => sample.labels.llm_model_name === total.labels.llm_model_name && sample.labels.llm_token_type === type)!.value;
      expect(total.value, total.labels.llm_model_name).toBe(partsOf('input') + partsOf('output'));
    }

    expect(valuesOf(samplesOf(samples, 'primitive_connection_count_total'), 'connection_type')).toEqual(['parallel', 'sequential']);

    const lookups = samplesOf(samples, 'cache_total');
    expect(lookups.length).toBeGreaterThanOrEqual(4);
    for (const lookup of lookups) {
      const hits = samplesOf(samples, 'cache_hits_total').find((sample) => sample.labels.primitive_name === lookup.labels.primitive_name);
      expect(hits?.value, lookup.labels.primitive_name).toBeGreaterThan(0);
      expect(hits!.value, lookup.labels.primitive_name).toBeLessThan(lookup.value);
    }
    expect(valuesOf(lookups, 'cache_type')).toEqual(['lru', 'memory', 'redis']);
    expect(lookups.some((sample) => sample.labels.cache_type === undefined)).toBe(true);

    const active = samplesOf(samples, 'agent_workflows_active');
    expect(active.every((sample) => sample.value >= 0)).toBe(true);
    expect(active.reduce((sum, sample) => sum + sample.value, 0)).toBeGreaterThan(0);
  });

  test('records only values the catalog admits, and a member of each family the panels select', async () => {
    const { samples } = parseExposition(await simulate(2));
    const recorded = new Set<string>();
    for (const metric of Object.values(ttaCatalog.metrics)) {
      for (const [attribute, spec] of Object.entries(metric.attributes)) {
        const admitted = admittedValues(spec);
        const label = attribute.replace('.', '_');
        for (const sample of samples.filter((entry) => entry.name.startsWith(metric.name.replaceAll('.', '_')))) {
          const value = sample.labels[label];
          if (value === undefined) continue;
          recorded.add(value);
          if (admitted !== undefined) expect(admitted.allows(value), `${sample.name} ${label}="${value}"`).toBe(true);
        }
      }
    }
    const families = ttaCatalog.metrics.executions.attributes['primitive.type'].families;
    for (const [family, members] of Object.entries(families)) {
      expect(members.some((member) => recorded.has(member)), `a ${family} primitive`).toBe(true);
    }
  });

  test('spreads latencies over every histogram bucket, overflow included', async () => {
    const { samples } = parseExposition(await simulate(1));
    const cumulative = new Map<string, number>();
    for (const sample of samplesOf(samples, 'primitive_execution_duration_bucket')) {
      cumulative.set(sample.labels.le, (cumulative.get(sample.labels.le) ?? 0) + sample.value);
    }
    const bounds = [...executionDurationBucketsMs.map(String), '+Inf'];
    expect([...cumulative.keys()]).toEqual(bounds);
    const perBucket = bounds.map((le, index) => cumulative.get(le)! - (index === 0 ? 0 : cumulative.get(bounds[index - 1])!));
    expect(perBucket.every((count) => count > 0)).toBe(true);
  });

  test('repeats for a seed, differs for another, and matches the catalog under otel-js', async () => {
    const first = await simulate(5);
    expect(await simulate(5)).toBe(first);
    expect(await simulate(6)).not.toBe(first);
    const report = verifyExposition(parseExposition(first), ttaCatalog, findProfile('otel-js')!, profiles);
    expect(report.findings.filter((finding) => finding.level === 'mismatch')).toEqual([]);
  });
});
