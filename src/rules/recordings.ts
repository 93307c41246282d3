/**
 * The recording rules of an SLO set, each one a derived catalog metric: per SLI the error ratio over every
 * alert window and the SLO window, per SLO the error budget left, and one health score. Names follow
 * Prometheus's `level:metric:operations` convention, with the input's series name (under the naming profile)
 * as the metric part, so they change with the export path like their inputs do.
 */
import type { DerivedMetricSpec } from '../catalog/derived.ts';
import type { MetricSpec } from '../catalog/model.ts';
import { add, clampMax, div, type Expr, mul, or, rate, select, sub, sum } from '../builder/promql/index.ts';
import type { HistogramSelection, Series } from '../builder/promql/selector.ts';
import type { NamingProfile } from '../naming/profiles.ts';
import { type Duration, ratioWindows, type SliDefinition, type SloDefinition, type SloSet } from './model.ts';

/** Recordings aggregate to one series per scrape job: the job is the service whose SLO they measure. */
export const sloLevel = 'job';

/** A recording rule: the derived metric it produces, and the expression that computes it. */
export interface Recording {
  readonly key: string;
  readonly metric: DerivedMetricSpec;
  readonly expr: Expr;
  /** Labels the rule sets on its result (`slo`). */
  readonly labels: Readonly<Record<string, string>>;
}

type SloId<S extends SloSet> = S['slos'][number]['id'];

export interface SloRecordings<S extends SloSet = SloSet> {
  /** By SLO id and window: the share of bad events. */
  readonly errorRatio: Readonly<Record<SloId<S>, Readonly<Record<Duration, DerivedMetricSpec>>>>;
  /** By SLO id: 1 - error ratio over the SLO window / error budget; below 0 once the budget is spent. */
  readonly budgetRemaining: Readonly<Record<SloId<S>, DerivedMetricSpec>>;
  /** Mean over the SLOs of SLI / target, each capped at 1, over the SLO window. */
  readonly healthScore: DerivedMetricSpec;
  /** Every recording in evaluation order: ratios, then budgets, then the health score. */
  readonly all: readonly Recording[];
}

/** What the SLI measures, as the metric part of its recordings' names (`primitive_execution_count_errors`). */
function sliMetricPart(sli: SliDefinition, profile: NamingProfile): string {
  if (sli.kind === 'errors') return `${profile.metricName(sli.counter).replace(/_total$/, '')}_errors`;
  return `${profile.metricName(sli.histogram)}_slow`;
}

function sliInput(sli: SliDefinition): MetricSpec {
  return sli.kind === 'errors' ? sli.counter : sli.histogram;
}

function derived(
  name: string,
  description: string,
  recordedName: (profile: NamingProfile) => string,
  attributes: DerivedMetricSpec['attributes'],
): DerivedMetricSpec {
  return { name, kind: 'gauge', unit: '1', status: 'emitted', description, attributes, keptLabels: [sloLevel], recordedName };
}

const perJob = (expr: Expr) => sum(expr).by(sloLevel);

/** The SLI's series as the builder selects them; the SLO set's checks (model.ts) make sure of the metric kinds. */
export function sliSeries(sli: SliDefinition): { all: Series<string, 'counter'>; good?: Series<string, 'counter'>; bad?: Series<string, 'counter'> } {
  if (sli.kind === 'errors') {
    const counter = (matchers = {}) => select(sli.counter, matchers) as unknown as Series<string, 'counter'>;
    return { all: counter(), bad: counter(sli.errors) };
  }
  const histogram = select(sli.histogram) as unknown as HistogramSelection<MetricSpec>;
  return { all: histogram.count(), good: histogram.bucketAtMost(sli.thresholdBucket) };
}

/** Share of bad events over `window`, one series per job; 0 (not "no data") while events happen without a bad one. */
function errorRatioExpr(sli: SliDefinition, window: Duration): Expr {
  const { all, good, bad } = sliSeries(sli);
  const total = perJob(rate(all, window));
  if (bad !== undefined) return div(or(perJob(rate(bad, window)), mul(total, 0)), total);
  return div(sub(total, perJob(rate(good!, window))), total);
}

const sloLabel = (slo: SloDefinition) => ({ slo: { description: 'The SLO', values: [slo.id] } });

export function sloRecordings<const S extends SloSet>(set: S): SloRecordings<S> {
  const level = `${sloLevel}:`;
  const all: Recording[] = [];
  const errorRatio: Record<string, Record<string, DerivedMetricSpec>> = {};
  const budgetRemaining: Record<string, DerivedMetricSpec> = {};
  const windows = ratioWindows(set);
  for (const slo of set.slos) {
    const input = sliInput(slo.sli);
    errorRatio[slo.id] = {};
    for (const window of windows) {
      const metric = derived(
        `${slo.id}.error_ratio.${window}`,
        `Share of ${input.name} events that miss the ${slo.id} SLO over ${window}, per job (recording rule)`,
        (profile) => `${level}${sliMetricPart(slo.sli, profile)}:ratio_rate${window}`,
        sloLabel(slo),
      );
      errorRatio[slo.id][window] = metric;
      all.push({ key: `${slo.id}ErrorRatio${window}`, metric, expr: errorRatioExpr(slo.sli, window), labels: { slo: slo.id } });
    }
  }
  for (const slo of set.slos) {
    const metric = derived(
      `${slo.id}.error_budget_remaining.${set.window}`,
      `Share of the ${slo.id} SLO's ${set.window} error budget not yet spent, per job; negative once overspent (recording rule)`,
      (profile) => `${level}${sliMetricPart(slo.sli, profile)}:error_budget_remaining${set.window}`,
      sloLabel(slo),
    );
    budgetRemaining[slo.id] = metric;
    const spent = div(select(errorRatio[slo.id][set.window]), budgetOf(slo));
    all.push({ key: `${slo.id}BudgetRemaining`, metric, expr: sub(1, spent), labels: { slo: slo.id } });
  }
  const healthScore = derived(
    `slo.health_score.${set.window}`,
    `Mean over the SLOs of each SLI divided by its target, capped at 1, over ${set.window}, per job (recording rule)`,
    () => `${level}${set.name.replaceAll('-', '_')}_slo_health:score${set.window}`,
    {},
  );
  const scores = set.slos.map((slo) => clampMax(div(sub(1, select(errorRatio[slo.id][set.window])), slo.target), 1));
  // The SLOs' series differ only in `slo`: match them on the rest.
  const total = scores.reduce((sumSoFar, score) => add(sumSoFar, score).ignoring('slo') as Expr);
  all.push({ key: 'sloHealthScore', metric: healthScore, expr: div(total, set.slos.length), labels: {} });
  return {
    errorRatio: errorRatio as SloRecordings<S>['errorRatio'],
    budgetRemaining: budgetRemaining as SloRecordings<S>['budgetRemaining'],
    healthScore,
    all,
  };
}

/** The error budget: the share of events allowed to be bad. Rounded so that 1 - 0.99 reads 0.01, not 0.010000000000000009. */
export function budgetOf(slo: Pick<SloDefinition, 'target'>): number {
  return roundedProduct(1, 1 - slo.target);
}

/** `a * b` without binary floating-point noise in the last digits (14.4 * 0.01 is 0.144, not 0.14400000000000002). */
export function roundedProduct(a: number, b: number): number {
  return Number((a * b).toPrecision(12));
}

/** The recordings as derived catalog entries, keyed for `withDerived`. */
export function derivedMetricsOf(recordings: SloRecordings): Record<string, DerivedMetricSpec> {
  return Object.fromEntries(recordings.all.map((recording) => [recording.key, recording.metric]));
}
