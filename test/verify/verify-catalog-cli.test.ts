import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import project from '../../dashboards.config.ts';
import { type RunningDemo, startDemo } from '../../src/demo/server.ts';
import { runCapturing } from '../cli/capture.ts';
import { freePort } from '../e2e/harness/processes.ts';
import { buildOnce, runBin } from '../cli/run-bin.ts';

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
    [['--file', 'missing.txt'], 'error: cannot read missing.txt: no such file or folder\n'],
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

  test('--file is read relative to the working directory, and named as given', async () => {
    writeFileSync(join(dir, 'relative-scrape.txt'), await (await fetch(demo.url)).text());
    const result = await cli('verify-catalog', '--file', 'relative-scrape.txt', '--profile', 'otel-js');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('against relative-scrape.txt');
  });

  test('an endpoint that refuses the connection or answers 404 is exit 2 with the reason', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/metrics`;
    const refused = await cli('verify-catalog', '--url', closed);
    expect(refused).toMatchObject({ code: 2, stderr: `error: cannot scrape ${closed}: ECONNREFUSED\n` });
    const missing = await cli('verify-catalog', '--url', notFoundUrl);
    expect(missing).toMatchObject({ code: 2, stderr: `error: cannot scrape ${notFoundUrl}: HTTP 404 Not Found\n` });
  });
});

describe('verify-catalog --url against a hostile endpoint, through the real bin', () => {
  let hostile: Server;
  let base: string;
  const megabyte = Buffer.alloc(1024 * 1024, '#');

  beforeAll(async () => {
    buildOnce();
    hostile = createServer((request, response) => {
      const socket = request.socket;
      switch (request.url) {
        case '/huge': {
          // 500 MB, written only as fast as the client reads, so that the test process never holds it.
          response.writeHead(200, { 'content-type': 'text/plain' });
          let sent = 0;
          const more = () => {
            while (sent < 500 && !response.destroyed) {
              sent++;
              if (!response.write(megabyte)) return void response.once('drain', more);
            }
            response.end();
          };
          more();
          return;
        }
        case '/cut':
          response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100000' });
          response.write('# TYPE primitive_execution_count_total counter\n');
          setTimeout(() => socket.destroy(), 50);
          return;
        case '/dribble': {
          response.writeHead(200, { 'content-type': 'text/plain' });
          const timer = setInterval(() => response.write('#'), 200);
          response.on('close', () => clearInterval(timer));
          return;
        }
        case '/html':
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end('<!DOCTYPE html><html><body>Grafana</body></html>');
          return;
        case '/garbage':
          response.writeHead(200, { 'content-type': 'application/octet-stream' });
          response.end(Buffer.from([0x00, 0xff, 0x1b, 0x5b, 0x32, 0x4a, 0x0a]));
          return;
        default: {
          // Basic auth arrives as a header; a label value carries terminal escape codes.
          const authorised = request.headers.authorization === `Basic ${Buffer.from('user:s3cret').toString('base64')}`;
          response.writeHead(authorised ? 200 : 401, { 'content-type': 'text/plain' });
          response.end('# TYPE primitive_execution_count_total counter\nprimitive_execution_count_total{primitive_name="\u001b[2Jx",primitive_type="\u009b31m",execution_status="success"} 1\n');
        }
      }
    });
    const port = await freePort();
    await new Promise<void>((resolve) => hostile.listen(port, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${port}`;
  }, 180_000);

  afterAll(async () => {
    hostile?.closeAllConnections();
    await new Promise((resolve) => hostile?.close(resolve));
  });

  const verify = (url: string) => runBin(['verify-catalog', '--url', url], { cwd: dir, timeoutMs: 40_000 });

  test.each([
    ['/huge', 'the body is larger than the limit of 67108864 bytes'],
    ['/cut', 'the connection closed before the whole answer arrived'],
    ['/dribble', 'no complete answer within 10000 ms'],
    ['/html', 'the answer is an HTML page, not a Prometheus exposition (is this the /metrics endpoint?)'],
  ])('%s: exit 2 with a clear reason, no stack trace, no password', async (path, reason) => {
    const result = await verify(`http://user:s3cret@${base.slice('http://'.length)}${path}`);
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toBe(`error: cannot scrape http://***@${base.slice('http://'.length)}${path}: ${reason}\n`);
    expect(result.code).toBe(2);
  }, 60_000);

  test('a garbage body is not an exposition, named at its position with its control characters escaped', async () => {
    const result = await verify(`${base}/garbage`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: http:\/\/127\.0\.0\.1:\d+\/garbage:1:1: not a Prometheus text exposition/);
    expect(result.stderr).not.toMatch(/[\u0000\u001b]/);
  }, 60_000);

  test('credentials are sent as basic auth and never printed; scraped escape codes are shown escaped', async () => {
    const result = await verify(`http://user:s3cret@${base.slice('http://'.length)}/metrics`);
    expect(result.stdout).toContain(`http://***@${base.slice('http://'.length)}/metrics`);
    expect(result.stdout + result.stderr).not.toContain('s3cret');
    expect(result.stdout + result.stderr).not.toMatch(/[\u001b\u009b]/);
    expect(result.stdout).toContain('label `primitive_type` has \\x9b31m');
    expect(result.code).toBe(1);
  }, 60_000);
});
