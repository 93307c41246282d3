import { increase, oneOf, rate, select, sum } from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';

const { executions } = ttaCatalog.metrics;

/** Executions over the time range per primitive type: which building blocks the workflows use most. */
export const executionsByPrimitiveType = sum(increase(select(executions))).by('primitive.type');

/**
 * Retries and fallbacks are not separate metrics: they show as executions of `retry` and `fallback`
 * primitives. Per second, by type and outcome.
 */
export const retryAndFallbackExecutionsPerSecond = sum(
  rate(select(executions, { 'primitive.type': oneOf('retry', 'fallback') })),
).by('primitive.type', 'execution.status');
