import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import project from '../../dashboards.config.ts';
import type { DashboardInfo } from '../../src/dashboard/model.ts';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { type CliResult, runCapturing } from '../cli/capture.ts';

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

export function cli(cwd: string, ...args: string[]): Promise<CliResult> {
  return runCapturing(project, args, cwd);
}
