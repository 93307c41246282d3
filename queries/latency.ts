import type { FamilyOf } from '../src/catalog/model.ts';
import {
  type FamilyMatch,
  histogramQuantile,
  inFamily,
  increase,
  notInFamily,
  select,
  sum,
  topk,
} from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';

const { executionDuration } = ttaCatalog.metrics;

/** The catalog's families of primitive classes (`composition`, `recovery`, `llm`, `cache`). */
export type PrimitiveFamily = FamilyOf<typeof executionDuration, 'primitive.type'>;

/**
 * The SDK has no `workflow.name`, so a workflow is seen through the composition primitive at its top
 * (SequentialPrimitive, ParallelPrimitive, ConditionalPrimitive, RouterPrimitive).
 */
export const isWorkflowPrimitive = inFamily('composition');

/** Families whose primitives wrap others, so that their execution time includes their children's. */
export const wrappingFamilies = ['composition', 'recovery', 'cache'] as const satisfies readonly PrimitiveFamily[];
export const isLeafPrimitive = notInFamily(...wrappingFamilies);

/** P95 execution time per primitive over the time range, for primitives whose class matches. */
function p95ByPrimitiveOverRange(primitiveType: FamilyMatch<PrimitiveFamily>) {
  const buckets = select(executionDuration, { 'primitive.type': primitiveType }).bucket();
  return histogramQuantile(0.95, sum(increase(buckets)).by('le', 'primitive.name'));
}

/** The ten workflow-level primitives with the highest P95 over the time range. */
export const slowestWorkflowsByP95 = topk(10, p95ByPrimitiveOverRange(isWorkflowPrimitive));

/** The five leaf primitives (not wrapping others, whose time includes their children's) with the highest P95. */
export const bottleneckPrimitivesByP95 = topk(5, p95ByPrimitiveOverRange(isLeafPrimitive));

/** Execution-time distribution over time: count of executions per duration bucket per interval. */
export const executionDurationHeatmap = sum(increase(select(executionDuration).bucket(), '$__rate_interval')).by('le');
