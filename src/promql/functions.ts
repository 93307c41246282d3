/**
 * Signatures of the PromQL functions and aggregation operators of Prometheus 2.42 up to 3.x
 * (following promql/parser/functions.go), for arity and type checks and for label and sample inference.
 */

export type ValueType = 'vector' | 'matrix' | 'scalar' | 'string';

/** What a function does to the labels of its (first vector or matrix) argument. */
export type LabelEffect =
  /** Keeps every label but the metric name (`rate`, `abs`, `clamp_min`). */
  | 'keep'
  /** Keeps the metric name too (`sort`, `last_over_time`, `label_replace`). */
  | 'keep-name'
  /** Returns series without labels (`vector`, `time`-like constants). */
  | 'none'
  /** `histogram_quantile` and friends: keeps everything but `le`. */
  | 'drop-le'
  /** `absent`: labels from the equality matchers of its selector. */
  | 'absent';

/** What a function does to the meaning of the sample values, for counter/gauge rules. */
export type SampleEffect =
  /** Per-second or per-range change of a counter: `rate`, `irate`, `increase`. */
  | 'rate'
  /** Change of a gauge: `delta`, `deriv`, `idelta`, `predict_linear`. */
  | 'gauge-change'
  /** Values pass unchanged (`sort`, `label_replace`, `last_over_time`, `clamp_min`, `round`). */
  | 'pass'
  /** Anything else: a new quantity. */
  | 'new';

export interface FunctionSignature {
  readonly name: string;
  readonly args: readonly ValueType[];
  /** Number of trailing optional arguments; `-1` when the last argument repeats without limit. */
  readonly variadic: number;
  readonly returns: ValueType;
  readonly labels: LabelEffect;
  readonly samples: SampleEffect;
  /** Experimental in Prometheus 3 (behind `--enable-feature=promql-experimental-functions`). */
  readonly experimental?: boolean;
}

type Row = [args: readonly ValueType[], variadic: number, returns: ValueType, labels: LabelEffect, samples: SampleEffect, experimental?: boolean];

const v: ValueType = 'vector';
const m: ValueType = 'matrix';
const s: ValueType = 'scalar';
const str: ValueType = 'string';

const mathOnVector: Row = [[v], 0, v, 'keep', 'new'];
const overTime: Row = [[m], 0, v, 'keep', 'new'];
const overTimePassing: Row = [[m], 0, v, 'keep', 'pass'];
const calendar: Row = [[v], 1, v, 'keep', 'new'];
const nativeHistogram: Row = [[v], 0, v, 'keep', 'new'];

const table: Readonly<Record<string, Row>> = {
  abs: [[v], 0, v, 'keep', 'pass'],
  absent: [[v], 0, v, 'absent', 'new'],
  absent_over_time: [[m], 0, v, 'absent', 'new'],
  acos: mathOnVector,
  acosh: mathOnVector,
  asin: mathOnVector,
  asinh: mathOnVector,
  atan: mathOnVector,
  atanh: mathOnVector,
  avg_over_time: overTimePassing,
  ceil: [[v], 0, v, 'keep', 'pass'],
  changes: overTime,
  clamp: [[v, s, s], 0, v, 'keep', 'pass'],
  clamp_max: [[v, s], 0, v, 'keep', 'pass'],
  clamp_min: [[v, s], 0, v, 'keep', 'pass'],
  cos: mathOnVector,
  cosh: mathOnVector,
  count_over_time: overTime,
  day_of_month: calendar,
  day_of_week: calendar,
  day_of_year: calendar,
  days_in_month: calendar,
  deg: mathOnVector,
  delta: [[m], 0, v, 'keep', 'gauge-change'],
  deriv: [[m], 0, v, 'keep', 'gauge-change'],
  double_exponential_smoothing: [[m, s, s], 0, v, 'keep', 'pass', true],
  exp: mathOnVector,
  first_over_time: [[m], 0, v, 'keep-name', 'pass', true],
  floor: [[v], 0, v, 'keep', 'pass'],
  histogram_avg: nativeHistogram,
  histogram_count: nativeHistogram,
  histogram_fraction: [[s, s, v], 0, v, 'drop-le', 'new'],
  histogram_quantile: [[s, v], 0, v, 'drop-le', 'new'],
  histogram_quantiles: [[v, str, s], -1, v, 'drop-le', 'new', true],
  histogram_stddev: nativeHistogram,
  histogram_stdvar: nativeHistogram,
  histogram_sum: nativeHistogram,
  holt_winters: [[m, s, s], 0, v, 'keep', 'pass'],
  hour: calendar,
  idelta: [[m], 0, v, 'keep', 'gauge-change'],
  increase: [[m], 0, v, 'keep', 'rate'],
  info: [[v, v], 1, v, 'keep-name', 'pass', true],
  irate: [[m], 0, v, 'keep', 'rate'],
  label_join: [[v, str, str, str], -1, v, 'keep-name', 'pass'],
  label_replace: [[v, str, str, str, str], 0, v, 'keep-name', 'pass'],
  last_over_time: [[m], 0, v, 'keep-name', 'pass'],
  ln: mathOnVector,
  log10: mathOnVector,
  log2: mathOnVector,
  mad_over_time: [[m], 0, v, 'keep', 'new', true],
  max_over_time: overTimePassing,
  min_over_time: overTimePassing,
  minute: calendar,
  month: calendar,
  pi: [[], 0, s, 'none', 'new'],
  predict_linear: [[m, s], 0, v, 'keep', 'gauge-change'],
  present_over_time: overTime,
  quantile_over_time: [[s, m], 0, v, 'keep', 'pass'],
  rad: mathOnVector,
  rate: [[m], 0, v, 'keep', 'rate'],
  resets: overTime,
  round: [[v, s], 1, v, 'keep', 'pass'],
  scalar: [[v], 0, s, 'none', 'pass'],
  sgn: mathOnVector,
  sin: mathOnVector,
  sinh: mathOnVector,
  sort: [[v], 0, v, 'keep-name', 'pass'],
  sort_by_label: [[v, str], -1, v, 'keep-name', 'pass', true],
  sort_by_label_desc: [[v, str], -1, v, 'keep-name', 'pass', true],
  sort_desc: [[v], 0, v, 'keep-name', 'pass'],
  sqrt: mathOnVector,
  stddev_over_time: overTime,
  stdvar_over_time: overTime,
  sum_over_time: overTime,
  tan: mathOnVector,
  tanh: mathOnVector,
  time: [[], 0, s, 'none', 'new'],
  timestamp: [[v], 0, v, 'keep', 'new'],
  ts_of_first_over_time: [[m], 0, v, 'keep', 'new', true],
  ts_of_last_over_time: [[m], 0, v, 'keep', 'new', true],
  ts_of_max_over_time: [[m], 0, v, 'keep', 'new', true],
  ts_of_min_over_time: [[m], 0, v, 'keep', 'new', true],
  vector: [[s], 0, v, 'none', 'new'],
  year: calendar,
  // Duration functions of Prometheus 3 (`step()`, `range()`, `start()`, `end()`), usable as scalars.
  step: [[], 0, s, 'none', 'new', true],
  range: [[], 0, s, 'none', 'new', true],
  start: [[], 0, s, 'none', 'new', true],
  end: [[], 0, s, 'none', 'new', true],
  start_timestamp: [[v], 0, v, 'keep', 'new', true],
};

const signatures: ReadonlyMap<string, FunctionSignature> = new Map(
  Object.entries(table).map(([name, [args, variadic, returns, labels, samples, experimental]]) => [
    name,
    { name, args, variadic, returns, labels, samples, ...(experimental ? { experimental } : {}) },
  ]),
);

export function functionSignature(name: string): FunctionSignature | undefined {
  return signatures.get(name);
}

/** The argument type expected at `index`, or undefined past the end of a fixed-arity signature. */
export function expectedArgument(signature: FunctionSignature, index: number): ValueType | undefined {
  if (index < signature.args.length) return signature.args[index];
  if (signature.variadic < 0) return signature.args[signature.args.length - 1];
  return undefined;
}

/** Minimum and maximum argument counts (`max` is Infinity for open-ended functions). */
export function arity(signature: FunctionSignature): { readonly min: number; readonly max: number } {
  if (signature.variadic < 0) return { min: signature.args.length - 1, max: Infinity };
  return { min: signature.args.length - signature.variadic, max: signature.args.length };
}

export type AggregationLabels = 'group' | 'keep';

export interface AggregationSignature {
  readonly name: string;
  /** The type of the leading parameter (`topk(5, ...)`, `quantile(0.9, ...)`, `count_values("v", ...)`). */
  readonly parameter?: ValueType;
  /** `group`: labels reduced to the grouping; `keep`: selected input series keep all their labels (topk). */
  readonly labels: AggregationLabels;
  /** The result is a count, not a combination of the input's values. */
  readonly counts: boolean;
  /** Experimental in Prometheus 3 (behind `--enable-feature=promql-experimental-functions`). */
  readonly experimental?: boolean;
}

const aggregations: ReadonlyMap<string, AggregationSignature> = new Map(
  (
    [
      ['sum', undefined, 'group', false],
      ['avg', undefined, 'group', false],
      ['min', undefined, 'group', false],
      ['max', undefined, 'group', false],
      ['stddev', undefined, 'group', false],
      ['stdvar', undefined, 'group', false],
      ['count', undefined, 'group', true],
      ['group', undefined, 'group', true],
      ['quantile', 'scalar', 'group', false],
      ['count_values', 'string', 'group', true],
      ['topk', 'scalar', 'keep', false],
      ['bottomk', 'scalar', 'keep', false],
      ['limitk', 'scalar', 'keep', false, true],
      ['limit_ratio', 'scalar', 'keep', false, true],
    ] as const
  ).map(([name, parameter, labels, counts, experimental]) => [
    name,
    { name, ...(parameter === undefined ? {} : { parameter }), labels, counts, ...(experimental === true ? { experimental } : {}) },
  ]),
);

export function aggregationSignature(name: string): AggregationSignature | undefined {
  return aggregations.get(name);
}
