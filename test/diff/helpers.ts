import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import project from '../../dashboards.config.ts';
import type { DashboardInfo } from '../../src/dashboard/model.ts';
import { readDashboardText } from '../../src/dashboard/read.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';

export const fixtures = new URL('../fixtures/diff/', import.meta.url);

export function fixtureText(format: 'v1' | 'v2', name: string): string {
  return readFileSync(new URL(`${format}/${name}.json`, fixtures), 'utf8');
}

export function fixture(format: 'v1' | 'v2', name: string): DashboardInfo {
  return readDashboardText(fixtureText(format, name), `${format}/${name}.json`);
}

export function fixturePath(format: 'v1' | 'v2', name: string): string {
  return new URL(`${format}/${name}.json`, fixtures).pathname;
}

export function temporaryFolder(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), color: false, cwd };
  const code = await runCli(project, args, io);
  return { code, stdout, stderr };
}
