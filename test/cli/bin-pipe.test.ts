import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binArgs } from '../e2e/harness/bin.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bin-pipe-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the generate-dashboards process with its output piped', () => {
  it('stops quietly when the reader closes the pipe early (lint ... | head -1)', async () => {
    // Enough findings to fill the pipe many times over.
    const panels = Array.from({ length: 5000 }, (_, index) => ({
      id: index + 1,
      type: 'timeseries',
      title: `Panel ${index}`,
      targets: [{ refId: 'A', expr: 'up' }],
    }));
    writeFileSync(join(work, 'many.json'), JSON.stringify({ uid: 'many', title: 'Many', panels }));
    const child = spawn(process.execPath, binArgs(root, 'lint', 'many.json'), { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).not.toBeNull();
  }, 30_000);
});
