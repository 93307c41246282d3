/**
 * The SLO settings in queries/slo.ts drive everything: a changed target moves the alert thresholds, the recorded
 * budgets, the alert descriptions and the panels together; a setting that cannot work stops generation, naming it,
 * with exit 1 and nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import project from '../../dashboards.config.ts';
import { type SloTargets, sloTargets, ttaSlos } from '../../queries/slo.ts';
import { findProfile } from '../../src/naming/profiles.ts';
import { buildOutputs } from '../../src/output/build.ts';
import type { Project } from '../../src/project.ts';
import type { RuleFileDocument } from '../../src/rules/file.ts';
import { runCapturing } from '../cli/capture.ts';

const python = findProfile('otel-python')!;

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'tta-slo-settings-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const withTargets = (changes: Partial<Record<keyof SloTargets, unknown>>): Project => ({
  ...project,
  slos: ttaSlos({ ...sloTargets, ...changes } as SloTargets),
});

describe('a setting that cannot work stops generation', () => {
  it.each([
    ['availability', 1.5, 'sloTargets.availability (queries/slo.ts) is 1.5: an SLO target must be a share strictly between 0 and 1'],
    ['availability', 1, 'sloTargets.availability (queries/slo.ts) is 1: an SLO target must be a share strictly between 0 and 1'],
    ['latency', 0, 'sloTargets.latency (queries/slo.ts) is 0: an SLO target must be a share strictly between 0 and 1'],
    ['window', '2d', 'sloTargets.window (queries/slo.ts) is "2d": the SLO window must be at least 3d, the longest alert window'],
    ['window', '30 days', 'sloTargets.window (queries/slo.ts) is "30 days": the SLO window must be a duration such as 30d or 4w'],
    [
      'latencyThresholdMs',
      750,
      'sloTargets.latencyThresholdMs (queries/slo.ts) is 750: a latency threshold must be a bucket boundary of primitive.execution.duration (10, 50, 100, 250, 500, 1000, 2500, 5000, 10000)',
    ],
  ] as const)('%s = %s', async (setting, value, message) => {
    const result = await runCapturing(withTargets({ [setting]: value }), ['--out', 'out'], cwd);
    expect(result.stderr).toContain(`error: rules/tta-slo.rules.yaml: ${message}`);
    expect(result.stderr).toMatch(/nothing was written\.\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(1);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});

describe('the rule file in the output folder', () => {
  it('is written with the dashboards, and --check reports it when it is stale', async () => {
    expect((await runCapturing(project, ['--out', 'out'], cwd)).code).toBe(0);
    const file = join(cwd, 'out/rules/tta-slo.rules.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('> 0.144', '> 0.5'));
    const check = await runCapturing(project, ['--check', '--out', 'out'], cwd);
    expect(check.stdout).toContain('out/rules/tta-slo.rules.yaml: differs from the generated file');
    expect(check.code).toBe(1);
  });
});

describe('changing a target in queries/slo.ts', () => {
  afterEach(() => {
    vi.doUnmock('../../queries/slo.ts');
    vi.resetModules();
  });

  it('changes thresholds, descriptions, panels and alerts together', async () => {
    const before = await buildOutputs(project, python);
    vi.resetModules();
    vi.doMock('../../queries/slo.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../queries/slo.ts')>();
      return { ...original, sloTargets: { ...original.sloTargets, availability: 0.995 } };
    });
    const changed = (await import('../../dashboards.config.ts')).default;
    const { buildOutputs: build } = await import('../../src/output/build.ts');
    const after = await build(changed, python);

    const rulesBefore = before.get('rules/tta-slo.rules.yaml')!;
    const rules = after.get('rules/tta-slo.rules.yaml')!;
    // Expressions are laid out over several lines: compare them without whitespace.
    const exprs = (parse(rules) as RuleFileDocument).groups.flatMap((group) => group.rules).map((rule) => String(rule.expr).replace(/\s+/g, ''));
    const hasExpr = (text: string) => exprs.some((expr) => expr.includes(text.replace(/\s+/g, '')));
    // Budget 0.005: page at 14.4 x 0.005 and 6 x 0.005, ticket at 3 x and 1 x, budget left divides by it.
    const ratio = (window: string) => `job:primitive_execution_count_errors:ratio_rate${window}`;
    for (const [long, short, threshold] of [['1h', '5m', 0.072], ['6h', '30m', 0.03], ['1d', '2h', 0.015], ['3d', '6h', 0.005]] as const) {
      expect(hasExpr(`(${ratio(long)} > ${threshold} and ${ratio(short)} > ${threshold})`), `${long} ${threshold}`).toBe(true);
    }
    expect(hasExpr('1 - job:primitive_execution_count_errors:ratio_rate30d / 0.005')).toBe(true);
    expect(hasExpr('clamp_max((1 - job:primitive_execution_count_errors:ratio_rate30d) / 0.995, 1)')).toBe(true);
    expect(rules).toContain('(99.5 % of executions succeed, over 30d)');
    expect(rules).toContain('ratio_rate1h{job=%q} / 0.005');
    expect(rulesBefore).toContain('(99 % of executions succeed, over 30d)');
    // The latency SLO did not move.
    expect(hasExpr('1 - job:primitive_execution_duration_milliseconds_slow:ratio_rate30d / 0.05')).toBe(true);

    const dashboard = JSON.parse(after.get('dashboards/tta-agent-observability.json')!) as { panels: Record<string, unknown>[] };
    const panel = (title: string) => JSON.stringify(dashboard.panels.find((candidate) => candidate.title === title));
    expect(panel('Availability')).toContain('"value":0.995');
    expect(panel('Availability')).toContain('target (99.5 %)');
    expect(panel('Health score')).toContain('/ 0.995');
    expect(panel('Error budget left')).toContain('Availability target 99.5 %');
    expect(panel('SLO burn rate')).toContain('/ 0.005');
  });
});
