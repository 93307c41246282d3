/**
 * Makes the README's data pictures (docs/data-preview-<tab>.svg) from the demo: starts the demo and a real
 * Prometheus (scraping every second, evaluating the SLO rules), waits for `--seconds` of scrapes (default
 * 120), and draws the classic dashboard with `generate-dashboards preview --data` over that window.
 *
 *   node --import tsx scripts/data-previews.ts [--seconds 120]
 *
 * Needs the `prometheus` binary (apt-get install -y prometheus). Every process it starts is stopped again.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import project from '../dashboards.config.ts';
import { binArgs } from '../test/e2e/harness/bin.ts';
import { startLiveStack } from '../test/e2e/harness/live.ts';
import { findPrometheus } from '../test/e2e/harness/prometheus.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const secondsFlag = process.argv.indexOf('--seconds');
const seconds = secondsFlag < 0 ? 120 : Number(process.argv[secondsFlag + 1]);
if (!Number.isInteger(seconds) || seconds < 10) {
  console.error('--seconds: an integer of at least 10');
  process.exit(2);
}
const prometheusBinary = findPrometheus();
if (prometheusBinary === undefined) {
  console.error('needs the `prometheus` binary: apt-get install -y prometheus');
  process.exit(2);
}

const stack = await startLiveStack(root, project, prometheusBinary, seconds);
const pictures = mkdtempSync(join(tmpdir(), 'tta-data-previews-'));
try {
  const args = ['preview', '--data', stack.prometheus.url, '--from', `${seconds}s`, '--scrape-interval', '1s', '--profile', 'otel-js', '--out', pictures];
  const run = spawnSync(process.execPath, binArgs(root, ...args), { cwd: root, encoding: 'utf8', timeout: 120_000 });
  process.stderr.write(run.stderr);
  if (run.status !== 0) throw new Error(`generate-dashboards ${args.join(' ')} exited ${run.status}`);
  const folder = join(pictures, 'dashboards', 'tta-agent-observability');
  for (const name of readdirSync(folder).sort()) {
    copyFileSync(join(folder, name), join(root, 'docs', `data-preview-${name}`));
    console.log(`docs/data-preview-${name}`);
  }
} finally {
  rmSync(pictures, { recursive: true, force: true });
  await stack.stop();
}
