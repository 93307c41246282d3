import { describe, expect, it } from 'vitest';
import { analyzeQuery, type QueryAnalysis } from '../../src/promql/analyze.ts';
import type { Expr } from '../../src/promql/expr.ts';
import { removedBy } from '../../src/promql/labels.ts';
import { namingFor } from '../lint/rules/query-lint.ts';

const naming = namingFor('otel-python');

function labelsOf(expr: Expr | undefined): string {
  if (expr === undefined) return '<none>';
  const names = [...expr.labels.labels].map(([name, always]) => (always ? name : `${name}?`)).sort();
  if (expr.labels.open) names.push('...');
  return names.join(',');
}

function root(query: string): Expr {
  const analysis = analyzeQuery(query, naming);
  expect(analysis.syntaxErrors).toEqual([]);
  expect(analysis.typeErrors).toEqual([]);
  return analysis.root!;
}

describe('value types', () => {
  const cases: [string, string][] = [
    ['x', 'vector'],
    ['x[5m]', 'matrix'],
    ['rate(x[5m])', 'vector'],
    ['x[1h:5m]', 'matrix'],
    ['1 + 2', 'scalar'],
    ['time()', 'scalar'],
    ['scalar(x) * 2', 'scalar'],
    ['x * 2', 'vector'],
    ['"text"', 'string'],
    ['-x offset 5m', 'vector'],
    ['sum(x) @ end()', 'vector'],
  ];
  for (const [query, type] of cases) it(`${query} is a ${type}`, () => expect(analyzeQuery(query).root?.type).toBe(type));
});

describe('output labels', () => {
  const count = 'primitive_execution_count_total';
  const cases: [string, string][] = [
    [`${count}`, 'agent_type?,error_type?,execution_status,instance,job,otel_scope_name,otel_scope_version?,primitive_name,primitive_type'],
    ['primitive_execution_duration_milliseconds_bucket', 'agent_type?,error_type?,execution_status,instance,job,le,otel_scope_name,otel_scope_version?,primitive_name,primitive_type'],
    [`sum by (primitive_name, le) (rate(primitive_execution_duration_milliseconds_bucket[5m]))`, 'le,primitive_name'],
    [`histogram_quantile(0.9, sum by (primitive_name, le) (rate(primitive_execution_duration_milliseconds_bucket[5m])))`, 'primitive_name'],
    [`sum(rate(${count}[5m]))`, ''],
    [`sum without (instance, job) (rate(llm_tokens_total[5m]))`, 'llm_model_name,llm_provider,llm_token_type,otel_scope_name,otel_scope_version?'],
    [`topk(3, sum by (agent_type) (${count}))`, 'agent_type?'],
    [`count_values("value", sum by (job) (${count}))`, 'value'],
    [`count_values by (job) ("value", ${count})`, 'job,value'],
    [`label_replace(sum by (source_primitive) (primitive_connection_count_total), "source", "$1", "source_primitive", "(.*)")`, 'source?,source_primitive'],
    [`label_join(sum by (job) (${count}), "id", ",", "job")`, 'id?,job'],
    [`sum by (job) (${count}) / on (job) group_left (primitive_type) ${count}`, 'job,primitive_type'],
    [`sum by (job, instance) (${count}) / on (job) sum by (job) (${count})`, 'job'],
    [`sum by (job, instance) (${count}) / ignoring (instance) sum by (job) (${count})`, 'job'],
    [`sum by (job) (${count}) or sum by (instance) (${count})`, 'instance?,job?'],
    [`sum by (job) (${count}) or vector(0)`, 'job?'],
    [`absent(${count}{job="a", instance=~"b"})`, 'job'],
    [`vector(1)`, ''],
    [`sum by (job) (${count}) > 0`, 'job'],
    [`x`, '...'],
    [`sum by (a) (x)`, 'a?'],
    [`x{job="a"}`, 'job,...'],
    [`{"primitive_execution_count_total", "primitive_name"="router"}`, 'agent_type?,error_type?,execution_status,instance,job,otel_scope_name,otel_scope_version?,primitive_name,primitive_type'],
    [`sum by ($group) (${count})`, 'agent_type?,error_type?,execution_status,instance,job,otel_scope_name,otel_scope_version?,primitive_name,primitive_type'],
  ];
  for (const [query, labels] of cases) it(query, () => expect(labelsOf(root(query))).toBe(labels));

  it('records which aggregation removed labels', () => {
    expect(removedBy(root('sum by (job) (primitive_execution_count_total)').labels, 'primitive_name')?.by).toBe('sum by (job)');
    expect(removedBy(root('sum by (job) (primitive_execution_count_total)').labels, 'workflow_name')).toBeUndefined();
    expect(removedBy(root('sum(x) by (job)').labels, 'anything')?.by).toBe('sum by (job)');
    expect(removedBy(root('sum without (le) (x)').labels, 'le')?.by).toBe('sum without (le)');
    expect(removedBy(root('sum without (le) (x)').labels, 'job')).toBeUndefined();
  });
});

describe('UTF-8 names under the dotted profiles', () => {
  const utf8 = namingFor('otlp-utf8');
  it('resolves a quoted metric name and quoted labels', () => {
    const analysis = analyzeQuery('sum by ("primitive.name") (rate({"primitive.execution.count_total", "primitive.name"="router"}[5m]))', utf8);
    expect(analysis.syntaxErrors).toEqual([]);
    expect(analysis.selectors[0]!.series?.name).toBe('primitive.execution.count_total');
    expect(analysis.selectors[0]!.matchers[0]!.label.name).toBe('primitive.name');
    expect(labelsOf(analysis.root)).toBe('primitive.name');
  });
});

describe('sample origins', () => {
  function origin(query: string): string {
    const samples = analyzeQuery(query, naming).root?.samples;
    if (samples === undefined) return 'none';
    return `${samples.selectors.map((selector) => selector.series?.role ?? selector.metric?.name).join('+')}${samples.rated ? ' rated' : ' raw'}`;
  }
  const cases: [string, string][] = [
    ['primitive_execution_count_total', 'counter raw'],
    ['sum(rate(primitive_execution_count_total[5m])) * 60', 'counter rated'],
    ['sum by (le) (increase(primitive_execution_duration_milliseconds_bucket[1h]))', 'bucket rated'],
    ['sum(primitive_execution_count_total offset 1h)', 'counter raw'],
    ['count(primitive_execution_count_total)', 'none'],
    ['rate(a_total[5m]) / rate(b_total[5m])', 'none'],
    ['sum(rate(a_total[5m])) or vector(0)', 'a_total rated'],
    ['agent_workflows_active', 'gauge raw'],
    ['delta(agent_workflows_active[5m])', 'none'],
    ['rate(sum(a_total)[5m:])', 'a_total rated'],
  ];
  for (const [query, expected] of cases) it(query, () => expect(origin(query)).toBe(expected));
});

describe('durations and macros', () => {
  it('keeps the macro that stood in a range, with its original position', () => {
    const query = 'rate(x[$__rate_interval]) + increase(y[$__range]) + rate(z[5m]) + rate(w[$window])';
    const analysis = analyzeQuery(query);
    const ranges = analysis.nodes.flatMap((node) => (node.kind === 'matrix' ? [node.range] : []));
    expect(ranges.map((range) => [query.slice(range.from, range.to), range.macro, range.variable]).sort()).toEqual([
      ['$__range', '__range', undefined],
      ['$__rate_interval', '__rate_interval', undefined],
      ['$window', undefined, 'window'],
      ['5m', undefined, undefined],
    ]);
  });

  it('lists dashboard variables but not built-in macros', () => {
    const analysis: QueryAnalysis = analyzeQuery('sum by ($group) (rate(x{job=~"$job"}[$__rate_interval]))');
    expect(analysis.variables.map((variable) => variable.name)).toEqual(['group', 'job']);
  });
});

describe('syntax errors', () => {
  const cases: [string, string, number][] = [
    ['sum(rate(x[5m])', 'unexpected end of query: missing `)`', 15],
    ['rate(x[5m', 'unexpected end of query: missing `])`', 9],
    ['sum by (primitive.name) (x)', 'names with dots must be quoted', 17],
    ['x +', 'unexpected end of query', 3],
    ['rate(x[5m]) foo', 'unexpected `foo`', 12],
  ];
  for (const [query, message, from] of cases) {
    it(query, () => {
      const [error] = analyzeQuery(query).syntaxErrors;
      expect(error?.message).toContain(message);
      expect(error?.from).toBe(from);
    });
  }

  it('quotes the text as written, not the placeholders', () => {
    expect(analyzeQuery('rate(x[$__rate_interval $__interval])').syntaxErrors[0]?.message).toBe('unexpected `$__interval`');
  });

  it('maps positions back to the text as written, through substitutions', () => {
    const query = 'sum by ($group) (rate(x[$__rate_interval]) +)';
    const [error] = analyzeQuery(query).syntaxErrors;
    expect(query.slice(error!.from, error!.from + 1)).toBe(')');
  });
});

describe('type errors', () => {
  const cases: [string, string][] = [
    ['rate(x)', 'argument 1 of rate() must be a range vector, got a instant vector'],
    ['rate(x[5m], 1)', 'rate() takes 1 argument, got 2'],
    ['histogram_quantile(x, y)', 'argument 1 of histogram_quantile() must be a scalar'],
    ['sum(x[5m])', 'sum() aggregates an instant vector, got a range vector'],
    ['topk(x, y)', 'the parameter of topk() must be a scalar'],
    ['rate(x[5m]) offset 1h', '`offset` must follow a selector or a subquery'],
    ['a / rate(x[5m]) offset 1h', '`offset` must follow a selector or a subquery'],
    ['(a - b) offset 1d', '`offset` must follow a selector or a subquery'],
    ['max_over_time(a - b[5m:1m])', 'the subquery range applies to its right-hand operand'],
    ['rate(a - b[5m])', 'the range applies to its right-hand operand'],
    ['sum(x)[5m]', 'ranges are only allowed on vector selectors'],
    ['1 > 2', 'comparisons between scalars need the `bool` modifier'],
    ['x and 1', '`and` is only defined between instant vectors'],
    ['x + "a"', 'binary `+` is only allowed on scalars and instant vectors'],
    ['{job=~".*"}', 'a selector needs a metric name or at least one matcher'],
    ['label_join(x, "a")', 'label_join() takes at least 3 arguments, got 2'],
  ];
  for (const [query, message] of cases) {
    it(query, () => {
      const analysis = analyzeQuery(query);
      expect(analysis.syntaxErrors).toEqual([]);
      expect(analysis.typeErrors.map((error) => error.message).join('\n')).toContain(message);
    });
  }

  it('binds a trailing offset or @ to the right-most operand, as Prometheus does', () => {
    for (const query of ['a - b offset 1d', 'a / b @ 100', 'a - b offset 1d @ 100', 'sum(a) - b offset 1h']) {
      expect(analyzeQuery(query).typeErrors, query).toEqual([]);
    }
  });

  it('stops at a nesting depth instead of overflowing the stack', () => {
    const deep = `${'('.repeat(5000)}x${')'.repeat(5000)}`;
    const analysis = analyzeQuery(deep);
    expect(analysis.typeErrors.map((error) => error.message).join()).toContain('nested more than');
  });
});
