import {
  add,
  clampMax,
  defaultLabel,
  div,
  increase,
  orZero,
  type Range,
  rate,
  select,
  sub,
  sum,
} from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';
import { sloTargets } from './slo.ts';

const { executions, executionDuration, activeWorkflows } = ttaCatalog.metrics;

const allExecutions = select(executions);
const failedExecutions = select(executions, { 'execution.status': 'error' });

/** Counter growth over a window: per second over `$__rate_interval`, or the total over `$__range`. */
type Window = 'per-second' | 'over-range';
const grow = (window: Window) => (window === 'per-second' ? rate : increase);
const windowRange = (window: Window): Range => (window === 'per-second' ? '$__rate_interval' : '$__range');

/** Executions per second, split into successes and errors. */
export const executionsPerSecondByStatus = sum(rate(allExecutions)).by('execution.status');

/**
 * Share of executions that failed, 0..1. No failures while executions run is a true 0
 * (`or vector(0)` on the label-less numerator); no executions at all stays "no data".
 */
export function errorRatio(window: Window = 'per-second') {
  const failed = sum(grow(window)(failedExecutions, windowRange(window)));
  const all = sum(grow(window)(allExecutions, windowRange(window)));
  return div(orZero(failed), all);
}

/** Share of executions that succeeded over the dashboard's time range. */
export const availability = sub(1, errorRatio('over-range'));

/** Share of executions that finished within the latency SLO's threshold over the time range (from the histogram buckets). */
export const latencySloCompliance = div(
  sum(increase(select(executionDuration).bucketAtMost(sloTargets.latencyThresholdMs))),
  sum(increase(select(executionDuration).count())),
);

/**
 * Health score, 0..1: the mean of the two SLIs each scored against its target and capped at 1,
 * so 100 % means both SLOs are met and each point below is a shortfall on one of them.
 */
export const healthScore = div(
  add(
    clampMax(div(availability, sloTargets.availability), 1),
    clampMax(div(latencySloCompliance, sloTargets.latency), 1),
  ),
  2,
);

/** Workflows running now per agent type; workflows started without an agent type are grouped as `unspecified`. */
export const activeWorkflowsByAgentType = defaultLabel(
  sum(select(activeWorkflows)).by('agent.type'),
  'agent.type',
  'unspecified',
);
