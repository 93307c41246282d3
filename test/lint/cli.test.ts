import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import project from '../../dashboards.config.ts';
import { runCapturing } from '../cli/capture.ts';
import { cleanQuery, panel, v1 } from './fixtures.ts';

const folder = mkdtempSync(join(tmpdir(), 'lint-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const path = join(folder, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
}

function run(...args: string[]) {
  return runCapturing(project, ['lint', ...args], folder);
}

const brokenQuery = 'sum(rate(primitive_execution_count_total{job="$jbo"}[$__rate_interval]))';
const clean = write('clean.json', v1([panel(1, cleanQuery)]));
const warned = write('warned.json', v1([panel(1, cleanQuery, { description: undefined })]));
const broken = write('broken.json', v1([panel(4, brokenQuery)]));
const malformed = write('malformed.json', '{\n  "panels": [\n    {"id": 1,}\n  ]\n}\n');

describe('generate-dashboards lint', () => {
  it('exits 0 on a clean dashboard and prints the summary', async () => {
    const result = await run(clean);
    expect(result).toEqual({ code: 0, stdout: '1 file, 1 dashboard, 1 query: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('exits 1 on errors and shows the query line with a caret and the suggestion', async () => {
    const result = await run(broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'broken.json: panel "Panel 4" (refId A): undefined-variable: the query uses $jbo, which is not a variable of this dashboard',
        `    ${brokenQuery}`,
        `    ${' '.repeat(brokenQuery.indexOf('$jbo'))}^`,
        '    suggestion: did you mean $job?',
        '1 file, 1 dashboard, 1 query: 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 on warnings unless there are more than --max-warnings', async () => {
    expect((await run(warned)).code).toBe(0);
    expect((await run(warned, '--max-warnings', '1')).code).toBe(0);
    const over = await run(warned, '--max-warnings', '0');
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('1 warning(s), more than --max-warnings 0\n');
    expect((await run(warned, '--max-warnings', 'many')).code).toBe(2);
  });

  it('reports a malformed file as file:line:col on stderr, exits 2, and still lints the other files', async () => {
    const result = await run(malformed, broken);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('malformed.json:3:14: malformed JSON (PropertyNameExpected)\n');
    expect(result.stdout).toContain('broken.json: panel "Panel 4"');
    // Both files count; only the readable one is a dashboard.
    expect(result.stdout).toContain('2 files, 1 dashboard, 1 query: 1 error, 0 warnings');
  });

  it('annotates a malformed file in GitHub format too, where the parser stopped', async () => {
    const result = await run(malformed, '--format', 'github');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('::error file=malformed.json,line=3,col=14,title=unreadable-dashboard::malformed JSON (PropertyNameExpected)\n');
  });

  it('walks folders recursively in sorted order, skipping hidden files, and reports missing paths', async () => {
    write('tree/b/two.json', v1([panel(1, cleanQuery)], { uid: undefined }));
    write('tree/a.json', v1([panel(1, cleanQuery)], { uid: undefined }));
    write('tree/notes.txt', 'not a dashboard');
    write('tree/.generated-files.json', { generator: 'generate-dashboards', files: {} });
    write('tree/.cache/stale.json', '{ not json');
    const result = await run('tree', 'nowhere.json', '--format', 'json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('nowhere.json: no such file or folder\nnote: 2 paths under the folders given not walked: 2 hidden (--include-hidden walks hidden folders)\n');
    const report = JSON.parse(result.stdout) as { findings: { file: string }[]; summary: object };
    expect([...new Set(report.findings.map((finding) => finding.file))]).toEqual(['tree/a.json', 'tree/b/two.json']);
    expect(report.summary).toMatchObject({ files: 2, dashboards: 2, queries: 2 });
  });

  it('rejects an unknown profile, format or rule id with exit 2 and the valid choices', async () => {
    const profile = await run(clean, '--profile', 'otel-pyton');
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('unknown profile "otel-pyton"; profiles: otel-python, otel-python-legacy, otel-js');
    expect((await run(clean, '--format', 'xml')).stderr).toContain('formats: text, json, github');
    const rule = await run(clean, '--disable', 'panel-unit-mising');
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('unknown rule "panel-unit-mising" (did you mean panel-unit-missing?)');
  });

  it('turns rules off with --disable and on with --enable, comma-separated or repeated', async () => {
    expect((await run(warned, '--max-warnings', '0', '--disable', 'panel-description-missing,dashboard-uid')).code).toBe(0);
    expect((await run(warned, '--max-warnings', '0', '--disable', 'dashboard-uid', '--disable', 'panel-description-missing')).code).toBe(0);
    // selector-job-matcher is off by default; the clean query has no `job` matcher.
    expect((await run(clean)).stdout).not.toContain('selector-job-matcher');
    expect((await run(clean, '--enable', 'selector-job-matcher')).stdout).toContain('selector-job-matcher');
  });

  it('loads a catalog from a TypeScript, JavaScript or JSON module, and runs catalog-free with --catalog none', async () => {
    const metrics = { jobs: { name: 'jobs.processed', kind: 'counter', unit: '1', description: 'Jobs', attributes: {}, status: 'emitted' } };
    write('catalog.ts', `const metrics: Record<string, unknown> = ${JSON.stringify(metrics)};\nexport const catalog = { name: 'Jobs', metrics };\n`);
    write('catalog.mjs', `export default ${JSON.stringify({ name: 'Jobs', metrics })};\n`);
    write('catalog.json', { name: 'Jobs', metrics });
    write('named-catalog.mjs', `export const jobsCatalog = ${JSON.stringify({ name: 'Jobs', metrics })};\nexport const other = 1;\n`);
    // `jobs_processed` lacks the `_total` that this catalog's counter gets; the TTA catalog knows nothing of it.
    const jobs = write('jobs.json', v1([panel(1, 'sum(rate(jobs_processed[$__rate_interval]))')]));
    const unknownMetric = (stdout: string) => stdout.includes('unknown-metric');
    for (const module of ['catalog.ts', 'catalog.mjs', 'catalog.json', 'named-catalog.mjs']) {
      const result = await run(jobs, '--catalog', module);
      expect(result.stderr).toBe('');
      expect(unknownMetric(result.stdout), module).toBe(true);
    }
    expect(unknownMetric((await run(jobs)).stdout)).toBe(false);
    expect(unknownMetric((await run(jobs, '--catalog', 'none')).stdout)).toBe(false);
  });

  it('rejects a module that is not a catalog, or does not load, with exit 2 and the reason', async () => {
    write('bad-catalog.mjs', 'export const catalog = { name: 1, metrics: { up: { kind: "timer" } } };\n');
    const bad = await run(clean, '--catalog', 'bad-catalog.mjs');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--catalog bad-catalog.mjs: not a valid catalog');
    expect(bad.stderr).toContain('metrics.up.kind must be one of counter, updowncounter, histogram, gauge');
    const missing = await run(clean, '--catalog', 'missing.ts');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--catalog missing.ts: cannot load the module');
    expect(missing.stderr).not.toContain('    at ');
  });

  it('prints the exact JSON shape, absent values left out', async () => {
    const result = await run(broken, clean, '--format', 'json');
    expect(result.stdout).toBe(
      `${JSON.stringify({
        findings: [
          {
            file: 'broken.json',
            dashboard: 'Test',
            panel: 'Panel 4',
            panelId: 4,
            refId: 'A',
            rule: 'undefined-variable',
            severity: 'error',
            message: 'the query uses $jbo, which is not a variable of this dashboard',
            suggestion: 'did you mean $job?',
            line: 1,
            column: brokenQuery.indexOf('$jbo') + 1,
          },
        ],
        summary: { files: 2, dashboards: 2, ruleFiles: 0, queries: 2, errors: 1, warnings: 0 },
      })}\n`,
    );
  });

  it('prints GitHub annotations on the line of the expr in the file, column inside the string', async () => {
    const result = await run(broken, '--format', 'github');
    const exprLine = JSON.stringify(v1([panel(4, brokenQuery)]), null, 2)
      .split('\n')
      .findIndex((line) => line.includes('"expr"'));
    // The indentation and key, then the opening quote and the escaped text before `$jbo`: `$` is the next column.
    const exprColumn = '          "expr": '.length + JSON.stringify(brokenQuery.slice(0, brokenQuery.indexOf('$jbo'))).length;
    expect(result.stdout).toBe(
      `::error file=broken.json,line=${exprLine + 1},col=${exprColumn},title=undefined-variable::` +
        'panel "Panel 4" (refId A): the query uses $jbo, which is not a variable of this dashboard%0Adid you mean $job?\n',
    );
  });
});
