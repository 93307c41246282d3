// The whole lint path (reading the JSON, query selection, analyzeQuery, every default rule, dashboard rules) over the
// real corpus (/work/shared/corpus/mixin-dashboards beside the clone): files/s, queries/s, peak RSS.
//
// In a process of its own (bench/run.ts runs each file apart): after lint.bench.ts's 12,000 generated queries (linted
// while their dashboards and findings stay alive), V8's allocation-site pretenuring sent the short-lived objects of each
// corpus file straight to the old generation; the same code measured 25-35 % slower there than in a fresh process (and
// within 10-15 % of a fresh one with --no-allocation-site-pretenuring). A user's `lint` run reads and forgets one file at
// a time, as this does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ttaCatalog } from '../queries/catalog.ts';
import { readDashboardText } from '../src/dashboard/read.ts';
import { prometheusQueries } from '../src/lint/datasource.ts';
import { lintDashboard, type LintOptions } from '../src/lint/run.ts';
import { findProfile, profiles } from '../src/naming/profiles.ts';
import { buildNamingContext } from '../src/naming/series.ts';
import { corpusFolder as corpus } from '../test/corpus.ts';
import { jsonFilesUnder } from '../test/files.ts';

interface Round {
  readonly wall: number;
  /** CPU seconds (user + system, every thread of the process: garbage collection and JIT compilation included). */
  readonly cpu: number;
}

/**
 * Warm-up passes, then `count` timed ones. Over the corpus the JIT keeps compiling, deoptimising and recompiling for
 * about seven passes (CPU ms a pass, one run: 2540, 816, 522, 451, 443, 504, 481, 400, 394, 387, ...; 85f9c95: 1337,
 * 679, 405, 366, 372, 420, 389, 348, 347, ...), so a single warm-up pass timed the compiler as much as the linter.
 */
const warmUpPasses = 8;

function rounds(run: () => void, count = 7): Round[] {
  for (let pass = 0; pass < warmUpPasses; pass++) run();
  const timed: Round[] = [];
  for (let round = 0; round < count; round++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    const { user, system } = process.cpuUsage(cpuStart);
    timed.push({ wall: (performance.now() - start) / 1000, cpu: (user + system) / 1e6 });
  }
  return timed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function report(label: string, queries: number, files: number, timed: readonly Round[]): void {
  const cpu = median(timed.map((round) => round.cpu));
  const wall = median(timed.map((round) => round.wall));
  const best = Math.min(...timed.map((round) => round.cpu));
  console.log(
    `  ${label}: ${Math.round(queries / cpu)} queries/CPU-s (median of ${timed.length}; best ${Math.round(queries / best)}), ` +
      `${Math.round(queries / wall)} queries/s wall, ${Math.round(files / cpu)} files/CPU-s (${(cpu * 1000).toFixed(0)} ms CPU a pass)`,
  );
}

if (!existsSync(corpus)) {
  console.log(`corpus: ${corpus} is absent, real-dashboard figures skipped`);
} else {
  const files = jsonFilesUnder(corpus);
  const texts = files.map((file) => [file, readFileSync(file, 'utf8')] as const);
  let queries = 0;
  const run = (options: LintOptions) => () => {
    queries = 0;
    for (const [file, text] of texts) {
      const dashboard = readDashboardText(text, file);
      queries += prometheusQueries(dashboard).length;
      lintDashboard(dashboard, options);
    }
  };
  const megabytes = texts.reduce((sum, [, text]) => sum + text.length, 0) / 1e6;
  const catalogFree = rounds(run({}));
  console.log(`corpus: ${files.length} files (${megabytes.toFixed(1)} MB), ${queries} PromQL queries, parse + read + lint`);
  report('catalog-free', queries, files.length, catalogFree);
  const naming = buildNamingContext(ttaCatalog, findProfile('otel-python')!, profiles);
  report('with the TTA catalog', queries, files.length, rounds(run({ naming })));
  console.log(`  peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  // What one `lint` of the folder costs a user: start-up, a cold JIT, the folder walk and the report included.
  const bin = fileURLToPath(new URL('../bin/generate-dashboards.mjs', import.meta.url));
  const walls: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, 'lint', corpus, '--catalog', 'none', '--format', 'json'], { stdio: 'ignore', timeout: 120_000 });
    if (result.status !== 0 && result.status !== 1) throw new Error(`generate-dashboards lint exited with ${result.status ?? result.signal}`);
    walls.push((performance.now() - start) / 1000);
  }
  console.log(`  one \`generate-dashboards lint\` of the folder (catalog-free, cold): ${median(walls).toFixed(2)} s wall (median of 3)`);
}
