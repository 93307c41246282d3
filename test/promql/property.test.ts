/**
 * Whatever text reaches the linter (random bytes, broken copy-pastes, Grafana macros in odd places, deep nesting),
 * analysis and every query rule return normally, with positions inside the text.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { QueryRule } from '../../src/lint/rule.ts';
import { queryRules } from '../../src/lint/rules/query-rules.ts';
import { analyzeQuery } from '../../src/promql/analyze.ts';
import { lintAnalysis, namingFor } from '../lint/rules/query-lint.ts';

const seeds = [
  'sum by (primitive_name) (rate(primitive_execution_count_total{job=~"$job", agent_type=~"$agent_type"}[$__rate_interval]))',
  'histogram_quantile(0.95, sum by (le, primitive_name) (rate(primitive_execution_duration_milliseconds_bucket[$__rate_interval])))',
  '(sum(rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval])) or vector(0)) / sum(rate(primitive_execution_count_total[$__rate_interval]))',
  'sum by (primitive_name, le) (rate(primitive_execution_duration_milliseconds_bucket[5m])) / ignoring(le) group_left sum by (primitive_name) (rate(primitive_execution_duration_milliseconds_count[5m]))',
  'label_join(label_replace(sum by (source_primitive, target_primitive) (increase(primitive_connection_count_total[$__range])), "source", "$1", "source_primitive", "(.*)"), "id", "->", "source", "target_primitive")',
  'max_over_time(sum(rate(llm_tokens_total[$__rate_interval]))[1h:$__interval] offset 1d)',
  'topk(10, sum by (llm_model_name) (increase(llm_tokens_total{llm_token_type=~"prompt|completion"}[$__range]))) @ end()',
  'sum by ("primitive.name") (rate({"primitive.execution.count_total", "primitive.name"="router"}[5m]))',
  'count_values("v", sum by ([[group]]) (agent_workflows_active)) > bool 0',
  'clamp_min(sum(rate(cache_hits_total[${interval:raw}])), 1) / absent(slo_compliance{job="a"}) unless on(job) up',
];

const tokens = [
  '(', ')', '[', ']', '{', '}', ',', '"', "'", '`', '=', '=~', '!~', '!=', ' by ', ' without ', ' on(', ' ignoring(',
  ' group_left', ' group_right(', ' offset ', ' @ ', ' bool ', ' or ', ' and ', ' unless ', ' + ', ' / ', ' ^ ', '5m', '1h:',
  ':', 'rate(', 'sum(', 'histogram_quantile(', 'label_replace(', 'vector(0)', 'le', '$', '$__rate_interval', '$__interval',
  '$__range', '${job:regex}', '[[var]]', '[[', '$x{', '"$job"', '\\', '#', '\n', 'é', '\u{1F600}', '\u0000', 'inf', 'NaN', '-', '0x1F',
];

const insertion = fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));

type Mutation = (query: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 12 })).map(([at, length]): Mutation => (query) => {
    const from = at % (query.length + 1);
    return query.slice(0, from) + query.slice(from + length);
  }),
  fc.tuple(fc.nat(), insertion).map(([at, text]): Mutation => (query) => {
    const from = at % (query.length + 1);
    return query.slice(0, from) + text + query.slice(from);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.nat()).map(([at, length, to]): Mutation => (query) => {
    const from = at % (query.length + 1);
    const target = to % (query.length + 1);
    return query.slice(0, target) + query.slice(from, from + length) + query.slice(target);
  }),
  fc.nat({ max: 40 }).map((depth): Mutation => (query) => `${'sum('.repeat(depth)}${query}${')'.repeat(depth)}`),
);

const mutated = fc
  .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([seed, mutations]) => mutations.reduce((query, mutate) => mutate(query), seed));

const random = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((parts) => parts.join('')),
);

const allRules: readonly QueryRule[] = queryRules;
const profiles = ['otel-python', 'otlp-utf8', 'none'] as const;

function inside(span: { from?: number; to?: number }, length: number): boolean {
  if (span.from === undefined) return true;
  const to = span.to ?? span.from;
  return span.from >= 0 && span.from <= to && to <= length;
}

/** Analysis and every rule (opinionated ones too) run; every reported span lies inside the query. */
function checkQuery(query: string, profile: (typeof profiles)[number]): void {
  const analysis = analyzeQuery(query, profile === 'none' ? undefined : namingFor(profile));
  if (analysis.text !== query || analysis.substituted.length !== query.length) throw new Error('analysis changed the text length');
  // analyzeQuery turns its own defects into a diagnostic rather than throwing; here that is a failure too.
  const crash = analysis.typeErrors.find((error) => error.message.startsWith('could not analyse'));
  if (crash !== undefined) throw new Error(crash.message);
  const findings = lintAnalysis(analysis, { rules: allRules, legendFormat: '{{job}} {{le}}' });
  const spans = [...analysis.syntaxErrors, ...analysis.typeErrors, ...analysis.variables, ...findings];
  const outside = spans.find((span) => !inside(span, query.length));
  if (outside !== undefined) throw new Error(`span outside the query: ${JSON.stringify(outside)}`);
}

describe('analysis and query rules never throw', () => {
  it('on mutations of valid TTA queries', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom(...profiles), (query, profile) => checkQuery(query, profile)),
      { numRuns: 7_000, seed: 20261124 },
    );
  });

  it('on random text and random token soup', () => {
    fc.assert(
      fc.property(random, fc.constantFrom(...profiles), (query, profile) => checkQuery(query, profile)),
      { numRuns: 3_500, seed: 42 },
    );
  });

  it('on extreme nesting and length', () => {
    for (const query of [
      `${'('.repeat(5_000)}x${')'.repeat(5_000)}`,
      `${'-'.repeat(5_000)}x`,
      Array.from({ length: 3_000 }, () => 'rate(x_total[5m])').join(' + '),
      `x{${Array.from({ length: 2_000 }, (_, index) => `l${index}="$v${index}"`).join(',')}}`,
      '$'.repeat(2_000),
      '[['.repeat(5_000),
    ]) {
      checkQuery(query, 'otel-python');
    }
  });
});
