/** The demo as a process: it serves until SIGINT or SIGTERM and then exits 0; a taken port is exit 2. */
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import project from '../../dashboards.config.ts';
import { runCli } from '../../src/cli/main.ts';
import { binArgs } from '../e2e/harness/bin.ts';
import { endedEarly, freePort, type ManagedProcess, startProcess, waitFor } from '../e2e/harness/processes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const running: ManagedProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((demo) => demo.stop()));
});

async function startDemoProcess(): Promise<{ demo: ManagedProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/metrics`;
  const demo = startProcess('demo', process.execPath, binArgs(root, 'demo', '--port', String(port), '--tick', '20'), root);
  running.push(demo);
  await waitFor(
    'the demo to serve /metrics',
    async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      return response.ok ? true : undefined;
    },
    { timeoutMs: 20_000, gaveUp: endedEarly(demo) },
  );
  return { demo, url };
}

describe('generate-dashboards demo', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test(`serves the metrics and exits 0 on ${signal}`, async () => {
      const { demo, url } = await startDemoProcess();
      const text = await (await fetch(url)).text();
      expect(text).toContain('# TYPE primitive_execution_duration histogram');
      expect(demo.output()).toContain(url);
      demo.child.kill(signal);
      expect(await demo.exited).toBe(0);
      expect(demo.output()).toContain(`Stopped on ${signal}`);
      await expect(fetch(url, { signal: AbortSignal.timeout(1000) })).rejects.toThrow();
    });
  }

  test('a port in use is a clear error and exit 2', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      let stderr = '';
      const code = await runCli(project, ['demo', '--port', String(port)], {
        stdout: () => {},
        stderr: (text) => void (stderr += text),
        color: false,
        cwd: root,
      });
      expect(code).toBe(2);
      expect(stderr).toBe(`error: 127.0.0.1:${port} is already in use; choose another port with --port\n`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  test('a bad --port is a usage error', async () => {
    let stderr = '';
    const code = await runCli(project, ['demo', '--port', 'http'], { stdout: () => {}, stderr: (text) => void (stderr += text), color: false, cwd: root });
    expect(code).toBe(2);
    expect(stderr).toContain('expected an integer from 1 to 65535');
  });
});
