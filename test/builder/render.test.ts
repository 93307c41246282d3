import { describe, expect, it } from 'vitest';
import { ttaCatalog } from '../../queries/catalog.ts';
import {
  add,
  aliasLabel,
  and,
  avg,
  bottomk,
  clampMax,
  count,
  max,
  min,
  noneOf,
  notMatchesRegex,
  sub,
  clampMin,
  defaultLabel,
  div,
  filterSet,
  histogramQuantile,
  increase,
  labelJoin,
  labelValues,
  matchesVariable,
  mul,
  or,
  rate,
  select,
  sum,
  topk,
  unless,
  vector,
} from '../../src/builder/promql/index.ts';
import { findProfile } from '../../src/naming/profiles.ts';

const { executions, executionDuration, connections, llmTokens, activeWorkflows } = ttaCatalog.metrics;
const profile = (id: string) => findProfile(id)!;
const [python, js, utf8] = ['otel-python', 'otel-js', 'otlp-utf8'].map(profile);

const errorsByName = sum(rate(select(executions, { 'execution.status': 'error' }))).by('primitive.name');
const p95ByName = histogramQuantile(0.95, sum(rate(select(executionDuration).bucket())).by('le', 'primitive.name'));

describe('rendering under each naming profile', () => {
  it('maps series and label names (otel-python)', () => {
    expect(errorsByName.render(python)).toBe(
      'sum by (primitive_name) (rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval]))',
    );
    expect(p95ByName.render(python)).toBe(
      'histogram_quantile(0.95, sum by (le, primitive_name) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))',
    );
  });

  it('drops the unit suffix under otel-js', () => {
    expect(p95ByName.render(js)).toBe(
      'histogram_quantile(0.95, sum by (le, primitive_name) (rate(primitive_execution_duration_bucket[$__rate_interval])))',
    );
  });

  it('quotes dotted names under otlp-utf8', () => {
    expect(errorsByName.render(utf8)).toBe(
      'sum by ("primitive.name") (rate({"primitive.execution.count_total", "execution.status"="error"}[$__rate_interval]))',
    );
    expect(sum(select(activeWorkflows)).by('agent.type').render(utf8)).toBe(
      'sum by ("agent.type") ({"agent.workflows.active"})',
    );
    expect(aliasLabel(errorsByName, 'id', 'primitive.name').render(utf8)).toBe(
      `label_replace(${errorsByName.render(utf8)}, "id", "$1", "primitive.name", "(.*)")`,
    );
  });

  it('parenthesises by precedence and keeps label matching explicit', () => {
    const errors = sum(rate(select(executions, { 'execution.status': 'error' })));
    const all = sum(rate(select(executions)));
    expect(div(or(errors, vector(0)), clampMin(all, 1e-9)).render(python)).toBe(
      '(sum(rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval])) or vector(0))' +
        ' / clamp_min(sum(rate(primitive_execution_count_total[$__rate_interval])), 1e-9)',
    );
    expect(mul(div(errors, all), 100).render(python)).toBe(
      'sum(rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval]))' +
        ' / sum(rate(primitive_execution_count_total[$__rate_interval])) * 100',
    );
    expect(div(100, div(errors, all)).render(python)).toMatch(/^100 \/ \(sum\(/);
  });

  it('refuses arithmetic between differently labelled sides unless matching is given', () => {
    const total = sum(rate(select(executions)));
    expect(() => div(errorsByName, total).render(python)).toThrow(/different labels/);
    const byNameAndType = sum(rate(select(executions))).by('primitive.name', 'primitive.type');
    const share = div(byNameAndType, sum(rate(select(executions))).by('primitive.name'))
      .on('primitive.name')
      .groupLeft();
    expect(share.render(python)).toContain('/ on (primitive_name) group_left sum by (primitive_name)');
    expect([...share.labels].sort()).toEqual(['primitive.name', 'primitive.type']);
  });

  it('applies a filter set to the selectors whose metrics carry each label', () => {
    const filters = filterSet(ttaCatalog, { job: matchesVariable('job'), 'agent.type': matchesVariable('agent_type') });
    const tokens = filters.apply(sum(increase(select(llmTokens))).by('llm.model_name'));
    expect(tokens.render(python)).toBe('sum by (llm_model_name) (increase(llm_tokens_total{job=~"$job"}[$__range]))');
    const mixed = filters.apply(unless(errorsByName, sum(rate(select(llmTokens))).by('llm.model_name')).on());
    expect(mixed.render(utf8)).toContain(
      '{"primitive.execution.count_total", "execution.status"="error", job=~"$job", "agent.type"=~"$agent_type"}',
    );
    const explicit = filters.apply(rate(select(executions, { job: 'tta' })));
    expect(explicit.render(python)).toBe(
      'rate(primitive_execution_count_total{job="tta", agent_type=~"$agent_type"}[$__rate_interval])',
    );
    expect(errorsByName.render(python)).not.toContain('$job');
  });

  it('builds node-graph labels and top-k rankings', () => {
    const edges = labelJoin(
      aliasLabel(
        aliasLabel(
          sum(increase(select(connections))).by('source.primitive', 'target.primitive'),
          'source',
          'source.primitive',
        ),
        'target',
        'target.primitive',
      ),
      'id',
      '->',
      'source',
      'target',
    );
    expect(edges.render(python)).toBe(
      'label_join(label_replace(label_replace(sum by (source_primitive, target_primitive) (increase(primitive_connection_count_total[$__range])),' +
        ' "source", "$1", "source_primitive", "(.*)"), "target", "$1", "target_primitive", "(.*)"), "id", "->", "source", "target")',
    );
    expect(topk(5, p95ByName).render(js)).toMatch(/^topk\(5, histogram_quantile\(0\.95, /);
    expect(
      defaultLabel(sum(select(activeWorkflows)).by('agent.type'), 'agent.type', 'unspecified').render(python),
    ).toBe(
      'label_replace(sum by (agent_type) (agent_workflows_active), "agent_type", "unspecified", "agent_type", "")',
    );
  });

  it('renders the other aggregations, functions and matchers', () => {
    const durations = select(executionDuration, {
      'primitive.type': notMatchesRegex('seq.*'),
      'error.type': noneOf('A', 'B.C'),
    });
    expect(avg(rate(durations.sum())).by('primitive.name').render(python)).toBe(
      'avg by (primitive_name) (rate(primitive_execution_duration_milliseconds_sum{primitive_type!~"seq.*", error_type!~"A|B\\\\.C"}[$__rate_interval]))',
    );
    const perType = sum(rate(select(executions))).by('primitive.type');
    expect(bottomk(2, clampMax(clampMin(perType, 0.1), 5)).render(python)).toBe(
      `bottomk(2, clamp_max(clamp_min(${perType.render(python)}, 0.1), 5))`,
    );
    expect([max(perType), min(perType), count(perType)].map((expr) => expr.render(python).slice(0, 6))).toEqual([
      'max(su',
      'min(su',
      'count(',
    ]);
    expect(add(perType, sub(perType, perType)).render(python)).toBe(
      `${perType.render(python)} + (${perType.render(python)} - ${perType.render(python)})`,
    );
    expect(and(perType, perType).ignoring('primitive.type').render(python)).toContain(
      ' and ignoring (primitive_type) ',
    );
  });

  it('writes label_values variable queries', () => {
    expect(labelValues(select(executions, { job: matchesVariable('job') }), 'agent.type').render(utf8)).toBe(
      'label_values({"primitive.execution.count_total", job=~"$job"}, "agent.type")',
    );
  });
});
