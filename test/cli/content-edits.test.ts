// The bin must run the content on disk: a bundle built at install time once hid every later edit (generate said
// "0 written", --check said up to date). These tests edit a copy of the project and run its real bin.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'generate-copy-'));
const dashboard = join(copy, 'generated/dashboards/tta-agent-observability.json');

function bin(cwd: string, ...args: string[]) {
  return binAs(undefined, cwd, ...args);
}

function binAs(uid: number | undefined, cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(copy, 'bin/generate-dashboards.mjs'), ...args], { cwd, uid, encoding: 'utf8', timeout: 60_000 });
}

beforeAll(() => {
  // What a checkout holds (tracked files and new ones git does not ignore), without dist/; packages are shared.
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  for (const file of listed.stdout.split('\0').filter((name) => name !== '' && name !== 'node_modules' && existsSync(join(root, name)))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const first = bin(copy);
  if (first.status !== 0) throw new Error(`generate-dashboards failed in the copy: ${first.stderr}`);
}, 120_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('edits to the content are always seen', () => {
  it('rebuilds after an edit to panels/: --check reports it, generate writes it, then all is up to date', () => {
    const panels = join(copy, 'panels/overview.ts');
    writeFileSync(panels, readFileSync(panels, 'utf8').replace("title: '", "title: 'Edited "));
    const check = bin(copy, '--check');
    expect(check.stdout).toContain('Edited ');
    expect(check.status).toBe(1);
    const write = bin(copy);
    expect(write.stdout).toMatch(/updated generated\/dashboards\/tta-agent-observability\.json/);
    expect(write.status).toBe(0);
    expect(readFileSync(dashboard, 'utf8')).toContain('"title": "Edited ');
    expect(bin(copy, '--check').status).toBe(0);
  }, 120_000);

  it('names the file, line and column when the content does not compile, and writes nothing', () => {
    const before = readFileSync(dashboard, 'utf8');
    const queries = join(copy, 'queries/slo.ts');
    const source = readFileSync(queries, 'utf8');
    writeFileSync(queries, `${source}\nexport const broken = ;\n`);
    try {
      const result = bin(copy);
      expect(result.stderr).toMatch(/^error: queries\/slo\.ts:\d+:\d+: /m);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.status).toBe(2);
      expect(readFileSync(dashboard, 'utf8')).toBe(before);
    } finally {
      writeFileSync(queries, source);
    }
  }, 120_000);

  it('runs the sources when it may not rebuild dist/ (a read-only checkout), without a stack trace', () => {
    const panels = join(copy, 'panels/overview.ts');
    const source = readFileSync(panels, 'utf8');
    writeFileSync(panels, source.replace("title: '", "title: 'Read-only "));
    // Root may write anywhere: run as nobody there; anyone else meets a folder without write permission.
    const asRoot = process.getuid?.() === 0;
    chmodSync(copy, asRoot ? 0o755 : 0o555);
    try {
      const result = binAs(asRoot ? 65534 : undefined, copy, '--check', '--out', join(copy, 'generated'));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toContain('Read-only ');
      expect(result.status).toBe(1);
    } finally {
      chmodSync(copy, 0o755);
      writeFileSync(panels, source);
    }
  }, 120_000);
});

describe('the project root', () => {
  it('writes into the project generated/ when run from a subfolder, never a second generated/ there', () => {
    const result = bin(join(copy, 'panels'), '--check');
    expect(result.stdout).toContain(`${join(copy, 'generated')} is up to date`);
    expect(result.status).toBe(0);
    expect(bin(join(copy, 'panels')).status).toBe(0);
    expect(existsSync(join(copy, 'panels/generated'))).toBe(false);
  }, 120_000);

  it('says so when run outside any project without --out, and writes nothing', () => {
    const outside = mkdtempSync(join(tmpdir(), 'generate-outside-'));
    try {
      const result = bin(outside);
      expect(result.stderr).toBe(`error: no dashboards.config.ts in ${outside} or any folder above it; run generate-dashboards inside the project, or name the output folder with --out\n`);
      expect(result.status).toBe(2);
      expect(existsSync(join(outside, 'generated'))).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  }, 120_000);
});
