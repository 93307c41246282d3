import { describe, expect, it } from 'vitest';
import { ttaCatalog } from '../../queries/catalog.ts';
import {
  div,
  histogramQuantile,
  inFamily,
  notInFamily,
  increase,
  matchesVariable,
  not,
  oneOf,
  or,
  orZero,
  vector,
  prometheusTargets,
  rate,
  select,
  sum,
  filterSet,
  labelReplace,
} from '../../src/builder/promql/index.ts';
import { findProfile } from '../../src/naming/profiles.ts';

const { executions, executionDuration, activeWorkflows, llmTokens } = ttaCatalog.metrics;
const python = findProfile('otel-python')!;
const targets = prometheusTargets(filterSet(ttaCatalog, {}));

// Each `@ts-expect-error` below is a mistake the compiler must reject; `tsc` fails the build if one compiles.
describe('the builder rejects mistakes at compile time', () => {
  it('rejects a misspelled attribute', () => {
    // @ts-expect-error `primitive.nmae` is not an attribute of primitive.execution.count
    select(executions, { 'primitive.nmae': 'RouterPrimitive' });
    // @ts-expect-error connection attributes do not belong to executions
    select(executions, { 'source.primitive': 'a' });
  });

  it('rejects a value the catalog does not allow', () => {
    // @ts-expect-error execution.status is success or error
    select(executions, { 'execution.status': 'failed' });
    // @ts-expect-error negative matchers are checked too
    select(executions, { 'execution.status': not('eror') });
    // @ts-expect-error and regex alternatives built from values: the contract says input, not prompt
    select(llmTokens, { 'llm.token_type': oneOf('prompt', 'output') });
    expect(select(llmTokens, { 'llm.token_type': oneOf('input', 'output') }).render(python)).toBe(
      'llm_tokens_total{llm_token_type=~"input|output"}',
    );
    expect(select(executions, { 'execution.status': not('error') }).render(python)).toBe(
      'primitive_execution_count_total{execution_status!="error"}',
    );
  });

  it("rejects a primitive type that is not a class name, where the catalog's pattern tells", () => {
    // @ts-expect-error primitive.type is the class name (RetryPrimitive), not the seed's lower-case `retry`
    select(executions, { 'primitive.type': 'retry' });
    // @ts-expect-error a class name ends in Primitive
    select(executions, { 'primitive.type': oneOf('RetryPrimitive', 'Fallback') });
    // @ts-expect-error and starts with a capital
    select(executions, { 'primitive.type': not('retryPrimitive') });
    // Any class name the pattern admits compiles, named in a family or not.
    expect(select(executions, { 'primitive.type': oneOf('RetryPrimitive', 'MyOwnPrimitive') }).render(python)).toBe(
      'primitive_execution_count_total{primitive_type=~"RetryPrimitive|MyOwnPrimitive"}',
    );
  });

  it("selects the catalog's value families by name, and rejects names it does not have", () => {
    const { composition } = executions.attributes['primitive.type'].families;
    expect(select(executions, { 'primitive.type': inFamily('composition') }).render(python)).toBe(
      `primitive_execution_count_total{primitive_type=~"${composition.join('|')}"}`,
    );
    expect(select(executions, { 'primitive.type': notInFamily('composition', 'cache') }).render(python)).toMatch(
      /^primitive_execution_count_total\{primitive_type!~"SequentialPrimitive\|.*\|AdaptiveCachePrimitive"\}$/,
    );
    // Rejected at compile time, and (for JavaScript callers) when the selector is built.
    // @ts-expect-error `workflow` is not a family of primitive.type
    expect(() => select(executions, { 'primitive.type': inFamily('workflow') })).toThrow(/no value family "workflow"/);
    // @ts-expect-error execution.status has no families
    expect(() => select(executions, { 'execution.status': inFamily('composition') })).toThrow(/execution\.status/);
    // @ts-expect-error families belong to the attribute that declares them
    expect(() => select(llmTokens, { 'llm.token_type': inFamily('llm') })).toThrow(/llm\.token_type/);
  });

  it('rejects rate on a gauge and a bare histogram', () => {
    // @ts-expect-error agent.workflows.active is an up-down counter, read as a gauge
    rate(select(activeWorkflows));
    // @ts-expect-error a histogram must pick _bucket, _sum or _count
    rate(select(executionDuration));
    expect(rate(select(executionDuration).count()).render(python)).toBe(
      'rate(primitive_execution_duration_milliseconds_count[$__rate_interval])',
    );
  });

  it('rejects grouping by a label the input does not carry', () => {
    // @ts-expect-error llm.provider is not on executions
    expect(() => sum(rate(select(executions))).by('llm.provider')).toThrow(/llm\.provider/);
    // @ts-expect-error le exists only on _bucket
    expect(() => sum(rate(select(executionDuration).count())).by('le')).toThrow(/le/);
  });

  it('rejects a quantile over buckets aggregated without le', () => {
    const withoutLe = sum(rate(select(executionDuration).bucket())).by('primitive.name');
    // @ts-expect-error the aggregation dropped `le`
    expect(() => histogramQuantile(0.95, withoutLe)).toThrow(/le/);
  });

  it('rejects a bucket boundary the histogram does not have', () => {
    // @ts-expect-error 750 ms is not one of the catalog's buckets
    select(executionDuration).bucketAtMost(750);
    expect(select(executionDuration).bucketAtMost(1000).render(python)).toBe(
      'primitive_execution_duration_milliseconds_bucket{le=~"1000(\\\\.0)?"}',
    );
  });

  it('rejects a legend naming a label the result does not carry', () => {
    const byName = sum(rate(select(executions))).by('primitive.name');
    // @ts-expect-error the result is grouped by primitive.name only
    targets.timeSeries(byName, { legend: '{{primitive.type}}' });
    // @ts-expect-error a legend on an ungrouped sum cannot name labels
    targets.timeSeries(sum(rate(select(executions))), { legend: '{{job}}' });
    const target = targets.timeSeries(byName, { legend: '{{primitive.name}}' });
    expect(typeof target.legendFormat === 'object' && target.legendFormat.render(python)).toBe('{{primitive_name}}');
  });

  it('rejects label_replace from a label the input lacks, and on() over labels one side lacks', () => {
    const byName = sum(rate(select(executions))).by('primitive.name');
    // @ts-expect-error error.type was aggregated away
    expect(() => labelReplace(byName, 'id', '$1', 'error.type', '(.*)')).toThrow(/error\.type/);
    const tokens = sum(rate(select(llmTokens))).by('llm.model_name');
    const calls = sum(rate(select(executions))).by('primitive.name');
    // @ts-expect-error the two sides share no label
    const unmatched = div(tokens, calls).on('llm.model_name');
    expect(() => unmatched.render(python)).toThrow(/not carried by both sides/);
  });

  it('rejects `or vector(0)` on a grouped expression', () => {
    const byName = sum(rate(select(executions))).by('primitive.name');
    // @ts-expect-error vector(0) would add a label-less series next to the groups
    orZero(byName);
    expect(() => or(byName, vector(0)).render(python)).toThrow(/label-less/);
    expect(orZero(sum(rate(select(executions)))).render(python)).toBe(
      'sum(rate(primitive_execution_count_total[$__rate_interval])) or vector(0)',
    );
  });

  it('rejects a dashboard filter on a label no metric of the catalog carries', () => {
    // @ts-expect-error `agent.typo` is not an attribute of any TTA metric
    filterSet(ttaCatalog, { 'agent.typo': matchesVariable('agent_type') });
    const filters = filterSet(ttaCatalog, { 'agent.type': matchesVariable('agent_type') });
    expect(filters.apply(sum(rate(select(llmTokens)))).render(python)).toBe(
      'sum(rate(llm_tokens_total[$__rate_interval]))',
    );
  });

  it('rejects group_left on set operators and without on/ignoring', () => {
    const tokens = sum(rate(select(llmTokens))).by('llm.model_name');
    // @ts-expect-error many-to-one matching is for arithmetic
    expect(() => or(tokens, tokens).on('llm.model_name').groupLeft()).toThrow(/does not apply to or/);
    expect(() => div(tokens, tokens).groupLeft()).toThrow(/on\(\.\.\.\) or ignoring/);
  });

  it('accepts scrape labels and variables on any metric', () => {
    expect(increase(select(llmTokens, { job: matchesVariable('job') })).render(python)).toBe(
      'increase(llm_tokens_total{job=~"$job"}[$__range])',
    );
  });
});
