import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binArgs } from '../e2e/harness/bin.ts';
import { cleanQuery, panel, v1 } from './fixtures.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lint-bin-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function lint(...args: string[]) {
  const result = spawnSync(process.execPath, binArgs(root, 'lint', ...args), { cwd: folder, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the generate-dashboards bin', () => {
  it('exits 0, 1 and 2 as a process, without stack traces', () => {
    writeFileSync(join(folder, 'clean.json'), JSON.stringify(v1([panel(1, cleanQuery)])));
    writeFileSync(join(folder, 'broken.json'), JSON.stringify(v1([panel(1, 'sum(rate(x_total{a="$nope"}[$__rate_interval]))')])));
    writeFileSync(join(folder, 'malformed.json'), '{"panels": [');
    expect(lint('clean.json').status).toBe(0);
    expect(lint('broken.json').status).toBe(1);
    const malformed = lint('malformed.json', 'clean.json');
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toMatch(/^malformed\.json:1:\d+: malformed JSON/);
    expect(malformed.stderr).not.toContain('    at ');
    expect(malformed.stdout).toContain('2 files, 1 dashboard, 1 query: 0 errors, 0 warnings');
  });
});
