import type { executionDurationBucketsMs } from './catalog.ts';

export interface SloTargets {
  /** Share of executions that must succeed, 0..1. */
  readonly availability: number;
  /** Share of executions that must finish within `latencyThresholdMs`, 0..1. */
  readonly latency: number;
  /** One of the duration histogram's bucket boundaries, so that compliance is read from a bucket exactly. */
  readonly latencyThresholdMs: (typeof executionDurationBucketsMs)[number];
}

/**
 * The service-level objectives the health score and the SLO panels measure against. The SDK does not
 * emit `slo.compliance`, so compliance is computed from the executions counter and the duration histogram.
 * Edit here; every panel that mentions a target reads it from this object.
 */
export const sloTargets: SloTargets = {
  availability: 0.99,
  latency: 0.95,
  latencyThresholdMs: 1000,
};

/** A ratio as descriptions print it: 0.99 -> `99 %`, 0.995 -> `99.5 %`. */
export function percentText(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10} %`;
}
