import { type Duration, defineSlos } from '../src/rules/model.ts';
import { sloRecordings } from '../src/rules/recordings.ts';
import { executionDurationBucketsMs, ttaCatalog } from './catalog.ts';

export interface SloTargets {
  /** Share of executions that must succeed, 0..1. */
  readonly availability: number;
  /** Share of executions that must finish within `latencyThresholdMs`, 0..1. */
  readonly latency: number;
  /** One of the duration histogram's bucket boundaries, so that compliance is read from a bucket exactly. */
  readonly latencyThresholdMs: (typeof executionDurationBucketsMs)[number];
  /** The SLO window the error budgets are counted over; at least 3d, the longest alert window. */
  readonly window: Duration;
}

/**
 * The service-level objectives the health score, the SLO panels and the alerts measure against. The SDK does
 * not emit `slo.compliance`, so compliance is computed from the executions counter and the duration histogram.
 * Edit here; every panel, recording rule and alert that mentions a target reads it from this object.
 */
export const sloTargets: SloTargets = {
  availability: 0.99,
  latency: 0.95,
  latencyThresholdMs: 1000,
  window: '30d',
};

/** Where the SLO alerts point people, set once for every alert. */
export const sloAlerting = {
  /** The `runbook_url` of every SLO alert: replace with your own runbook page (README "SLO rules and alerts" has one). */
  runbookUrl: 'https://example.com/runbooks/tta-slo',
  /** Grafana's address, for the alerts' link to the dashboard panel. */
  grafanaUrl: 'http://localhost:3000',
  /** RE2 pattern of the scrape jobs that run TTA primitives: the absent-data alert fires when one is up but sends no SLI series. */
  jobs: 'tta.*',
} as const;

/** The dashboard panel the alerts link to (uid and title; the generator finds its panel id). */
export const sloAlertPanel = { dashboardUid: 'tta-agent-observability', panelTitle: 'SLO burn rate' } as const;

const { executions, executionDuration } = ttaCatalog.metrics;

/** The SLOs as the rules generator reads them, for the given targets. */
export function ttaSlos(targets: SloTargets = sloTargets) {
  return defineSlos({
    name: 'tta',
    window: targets.window,
    windowSetting: 'sloTargets.window (queries/slo.ts)',
    ...sloAlerting,
    panel: sloAlertPanel,
    slos: [
      {
        id: 'availability',
        objective: `${percentText(targets.availability)} of executions succeed`,
        target: targets.availability,
        targetSetting: 'sloTargets.availability (queries/slo.ts)',
        sli: { kind: 'errors', counter: executions, errors: { 'execution.status': 'error' } },
      },
      {
        id: 'latency',
        objective: `${percentText(targets.latency)} of executions finish within ${targets.latencyThresholdMs} ms`,
        target: targets.latency,
        targetSetting: 'sloTargets.latency (queries/slo.ts)',
        sli: {
          kind: 'latency',
          histogram: executionDuration,
          thresholdBucket: targets.latencyThresholdMs,
          thresholdSetting: 'sloTargets.latencyThresholdMs (queries/slo.ts)',
        },
      },
    ],
  });
}

/** The recorded SLO series (error ratios, budgets left, health score), as derived catalog metrics for panels. */
export const sloRecorded = sloRecordings(ttaSlos());

/** A ratio as descriptions print it: 0.99 -> `99 %`, 0.995 -> `99.5 %`. */
export function percentText(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10} %`;
}
