/**
 * The SLO recordings are catalog entries: their series names follow the naming profile of their inputs, and lint
 * knows them (a misspelt recording or a wrong `slo` value in a hand-written rule is reported like a catalog metric's).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import project from '../../dashboards.config.ts';
import { sloRecorded } from '../../queries/slo.ts';
import { findProfile, profiles } from '../../src/naming/profiles.ts';
import { buildSeriesIndex } from '../../src/naming/series.ts';
import { runCapturing } from '../cli/capture.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tta-derived-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SLO recordings as derived catalog metrics', () => {
  it('are named after their inputs under each profile', () => {
    const names = (id: string) => {
      const profile = findProfile(id)!;
      return [sloRecorded.errorRatio.availability['5m'], sloRecorded.errorRatio.latency['1h']].map((metric) => metric.recordedName(profile));
    };
    expect(names('otel-python')).toEqual([
      'job:primitive_execution_count_errors:ratio_rate5m',
      'job:primitive_execution_duration_milliseconds_slow:ratio_rate1h',
    ]);
    // The JS exporter adds no unit suffix to the histogram, and neither does the recording.
    expect(names('otel-js')).toEqual(['job:primitive_execution_count_errors:ratio_rate5m', 'job:primitive_execution_duration_slow:ratio_rate1h']);
    expect(names('otlp-utf8')).toEqual([
      'job:primitive.execution.count_errors:ratio_rate5m',
      'job:primitive.execution.duration_milliseconds_slow:ratio_rate1h',
    ]);
  });

  it('are in every profile\'s series index with their labels', () => {
    for (const profile of profiles) {
      const series = buildSeriesIndex(project.catalog, profile).series.get(sloRecorded.budgetRemaining.latency.recordedName(profile));
      expect(series?.promType, profile.id).toBe('gauge');
      expect([...(series?.labels.keys() ?? [])].sort()).toEqual(['job', 'slo']);
      expect(series?.labels.get('slo')?.values).toEqual(['latency']);
    }
  });

  it('are listed by `catalog`, in text and JSON, under the profile asked for', async () => {
    const text = await runCapturing(project, ['catalog', '--profile', 'otel-js'], dir);
    expect(text.stdout).toContain('Derived by recording rules (not emitted by the SDK; present once the rules are loaded):\n');
    expect(text.stdout).toContain('latencyBudgetRemaining: job:primitive_execution_duration_slow:error_budget_remaining30d  gauge, labels slo = latency, job\n');
    const json = await runCapturing(project, ['catalog', '--format', 'json'], dir);
    const derived = (JSON.parse(json.stdout) as { derived: { key: string; series: { name: string }[] }[] }).derived;
    expect(derived.find((entry) => entry.key === 'sloHealthScore')?.series[0].name).toBe('job:tta_slo_health:score30d');
    expect(derived).toHaveLength(sloRecorded.all.length);
  });

  it('are known to lint: a misspelt recording and an slo value no recording has are reported', async () => {
    const text = [
      'groups:',
      '  - name: mine',
      '    rules:',
      '      - alert: Burning',
      '        expr: job:primitive_execution_count_errors:ratio_rate1 > 0.1',
      '      - alert: Spent',
      '        expr: job:primitive_execution_count_errors:error_budget_remaining30d{slo="availabilty"} < 0',
      '      - alert: Fine',
      '        expr: job:tta_slo_health:score30d < 0.9',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'mine.rules.yaml'), text);
    const result = await runCapturing(project, ['lint', 'mine.rules.yaml'], dir);
    expect(result.stdout).toContain(`mine.rules.yaml:5:${'        expr: '.length + 1}: panel "alert Burning (group mine)": unknown-metric:`);
    expect(result.stdout).toMatch(/suggestion: job:primitive_execution_count_errors:ratio_rate1[dh]\n/);
    const column = text.split('\n')[6].indexOf('"availabilty"') + 1;
    expect(result.stdout).toContain(`mine.rules.yaml:7:${column}: panel "alert Spent (group mine)": label-value-not-emitted:`);
    expect(result.stdout).not.toContain('alert Fine');
    expect(result.code).toBe(1);
  });
});
