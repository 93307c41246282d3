// The whole `generate-dashboards --check` process, as CI runs it: `node bin/generate-dashboards.mjs --check`
// on an up-to-date output directory, timed next to `node -e 0` in the same run (interleaved, medians),
// with its peak RSS and a CPU profile of where the time goes. Also times a full write into an empty directory.
// Targets: <= 6x `node -e 0`, <= 150 MiB. Needs the bundle (`npm run bench` builds it first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/generate-dashboards.mjs');
const runs = 9;
const work = mkdtempSync(join(tmpdir(), 'generate-bench-'));
const outDir = join(work, 'generated');
// Prints the process's own peak RSS on exit, so no platform `time` tool is needed.
const rssProbe = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;

function run(args: readonly string[]): { ms: number; stderr: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  }
  return { ms, stderr: result.stderr };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Self time by package (or `cli bundle` for our own code) from a V8 CPU profile. */
function profileSummary(dir: string): string[] {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) return ['(no profile written)'];
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    nodes: { id: number; callFrame: { url: string; functionName: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPart = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] / 1000;
    total += delta;
    const { url, functionName } = nodes.get(id)?.callFrame ?? { url: '', functionName: '' };
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    const part = pkg ?? (url.includes('dist/cli.mjs') ? 'cli bundle (our code)' : url.startsWith('node:') ? 'node internals (module loading, fs)' : `(${functionName || 'native'})`);
    byPart.set(part, (byPart.get(part) ?? 0) + delta);
  });
  const top = [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return [`CPU profile, ${total.toFixed(0)} ms sampled:`, ...top.map(([part, ms]) => `  ${ms.toFixed(0).padStart(5)} ms  ${part}`)];
}

try {
  if (!existsSync(join(root, 'dist/cli.mjs'))) throw new Error('dist/cli.mjs is missing: run `npm run build` first');
  run([bin, '--out', outDir]);

  const baseline: number[] = [];
  const check: number[] = [];
  const help: number[] = [];
  for (let index = 0; index < runs; index++) {
    baseline.push(run(['-e', '0']).ms);
    check.push(run([bin, '--check', '--out', outDir]).ms);
    help.push(run([bin, '--help']).ms);
  }
  const write: number[] = [];
  for (let index = 0; index < 3; index++) {
    const fresh = join(work, `fresh-${index}`);
    write.push(run([bin, '--out', fresh]).ms);
  }
  const rssLine = /maxrss=(\d+)/.exec(run(['--import', rssProbe, bin, '--check', '--out', outDir]).stderr);
  const rssMiB = rssLine ? Number(rssLine[1]) / 1024 : Number.NaN;
  const profileDir = join(work, 'profile');
  run(['--cpu-prof', `--cpu-prof-dir=${profileDir}`, bin, '--check', '--out', outDir]);

  const ratio = median(check) / median(baseline);
  const lines = [
    `node -e 0:                         median ${median(baseline).toFixed(0)} ms over ${runs} runs`,
    `generate-dashboards --check:       median ${median(check).toFixed(0)} ms over ${runs} runs (up-to-date output)`,
    `ratio:                             ${ratio.toFixed(2)}x (target <= 6x) ${ratio <= 6 ? 'ok' : 'OVER'}`,
    `generate-dashboards --help:        median ${median(help).toFixed(0)} ms (${(median(help) / median(baseline)).toFixed(2)}x): the CLI's start-up, shared by every command`,
    `peak RSS of --check:               ${rssMiB.toFixed(1)} MiB (target <= 150 MiB) ${rssMiB <= 150 ? 'ok' : 'OVER'}`,
    `generate-dashboards (full write):  median ${median(write).toFixed(0)} ms over 3 runs into an empty directory`,
    ...profileSummary(profileDir),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
