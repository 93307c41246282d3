/**
 * The generated SLO rule files, judged by Prometheus's own promtool: `check rules` accepts them, and `test rules`
 * evaluates them on synthetic series: a fast burn pages (and opens a ticket), a slow burn opens a ticket without
 * paging, healthy traffic within the budget stays silent, and a job that is up without the SLI's series raises the
 * absent-input alert. Expected burn rates and budgets in the alert descriptions are worked out by hand.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import project from '../../dashboards.config.ts';
import { ttaCatalog } from '../../queries/catalog.ts';
import { sloTargets } from '../../queries/slo.ts';
import { findProfile, type NamingProfile, profiles } from '../../src/naming/profiles.ts';
import type { RuleFileDocument } from '../../src/rules/file.ts';
import { promtool, promtoolMissing, ruleFileOf, runPromtool } from './helpers.ts';

const job = 'tta-app';
const minutes = 90;
const evalTime = '70m';

interface Scenario {
  readonly name: string;
  /** Share of failed executions, and of executions slower than the threshold; absent: no SLI series at all. */
  readonly traffic?: { readonly failed: number; readonly slow: number };
  /** The job's `up` series is there (the absent-input alert needs it). */
  readonly up: boolean;
  /** Alerts expected at `evalTime`: [alert name, severity, slo, values the description's queries print, in order]. */
  readonly alerts: readonly (readonly [name: string, severity: 'page' | 'ticket', slo: string, values: readonly string[]])[];
  /** Recorded series at `evalTime`, multiplied by 1000 and rounded: [series, labels, value]. */
  readonly recorded?: readonly (readonly [metric: string, labels: string, value: number])[];
}

// Budgets: availability 1 - 0.99 = 0.01, latency 1 - 0.95 = 0.05. Burn rate = error ratio / budget; budget left = 1 - burn rate
// over the window. With constant traffic every window sees the same ratio. Prometheus prints the budget with humanizePercentage (%.4g%%).
const scenarios: readonly Scenario[] = [
  {
    name: 'fast burn: 20 % failures, 90 % slow',
    traffic: { failed: 0.2, slow: 0.9 },
    up: false,
    alerts: [
      ['TtaAvailabilityBudgetBurn', 'page', 'availability', ['20.0', '20.0', '-1900%']],
      ['TtaAvailabilityBudgetBurn', 'ticket', 'availability', ['20.0', '20.0', '-1900%']],
      ['TtaLatencyBudgetBurn', 'page', 'latency', ['18.0', '18.0', '-1700%']],
      ['TtaLatencyBudgetBurn', 'ticket', 'latency', ['18.0', '18.0', '-1700%']],
    ],
  },
  {
    name: 'slow burn: 2 % failures, 8 % slow (ticket, no page)',
    traffic: { failed: 0.02, slow: 0.08 },
    up: false,
    alerts: [
      ['TtaAvailabilityBudgetBurn', 'ticket', 'availability', ['2.0', '2.0', '-100%']],
      ['TtaLatencyBudgetBurn', 'ticket', 'latency', ['1.6', '1.6', '-60%']],
    ],
    recorded: [['health', '{job="tta-app"}', Math.round(((0.98 / 0.99 + 0.92 / 0.95) / 2) * 1000)]],
  },
  {
    name: 'healthy: 0.5 % failures, 2 % slow, job up (silent)',
    traffic: { failed: 0.005, slow: 0.02 },
    up: true,
    alerts: [],
    recorded: [
      ['availabilityBudget', '{job="tta-app", slo="availability"}', 500],
      ['latencyBudget', '{job="tta-app", slo="latency"}', 600],
      ['availabilityRatio5m', '{job="tta-app", slo="availability"}', 5],
      ['health', '{job="tta-app"}', 1000],
    ],
  },
  {
    name: 'absent: the job is up but sends no SLI series',
    up: true,
    alerts: [
      ['TtaAvailabilitySliAbsent', 'ticket', 'availability', []],
      ['TtaLatencySliAbsent', 'ticket', 'latency', []],
    ],
  },
];

const alertNames = ['TtaAvailabilityBudgetBurn', 'TtaLatencyBudgetBurn', 'TtaAvailabilitySliAbsent', 'TtaLatencySliAbsent'];

/** Series growing by `perMinute` every minute. */
const counter = (series: string, perMinute: number) => ({ series, values: `0+${perMinute}x${minutes}` });

function inputSeries(scenario: Scenario, profile: NamingProfile) {
  const { executions, executionDuration } = ttaCatalog.metrics;
  const label = (attribute: string) => profile.labelName(attribute);
  const base = `${label('primitive.name')}="ask", ${label('primitive.type')}="OpenAIPrimitive", job="${job}"`;
  const series = [];
  if (scenario.up) series.push({ series: `up{job="${job}"}`, values: `1x${minutes}` });
  if (scenario.traffic !== undefined) {
    const total = 1000;
    const { failed, slow } = scenario.traffic;
    const count = profile.metricName(executions);
    const duration = profile.metricName(executionDuration);
    const status = label('execution.status');
    series.push(
      counter(`${count}{${base}, ${status}="success"}`, Math.round(total * (1 - failed))),
      counter(`${count}{${base}, ${status}="error"}`, Math.round(total * failed)),
      counter(`${duration}_count{${base}, ${status}="success"}`, total),
      counter(`${duration}_bucket{${base}, ${status}="success", le="${sloTargets.latencyThresholdMs}.0"}`, Math.round(total * (1 - slow))),
      counter(`${duration}_bucket{${base}, ${status}="success", le="+Inf"}`, total),
    );
  }
  return series;
}

/** The alert's annotations as Prometheus expands them: `$labels.job`, and each query template replaced by what it prints. */
function expandedAnnotations(annotations: Readonly<Record<string, string>>, values: readonly string[]) {
  return Object.fromEntries(
    Object.entries(annotations).map(([key, template]) => {
      let next = 0;
      const text = template.replace(/\{\{ with printf .*?\{\{ end \}\}/g, () => values[next++] ?? 'MISSING');
      return [key, text.replaceAll('{{ $labels.job }}', job)];
    }),
  );
}

function alertRule(document: RuleFileDocument, name: string, severity: string) {
  const rule = document.groups
    .flatMap((group) => group.rules)
    .find((candidate) => candidate.alert === name && (candidate.labels as Record<string, string>).severity === severity);
  if (rule === undefined) throw new Error(`no alert ${name} with severity ${severity}`);
  return rule as { annotations: Record<string, string> };
}

function recordName(document: RuleFileDocument, key: string): string {
  const records = document.groups.flatMap((group) => group.rules).map((rule) => String(rule.record));
  const pick: Record<string, (name: string) => boolean> = {
    health: (name) => name.includes('slo_health'),
    availabilityBudget: (name) => name.includes('count_errors:error_budget_remaining'),
    latencyBudget: (name) => name.includes('_slow:error_budget_remaining'),
    availabilityRatio5m: (name) => name.endsWith('count_errors:ratio_rate5m'),
  };
  const found = records.find(pick[key]);
  if (found === undefined) throw new Error(`no recording for ${key}`);
  return found;
}

function testSuite(document: RuleFileDocument, file: string, profile: NamingProfile) {
  return {
    rule_files: [file],
    evaluation_interval: '1m',
    tests: scenarios.map((scenario) => ({
      name: scenario.name,
      interval: '1m',
      input_series: inputSeries(scenario, profile),
      alert_rule_test: alertNames.map((alertname) => ({
        eval_time: evalTime,
        alertname,
        exp_alerts: scenario.alerts
          .filter(([name]) => name === alertname)
          .map(([name, severity, slo, values]) => ({
            exp_labels: { job, severity, slo },
            exp_annotations: expandedAnnotations(alertRule(document, name, severity).annotations, values),
          })),
      })),
      promql_expr_test: (scenario.recorded ?? []).map(([key, labels, value]) => ({
        expr: `round(${recordName(document, key)} * 1000)`,
        eval_time: evalTime,
        exp_samples: [{ labels, value }],
      })),
    })),
  };
}

// promtool 2.42 (Debian's) reads classic names only; the UTF-8 profiles' rule files need Prometheus 3.
const classicProfiles = profiles.filter((profile) => !profile.utf8);

if (promtool === undefined) {
  promtoolMissing('the SLO rule files checked with promtool');
} else {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tta-slo-rules-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('promtool check rules', () => {
    it('accepts the committed rule file', () => {
      const result = runPromtool(['check', 'rules', 'generated/rules/tta-slo.rules.yaml'], process.cwd());
      expect(result.output).toMatch(/SUCCESS: \d+ rules found/);
      expect(result.ok).toBe(true);
    });

    it.each(classicProfiles.map((profile) => [profile.id, profile]))('accepts the rule file generated for %s', async (_, profile) => {
      const { text } = await ruleFileOf(project, profile);
      const file = join(dir, `${profile.id}.rules.yaml`);
      writeFileSync(file, text);
      const result = runPromtool(['check', 'rules', file], dir);
      expect(result.output).toContain('SUCCESS: 25 rules found');
      expect(result.ok).toBe(true);
    });
  });

  describe('promtool test rules: the alerts on synthetic series', () => {
    it.each(['otel-python', 'otel-js'])('fire, page, ticket and stay silent as designed (%s naming)', async (id) => {
      const profile = findProfile(id)!;
      const { text, document } = await ruleFileOf(project, profile);
      const rules = `${id}.rules.yaml`;
      writeFileSync(join(dir, rules), text);
      const suite = join(dir, `${id}.test.yaml`);
      writeFileSync(suite, stringify(testSuite(document, rules, profile), { lineWidth: 0 }));
      const result = runPromtool(['test', 'rules', suite], dir);
      expect(result.output, 'promtool test rules').toContain('SUCCESS');
      expect(result.ok).toBe(true);
    });

    it('reports a suite whose expected alert does not fire (the judge can say no)', async () => {
      const profile = findProfile('otel-python')!;
      const { text, document } = await ruleFileOf(project, profile);
      writeFileSync(join(dir, 'negative.rules.yaml'), text);
      const suite = testSuite(document, 'negative.rules.yaml', profile);
      // The healthy scenario, expected to page: promtool must refuse.
      const healthy = suite.tests[2];
      healthy.alert_rule_test[0].exp_alerts = [{ exp_labels: { job, severity: 'page', slo: 'availability' }, exp_annotations: {} }];
      const file = join(dir, 'negative.test.yaml');
      writeFileSync(file, stringify({ ...suite, tests: [healthy] }, { lineWidth: 0 }));
      const result = runPromtool(['test', 'rules', file], dir);
      expect(result.ok).toBe(false);
      expect(result.output).toContain('TtaAvailabilityBudgetBurn');
    });
  });
}
