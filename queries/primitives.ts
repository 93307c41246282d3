import { inFamily, increase, rate, select, sum } from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';

const { executions } = ttaCatalog.metrics;

/** Executions over the time range per primitive class: which building blocks the workflows use most. */
export const executionsByPrimitiveType = sum(increase(select(executions))).by('primitive.type');

/**
 * Retries and fallbacks are not separate metrics: they show as executions of the recovery primitives
 * (RetryPrimitive, FallbackPrimitive, TimeoutPrimitive, CircuitBreakerPrimitive, ...). Per second, by class and outcome.
 */
export const recoveryExecutionsPerSecond = sum(rate(select(executions, { 'primitive.type': inFamily('recovery') }))).by(
  'primitive.type',
  'execution.status',
);
