import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { panel, smallDashboard, testProject } from '../compile/fixture.ts';
import { filesUnder } from '../files.ts';
import { captureIO } from './capture.ts';

let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'generate-cli-'));
  // Marks cwd as the project's root, where the default output folder lives.
  await writeFile(join(cwd, 'dashboards.config.ts'), '');
});

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function run(args: string[], project = testProject()) {
  const io = captureIO(cwd);
  const code = await runCli(project, args, io);
  return { code, out: io.out(), err: io.err() };
}

const generatedFiles = [
  '.generated-files.json',
  'dashboards/test-small.json',
  'provisioning/dashboards/test.yaml',
  'provisioning/datasources/test.yaml',
  'v2/test-small.json',
];

describe('generate-dashboards', () => {
  it('writes the project into its output directory, then --check passes', async () => {
    const first = await run([]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('created out/dashboards/test-small.json');
    expect(await filesUnder(join(cwd, 'out'))).toEqual(generatedFiles);
    const check = await run(['--check']);
    expect(check).toMatchObject({ code: 0, err: '' });
    expect(check.out).toBe('out is up to date (5 files).\n');
    const again = await run([]);
    expect(again.out).toBe('out: 0 files written or removed, 5 unchanged.\n');
  });

  it('--check fails on a modified file and shows the panel-level difference', async () => {
    await run([]);
    const file = join(cwd, 'out/dashboards/test-small.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"unit": "percentunit"', '"unit": "short"'));
    const check = await run(['--check']);
    expect(check.code).toBe(1);
    expect(check.out).toContain('out/dashboards/test-small.json: "Small test dashboard" (uid test-small): changed 1 panel');
    expect(check.out).toMatch(/Saturation/);
    expect(check.out).toMatch(/unit: "?short"? -> "?percentunit"?/);
    expect(check.out).toContain('1 file in out would change; restore or remove the 1 file edited or put there by hand, then run generate-dashboards.');
    expect(await readFile(file, 'utf8')).toContain('"unit": "short"');
  });

  it('--check shows a line diff for provisioning files and names a dashboard that no longer parses', async () => {
    await run([]);
    const yaml = join(cwd, 'out/provisioning/datasources/test.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('isDefault: true', 'isDefault: false'));
    await writeFile(join(cwd, 'out/v2/test-small.json'), '{ "apiVersion": ');
    const check = await run(['--check']);
    expect(check.code).toBe(1);
    expect(check.out).toContain('out/provisioning/datasources/test.yaml: differs from the generated file\n');
    expect(check.out).toContain('-    isDefault: false\n+    isDefault: true\n');
    expect(check.out).toMatch(/out\/v2\/test-small\.json:1:\d+: the file on disk is not a readable dashboard \(/);
  });

  it('--check fails on a missing file and on an owned file no longer generated, and writes nothing', async () => {
    await run([]);
    await rm(join(cwd, 'out/v2/test-small.json'));
    const missing = await run(['--check']);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('out/v2/test-small.json: missing (would be created)');

    await run([]);
    const renamed = testProject({ dashboards: [smallDashboard({ uid: 'test-renamed' })] });
    const stale = await run(['--check'], renamed);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain('out/dashboards/test-small.json: stale (written by an earlier run, no longer generated; would be removed)');
    expect(stale.out).toContain('out/dashboards/test-renamed.json: missing (would be created)');
    expect(await filesUnder(join(cwd, 'out'))).toEqual(generatedFiles);
  });

  it('--check fails when a query has a lint finding, naming file, panel and rule', async () => {
    const project = testProject({
      dashboards: [smallDashboard({ tabs: [{ title: 'T', panels: [panel('No unit', 12, 6, { unit: undefined })] }] })],
    });
    const check = await run(['--check'], project);
    expect(check.code).toBe(1);
    expect(check.err).toContain('error: dashboards/test-small.json, panel "No unit": lint warning panel-unit-missing');
    expect(check.err).toContain('nothing was written');
  });

  it('writes nothing when any dashboard fails', async () => {
    await run([]);
    const before = await readFile(join(cwd, 'out/dashboards/test-small.json'), 'utf8');
    const broken = testProject({ dashboards: [smallDashboard({ tabs: [{ title: 'T', panels: [panel('Wide', 40, 6)] }] })] });
    const result = await run([], broken);
    expect(result.code).toBe(1);
    expect(result.err).toContain('error: test-small, panel "Wide": width 40 is not a whole number from 1 to 24');
    expect(await readFile(join(cwd, 'out/dashboards/test-small.json'), 'utf8')).toBe(before);
  });

  it('--out writes elsewhere, relative to the working directory', async () => {
    const result = await run(['--out', 'elsewhere/grafana']);
    expect(result.code).toBe(0);
    expect(await filesUnder(join(cwd, 'elsewhere/grafana'))).toEqual(generatedFiles);
    expect((await run(['--check', '--out', 'elsewhere/grafana'])).code).toBe(0);
    expect((await run(['--check'])).code).toBe(1);
  });

  it('--profile renders the series names of another export path; an unknown one lists the profiles', async () => {
    await run(['--profile', 'otlp-utf8']);
    const dashboard = await readFile(join(cwd, 'out/dashboards/test-small.json'), 'utf8');
    expect(dashboard).toContain('{\\"demo.requests_total\\"}');
    expect((await run(['--check'])).code).toBe(1);
    expect((await run(['--check', '--profile', 'otlp-utf8'])).code).toBe(0);
    const unknown = await run(['--profile', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--profile: unknown profile "nope"; profiles: otel-python, otel-python-legacy, otel-js, otlp');
  });

  it('refuses to overwrite a file it does not own, with exit code 2', async () => {
    await rm(join(cwd, 'out'), { recursive: true, force: true });
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(cwd, 'out/dashboards'), { recursive: true });
    await writeFile(join(cwd, 'out/dashboards/test-small.json'), '{"hand": "made"}\n');
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('out/dashboards/test-small.json: exists but is not listed in .generated-files.json');
    expect(await readFile(join(cwd, 'out/dashboards/test-small.json'), 'utf8')).toBe('{"hand": "made"}\n');
  });

  it('refuses to replace a generated file edited by hand, with exit code 2, and writes nothing', async () => {
    await run([]);
    const file = join(cwd, 'out/dashboards/test-small.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"unit": "percentunit"', '"unit": "short"'));
    const before = await filesUnder(join(cwd, 'out'));
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `error: ${file}: differs from what the generator wrote (its sha256 is not the one in .generated-files.json); restore it from version control or delete it, then run again\n`,
    );
    expect(await readFile(file, 'utf8')).toContain('"unit": "short"');
    expect(await filesUnder(join(cwd, 'out'))).toEqual(before);
  });

  it('reports an output path it cannot use without a stack trace', async () => {
    await writeFile(join(cwd, 'a-file'), 'not a folder\n');
    const result = await run(['--out', 'a-file']);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`error: ${join(cwd, 'a-file')}: is not a folder; name a folder with --out\n`);
  });

  it('rejects stray arguments as a usage error', async () => {
    expect((await run(['generate'])).code).toBe(2);
  });
});

describe('generate-dashboards catalog', () => {
  it('lists every metric with its series and labels under the default profile, marking planned ones', async () => {
    const result = await run(['catalog']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('test service (meter test.meter) under profile otel-python');
    expect(result.out).toContain('requests: demo.requests (counter, unit 1)');
    expect(result.out).toContain('  demo_requests_total  counter');
    expect(result.out).toContain('    labels: http_route <- http.route');
    expect(result.out).toContain('  demo_latency_milliseconds_bucket  histogram bucket');
    expect(result.out).toContain('    labels: http_route <- http.route, le');
    expect(result.out).toContain('queueDepth: demo.queue.depth (gauge, unit 1)  [planned: not emitted yet, queries show no data]');
  });

  it('prints JSON under another profile', async () => {
    const result = await run(['catalog', '--profile', 'otlp-utf8', '--format', 'json']);
    expect(result.code).toBe(0);
    const catalog = JSON.parse(result.out);
    expect(catalog.profile).toBe('otlp-utf8');
    const requests = catalog.metrics.find((metric: { key: string }) => metric.key === 'requests');
    expect(requests.series[0].name).toBe('demo.requests_total');
    expect(requests.series[0].labels[0]).toEqual({ name: 'http.route', attribute: 'http.route', optional: false });
    expect(catalog.metrics.find((metric: { key: string }) => metric.key === 'queueDepth').status).toBe('planned');
  });

  it('rejects an unknown profile or format', async () => {
    expect((await run(['catalog', '--profile', 'nope'])).code).toBe(2);
    expect((await run(['catalog', '--format', 'xml'])).code).toBe(2);
  });
});
