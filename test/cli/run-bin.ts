/** Running the real `generate-dashboards` bin as a process, bounded in time, for tests of what a user sees. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { binArgs } from '../e2e/harness/bin.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface BinResult {
  /** null when the process was killed (see `timedOut`). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The process did not end within the time limit and was killed: a hang. */
  readonly timedOut: boolean;
}

export interface BinOptions {
  readonly cwd: string;
  readonly timeoutMs?: number;
  /** Run as this user (tests running as root use it to meet permission errors). */
  readonly uid?: number;
}

/**
 * Runs the bin asynchronously (a test may serve HTTP from its own process meanwhile) and kills it after `timeoutMs`,
 * so that a regression to a hang fails the test instead of stalling the suite.
 */
export function runBin(args: readonly string[], options: BinOptions): Promise<BinResult> {
  const child = spawn(process.execPath, binArgs(projectRoot, ...args), {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 30_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** Brings dist/ up to date once, so that the time limits of the tests measure the command, not a rebuild. */
export function buildOnce(): void {
  spawnSync(process.execPath, binArgs(projectRoot, '--help'), { cwd: projectRoot, timeout: 120_000 });
}

/** No Node stack trace in what a process printed. */
export const stackTrace = /^\s+at .+[:(]\d+/m;
