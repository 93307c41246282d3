/** The demo as a process: it serves until SIGINT or SIGTERM and then exits 0; a taken port is exit 2. */
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import project from '../../dashboards.config.ts';
import { runCapturing } from '../cli/capture.ts';
import { type DemoProcess, startDemoProcess } from '../e2e/harness/demo.ts';
import { freePort, type ManagedProcess } from '../e2e/harness/processes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const running: ManagedProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((demo) => demo.stop()));
});

async function startDemo(): Promise<DemoProcess> {
  const started = await startDemoProcess(root, ['--tick', '20'], 20_000);
  running.push(started.demo);
  return started;
}

describe('generate-dashboards demo', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test(`serves the metrics and exits 0 on ${signal}`, async () => {
      const { demo, url } = await startDemo();
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
      const { code, stderr } = await runCapturing(project, ['demo', '--port', String(port)], root);
      expect(code).toBe(2);
      expect(stderr).toBe(`error: 127.0.0.1:${port} is already in use; choose another port with --port\n`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  test('a bad --port is a usage error', async () => {
    const { code, stderr } = await runCapturing(project, ['demo', '--port', 'http'], root);
    expect(code).toBe(2);
    expect(stderr).toContain('expected an integer from 1 to 65535');
  });
});
