import {
  histogramQuantile,
  increase,
  type LabelMatch,
  noneOf,
  oneOf,
  select,
  sum,
  topk,
} from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';

const { executionDuration } = ttaCatalog.metrics;

/**
 * Primitive types that compose others: the SDK has no `workflow.name`, so a workflow is seen through
 * the sequential, parallel or router primitive at its top.
 */
export const workflowPrimitiveTypes = ['sequential', 'parallel', 'router'] as const;
export const isWorkflowPrimitive: LabelMatch = oneOf(...workflowPrimitiveTypes);
export const isLeafPrimitive: LabelMatch = noneOf(...workflowPrimitiveTypes);

/** P95 execution time per primitive over the time range, for primitives whose type matches. */
function p95ByPrimitiveOverRange(primitiveType: LabelMatch) {
  const buckets = select(executionDuration, { 'primitive.type': primitiveType }).bucket();
  return histogramQuantile(0.95, sum(increase(buckets)).by('le', 'primitive.name'));
}

/** The ten workflow-level primitives with the highest P95 over the time range. */
export const slowestWorkflowsByP95 = topk(10, p95ByPrimitiveOverRange(isWorkflowPrimitive));

/** The five leaf primitives (not composing others, whose time includes their children's) with the highest P95. */
export const bottleneckPrimitivesByP95 = topk(5, p95ByPrimitiveOverRange(isLeafPrimitive));

/** Execution-time distribution over time: count of executions per duration bucket per interval. */
export const executionDurationHeatmap = sum(increase(select(executionDuration).bucket(), '$__rate_interval')).by('le');
