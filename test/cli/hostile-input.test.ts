/**
 * Issue 13's fault and hostile-input probe, through the real bin: each case failed on the code before the fix (a
 * hang, a stack trace, a wrong result or a leak) and must now end in time with a clear message and exit 0, 1 or 2.
 * Every process is killed at its time limit, so a regression to a hang fails instead of stalling the suite.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanQuery, panel, v1 } from '../lint/fixtures.ts';
import { buildOnce, projectRoot, runBin, stackTrace } from './run-bin.ts';

const work = mkdtempSync(join(tmpdir(), 'hostile-'));
// Tests that run as nobody (to meet permission errors as root) must reach their folders.
chmodSync(work, 0o755);
const fixtures = join(projectRoot, 'test/fixtures/diff/v1');

beforeAll(buildOnce, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, content: unknown): string {
  const absolute = join(work, path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, typeof content === 'string' ? content : JSON.stringify(content));
  return absolute;
}

/** `depth` arrays around `inner`, as JSON text: JSON.stringify itself would overflow the stack on it. */
function nestedArrays(depth: number, inner = '1'): string {
  return `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
}

function folder(name: string): string {
  const path = join(work, name);
  mkdirSync(path, { recursive: true });
  return path;
}

const clean = v1([panel(1, cleanQuery)]);

/** Runs the bin in `root` as nobody (root reads any folder) while `locked`, under `root`, cannot be read. */
async function runWithUnreadable(root: string, locked: string, args: string[]) {
  chmodSync(root, 0o755);
  chmodSync(join(root, locked), 0o000);
  // Nobody cannot rebuild dist/, so bring it up to date just before (other tests' edits may have made it stale).
  buildOnce();
  try {
    return await runBin(args, { cwd: root, uid: process.getuid?.() === 0 ? 65534 : undefined });
  } finally {
    chmodSync(join(root, locked), 0o755);
  }
}
const broken = v1([panel(1, 'sum(rate(nope_total[5m]')]);

describe('a repository is walkable', () => {
  it('lint . skips node_modules, .git, .gitignored and hidden paths, lists JSON that is not a dashboard, exits 0', async () => {
    const repo = folder('repo');
    write('repo/package.json', { name: 'x', version: '1.0.0' });
    write('repo/tsconfig.json', '{\n  // comments: JSON for tools, not strict JSON\n  "compilerOptions": {}\n}\n');
    write('repo/.gitignore', 'build/\n*.tmp.json\n');
    write('repo/dashboards/agents.json', clean);
    for (const path of ['node_modules/pkg/broken.json', '.git/broken.json', 'build/broken.json', 'dashboards/x.tmp.json', '.archive/old.json']) {
      write(`repo/${path}`, broken);
    }
    const result = await runBin(['lint', '.'], { cwd: repo });
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toContain('package.json: skipped: not a dashboard\n');
    expect(result.stderr).toContain('tsconfig.json: skipped: not a dashboard\n');
    expect(result.stderr).toMatch(/not walked: .*1 hidden.*--include-hidden/);
    expect(result.stderr).toContain('2 node_modules or .git');
    expect(result.stderr).toContain('2 ignored by .gitignore');
    expect(result.stdout).toContain('3 files, 1 dashboard, 1 query: 0 errors');
    expect(result.code).toBe(0);

    // TTA.dev keeps archived dashboards in .archive/: --include-hidden lints them (and finds the broken one).
    const hidden = await runBin(['lint', '.', '--include-hidden'], { cwd: repo });
    expect(hidden.stdout).toContain('.archive/old.json: panel "Panel 1"');
    expect(hidden.stdout).toContain('4 files, 2 dashboards');
    expect(hidden.code).toBe(1);
  }, 60_000);

  it('diff and preview of folders skip JSON that is not a dashboard too', async () => {
    write('mixed/package.json', { name: 'x' });
    write('mixed/dashboards/agents.json', clean);
    const diff = await runBin(['diff', 'mixed', 'mixed'], { cwd: work });
    expect(diff).toMatchObject({ code: 0, stdout: 'No dashboard changes.\n', stderr: 'mixed/package.json: skipped: not a dashboard\n' });
    const preview = await runBin(['preview', 'mixed', '--out', join(work, 'mixed-pictures')], { cwd: work });
    expect(preview.stderr).toBe('mixed/package.json: skipped: not a dashboard\n');
    expect(preview.code).toBe(0);
    expect(readdirSync(join(work, 'mixed-pictures'))).toEqual(['dashboards']);
  }, 60_000);

  it('a FIFO in a linted folder is skipped with a note instead of blocking the run; a named one is exit 2', async () => {
    const dir = folder('fifo');
    write('fifo/a.json', clean);
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const walked = await runBin(['lint', 'fifo'], { cwd: work, timeoutMs: 30_000 });
    expect(walked.timedOut).toBe(false);
    expect(walked.stderr).toContain('fifo/pipe.json: skipped: a FIFO, not a regular file');
    expect(walked.code).toBe(0);
    const named = await runBin(['lint', 'fifo/pipe.json'], { cwd: work, timeoutMs: 30_000 });
    expect(named.timedOut).toBe(false);
    expect(named.stderr).toBe('fifo/pipe.json: a FIFO, not a regular file; skipped\n');
    expect(named.code).toBe(2);
  }, 60_000);

  it('a FIFO in a diffed folder leaves its counterpart out of the diff instead of calling it removed or added', async () => {
    const left = folder('fifo-diff/left');
    folder('fifo-diff/right');
    write('fifo-diff/left/a.json', clean);
    write('fifo-diff/right/a.json', clean);
    write('fifo-diff/left/b.json', v1([panel(1, cleanQuery)], { uid: 'b', title: 'B' }));
    execFileSync('mkfifo', [join(work, 'fifo-diff/right/b.json')]);
    for (const [from, to] of [['fifo-diff/left', 'fifo-diff/right'], ['./fifo-diff/right/', 'fifo-diff/left']]) {
      const result = await runBin(['diff', from!, to!], { cwd: work, timeoutMs: 30_000 });
      expect(result.timedOut).toBe(false);
      expect(result.stderr).toContain('fifo-diff/right/b.json: skipped: a FIFO, not a regular file');
      expect(result.stderr).toContain('fifo-diff/left/b.json: not compared: fifo-diff/right/b.json is not a regular file');
      expect(result.stdout).toBe('No dashboard changes.\n');
      expect(result.code).toBe(0);
    }
    expect(existsSync(join(left, 'b.json'))).toBe(true);
  }, 60_000);

  it('lint /dev/zero names a device instead of "Invalid string length"', async () => {
    const result = await runBin(['lint', '/dev/zero'], { cwd: work, timeoutMs: 30_000 });
    expect(result.stderr).toBe('/dev/zero: a character device, not a regular file; skipped\n');
    expect(result.code).toBe(2);
  }, 40_000);
});

describe('label-matcher regexes have RE2 semantics', () => {
  const patterns = ['(unclosed', 'a++', 'a{1000}{1000}', 'a{1001}', '\\\\p{L}+', '(?i)retry', '[[:alpha:]]+', '(.?){60}x', '(a+)+$'];

  /** promtool (Prometheus's own parser) is the judge of which patterns a query may hold. */
  function promtoolAccepts(expr: string): boolean | undefined {
    const rules = write(`promtool/${patterns.length}-${Math.random().toString(36).slice(2)}.yml`, `groups:\n- name: g\n  rules:\n  - record: r\n    expr: ${JSON.stringify(expr)}\n`);
    const result = spawnSync('promtool', ['check', 'rules', rules], { encoding: 'utf8', timeout: 30_000 });
    if (result.error !== undefined) return undefined;
    return result.status === 0;
  }

  it('rejects exactly the patterns Prometheus rejects, and never hangs on a catastrophic one', async () => {
    const queries = patterns.map((pattern) => `sum(rate(primitive_execution_count_total{primitive_type=~"${pattern}"}[5m]))`);
    const verdicts = queries.map(promtoolAccepts);
    if (verdicts.includes(undefined)) {
      console.warn('!! promtool is not installed (apt-get install -y prometheus): the regex verdicts are not judged');
      expect(process.env.CI).not.toBe('true');
      return;
    }
    const file = write('regex/dashboard.json', v1(queries.map((query, index) => panel(index + 1, query))));
    // The allowed-values check matches every pattern against the catalog's values: backtracking would take minutes.
    const result = await runBin(['lint', file, '--format', 'json'], { cwd: work, timeoutMs: 60_000 });
    expect(result.timedOut).toBe(false);
    const findings = (JSON.parse(result.stdout) as { findings: { panelId: number; message: string }[] }).findings;
    const rejected = queries.map((_, index) => findings.some((finding) => finding.panelId === index + 1 && finding.message.startsWith('invalid regular expression')));
    expect(rejected).toEqual(verdicts.map((accepted) => !accepted));
  }, 120_000);
});

describe('diff is bounded and truthful', () => {
  it('pairs 100,000 panels against themselves without a quadratic search (was over 2 minutes)', async () => {
    const panels = Array.from({ length: 100_000 }, (_, index) => ({ id: index + 1, type: 'stat', title: `Panel ${index}`, targets: [{ refId: 'A', expr: `up{i="${index}"}` }] }));
    const file = write('big/huge.json', { uid: 'huge', title: 'Huge', panels });
    const result = await runBin(['diff', file, file], { cwd: work, timeoutMs: 90_000 });
    expect(result.timedOut).toBe(false);
    expect(result.stdout).toBe('No dashboard changes.\n');
    expect(result.code).toBe(0);
  }, 120_000);

  it('a folder that cannot be read is exit 2, not "dashboard added"', async () => {
    write('unreadable/old/a.json', clean);
    write('unreadable/new/a.json', clean);
    const result = await runWithUnreadable(folder('unreadable'), 'old', ['diff', 'old', 'new']);
    expect(result.stdout).not.toContain('added');
    expect(result.stderr).toBe('error: old: cannot read: permission denied (EACCES)\n');
    expect(result.code).toBe(2);
  }, 60_000);

  it('lint names a subfolder it cannot read and still lints the rest', async () => {
    write('unreadable-sub/tree/a.json', clean);
    write('unreadable-sub/tree/secret/b.json', clean);
    const result = await runWithUnreadable(folder('unreadable-sub'), 'tree/secret', ['lint', 'tree']);
    expect(result.stderr).toBe('tree/secret: cannot read: permission denied (EACCES)\n');
    expect(result.stdout).toContain('1 file, 1 dashboard');
    expect(result.code).toBe(2);
  }, 60_000);

  it('--svg with an empty path is a usage error, not EISDIR', async () => {
    const base = join(fixtures, 'base.json');
    const result = await runBin(['diff', '--svg', '', base, base], { cwd: work });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'error: --svg: the file for the picture is an empty path\n' });
  }, 40_000);

  it('--base with shell syntax is quoted in the suggested command and never run', async () => {
    const repo = folder('git-repo');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    write('git-repo/readme.txt', 'x\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'x');
    const result = await runBin(['diff', '--base', '$(touch pwned)'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("git fetch origin '$(touch pwned)'");
    expect(existsSync(join(repo, 'pwned'))).toBe(false);
  }, 40_000);
});

describe('deep nesting is refused with a position, never a stack trace', () => {
  /** A v2 dashboard whose layout nests `depth` tabs inside each other, as JSON text. */
  function nestedTabs(depth: number): string {
    const grid = JSON.stringify({ kind: 'GridLayout', spec: { items: [{ kind: 'GridLayoutItem', spec: { x: 0, y: 0, width: 24, height: 8, element: { kind: 'ElementReference', name: 'p' } } }] } });
    const open = (level: number) => `{"kind":"TabsLayout","spec":{"tabs":[{"kind":"TabsLayoutTab","spec":{"title":"Tab ${level}","layout":`;
    const layout = Array.from({ length: depth }, (_, level) => open(level)).join('') + grid + '}}]}}'.repeat(depth);
    const element = { kind: 'Panel', spec: { id: 1, title: 'P', vizConfig: { kind: 'VizConfig', group: 'stat', spec: {} }, data: { kind: 'QueryGroup', spec: { queries: [] } } } };
    const head = JSON.stringify({ apiVersion: 'dashboard.grafana.app/v2beta1', kind: 'Dashboard', metadata: { name: 'deep' }, spec: { title: 'Deep', elements: { p: element } } });
    return `${head.slice(0, -2)},"layout":${layout}}}`;
  }

  it('a v2 layout of 2,000 nested tabs in lint, preview and diff', async () => {
    const file = write('deep/tabs.json', nestedTabs(2000));
    for (const args of [['lint', file], ['preview', file, '--out', join(work, 'deep/pictures')], ['diff', file, file]]) {
      const result = await runBin(args, { cwd: work });
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr, args[0]).toMatch(/tabs\.json:\d+:\d+: nested more than 200 levels deep/);
      expect(result.stderr + result.stdout).not.toMatch(stackTrace);
    }
  }, 90_000);

  it('diff of deeply nested option values (was a RangeError)', async () => {
    const withLegend = (legend: string) => JSON.stringify(v1([panel(1, cleanQuery, { options: { legend: '@' } })])).replace('"@"', legend);
    const before = write('deep/before.json', withLegend(nestedArrays(10_000)));
    const after = write('deep/after.json', withLegend(nestedArrays(10_001)));
    const result = await runBin(['diff', before, after], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/before\.json:1:\d+: nested more than 200 levels deep/);
    expect(result.stderr).not.toMatch(stackTrace);
    // Just under the limit, the change is found and shown.
    write('deep/before.json', withLegend(nestedArrays(150)));
    write('deep/after.json', withLegend(nestedArrays(151)));
    const shown = await runBin(['diff', before, after], { cwd: work });
    expect(shown.stdout).toContain('changed: options.legend');
    expect(shown.code).toBe(0);
  }, 60_000);
});

describe('preview <folder> names every picture after its file', () => {
  it('keeps 11 dashboards as 11 pictures, however the folder is written', async () => {
    const expected = readdirSync(fixtures).map((name) => name.replace(/\.json$/, '.svg')).sort();
    for (const [index, path] of [fixtures, `${fixtures}/`, 'fixtures-copy/', './fixtures-copy'].entries()) {
      if (index === 2) execFileSync('cp', ['-r', fixtures, join(work, 'fixtures-copy')]);
      const out = join(work, `pictures-${index}`);
      const result = await runBin(['preview', path, '--out', out], { cwd: work });
      expect(result.code, path).toBe(0);
      expect(readdirSync(out).sort(), path).toEqual(expected);
    }
  }, 90_000);
});

describe('preview never draws two dashboards into one picture', () => {
  it('a second file of the same name is reported, exit 2, and the first picture kept', async () => {
    const first = write('same-name/a/x.json', v1([panel(1, cleanQuery, { title: 'First' })]));
    const second = write('same-name/b/x.json', v1([panel(1, cleanQuery, { title: 'Second' })]));
    const out = join(work, 'same-name/pictures');
    const result = await runBin(['preview', first, second, '--out', out], { cwd: work });
    expect(result.stderr).toContain(`${second}: not drawn: its picture x.svg is already the picture of ${first}`);
    expect(result.code).toBe(2);
    expect(readdirSync(out)).toEqual(['x.svg']);
    expect(readFileSync(join(out, 'x.svg'), 'utf8')).toContain('First');
  }, 40_000);
});

describe('output is safe to print', () => {
  it('terminal escape codes in titles and queries reach lint and diff output escaped', async () => {
    const hostile = v1([panel(1, 'sum(rate(nope_total[5m]', { title: 'Evil \u001b[2J\u001b]0;owned\u0007 panel' })], { title: 'Dash \u009b31m' });
    const file = write('escapes/evil.json', hostile);
    const other = write('escapes/other.json', v1([panel(1, cleanQuery, { title: 'Calm' })]));
    for (const args of [['lint', file], ['lint', file, '--format', 'github'], ['lint', file, '--format', 'json'], ['diff', other, file], ['diff', other, file, '--format', 'markdown'], ['diff', other, file, '--format', 'json']]) {
      const result = await runBin(args, { cwd: work });
      expect(result.stdout + result.stderr, args.join(' ')).not.toMatch(/[\u001b\u0007\u009b]/);
    }
    const text = await runBin(['lint', file], { cwd: work });
    expect(text.stdout).toContain('panel "Evil \\x1b[2J\\x1b]0;owned\\x07 panel"');
  }, 90_000);
});

describe('--catalog modules', () => {
  it('a module that leaves a timer running: the run still ends', async () => {
    const catalog = write('catalogs/timer.mts', `setInterval(() => {}, 1000);\nexport { ttaCatalog as catalog } from ${JSON.stringify(join(projectRoot, 'queries/catalog.ts'))};\n`);
    const dashboard = write('catalogs/d.json', clean);
    const result = await runBin(['lint', dashboard, '--catalog', catalog], { cwd: work, timeoutMs: 30_000 });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(0);
  }, 40_000);

  it('a top-level await that never settles is a usage error naming the module (was a silent exit 13)', async () => {
    const catalog = write('catalogs/forever.mjs', 'await new Promise(() => {});\nexport const catalog = {};\n');
    const dashboard = write('catalogs/d.json', clean);
    const result = await runBin(['lint', dashboard, '--catalog', catalog], { cwd: work, timeoutMs: 30_000 });
    expect(result.stderr).toMatch(/^error: --catalog .*forever\.mjs: the module did not finish loading within 10 s/);
    expect(result.code).toBe(2);
  }, 40_000);
});
