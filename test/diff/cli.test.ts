import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../src/project.ts';
import { runCapturing } from '../cli/capture.ts';
import { panel, smallDashboard, testProject } from '../compile/fixture.ts';
import { cli, fixturePath, temporaryFolder } from './helpers.ts';

const folder = temporaryFolder('diff-cli-');
afterAll(folder.remove);

const base = fixturePath('v1', 'base');
const query = fixturePath('v1', 'query');

describe('generate-dashboards diff <old> <new>', () => {
  it('exits 0 with changes and prints them', async () => {
    const result = await cli(folder.path, 'diff', base, query);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('~ panel "p95 checkout latency" changed: query.A');
  });

  it('--exit-code exits 1 when something changed and 0 when nothing did', async () => {
    expect((await cli(folder.path, 'diff', '--exit-code', base, query)).code).toBe(1);
    const same = await cli(folder.path, 'diff', '--exit-code', base, base);
    expect(same).toEqual({ code: 0, stdout: 'No dashboard changes.\n', stderr: '' });
  });

  it('exits 2 on a malformed file, naming file:line:col', async () => {
    writeFileSync(join(folder.path, 'broken.json'), '{\n  "panels": [\n    {"id": 1,}\n  ]\n}\n');
    const result = await cli(folder.path, 'diff', base, 'broken.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('broken.json:3:14: malformed JSON (PropertyNameExpected)\n');
  });

  it('exits 2 on a missing file and on a bad format', async () => {
    expect(await cli(folder.path, 'diff', base, 'missing.json')).toEqual({ code: 2, stdout: '', stderr: 'error: missing.json: cannot read: no such file or folder\n' });
    expect((await cli(folder.path, 'diff', '--format', 'yaml', base, query)).code).toBe(2);
    expect((await cli(folder.path, 'diff', base)).code).toBe(2);
  });

  it('--format json prints the report', async () => {
    const result = await cli(folder.path, 'diff', '--format', 'json', fixturePath('v2', 'base'), fixturePath('v2', 'unit'));
    expect(JSON.parse(result.stdout)).toEqual({
      dashboards: [
        {
          uid: 'shop-orders-v2',
          title: 'Shop orders',
          file: fixturePath('v2', 'unit'),
          status: 'changed',
          changes: [{ kind: 'changed', panel: 'p95 checkout latency', tab: 'Latency', fields: ['unit'] }],
        },
      ],
    });
  });

  it('compares two folders file by file and writes the --svg picture', async () => {
    for (const [side, name] of [['old', 'base'], ['new', 'add-panel']]) {
      mkdirSync(join(folder.path, side, 'dashboards'), { recursive: true });
      copyFileSync(fixturePath('v1', name), join(folder.path, side, 'dashboards', 'shop.json'));
    }
    copyFileSync(fixturePath('v2', 'base'), join(folder.path, 'new', 'dashboards', 'shop-v2.json'));
    // A generator's hidden manifest is not a dashboard and is left alone.
    writeFileSync(join(folder.path, 'new', '.generated-files.json'), '["dashboards/shop.json"]\n');
    const result = await cli(folder.path, 'diff', '--format', 'json', '--svg', 'out/diff.svg', 'old', 'new');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { dashboards: { file: string; status: string }[] };
    expect(report.dashboards.map((dashboard) => [dashboard.file, dashboard.status])).toEqual([
      ['new/dashboards/shop-v2.json', 'added'],
      ['new/dashboards/shop.json', 'changed'],
    ]);
    const svg = readFileSync(join(folder.path, 'out', 'diff.svg'), 'utf8');
    expect(svg).toContain('Checkouts per second');
  });

  it('pairs the files of folders named with ./ as those named without (a.json and b.json were both cut to ".json")', async () => {
    for (const [side, name] of [['left', 'base'], ['right', 'add-panel']]) {
      mkdirSync(join(folder.path, side), { recursive: true });
      copyFileSync(fixturePath('v1', 'base'), join(folder.path, side, 'a.json'));
      copyFileSync(fixturePath('v1', name), join(folder.path, side, 'b.json'));
    }
    for (const [from, to] of [['left', 'right'], ['./left', './right/']]) {
      const result = await cli(folder.path, 'diff', '--format', 'json', from!, to!);
      const report = JSON.parse(result.stdout) as { dashboards: { file: string; status: string }[] };
      expect(report.dashboards.map((dashboard) => [dashboard.file, dashboard.status])).toEqual([
        ['right/a.json', 'unchanged'],
        ['right/b.json', 'changed'],
      ]);
    }
  });
});

describe('the diff process', () => {
  const entry = new URL('../../cli.ts', import.meta.url).pathname;
  const spawn = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, FORCE_COLOR: '1' } });

  it('exits 1 with --exit-code and prints no colour into a pipe', () => {
    const result = spawn('diff', '--exit-code', base, query);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('{+, status="ok"+}');
    expect(result.stdout).not.toContain('\x1b');
  });

  it('exits 2 on a malformed file without a stack trace', () => {
    writeFileSync(join(folder.path, 'broken-too.json'), '{\n  "panels": [\n    {"id": 1,}\n  ]\n}\n');
    const result = spawn('diff', base, join(folder.path, 'broken-too.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken-too\.json:3:14: malformed JSON/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('generate-dashboards diff --base <ref>', () => {
  const repo = temporaryFolder('diff-git-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.path, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const committed = testProject();
  const base = smallDashboard();
  // The code now has one more panel in the middle of the first tab: later panels get new ids and positions.
  const withPanel = testProject({
    dashboards: [
      {
        ...base,
        tabs: base.tabs.map((tab, index) => (index === 0 ? { ...tab, panels: [tab.panels[0], panel('Queue', 8, 4), ...tab.panels.slice(1)] } : tab)),
      },
    ],
  });
  const run = (project: Project, ...args: string[]) => runCapturing(project, args, repo.path);

  beforeAll(async () => {
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    // Marks the repository as the project's root, where the default output folder lives.
    writeFileSync(join(repo.path, 'dashboards.config.ts'), '');
    expect((await run(committed)).code).toBe(0);
    mkdirSync(join(repo.path, 'out', 'extra'), { recursive: true });
    copyFileSync(fixturePath('v1', 'base'), join(repo.path, 'out', 'extra', 'hand-written.json'));
    git('add', 'out');
    git('commit', '-q', '-m', 'dashboards');
  });
  afterAll(repo.remove);

  it('reports the one added panel in both the v1 and the v2 output, and a dashboard the code no longer builds', async () => {
    const result = await run(withPanel, 'diff', '--base', 'main', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const added = [{ kind: 'added', panel: 'Queue', tab: 'First', fields: [] }];
    expect(JSON.parse(result.stdout)).toEqual({
      dashboards: [
        { uid: 'test-small', title: 'Small test dashboard', file: 'out/dashboards/test-small.json', status: 'changed', changes: added },
        { uid: 'shop-orders', title: 'Shop orders', file: 'out/extra/hand-written.json', status: 'removed', changes: [] },
        { uid: 'test-small', title: 'Small test dashboard', file: 'out/v2/test-small.json', status: 'changed', changes: added },
      ],
    });
  });

  it('--exit-code: 0 when the build equals the commit, 1 when it does not', async () => {
    git('rm', '-q', 'out/extra/hand-written.json');
    git('commit', '-q', '-m', 'drop');
    expect(await run(committed, 'diff', '--base', 'main', '--exit-code')).toEqual({ code: 0, stdout: 'No dashboard changes.\n', stderr: '' });
    const result = await run(withPanel, 'diff', '--base', 'main', '--format', 'markdown', '--exit-code');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('| Small test dashboard | `out/v2/test-small.json` | changed | added 1 panel |');
  });

  it('code that does not build is a usage error that shows the problems', async () => {
    const broken = testProject({ dashboards: [{ ...base, variables: [] }] });
    const result = await run(broken, 'diff', '--base', 'main');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: test-small: .*\n(error: .*\n)*error: the dashboards do not build under profile otel-python\n$/);
  });

  it('an unknown ref is a usage error, not a stack trace', async () => {
    const result = await run(committed, 'diff', '--base', 'no-such-branch');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --base: unknown git revision "no-such-branch"/);
  });
});
