/**
 * The dashboard's arithmetic, checked by Prometheus itself: synthetic series with known increases go through
 * `promtool test rules`, and each panel query must give the value worked out by hand from the scenario
 * (health score, availability, zero-filled ratios, costs from the price table, savings, node-graph labels).
 * The series carry the contract's values (class names, input/output/total tokens), so a panel that selects
 * the wrong values comes out empty and one that adds `total` to its parts comes out too high.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { stringify } from 'yaml';
import { pricesUsdPerMillionTokens } from '../../queries/prices.ts';
import { sloTargets } from '../../queries/slo.ts';
import { findProfile } from '../../src/naming/profiles.ts';
import { findTool } from '../e2e/harness/prometheus.ts';
import { panels } from './helpers.ts';

const python = findProfile('otel-python')!;
const minutes = 10;
const job = 'job="tta"';

/** `series{labels}` growing by `perMinute` every minute for `minutes` minutes. */
const counter = (series: string, perMinute: number) => ({ series, values: `0+${perMinute}x${minutes}` });
const gauge = (series: string, value: number) => ({ series, values: `${value}x${minutes}` });

const exec = (labels: string) => `primitive_execution_count_total{${job}, ${labels}}`;
const duration = (suffix: string, labels: string) => `primitive_execution_duration_milliseconds_${suffix}{${job}, ${labels}}`;
const askLabels = 'primitive_name="ask", primitive_type="OpenAIPrimitive", execution_status="success"';
const wfLabels = 'primitive_name="wf", primitive_type="SequentialPrimitive", execution_status="success"';
const inputSeries = [
  counter(
    exec('primitive_name="wf", primitive_type="SequentialPrimitive", execution_status="success", agent_type="planner"'),
    9,
  ),
  counter(
    exec(
      'primitive_name="wf", primitive_type="SequentialPrimitive", execution_status="error", error_type="TimeoutError", agent_type="planner"',
    ),
    1,
  ),
  counter(exec('primitive_name="wf2", primitive_type="RouterPrimitive", execution_status="success", agent_type="planner"'), 3),
  counter(exec('primitive_name="ask", primitive_type="OpenAIPrimitive", execution_status="success", agent_type="planner"'), 20),
  counter(exec('primitive_name="again", primitive_type="RetryPrimitive", execution_status="success", agent_type="planner"'), 6),
  counter(duration('bucket', `${askLabels}, le="1000.0"`), 24),
  counter(duration('bucket', `${askLabels}, le="+Inf"`), 30),
  counter(duration('count', askLabels), 30),
  counter(duration('bucket', `${wfLabels}, le="1000.0"`), 10),
  counter(duration('bucket', `${wfLabels}, le="+Inf"`), 10),
  counter(duration('count', wfLabels), 10),
  counter(
    `primitive_connection_count_total{${job}, source_primitive="wf", target_primitive="ask", connection_type="sequential"}`,
    20,
  ),
  counter(`llm_tokens_total{${job}, llm_provider="openai", llm_model_name="gpt-4o", llm_token_type="input"}`, 1000),
  counter(`llm_tokens_total{${job}, llm_provider="openai", llm_model_name="gpt-4o", llm_token_type="output"}`, 100),
  counter(`llm_tokens_total{${job}, llm_provider="openai", llm_model_name="gpt-4o", llm_token_type="total"}`, 1100),
  counter(`llm_tokens_total{${job}, llm_provider="google", llm_model_name="gemini-1.5-flash", llm_token_type="input"}`, 50),
  counter(`llm_tokens_total{${job}, llm_provider="google", llm_model_name="gemini-1.5-flash", llm_token_type="total"}`, 50),
  counter(`cache_total{${job}, primitive_name="c1", cache_type="memory"}`, 10),
  counter(`cache_hits_total{${job}, primitive_name="c1", cache_type="memory"}`, 4),
  counter(`cache_total{${job}, primitive_name="c2"}`, 5),
  gauge(`agent_workflows_active{${job}, agent_type="planner"}`, 3),
  gauge(`agent_workflows_active{${job}}`, 2),
];

// Worked out by hand from the series above, over the whole range (10 min) or the last 5 min (rates).
const gpt4o = pricesUsdPerMillionTokens.openai['gpt-4o'];
const executions = 10 * (9 + 1 + 3 + 20 + 6);
const availability = 1 - 10 / executions;
const latencyCompliance = (240 + 100) / (300 + 100);
const spendUsd = (10_000 * gpt4o.input + 1_000 * gpt4o.output) / 1e6;
// All of wf's executions are in its first bucket (<= 1000 ms): P95 is interpolated to 95 % of the bound. ask's P95
// is past its last finite bucket, which histogram_quantile reports as that bucket's bound.
const wfP95Ms = 950;
const askP95Ms = 1000;

type Expected = readonly (readonly [labels: string, value: number])[];
const expectations: readonly { panel: string; ref?: number; samples: Expected }[] = [
  {
    panel: 'Health score',
    samples: [
      [
        '{}',
        (Math.min(availability / sloTargets.availability, 1) + Math.min(latencyCompliance / sloTargets.latency, 1)) / 2,
      ],
    ],
  },
  { panel: 'Availability', samples: [['{}', availability]] },
  { panel: `Executions under ${sloTargets.latencyThresholdMs} ms`, samples: [['{}', latencyCompliance]] },
  { panel: 'Error rate', samples: [['{}', 1 / 39]] },
  {
    panel: 'Service map',
    ref: 0,
    samples: [
      ['{id="again", title="again"}', 60],
      ['{id="ask", title="ask"}', 200],
      ['{id="wf", title="wf"}', 100],
      ['{id="wf2", title="wf2"}', 30],
    ],
  },
  { panel: 'Service map', ref: 1, samples: [['{id="wf->ask", source="wf", target="ask"}', 200]] },
  {
    panel: 'Active workflows by agent type',
    samples: [
      ['{agent_type="planner"}', 3],
      ['{agent_type="unspecified"}', 2],
    ],
  },
  { panel: 'Errors by type', samples: [['{error_type="TimeoutError"}', 10]] },
  {
    panel: 'Workflow success rates',
    ref: 1,
    samples: [
      ['{primitive="wf", primitive_name="wf"}', 0.9],
      ['{primitive="wf2", primitive_name="wf2"}', 1],
    ],
  },
  {
    panel: 'Workflow success rates',
    ref: 2,
    samples: [['{primitive="wf", primitive_name="wf"}', wfP95Ms]],
  },
  {
    panel: 'Workflow success rates',
    ref: 3,
    samples: [
      ['{primitive="wf", primitive_name="wf"}', 10],
      ['{primitive="wf2", primitive_name="wf2"}', 0],
    ],
  },
  { panel: 'Slowest workflows (P95)', samples: [['{primitive_name="wf"}', wfP95Ms]] },
  { panel: 'Bottlenecks: slowest primitives (P95)', samples: [['{primitive_name="ask"}', askP95Ms]] },
  {
    panel: 'Executions by primitive type',
    samples: [
      ['{primitive_type="OpenAIPrimitive"}', 200],
      ['{primitive_type="RetryPrimitive"}', 60],
      ['{primitive_type="RouterPrimitive"}', 30],
      ['{primitive_type="SequentialPrimitive"}', 100],
    ],
  },
  {
    panel: 'Retry and fallback activity',
    samples: [['{execution_status="success", primitive_type="RetryPrimitive"}', 6 / 60]],
  },
  {
    panel: 'Tokens by model and type',
    samples: [
      ['{llm_model_name="gemini-1.5-flash", llm_token_type="input"}', 50 / 60],
      ['{llm_model_name="gpt-4o", llm_token_type="input"}', 1000 / 60],
      ['{llm_model_name="gpt-4o", llm_token_type="output"}', 100 / 60],
    ],
  },
  {
    panel: 'Cache hit ratio by cache',
    samples: [
      ['{primitive_name="c1"}', 0.4],
      ['{primitive_name="c2"}', 0],
    ],
  },
  {
    panel: 'Cache hit ratio by cache type',
    samples: [
      ['{cache_type="memory"}', 0.4],
      ['{cache_type="unspecified"}', 0],
    ],
  },
  {
    panel: 'Estimated cost per hour',
    samples: [
      [
        '{llm_model_name="gpt-4o", llm_provider="openai"}',
        (((1000 * gpt4o.input + 100 * gpt4o.output) / 60) * 3600) / 1e6,
      ],
    ],
  },
  {
    panel: 'Tokens without a price',
    samples: [['{llm_model_name="gemini-1.5-flash", llm_provider="google"}', 50 / 60]],
  },
  { panel: 'Estimated savings from caching', samples: [['{}', 40 * (spendUsd / 200)]] },
];

/** Grafana's macros and the All value of the variables, as Grafana would send the query. */
function asGrafanaSends(query: string): string {
  return query
    .replaceAll('$__rate_interval', '5m')
    .replaceAll('$__range', `${minutes}m`)
    .replaceAll('$job', '.*')
    .replaceAll('$agent_type', '.*');
}

// promtool compares floats exactly; comparing micro-units keeps the check exact yet independent of summation order.
const scale = 1e6;

function promtoolTests() {
  return expectations.map(({ panel, ref = 0, samples }) => {
    const definition = panels.find((entry) => entry.panel.title === panel)?.panel;
    const target = definition?.targets[ref];
    if (target?.kind !== 'prometheus') throw new Error(`no Prometheus query #${ref + 1} in panel ${panel}`);
    return {
      expr: `round((${asGrafanaSends(target.expr.render(python))}) * ${scale})`,
      eval_time: `${minutes}m`,
      exp_samples: samples.map(([labels, value]) => ({ labels, value: Math.round(value * scale) })),
    };
  });
}

const promtool = findTool('promtool');

if (promtool === undefined) {
  test('panel arithmetic against Prometheus (needs promtool)', () => {
    const message = 'the panel arithmetic test needs `promtool`; install it with `apt-get install -y prometheus`';
    if (process.env.CI === 'true') throw new Error(`CI: ${message}`);
    console.warn(`\n${'!'.repeat(100)}\n!! PANEL ARITHMETIC TEST DID NOT RUN: ${message}\n${'!'.repeat(100)}\n`);
  });
} else {
  describe('panel arithmetic, evaluated by Prometheus', () => {
    it('gives the hand-computed value for every checked panel', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tta-content-promtool-'));
      try {
        const file = join(dir, 'panels.test.yaml');
        const tests = [{ interval: '1m', input_series: inputSeries, promql_expr_test: promtoolTests() }];
        writeFileSync(file, stringify({ evaluation_interval: '1m', tests }, { lineWidth: 0 }));
        const run = spawnSync(promtool, ['test', 'rules', file], { encoding: 'utf8', timeout: 20_000 });
        expect(run.error).toBeUndefined();
        expect(`${run.stdout}\n${run.stderr}`.trim(), 'promtool reports').toMatch(/SUCCESS/);
        expect(run.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
