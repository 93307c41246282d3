/**
 * Service-level objectives as the rules generator reads them: a generic description (an SLI over catalog
 * metrics, a target, a window) that content fills in. Prometheus recording rules, burn-rate alerts and the
 * derived catalog entries panels query are all worked out from it (recordings.ts, alerts.ts).
 */
import type { MetricSpec } from '../catalog/model.ts';
import type { Problem } from '../compile/problem.ts';

/** A Prometheus duration of one unit, as the SLO window is written (`30d`, `4w`). */
export type Duration = `${number}${'m' | 'h' | 'd' | 'w'}`;

/**
 * The SLI counts bad events among all events of a counter: `errors` are the matchers (attribute names as the
 * catalog spells them) that select the bad ones, `execution.status="error"` for example.
 */
export interface ErrorRatioSli {
  readonly kind: 'errors';
  readonly counter: MetricSpec;
  readonly errors: Readonly<Record<string, string>>;
}

/** The SLI counts observations of a histogram above `thresholdBucket`, which must be one of its bucket boundaries. */
export interface LatencySli {
  readonly kind: 'latency';
  readonly histogram: MetricSpec;
  readonly thresholdBucket: number;
  /** Where the threshold is set, for messages (`sloTargets.latencyThresholdMs`). */
  readonly thresholdSetting: string;
}

export type SliDefinition = ErrorRatioSli | LatencySli;

export interface SloDefinition {
  /** The `slo` label of its recordings and alerts, and part of their names: `availability`. */
  readonly id: string;
  /** What is promised, for alert descriptions: `99 % of executions succeed`. */
  readonly objective: string;
  /** Share of good events, strictly between 0 and 1. */
  readonly target: number;
  /** Where the target is set, for messages (`sloTargets.availability`). */
  readonly targetSetting: string;
  readonly sli: SliDefinition;
}

/** Where an alert links to: a dashboard panel, found by title when the dashboards are compiled. */
export interface SloPanelLink {
  readonly dashboardUid: string;
  readonly panelTitle: string;
}

export interface SloSet {
  /** File stem, rule group names and alert-name prefix: `tta` gives `tta-slo.rules.yaml` and `TtaAvailabilityBudgetBurn`. */
  readonly name: string;
  /** The SLO window: error budgets are counted over it. At least as long as the longest alert window (3d). */
  readonly window: Duration;
  readonly windowSetting: string;
  /** RE2 pattern of the scrape jobs that should report the SLIs; the absent-data alert watches their `up`. */
  readonly jobs: string;
  /** One runbook for every alert (`runbook_url` annotation). */
  readonly runbookUrl: string;
  /** Grafana's address, for the alerts' dashboard links. */
  readonly grafanaUrl: string;
  readonly panel: SloPanelLink;
  readonly slos: readonly SloDefinition[];
}

/** Keeps the literal types of an SLO set, like defineCatalog. */
export function defineSlos<const S extends SloSet>(set: S): S {
  return set;
}

const unitSeconds: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** Seconds in a Prometheus duration of one unit; NaN when it is not one. */
export function durationSeconds(duration: string): number {
  const match = /^([1-9][0-9]*)(s|m|h|d|w)$/.exec(duration);
  return match === null ? Number.NaN : Number(match[1]) * unitSeconds[match[2]];
}

/** Multiwindow, multi-burn-rate alerting (Google SRE workbook, chapter 5): burn factor, long and short window. */
export interface BurnWindow {
  readonly factor: number;
  readonly long: Duration;
  readonly short: Duration;
}

export interface BurnAlertPolicy {
  readonly severity: 'page' | 'ticket';
  /** The alert fires when either pair of windows burns faster than its factor. */
  readonly windows: readonly [BurnWindow, BurnWindow];
}

/** Of a 30-day budget: 2 % spent in an hour or 5 % in six hours pages; 10 % in a day, or in three days, opens a ticket. */
export const burnAlertPolicies: readonly BurnAlertPolicy[] = [
  {
    severity: 'page',
    windows: [
      { factor: 14.4, long: '1h', short: '5m' },
      { factor: 6, long: '6h', short: '30m' },
    ],
  },
  {
    severity: 'ticket',
    windows: [
      { factor: 3, long: '1d', short: '2h' },
      { factor: 1, long: '3d', short: '6h' },
    ],
  },
];

/** Every window an error ratio is recorded over, shortest first, ending with the SLO window. */
export function ratioWindows(set: Pick<SloSet, 'window'>): Duration[] {
  const alertWindows = burnAlertPolicies.flatMap((policy) => policy.windows.flatMap((window) => [window.long, window.short]));
  const windows = [...new Set<Duration>([...alertWindows, set.window])];
  return windows.sort((a, b) => durationSeconds(a) - durationSeconds(b));
}

function longestAlertWindow(): Duration {
  const longs = burnAlertPolicies.flatMap((policy) => policy.windows.map((window) => window.long));
  return longs.reduce((longest, window) => (durationSeconds(window) > durationSeconds(longest) ? window : longest));
}

/**
 * What makes an SLO set unusable, each naming the setting: a target outside (0, 1), a window that is not a
 * duration or is shorter than the longest alert window, a latency threshold that is not a bucket boundary.
 */
export function sloProblems(set: SloSet, where: string): Problem[] {
  const problems: Problem[] = [];
  const say = (message: string) => problems.push({ where, message });
  if (!/^[a-z][a-z0-9-]*$/.test(set.name)) say(`SLO set name "${set.name}" must be lower-case letters, digits and "-"`);
  const window = durationSeconds(set.window);
  const longest = longestAlertWindow();
  if (Number.isNaN(window)) say(`${set.windowSetting} is "${set.window}": the SLO window must be a duration such as 30d or 4w`);
  else if (window < durationSeconds(longest)) {
    say(`${set.windowSetting} is "${set.window}": the SLO window must be at least ${longest}, the longest alert window`);
  }
  const ids = new Set<string>();
  for (const slo of set.slos) {
    if (!/^[a-z][a-z0-9_]*$/.test(slo.id)) say(`SLO id "${slo.id}" must be lower-case letters, digits and "_"`);
    if (ids.has(slo.id)) say(`two SLOs share the id "${slo.id}"`);
    ids.add(slo.id);
    if (!(slo.target > 0 && slo.target < 1)) {
      say(`${slo.targetSetting} is ${slo.target}: an SLO target must be a share strictly between 0 and 1 (0.99 for 99 %)`);
    }
    const { sli } = slo;
    if (sli.kind === 'errors' && sli.counter.kind !== 'counter') {
      say(`SLO "${slo.id}": ${sli.counter.name} is a ${sli.counter.kind}; an error-ratio SLI counts with a counter`);
    }
    if (sli.kind === 'latency') {
      const buckets = sli.histogram.buckets ?? [];
      if (sli.histogram.kind !== 'histogram') say(`SLO "${slo.id}": ${sli.histogram.name} is not a histogram`);
      else if (!buckets.includes(sli.thresholdBucket)) {
        say(
          `${sli.thresholdSetting} is ${sli.thresholdBucket}: a latency threshold must be a bucket boundary of ` +
            `${sli.histogram.name} (${buckets.join(', ')})`,
        );
      }
    }
  }
  return problems;
}
