import { binArgs } from './bin.ts';
import { endedEarly, freePort, type ManagedProcess, startProcess, waitFor } from './processes.ts';

export interface DemoProcess {
  readonly demo: ManagedProcess;
  readonly port: number;
  readonly url: string;
}

/** Runs the real bin's `demo` on a free port until it serves /metrics; stops it again when it never does. */
export async function startDemoProcess(root: string, extraArgs: readonly string[], timeoutMs: number): Promise<DemoProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/metrics`;
  const demo = startProcess('demo', process.execPath, binArgs(root, 'demo', '--port', String(port), ...extraArgs), root);
  try {
    await waitFor(
      'the demo to serve /metrics',
      async () => {
        const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
        return response.ok ? true : undefined;
      },
      { timeoutMs, gaveUp: endedEarly(demo) },
    );
  } catch (error) {
    await demo.stop();
    throw error;
  }
  return { demo, port, url };
}
