/**
 * `lint` reads Prometheus rule files: the generated ones are clean, and a hand-written rule with a metric name the
 * export path does not produce is reported at its line and column in the YAML file, in block, plain and quoted scalars.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import project from '../../dashboards.config.ts';
import fc from 'fast-check';
import { DashboardReadError } from '../../src/dashboard/model.ts';
import { findProfile, profiles } from '../../src/naming/profiles.ts';
import { buildNamingContext } from '../../src/naming/series.ts';
import { lintRuleFileText } from '../../src/rules/lint.ts';
import { runCapturing } from '../cli/capture.ts';
import { ruleFileOf } from './helpers.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tta-rule-lint-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 1-based line and column of the first `needle` in `text`, counted here from the text itself. */
function positionOf(text: string, needle: string, from = 0): string {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`${needle} not in the file`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('lint of rule files', () => {
  it.each(profiles.map((profile) => [profile.id, profile]))('the generated rule file is clean under %s', async (id, profile) => {
    const { text } = await ruleFileOf(project, profile);
    writeFileSync(join(dir, `${id}.rules.yaml`), text);
    const result = await runCapturing(project, ['lint', `${id}.rules.yaml`, '--profile', id], dir);
    expect(result.stdout).toMatch(/0 errors, 0 warnings/);
    expect(result.code).toBe(0);
  });

  it('reports a wrong metric name at its line and column, in block, plain and quoted expressions', async () => {
    const text = [
      '# hand-written rules',
      'groups:',
      '  - name: mine',
      '    rules:',
      '      - record: job:executions:rate5m',
      '        expr: |',
      '          sum by (job) (',
      '            rate(primitive_execution_count[5m])',
      '          )',
      '      - alert: TooManyErrors',
      '        expr: sum(rate(primitive_execution_count_total{execution_status="eror"}[5m])) > 1',
      '      - alert: Slow',
      '        expr: "histogram_quantile(0.9, sum by (le) (rate(primitive_execution_duration_bucket[5m]))) > 500"',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'mine.rules.yml'), text);
    const result = await runCapturing(project, ['lint', 'mine.rules.yml'], dir);
    expect(result.code).toBe(1);
    const blockAt = positionOf(text, 'primitive_execution_count[');
    expect(result.stdout).toContain(`mine.rules.yml:${blockAt}: panel "record job:executions:rate5m (group mine)": unknown-metric:`);
    const plainAt = positionOf(text, '"eror"');
    expect(result.stdout).toContain(`mine.rules.yml:${plainAt}: panel "alert TooManyErrors (group mine)": label-value-not-emitted:`);
    const quotedAt = positionOf(text, 'primitive_execution_duration_bucket');
    expect(result.stdout).toContain(`mine.rules.yml:${quotedAt}: panel "alert Slow (group mine)": unknown-metric:`);
    // The same positions on GitHub annotations.
    const github = await runCapturing(project, ['lint', 'mine.rules.yml', '--format', 'github'], dir);
    const [line, col] = blockAt.split(':');
    expect(github.stdout).toContain(`::error file=mine.rules.yml,line=${line},col=${col},title=unknown-metric::`);
  });

  it('finds rule files in folders, and leaves other YAML there alone', async () => {
    const folder = join(dir, 'repo');
    mkdirSync(join(folder, 'charts'), { recursive: true });
    const rules = 'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: sum(rate(primitive_execution_count[5m]))\n';
    writeFileSync(join(folder, 'slo.rules.yaml'), rules);
    writeFileSync(join(folder, 'charts/deployment.yaml'), 'kind: Deployment\nspec: {{ .Values.spec }}\n');
    writeFileSync(join(folder, 'datasources.yml'), 'apiVersion: 1\ndatasources: []\n');
    const result = await runCapturing(project, ['lint', 'repo'], dir);
    expect(result.stdout).toContain(`repo/slo.rules.yaml:${positionOf(rules, 'primitive_execution_count')}: panel "record r (group g)": unknown-metric:`);
    expect(result.stdout).toMatch(/3 files, 0 dashboards, 1 rule file, 1 query: 1 error/);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  it('never throws on arbitrary input except to name an unreadable file, and places findings inside the file', () => {
    const naming = buildNamingContext(project.catalog, findProfile('otel-python')!, profiles);
    const styles = [(expr: string) => JSON.stringify(expr), (expr: string) => `|\n          ${expr.replaceAll('\n', '\n          ')}`];
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(...styles), fc.string({ maxLength: 80 }), (expr, style, junk) => {
        for (const text of [`groups:\n  - name: g\n    rules:\n      - record: r\n        expr: ${style(expr)}\n`, `groups:${junk}`]) {
          try {
            const lines = text.split('\n').length;
            for (const placed of lintRuleFileText(text, 'f.yaml', { naming }).findings) {
              expect(placed.fileLine).toBeGreaterThanOrEqual(1);
              expect(placed.fileLine).toBeLessThanOrEqual(lines);
            }
          } catch (error) {
            if (!(error instanceof DashboardReadError)) throw error;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names a file that is not YAML, or not a rule file, with its position (exit 2)', async () => {
    writeFileSync(join(dir, 'broken.yaml'), 'groups:\n  - name: x\n    rules: [\n');
    const broken = await runCapturing(project, ['lint', 'broken.yaml'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.yaml:\d+:\d+: malformed YAML/m);
    writeFileSync(join(dir, 'other.yaml'), 'apiVersion: 1\nproviders: []\n');
    const other = await runCapturing(project, ['lint', 'other.yaml'], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('other.yaml:1:1: not a rule file: expected a top-level `groups` list');
  });
});
