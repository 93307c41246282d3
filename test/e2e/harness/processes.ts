import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** stdout and stderr so far, for failure messages. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
  /** SIGTERM to the whole process group, SIGKILL after `graceMs`; resolves when it has ended. */
  stop(graceMs?: number): Promise<number | string>;
  /** SIGKILL to the whole process group at once, for an `exit` handler, which cannot wait. */
  kill(): void;
}

/** Starts a process in its own process group, so that stop() also ends anything it started. */
export function startProcess(name: string, command: string, args: readonly string[], cwd: string): ManagedProcess {
  const child = spawn(command, [...args], { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', (error) => {
      output += String(error);
      resolve('spawn-error');
    });
  });
  const signalGroup = (signal: NodeJS.Signals): void => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    name,
    child,
    output: () => output,
    exited,
    async stop(graceMs = 5000) {
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    kill: () => signalGroup('SIGKILL'),
  };
}

/**
 * Polls `probe` every `everyMs` until it returns a value other than undefined, or fails after `timeoutMs`.
 * `gaveUp` is asked first on every round: a message from it ends the wait at once (the process died).
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  options: { readonly timeoutMs: number; readonly everyMs?: number; readonly gaveUp?: () => string | undefined },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    const reason = options.gaveUp?.();
    if (reason !== undefined) throw new Error(`while waiting for ${what}: ${reason}`);
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}${lastError === undefined ? '' : `: ${String(lastError)}`}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.everyMs ?? 250));
  }
}

/** For `gaveUp`: a message when the process has ended, with its output. */
export function endedEarly(managed: ManagedProcess): () => string | undefined {
  return () => {
    const { exitCode, signalCode } = managed.child;
    if (exitCode === null && signalCode === null) return undefined;
    return `${managed.name} exited (${exitCode ?? signalCode}):\n${managed.output()}`;
  };
}
