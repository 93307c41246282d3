import {
  aliasLabel,
  defaultLabel,
  div,
  type Expr,
  histogramQuantile,
  type FamilyMatch,
  increase,
  mul,
  or,
  select,
  sub,
  sum,
} from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';
import { isWorkflowPrimitive, type PrimitiveFamily } from './latency.ts';

const { executions, executionDuration } = ttaCatalog.metrics;

/**
 * Per-primitive totals over the time range for workflow-level primitives. Each carries the alias label
 * `primitive`, so the table's columns have the same names under every naming profile.
 */
function perWorkflow(primitiveType: FamilyMatch<PrimitiveFamily>) {
  const runs = sum(increase(select(executions, { 'primitive.type': primitiveType }))).by('primitive.name');
  const failed = sum(increase(select(executions, { 'primitive.type': primitiveType, 'execution.status': 'error' }))).by(
    'primitive.name',
  );
  // A workflow that ran without failing has 0 errors, not a missing row.
  const failures = or(failed, mul(runs, 0));
  const buckets = select(executionDuration, { 'primitive.type': primitiveType }).bucket();
  const p95 = histogramQuantile(0.95, sum(increase(buckets)).by('le', 'primitive.name'));
  const asRow = (expr: Expr<'primitive.name'>) => aliasLabel(expr, 'primitive', 'primitive.name');
  return {
    executions: asRow(runs),
    successRatio: asRow(sub(1, div(failures, runs))),
    p95Ms: asRow(p95),
    errors: asRow(failures),
  };
}

/** The columns of the workflow success-rate table, one instant table query each, joined on `primitive`. */
export const workflowSuccessTable = perWorkflow(isWorkflowPrimitive);

/** Failed executions over the time range by exception class; failures recorded without one are `unspecified`. */
export const errorsByErrorType = defaultLabel(
  sum(increase(select(executions, { 'execution.status': 'error' }))).by('error.type'),
  'error.type',
  'unspecified',
);
