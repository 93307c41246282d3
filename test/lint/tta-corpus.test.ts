/**
 * Correct TTA queries under otel-python give no findings from any default rule; the TTA design's broken
 * copy-paste queries give the finding that explains them.
 */
import { describe, expect, it } from 'vitest';
import { lintQuery } from './rules/query-lint.ts';

const rate = (selector: string) => `rate(${selector}[$__rate_interval])`;
const executions = 'primitive_execution_count_total';
const buckets = 'primitive_execution_duration_milliseconds_bucket';
const filter = '{job=~"$job", agent_type=~"$agent_type"}';

/** [query, legendFormat?] */
const correct: readonly (readonly [string, string?])[] = [
  [`sum(${rate(executions)})`],
  [`sum by (primitive_name) (${rate(`${executions}${filter}`)})`, '{{primitive_name}}'],
  [`sum by (primitive_type, execution_status) (${rate(executions)})`, '{{primitive_type}} {{execution_status}}'],
  [`sum(${rate(`${executions}{execution_status="error"}`)}) / sum(${rate(executions)})`],
  [`sum by (primitive_name) (${rate(`${executions}{execution_status="error"}`)}) / sum by (primitive_name) (${rate(executions)})`, '{{primitive_name}}'],
  [`(sum(${rate(`${executions}{execution_status="error"}`)}) or vector(0)) / sum(${rate(executions)})`],
  [`sum(${rate(`${executions}{execution_status="success"}`)}) / clamp_min(sum(${rate(executions)}), 1e-9)`],
  [`1 - (sum(${rate(`${executions}{execution_status="error"}`)}) or vector(0)) / sum(${rate(executions)})`],
  [`histogram_quantile(0.95, sum by (le) (${rate(buckets)}))`],
  [`histogram_quantile(0.5, sum by (le, primitive_name) (${rate(`${buckets}${filter}`)}))`, '{{primitive_name}}'],
  [`histogram_quantile(0.99, sum by (le, primitive_type) (${rate(buckets)}))`, 'p99 {{primitive_type}}'],
  [`histogram_quantile(0.95, sum by (le) (increase(${buckets}[$__range])))`],
  [`sum by (le) (increase(${buckets}[$__rate_interval]))`, '{{le}}'],
  [`sum(${rate('primitive_execution_duration_milliseconds_sum')}) / sum(${rate('primitive_execution_duration_milliseconds_count')})`],
  [`sum by (primitive_name) (${rate('primitive_execution_duration_milliseconds_sum')}) / sum by (primitive_name) (${rate('primitive_execution_duration_milliseconds_count')})`, '{{primitive_name}}'],
  [`sum by (primitive_name) (${rate(`${buckets}{le="500"}`)}) / ignoring(le) group_left sum by (primitive_name) (${rate('primitive_execution_duration_milliseconds_count')})`],
  [`sum by (primitive_name, le) (${rate(buckets)}) / ignoring(le) group_left sum by (primitive_name) (${rate('primitive_execution_duration_milliseconds_count')})`],
  [`sum by (primitive_name) (${rate(executions)}) / ignoring(primitive_name) group_left sum(${rate(executions)})`, '{{primitive_name}}'],
  [`sum(increase(${executions}[$__range]))`],
  [`sum by (primitive_type) (increase(${executions}{job=~"$job"}[$__range]))`, '{{primitive_type}}'],
  [`topk(10, sum by (primitive_name) (increase(${executions}[$__range])))`, '{{primitive_name}}'],
  [`bottomk(5, sum by (primitive_name) (${rate(executions)}))`],
  [`sum by (primitive_name) (${rate(`${executions}{primitive_type="RetryPrimitive"}`)})`, '{{primitive_name}}'],
  [`sum by (primitive_name) (${rate(`${executions}{primitive_type=~"RetryPrimitive|FallbackPrimitive"}`)})`],
  [`sum by (primitive_name) (${rate(`${executions}{primitive_type=~"Adaptive.*Primitive"}`)})`],
  [`sum by (primitive_name) (${rate(`${executions}{primitive_type="MyOwnPrimitive"}`)})`],
  [`sum by (error_type) (${rate(`${executions}{execution_status="error"}`)})`, '{{error_type}}'],
  [`sum by (agent_type) (agent_workflows_active{job=~"$job"})`, '{{agent_type}}'],
  [`sum(agent_workflows_active)`],
  [`max_over_time(sum(agent_workflows_active)[1h:])`],
  [`max_over_time(sum(${rate(executions)})[$__range:$__interval])`],
  [`sum(${rate(executions)}) - sum(rate(${executions}[$__rate_interval] offset 1d))`],
  [`sum(rate(${executions}[$__rate_interval] offset 1w))`],
  [`sum by (llm_provider, llm_model_name) (${rate('llm_tokens_total{llm_token_type="total"}')})`, '{{llm_provider}} {{llm_model_name}}'],
  [`sum by (llm_token_type) (increase(llm_tokens_total{llm_token_type=~"input|output"}[$__range]))`, '{{llm_token_type}}'],
  [`sum by (llm_model_name) (${rate('llm_tokens_total{llm_token_type="output"}')}) / sum by (llm_model_name) (${rate('llm_tokens_total{llm_token_type!="total"}')})`],
  [`sum by (primitive_name) (${rate('cache_hits_total')}) / sum by (primitive_name) (${rate('cache_total')})`, '{{primitive_name}}'],
  [`sum(${rate('cache_hits_total{cache_type=~"$cache_type"}')}) / clamp_min(sum(${rate('cache_total{cache_type=~"$cache_type"}')}), 1)`],
  [`(sum(${rate('cache_hits_total')}) or vector(0)) / sum(${rate('cache_total')})`],
  [
    `label_replace(label_replace(sum by (source_primitive, target_primitive) (increase(primitive_connection_count_total[$__range])), "source", "$1", "source_primitive", "(.*)"), "target", "$1", "target_primitive", "(.*)")`,
    '{{source}} -> {{target}}',
  ],
  [`label_join(sum by (source_primitive, target_primitive) (increase(primitive_connection_count_total[$__range])), "id", "->", "source_primitive", "target_primitive")`, '{{id}}'],
  [`label_replace(sum by (primitive_name) (increase(${executions}[$__range])), "id", "$1", "primitive_name", "(.*)")`, '{{id}}'],
  [`sum by (connection_type) (${rate('primitive_connection_count_total{connection_type="parallel"}')})`, '{{connection_type}}'],
  [`sum(${rate('cache_total{cache_type=~"memory|lru"}')})`],
  [`count(count by (primitive_name) (${executions}))`],
  [`count by (primitive_type) (group by (primitive_type, primitive_name) (${executions}))`, '{{primitive_type}}'],
  [`sum(${rate(executions)}) * 60`],
  [`sum(${rate(executions)}) > 0`],
  [`sum by (primitive_name) (${rate(executions)}) and on (primitive_name) sum by (primitive_name) (${rate(`${executions}{execution_status="error"}`)}) > 0`],
  [`absent(${executions}{job=~"$job"})`],
  [`sum(rate(${executions}[$__rate_interval] @ end()))`],
  [`sum(rate({"primitive_execution_count_total", execution_status="error"}[$__rate_interval] offset 5m)) or vector(0)`],
  [`sum by (instance) (${rate(executions)})`, '{{instance}}'],
  [`sum by (${'$'}group) (${rate(executions)})`],
  [`max_over_time(sum(${rate(executions)})[1h:5m])`],
  [`sum(increase(${executions}[$__range])) / ($__range_s / 60)`],
  [`quantile(0.9, sum by (primitive_name) (${rate(executions)}))`],
  [`histogram_quantile(0.95, sum by (le) (${rate(`${buckets}{primitive_name=~"$primitive", job=~"$job"}`)})) / 1000`],
];

describe('correct TTA queries (otel-python) give no findings', () => {
  it('has a corpus of at least 40 queries', () => {
    expect(correct.length).toBeGreaterThanOrEqual(40);
  });
  for (const [query, legendFormat] of correct) {
    it(query, () => {
      expect(lintQuery(query, legendFormat === undefined ? {} : { legendFormat })).toEqual([]);
    });
  }
});

/** [query, rule, reported text, legendFormat?] */
const broken: readonly (readonly [string, string, string, string?])[] = [
  [`sum(rate(primitive_execution_count[$__rate_interval]))`, 'unknown-metric', 'primitive_execution_count'],
  [`sum(rate(cache_hits[$__rate_interval]))`, 'unknown-metric', 'cache_hits'],
  [`histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_bucket[$__rate_interval])))`, 'unknown-metric', 'primitive_execution_duration_bucket'],
  [`histogram_quantile(0.95, sum by (primitive_name) (rate(${buckets}[$__rate_interval])))`, 'histogram-quantile-drops-le', 'sum by (primitive_name)'],
  [`histogram_quantile(0.95, sum(rate(${buckets}[$__rate_interval])))`, 'histogram-quantile-drops-le', 'sum'],
  [`sum by (workflow_name) (rate(${executions}[$__rate_interval]))`, 'unknown-label', 'workflow_name'],
  [`sum(rate(${executions}{workflow_name="checkout"}[$__rate_interval]))`, 'unknown-label', 'workflow_name'],
  [`sum(rate(${executions}{retry_attempt!=""}[$__rate_interval]))`, 'unknown-label', 'retry_attempt'],
  [`sum(rate(${executions}[5m]))`, 'rate-interval', '5m'],
  [`sum(rate(${executions}{execution_status="failed"}[$__rate_interval]))`, 'label-value-not-emitted', '"failed"'],
  // The seed's values, before the metrics contract fixed them.
  [`sum(rate(${executions}{primitive_type="retry"}[$__rate_interval]))`, 'label-value-not-emitted', '"retry"'],
  [`sum by (primitive_name) (rate(${executions}{primitive_type=~"sequential|parallel|router"}[$__rate_interval]))`, 'label-value-not-emitted', '"sequential|parallel|router"'],
  [`sum(rate(llm_tokens_total{llm_token_type="prompt"}[$__rate_interval]))`, 'label-value-not-emitted', '"prompt"'],
  [`sum(rate(primitive_connection_count_total{connection_type="conditional"}[$__rate_interval]))`, 'label-value-not-emitted', '"conditional"'],
  [`sum(rate(cache_total{cache_type="ttl"}[$__rate_interval]))`, 'label-value-not-emitted', '"ttl"'],
  [`sum by (llm_provider, llm_model_name) (rate(llm_tokens_total[$__rate_interval]))`, 'sum-value-double-counted', 'sum'],
  [`sum(slo_compliance)`, 'planned-metric', 'slo_compliance'],
  [`sum by (primitive_type) (rate(${executions}[$__rate_interval]))`, 'legend-unknown-label', '', '{{workflow_name}}'],
];

describe('the TTA design\'s broken copy-paste queries give the expected finding', () => {
  for (const [query, rule, at, legendFormat] of broken) {
    it(`${rule}: ${query}`, () => {
      const findings = lintQuery(query, legendFormat === undefined ? {} : { legendFormat });
      expect(findings.map((finding) => [finding.rule, finding.at ?? ''])).toContainEqual([rule, at]);
    });
  }
});
