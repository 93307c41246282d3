import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binArgs } from '../e2e/harness/bin.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'generate-bin-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function generate(...args: string[]) {
  return spawnSync(process.execPath, binArgs(root, ...args), { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('the generate-dashboards process', () => {
  it('finds the committed generated/ up to date with the dashboards in the repository', () => {
    const result = generate('--check');
    expect(result.stdout + result.stderr).toBe('generated is up to date (7 files).\n');
    expect(result.status).toBe(0);
  });

  it('exits 0 after writing, 1 when --check finds a changed file, 2 on an unknown profile', () => {
    const out = join(work, 'out');
    expect(generate('--out', out).status).toBe(0);
    const file = join(out, 'dashboards/tta-agent-observability.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"title": "Throughput"', '"title": "Throughput!"'));
    const check = generate('--check', '--out', out);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('Throughput');
    const unknown = generate('--check', '--profile', 'prometheus-2');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown profile "prometheus-2"');
  });
});
