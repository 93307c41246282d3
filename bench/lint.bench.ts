// The whole lint path (dashboard reading, query selection, analyzeQuery, every default rule, dashboard rules):
// queries per second over >= 10,000 generated TTA-like queries in in-memory dashboards. The real corpus is measured
// by lint-corpus.bench.ts, in a process of its own.
import { performance } from 'node:perf_hooks';
import { ttaCatalog } from '../queries/catalog.ts';
import type { DashboardInfo } from '../src/dashboard/model.ts';
import { readDashboard } from '../src/dashboard/read.ts';
import { prometheusQueries } from '../src/lint/datasource.ts';
import { type Finding, lintDashboard, type LintOptions } from '../src/lint/run.ts';
import { findProfile, profiles } from '../src/naming/profiles.ts';
import { buildNamingContext, type EmittedSeries } from '../src/naming/series.ts';

const profile = findProfile('otel-python')!;
const naming = buildNamingContext(ttaCatalog, profile, profiles);
// Planned metrics are left out: queries on them are reported (`planned-metric`), and the corpus should be clean.
const series = [...naming.active.series.values()].filter((entry) => entry.metric.status === 'emitted');
const counters = series.filter((entry) => entry.role === 'counter');
const buckets = series.filter((entry) => entry.role === 'bucket');
const gauges = series.filter((entry) => entry.role === 'gauge');
const withStatus = counters.filter((entry) => entry.labels.has('execution_status'));
const ranges = ['$__rate_interval', '$__range'];
const quantiles = ['0.5', '0.9', '0.95', '0.99'];

/** A label filter from the catalog: a listed value, a variable, or a regex over a variable. */
function filter(entry: EmittedSeries, index: number): string {
  const labels = [...entry.labels.values()].filter((label) => label.attribute !== undefined);
  if (labels.length === 0 || index % 4 === 0) return '';
  const label = labels[index % labels.length];
  if (label.values && index % 3 !== 0) return `{${label.name}="${label.values[index % label.values.length]}"}`;
  return index % 2 === 0 ? `{${label.name}=~"$${label.name}"}` : `{${label.name}=~"\${${label.name}:regex}", job="$job"}`;
}

function groupLabel(entry: EmittedSeries, index: number): string {
  const labels = [...entry.labels.values()].filter((label) => label.attribute !== undefined);
  return labels.length === 0 ? 'job' : labels[index % labels.length].name;
}

const shapes: ((index: number) => string)[] = [
  (i) => {
    const c = counters[i % counters.length];
    return `sum by (${groupLabel(c, i)}) (rate(${c.name}${filter(c, i)}[$__rate_interval]))`;
  },
  (i) => {
    const c = withStatus[i % withStatus.length];
    const by = groupLabel(c, i);
    return `sum by (${by}) (rate(${c.name}{execution_status="error"}[$__rate_interval])) / sum by (${by}) (rate(${c.name}[$__rate_interval]))`;
  },
  (i) => {
    const b = buckets[i % buckets.length];
    return `histogram_quantile(${quantiles[i % quantiles.length]}, sum by (le, ${groupLabel(b, i)}) (rate(${b.name}${filter(b, i)}[$__rate_interval])))`;
  },
  (i) => {
    const c = counters[i % counters.length];
    return `topk(${1 + (i % 10)}, sum by (${groupLabel(c, i)}) (increase(${c.name}[${ranges[i % ranges.length]}])))`;
  },
  (i) => {
    const g = gauges[i % gauges.length];
    return `${['sum', 'avg', 'max'][i % 3]} by (${groupLabel(g, i)}) (${g.name}${filter(g, i)})`;
  },
  (i) => {
    const g = gauges[i % gauges.length];
    return `avg_over_time(${g.name}[1h]) - (${g.name} offset 1d)`;
  },
  () => 'sum(rate(cache_hits_total[$__rate_interval])) / clamp_min(sum(rate(cache_total[$__rate_interval])), 1)',
];

/** A template variable per label, as TTA dashboards filter by any of them. */
const variableNames = [...new Set(series.flatMap((entry) => [...entry.labels.keys()]))].sort();

const queriesPerDashboard = 40;
const generatedQueries = 12_000;

function generatedDashboards(): DashboardInfo[] {
  const dashboards: DashboardInfo[] = [];
  for (let start = 0; start < generatedQueries; start += queriesPerDashboard) {
    const panels = [];
    for (let index = start; index < start + queriesPerDashboard; index += 2) {
      panels.push({
        id: index + 1,
        type: 'timeseries',
        title: `Panel ${index}`,
        description: 'Generated',
        datasource: { type: 'prometheus', uid: '${datasource}' },
        fieldConfig: { defaults: { unit: 'short' } },
        gridPos: { x: 0, y: index, w: 24, h: 8 },
        targets: [0, 1].map((offset) => ({ refId: 'AB'[offset], expr: shapes[(index + offset) % shapes.length](index + offset) })),
      });
    }
    const variables = variableNames.map((name) => ({ name, type: 'query', query: `label_values(${name})` }));
    const document = {
      uid: `bench-${start}`,
      title: 'Bench',
      schemaVersion: 39,
      templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus' }, ...variables] },
      panels,
    };
    dashboards.push(readDashboard(document, `bench-${start}.json`));
  }
  return dashboards;
}

function lintAll(dashboards: readonly DashboardInfo[], options: LintOptions): Finding[] {
  return dashboards.flatMap((dashboard) => lintDashboard(dashboard, options));
}

function rss(): string {
  return `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;
}

interface Timing {
  /** Wall-clock seconds of the best run. */
  readonly wall: number;
  /** CPU seconds (user + system) of that run: steadier than wall time when other processes share the cores. */
  readonly cpu: number;
}

/** Best of a few timed runs after a warm-up, so JIT start-up does not count. */
function measure(run: () => unknown, rounds = 3): Timing {
  run();
  let best: Timing = { wall: Infinity, cpu: Infinity };
  for (let round = 0; round < rounds; round++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    const wall = (performance.now() - start) / 1000;
    const { user, system } = process.cpuUsage(cpuStart);
    if (wall < best.wall) best = { wall, cpu: (user + system) / 1e6 };
  }
  return best;
}

function rate(count: number, timing: Timing, unit: string): string {
  return `${Math.round(count / timing.wall)} ${unit}/s wall, ${Math.round(count / timing.cpu)} ${unit}/CPU-s`;
}

const dashboards = generatedDashboards();
const queryCount = dashboards.reduce((sum, dashboard) => sum + prometheusQueries(dashboard).length, 0);
const averageLength = Math.round(
  dashboards.flatMap((dashboard) => prometheusQueries(dashboard)).reduce((sum, { query }) => sum + (query.expr ?? '').length, 0) / queryCount,
);
const findings = lintAll(dashboards, { naming });
const timing = measure(() => lintAll(dashboards, { naming }));
console.log(
  `generated: ${queryCount} TTA-like queries (${counters.length} counters, ${buckets.length} histograms, ${gauges.length} gauges under ${profile.id}; ` +
    `avg ${averageLength} chars) in ${dashboards.length} dashboards, ${findings.length} findings`,
);
console.log(`  full lint path with catalog: ${rate(queryCount, timing, 'queries')} (${(timing.wall * 1000).toFixed(0)} ms)`);
console.log(`  catalog-free:                ${rate(queryCount, measure(() => lintAll(dashboards, {})), 'queries')}`);
console.log(`  target >= 20000 queries/s (CPU): ${queryCount / timing.cpu >= 20_000 ? 'met' : 'NOT MET'}; peak RSS ${rss()}`);

