/** Bad input on every command: a clear one-line error, exit code 1 or 2, no stack trace, nothing damaged. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testProject } from '../compile/fixture.ts';
import { type CliResult, runCapturing } from './capture.ts';

const fixture = new URL('../fixtures/diff/v1/base.json', import.meta.url).pathname;

let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'bad-input-'));
  // Marks cwd as the project's root, where the default output folder lives.
  await writeFile(join(cwd, 'dashboards.config.ts'), '');
});

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const run = (args: string[]) => runCapturing(testProject(), args, cwd);

function expectUsageError(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
}

describe('output paths that cannot be created', () => {
  // Node's recursive mkdir never returns for these; each case must fail within the test timeout.
  it('generate --out under /proc fails instead of hanging', async () => {
    expectUsageError(await run(['--out', '/proc/no-such-dir']), /cannot use .*proc\/no-such-dir as the output directory: E[A-Z]+/);
  });

  it('generate --out through a dangling symlink fails instead of hanging', async () => {
    const { symlink } = await import('node:fs/promises');
    await symlink(join(cwd, 'nowhere'), join(cwd, 'dangling'));
    expectUsageError(await run(['--out', 'dangling/out']), /cannot use dangling\/out as the output directory: E[A-Z]+/);
  });

  it('preview --out under /proc fails instead of hanging', async () => {
    expectUsageError(await run(['preview', '--out', '/proc/no-such-dir', fixture]), /--out \/proc\/no-such-dir: cannot write .*: E[A-Z]+/);
  });

  it('diff --svg under /proc fails instead of hanging', async () => {
    expectUsageError(await run(['diff', '--svg', '/proc/no-such-dir/d.svg', fixture, fixture]), /--svg \/proc\/no-such-dir\/d.svg: cannot write: E[A-Z]+/);
  });
});

describe('output paths that are files or folders', () => {
  it('preview --out naming a file is a usage error that leaves the file alone', async () => {
    await writeFile(join(cwd, 'notes.txt'), 'mine\n');
    expectUsageError(await run(['preview', '--out', 'notes.txt', fixture]), /^error: --out notes.txt: cannot write notes.txt\/base.svg: EEXIST/);
    expect(await readFile(join(cwd, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('diff --svg naming a folder is a usage error', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(cwd, 'pictures'));
    expectUsageError(await run(['diff', '--svg', 'pictures', fixture, fixture]), /^error: --svg pictures: cannot write: /);
  });

  it('generate --out and preview --out with an empty path write nothing into the working directory', async () => {
    expectUsageError(await run(['--out', '']), /^error: --out: the output directory is an empty path/);
    expectUsageError(await run(['preview', '--out', '', fixture]), /^error: --out: the folder for the pictures is an empty path/);
    expect(await (await import('node:fs/promises')).readdir(cwd)).toEqual(['dashboards.config.ts']);
  });
});

describe('file-system errors a command does not handle itself', () => {
  it('are one line naming the path, with exit code 2', async () => {
    const { mkdir, symlink } = await import('node:fs/promises');
    await mkdir(join(cwd, 'old'));
    await mkdir(join(cwd, 'new'));
    await symlink(join(cwd, 'nowhere.json'), join(cwd, 'new/broken.json'));
    const result = await run(['diff', 'old', 'new']);
    expectUsageError(result, /^error: new\/broken\.json: cannot read: no such file or folder\n$/);
  });
});

describe('dashboards whose panels or queries have the wrong type', () => {
  const panel = (fields: string) => `{"uid": "u", "title": "T", "panels": [\n  {"id": 1, "type": "stat", "title": "Errors", ${fields}}\n]}`;
  const cases: [string, string, RegExp][] = [
    ['targets is a number', panel('"targets": 5'), /^bad\.json:2:59: panel "Errors": `targets` must be a list, not a number$/m],
    ['a target is null', panel('"targets": [null]'), /^bad\.json:2:60: panel "Errors": `targets` must hold objects, not null$/m],
    ['expr is a number', panel('"targets": [{"refId": "A", "expr": 42}]'), /^bad\.json:2:83: panel "Errors" \(refId A\): `expr` must be a string, not a number$/m],
    ['panels is an object', '{"uid": "u", "panels": {}}', /^bad\.json:1:24: `panels` must be a list, not an object$/m],
    ['rows hold a number', '{"rows": [{"title": "R", "panels": 5}]}', /^bad\.json:1:36: row "R": `panels` must be a list, not a number$/m],
    ['templating.list is a string', '{"panels": [], "templating": {"list": "x"}}', /^bad\.json:1:39: `templating.list` must be a list, not a string$/m],
    [
      'v2 queries are a number',
      '{"apiVersion": "dashboard.grafana.app/v2beta1", "kind": "Dashboard", "metadata": {"name": "u"}, "spec": {"title": "T",\n' +
        '"elements": {"p": {"kind": "Panel", "spec": {"title": "Errors", "data": {"kind": "QueryGroup", "spec": {"queries": 5}}}}}}}',
      /^bad\.json:2:116: panel "Errors": `queries` must be a list, not a number$/m,
    ],
    ['v2 elements are a list', '{"kind": "Dashboard", "spec": {"elements": [], "layout": {}}}', /^bad\.json:1:44: `elements` must be an object of panels by name, not a list$/m],
  ];

  it.each(cases)('%s: lint, diff and preview name the file, the position and the panel, with exit code 2', async (_, text, message) => {
    await writeFile(join(cwd, 'bad.json'), text);
    for (const args of [['lint', 'bad.json'], ['diff', 'bad.json', fixture], ['preview', 'bad.json']]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
    }
  });
});

describe('command names', () => {
  it('a misspelt command is named, with the nearest one, instead of "too many arguments"', async () => {
    expectUsageError(await run(['lnit', 'x.json']), /^error: unknown command "lnit" \(did you mean lint\?\); commands: catalog, lint, diff, /);
    expectUsageError(await run(['--check', 'extra']), /^error: unknown command "extra"; commands: /);
  });

  it('subcommands still refuse stray arguments', async () => {
    expectUsageError(await run(['diff', fixture, fixture, fixture]), /^error: too many arguments for 'diff'\. Expected 2 arguments but got 3\./);
    expectUsageError(await run(['demo', 'now']), /^error: too many arguments for 'demo'\./);
    expectUsageError(await run(['catalog', 'x']), /^error: too many arguments for 'catalog'\./);
  });

  it('help <command> prints that command\'s help', async () => {
    const result = await run(['help', 'lint']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: generate-dashboards lint \[options\] <paths\.\.\.>/);
  });
});

describe('--catalog modules that do not load', () => {
  it('a TypeScript syntax error is reported with its position, on one line', async () => {
    await writeFile(join(cwd, 'broken.ts'), 'export const catalog = {\n  name: = 1,\n};\n');
    await writeFile(join(cwd, 'd.json'), '{"panels": []}');
    const result = await run(['lint', '--catalog', 'broken.ts', 'd.json']);
    expectUsageError(result, /^error: --catalog broken\.ts: cannot load the module: Transform failed with 1 error: .*broken\.ts:2:8: ERROR: .*\n$/);
  });
});

describe('diff --base', () => {
  it('outside a git repository says so, instead of calling the ref unknown', async () => {
    const result = await run(['diff', '--base', 'HEAD']);
    expectUsageError(result, /^error: --base: git rev-parse: fatal: not a git repository/);
  });
});

describe('--catalog modules that export garbage', () => {
  it('attribute values and buckets of the wrong type are named, instead of crashing a rule later', async () => {
    const metric = '{ name: "a.b", kind: "histogram", unit: "ms", status: "emitted", description: "d", buckets: "1,2", attributes: { x: { description: "d", values: 5 }, y: 3 } }';
    await writeFile(join(cwd, 'garbage.mjs'), `export default { name: "x", meter: "m", metrics: { a: ${metric} } };\n`);
    await writeFile(join(cwd, 'd.json'), '{"panels": []}');
    const result = await run(['lint', '--catalog', 'garbage.mjs', 'd.json']);
    expectUsageError(result, /^error: --catalog garbage\.mjs: not a valid catalog:\n {2}metrics\.a\.buckets must be a list of numbers\n {2}metrics\.a\.attributes\.x\.values must be a list of strings\n {2}metrics\.a\.attributes\.y is not an object\n$/);
  });
});

describe('messages name paths as the user gave them', () => {
  it('an --out outside the working directory is shown absolute, not as ../..', async () => {
    const result = await run(['--out', '/proc/no-such-dir']);
    expectUsageError(result, /^error: cannot use \/proc\/no-such-dir as the output directory: /);
  });
});

describe('files that are not plain JSON', () => {
  it('a byte-order mark is named as the problem', async () => {
    await writeFile(join(cwd, 'bom.json'), '\uFEFF{"panels": []}');
    expectUsageError(await run(['lint', 'bom.json']), /^bom\.json:1:1: malformed JSON: the file starts with a byte-order mark \(BOM\); save it as UTF-8 without one$/m);
  });

  it('empty and binary files are malformed JSON at a position, for every command that reads dashboards', async () => {
    await writeFile(join(cwd, 'empty.json'), '');
    await writeFile(join(cwd, 'binary.json'), Buffer.from([0x00, 0xff, 0x13, 0x37, 0x7b]));
    for (const file of ['empty.json', 'binary.json']) {
      for (const args of [['lint', file], ['diff', file, fixture], ['preview', file]]) {
        expectUsageError(await run(args), new RegExp(`^${file.replace('.', '\\.')}:1:1: malformed JSON \\(`, 'm'));
      }
    }
  });
});

describe('folders where the generator keeps files', () => {
  it('are named, with exit code 2, and left alone', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(cwd, 'out/dashboards/test-small.json'), { recursive: true });
    for (const args of [[], ['--check']]) {
      expectUsageError(await run(args), /^error: .*out\/dashboards\/test-small\.json: is a folder where the generator keeps a file; move it away, then run again\n$/);
    }
    await rm(join(cwd, 'out'), { recursive: true });
    await mkdir(join(cwd, 'out/.generated-files.json'), { recursive: true });
    expectUsageError(await run([]), /^error: .*out\/\.generated-files\.json: is a folder where the generator keeps a file/);
  });
});

describe('--catalog modules whose export throws when read', () => {
  it('are a usage error naming the module, not a stack trace', async () => {
    await writeFile(join(cwd, 'trap.mjs'), 'export const catalog = new Proxy({}, { get() { throw new Error("trap"); } });\n');
    await writeFile(join(cwd, 'd.json'), '{"panels": []}');
    expectUsageError(await run(['lint', '--catalog', 'trap.mjs', 'd.json']), /^error: --catalog trap\.mjs: reading its export failed: trap\n$/);
  });
});
