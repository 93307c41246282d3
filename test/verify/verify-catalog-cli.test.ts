import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import project from '../../dashboards.config.ts';
import { type RunningDemo, startDemo } from '../../src/demo/server.ts';
import { runCapturing } from '../cli/capture.ts';
import { freePort } from '../e2e/harness/processes.ts';

const dir = mkdtempSync(join(tmpdir(), 'tta-verify-'));
let demo: RunningDemo;
let notFound: Server;
let notFoundUrl: string;

function cli(...args: string[]) {
  return runCapturing(project, args, dir);
}

beforeAll(async () => {
  demo = await startDemo(project.catalog, project.workload!, { host: '127.0.0.1', port: await freePort(), tickMs: 10, seed: 7 });
  // Enough simulated workflows for every metric of the catalog to have been recorded.
  await new Promise((resolve) => setTimeout(resolve, 300));
  notFound = createServer((_request, response) => {
    response.statusCode = 404;
    response.end();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => notFound.listen(port, '127.0.0.1', resolve));
  notFoundUrl = `http://127.0.0.1:${port}/metrics`;
});

afterAll(async () => {
  await demo?.stop();
  await new Promise((resolve) => notFound?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('generate-dashboards verify-catalog', () => {
  test('a scrape of the demo saved to a file matches the catalog under otel-js (exit 0)', async () => {
    const file = join(dir, 'scrape.txt');
    writeFileSync(file, await (await fetch(demo.url)).text());
    const result = await cli('verify-catalog', '--file', file, '--profile', 'otel-js');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('0 mismatches, 1 info');
    expect(result.stdout).toContain('Naming profiles that match this exposition: otel-js');
    expect(result.code).toBe(0);
  });

  test('the default profile (otel-python) finds the unit-suffix mismatch (exit 1), in JSON too', async () => {
    const text = await cli('verify-catalog', '--url', demo.url);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('(profile otel-python)');
    expect(text.stdout).toContain('`_milliseconds` unit suffix');
    const json = await cli('verify-catalog', '--url', demo.url, '--format', 'json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { profile: string; mismatches: number; source: string };
    expect(report).toMatchObject({ profile: 'otel-python', mismatches: 1, source: demo.url });
  });

  test.each([
    [['--file', 'missing.txt'], 'error: cannot read missing.txt: no such file\n'],
    [['--file', 'page.html'], 'error: page.html:1:1: not a Prometheus text exposition: expected a metric name\n'],
    [['--file', 'broken.txt'], 'error: broken.txt:3:14: not a Prometheus text exposition: unterminated string\n'],
    [[], 'error: give exactly one of --url and --file\n'],
    [['--file', 'a', '--url', 'http://x'], 'error: give exactly one of --url and --file\n'],
    [['--url', 'localhost:9464'], 'error: localhost:9464: only http and https URLs can be scraped\n'],
    [['--url', 'not a url'], 'error: not a url is not a URL\n'],
    [['--file', 'page.html', '--profile', 'otel-go'], 'error: --profile: unknown profile "otel-go"; profiles: otel-python, otel-python-legacy, otel-js, otlp, otlp-no-suffixes, otlp-utf8, otlp-utf8-no-translation\n'],
  ])('%j: exit 2 with %j', async (args, message) => {
    writeFileSync(join(dir, 'page.html'), '<!doctype html>\n<title>Prometheus</title>\n');
    writeFileSync(join(dir, 'broken.txt'), '# TYPE x counter\nx_total 1\nx_total{path="/a} 2\n');
    const result = await cli('verify-catalog', ...args.map((arg) => (arg.endsWith('.txt') || arg.endsWith('.html') ? join(dir, arg) : arg)));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message.replaceAll(/(missing\.txt|page\.html|broken\.txt)/g, (name) => join(dir, name)));
    expect(result.stdout).toBe('');
  });

  test('an endpoint that refuses the connection or answers 404 is exit 2 with the reason', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/metrics`;
    const refused = await cli('verify-catalog', '--url', closed);
    expect(refused).toMatchObject({ code: 2, stderr: `error: cannot scrape ${closed}: ECONNREFUSED\n` });
    const missing = await cli('verify-catalog', '--url', notFoundUrl);
    expect(missing).toMatchObject({ code: 2, stderr: `error: cannot scrape ${notFoundUrl}: HTTP 404 Not Found\n` });
  });
});
