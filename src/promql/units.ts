/**
 * What a query's values measure: dimension (time, bytes, counted things, per second), scale (milliseconds or
 * seconds, a fraction or a percentage) and the range the values can take, inferred through PromQL from the
 * catalog's units and kinds or, for metrics outside it, from Prometheus naming conventions (`_seconds`, `_bytes`,
 * `_ratio`, `_total`, ...). Generic: it knows PromQL and OpenTelemetry units, not any dashboard.
 *
 * Where it cannot tell, the answer is `undefined`: rules stay silent rather than guess.
 */
import { setDefined } from '../json/object.ts';
import type { EmittedSeries } from '../naming/series.ts';
import type { QueryAnalysis } from './analyze.ts';
import { type CallExpr, childrenOf, comparisonOperators, type Expr, type SelectorExpr, selectorsUnder, unwrap } from './expr.ts';

/** Closed interval of the values a query can give; infinite ends are unbounded. */
export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

/**
 * A physical quantity: exponents of the base dimensions, and how big one unit of the value is in base units
 * (seconds, bytes, things counted). Milliseconds are `{time: 1, scale: 0.001}`, a rate of requests
 * `{count: 1, time: -1, scale: 1}`, a percentage `{scale: 0.01}` with every exponent 0.
 */
export interface Quantity {
  readonly time: number;
  readonly bytes: number;
  /** Things counted: events, requests, tokens, observations. Cancels out in ratios of counts. */
  readonly count: number;
  readonly scale: number;
  /**
   * False once the values went through a constant that is not a unit conversion (`* 2.5`, `/ 0.99`): such a
   * constant may carry a unit of its own (a price per token), so dimension and scale are no longer certain.
   */
  readonly exact: boolean;
  readonly range?: ValueRange;
  /** The value of a literal (`100`, `vector(0)`): it adopts the unit of what it is combined with. */
  readonly constant?: number;
  /**
   * What is counted is not known: a `_total` counter whose name gives no unit may count bytes or seconds as well
   * as events (`tomcat_processingtime_total`), so `count` stands for any of them and the scale is unknown.
   */
  readonly vague?: boolean;
  /**
   * Read as stored, not through `rate`/`increase`: with a vague unit it may be some exporter's gauge named like a
   * counter, already per second (`hardware_disk_metrics_write_count`).
   */
  readonly raw?: boolean;
  /** Time spent per second (`rate` of a seconds counter): dimensionless, but read as "seconds per second". */
  readonly timeShare?: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const nonNegative: ValueRange = { min: 0, max: Infinity };
const unitInterval: ValueRange = { min: 0, max: 1 };

function quantity(dimensions: Partial<Pick<Quantity, 'time' | 'bytes' | 'count'>>, scale: number, range?: ValueRange): Quantity {
  const result: Quantity = { time: dimensions.time ?? 0, bytes: dimensions.bytes ?? 0, count: dimensions.count ?? 0, scale, exact: true };
  setDefined(result, 'range', range);
  return result;
}

const dimensionless = (range?: ValueRange): Quantity => quantity({}, 1, range);

function constant(value: number): Quantity {
  return { time: 0, bytes: 0, count: 0, scale: 1, exact: true, range: { min: value, max: value }, constant: value };
}

/** Words of unit suffixes in metric names (Prometheus conventions, OpenTelemetry's translation) and UCUM units. */
const unitWords: Readonly<Record<string, Quantity>> = {
  nanoseconds: quantity({ time: 1 }, 1e-9),
  microseconds: quantity({ time: 1 }, 1e-6),
  milliseconds: quantity({ time: 1 }, 1e-3),
  seconds: quantity({ time: 1 }, 1),
  minutes: quantity({ time: 1 }, 60),
  hours: quantity({ time: 1 }, 3600),
  days: quantity({ time: 1 }, 86400),
  bytes: quantity({ bytes: 1 }, 1),
  kibibytes: quantity({ bytes: 1 }, 1024),
  mebibytes: quantity({ bytes: 1 }, 1024 ** 2),
  gibibytes: quantity({ bytes: 1 }, 1024 ** 3),
  kilobytes: quantity({ bytes: 1 }, 1e3),
  megabytes: quantity({ bytes: 1 }, 1e6),
  gigabytes: quantity({ bytes: 1 }, 1e9),
  ratio: dimensionless(unitInterval),
  percent: quantity({}, 0.01),
};

/** Abbreviations some exporters write instead of the word (and OpenTelemetry Python <= 0.45b0 wrote raw). */
const abbreviations: Readonly<Record<string, string>> = { ms: 'milliseconds', us: 'microseconds' };

const ucumUnits: Readonly<Record<string, string>> = {
  ns: 'nanoseconds', us: 'microseconds', ms: 'milliseconds', s: 'seconds', min: 'minutes', h: 'hours', d: 'days',
  By: 'bytes', KiBy: 'kibibytes', MiBy: 'mebibytes', GiBy: 'gibibytes', KBy: 'kilobytes', MBy: 'megabytes', GBy: 'gigabytes',
  '%': 'percent',
};

const perWords: Readonly<Record<string, number>> = { second: 1, seconds: 1, minute: 60, minutes: 60, hour: 3600, hours: 3600, day: 86400, days: 86400 };

/** `a / b` of two quantities (dimensions subtract, scales divide); `undefined` stays undefined. */
function divide(a: Quantity, b: Quantity, range?: ValueRange): Mutable<Quantity> {
  const inverse: Quantity = { time: -b.time, bytes: -b.bytes, count: -b.count, scale: 1 / b.scale, exact: b.exact };
  if (b.vague === true) setDefined(inverse, 'vague', true);
  return multiply(a, inverse, range);
}

function multiply(a: Quantity, b: Quantity, range?: ValueRange): Mutable<Quantity> {
  const result: Mutable<Quantity> = { time: a.time + b.time, bytes: a.bytes + b.bytes, count: a.count + b.count, scale: a.scale * b.scale, exact: a.exact && b.exact };
  setDefined(result, 'range', range);
  if (a.vague === true || b.vague === true) setDefined(result, 'vague', true);
  return result;
}

const perSecond = quantity({ time: 1 }, 1);

/**
 * The quantity a UCUM unit names (`ms`, `By`, `By/s`, `1`, `{token}`); `undefined` for units it does not know.
 * `counted`: a counter or histogram count, whose dimensionless unit counts things rather than being a fraction.
 */
export function quantityOfUnit(unit: string, counted: boolean): Quantity | undefined {
  const bare = unit.replace(/\{[^}]*\}/g, '').trim();
  if (bare === '' || bare === '1') return counted ? quantity({ count: 1 }, 1) : dimensionless();
  const [main = '', per] = bare.split('/');
  const word = ucumUnits[main];
  const base = main === '1' || main === '' ? (counted ? quantity({ count: 1 }, 1) : dimensionless()) : word === undefined ? undefined : unitWords[word];
  if (base === undefined || per === undefined) return base;
  const perTime = ucumUnits[per] === undefined ? undefined : unitWords[ucumUnits[per]!];
  return perTime === undefined || perTime.time !== 1 ? undefined : divide(base, perTime);
}

/** What a metric name says about its values, by Prometheus's naming conventions. */
interface NamedMetric {
  /** The values of this series. */
  readonly values?: Quantity;
  /** For `_bucket` series (and native histograms), the unit of the observations, which `le` is in. */
  readonly observed?: Quantity;
}

const roleSuffixes = ['bucket', 'count', 'sum', 'total', 'info'] as const;

/**
 * The unit at the end of name tokens (`..._duration_seconds`, `..._bytes_per_second`) and how many tokens it takes;
 * `undefined` when none.
 */
function unitAtEnd(tokens: readonly string[]): { unit: Quantity; tokens: number } | undefined {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return undefined;
  const perIndex = tokens.length - 2;
  if (tokens[perIndex] === 'per' && perWords[last] !== undefined) {
    const main = unitAtEnd(tokens.slice(0, perIndex));
    return main === undefined ? undefined : { unit: divide(main.unit, quantity({ time: 1 }, perWords[last]!)), tokens: main.tokens + 2 };
  }
  const unit = unitWords[abbreviations[last] ?? last];
  return unit === undefined ? undefined : { unit, tokens: 1 };
}

/** Unit words other exporters put in the middle of a name (`..._kbytes_out_bytes_total`), beside the full words. */
const otherUnitWords: Readonly<Record<string, string>> = {
  kbytes: 'kilobytes', mbytes: 'megabytes', gbytes: 'gigabytes', kb: 'kilobytes', mb: 'megabytes', gb: 'gigabytes',
  kib: 'kibibytes', mib: 'mebibytes', gib: 'gibibytes', sec: 'seconds', secs: 'seconds', msec: 'milliseconds',
  usec: 'microseconds', nsec: 'nanoseconds',
};

/**
 * Whether the rest of a name names another scale of the same dimension (`squid_client_http_hit_kbytes_out_bytes_total`
 * counts kilobytes whatever its suffix says): such a name contradicts itself, and its unit is not known. The two-letter
 * abbreviations a suffix may be (`_ms`, `_us`) are not read here: mid-name, `us` is as likely a region.
 */
function contradicted(unit: Quantity, rest: readonly string[]): boolean {
  return rest.some((token) => {
    const word = unitWords[otherUnitWords[token] ?? token];
    return word !== undefined && sameDimensions(word, unit) && !sameScale(word.scale, unit.scale);
  });
}

const namedCache = new Map<string, NamedMetric>();

/** Catalog-free: what a metric's name says about its values. */
export function namedMetric(name: string): NamedMetric {
  let known = namedCache.get(name);
  if (known !== undefined) return known;
  const tokens = name.toLowerCase().split(/[_.:]+/).filter((token) => token !== '');
  const role = roleSuffixes.find((suffix) => tokens[tokens.length - 1] === suffix);
  const stem = role === undefined ? tokens : tokens.slice(0, -1);
  const atEnd = unitAtEnd(stem);
  const unit = atEnd === undefined || contradicted(atEnd.unit, stem.slice(0, stem.length - atEnd.tokens)) ? undefined : atEnd.unit;
  // Histograms and summaries have a unit in their name (`_seconds_count`); a `_count` or `_bucket` without one may
  // be some exporter's gauge of anything (`cassandra_storage_load_count` is bytes).
  const counted = { ...quantity({ count: 1 }, 1, nonNegative), ...(unit === undefined ? { vague: true, raw: true } : {}) };
  switch (role) {
    case 'bucket':
      known = { values: counted, ...(unit === undefined ? {} : { observed: unit }) };
      break;
    case 'count':
      known = { values: counted };
      break;
    case 'sum':
      known = unit === undefined ? {} : { values: unit };
      break;
    case 'total':
      // `_total` counters count what their name's unit says (`node_cpu_seconds_total`); without one, anything.
      known = { values: unit === undefined ? counted : { ...unit, range: nonNegative } };
      break;
    case 'info':
      // Info metrics have the value 1; they are joined in for their labels.
      known = { values: constant(1) };
      break;
    default:
      known = unit === undefined ? {} : { values: unit };
  }
  // Bounded: dashboards repeat a small set of names, but a stream of generated ones must not grow this forever.
  if (namedCache.size > 10_000) namedCache.clear();
  namedCache.set(name, known);
  return known;
}

/** What the catalog says about one of its series. */
function catalogMetric(series: EmittedSeries): NamedMetric {
  const { metric, role } = series;
  const counter = metric.kind === 'counter';
  switch (role) {
    case 'bucket': {
      const observed = quantityOfUnit(metric.unit, false);
      return { values: quantity({ count: 1 }, 1, nonNegative), ...(observed === undefined ? {} : { observed }) };
    }
    case 'count':
      return { values: quantity({ count: 1 }, 1, nonNegative) };
    case 'sum': {
      const values = quantityOfUnit(metric.unit, true);
      return values === undefined ? {} : { values };
    }
    default: {
      const values = quantityOfUnit(metric.unit, metric.kind !== 'gauge');
      if (values === undefined) return {};
      // OpenTelemetry's dimensionless gauges are fractions (the Collector names them `_ratio`).
      const isFraction = metric.kind === 'gauge' && values.count === 0 && values.time === 0 && values.bytes === 0 && values.scale === 1;
      const range = counter ? nonNegative : isFraction ? unitInterval : undefined;
      return { values: range === undefined ? values : { ...values, range } };
    }
  }
}

function metricOf(selector: SelectorExpr): NamedMetric {
  if (selector.series !== undefined) return catalogMetric(selector.series);
  const name = selector.metric;
  if (name === undefined || name.templated) return {};
  return namedMetric(name.name);
}

const conversionFactors = new Map<number, boolean>();

/** Conversion factors between units of one dimension: powers of ten and of 1024, minutes, hours, days, bits. */
function isConversionFactor(value: number): boolean {
  let known = conversionFactors.get(value);
  if (known === undefined) {
    known = workOutConversionFactor(value);
    // Bounded: queries repeat a few constants, but generated ones must not grow this forever.
    if (conversionFactors.size > 10_000) conversionFactors.clear();
    conversionFactors.set(value, known);
  }
  return known;
}

function workOutConversionFactor(value: number): boolean {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return false;
  const candidates = [1, 60, 3600, 86400, 604800, 8];
  for (const base of candidates) {
    for (const factor of [magnitude / base, base / magnitude]) {
      const power10 = Math.log10(factor);
      if (Math.abs(power10 - Math.round(power10)) < 1e-9) return true;
      const power1024 = Math.log2(factor) / 10;
      if (Math.abs(power1024 - Math.round(power1024)) < 1e-9) return true;
    }
  }
  return false;
}

function sameDimensions(a: Quantity, b: Quantity): boolean {
  return a.time === b.time && a.bytes === b.bytes && a.count === b.count && a.vague === b.vague;
}

function sameScale(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * A quantity of the same unit with another range (or none), and no longer a literal's value; `vague` and `raw` may
 * be dropped. Built field by field rather than by spreads or rest destructuring (`{ range, constant, ...rest }`),
 * which V8 runs through a slow generic copy on every step of the inference: every field of Quantity but `range`
 * and `constant` belongs here. The result is new, for the caller to adjust.
 */
function withRange(q: Quantity, range: ValueRange | undefined, without?: 'vague' | 'raw'): Mutable<Quantity> {
  const result: Mutable<Quantity> = { time: q.time, bytes: q.bytes, count: q.count, scale: q.scale, exact: q.exact };
  setDefined(result, 'range', range);
  if (without !== 'vague') setDefined(result, 'vague', q.vague);
  if (without !== 'raw') setDefined(result, 'raw', q.raw);
  setDefined(result, 'timeShare', q.timeShare);
  return result;
}

function scaled(q: Quantity, factor: number, range: ValueRange | undefined): Quantity {
  const result = withRange(q, range);
  result.scale = q.scale / factor;
  result.exact = q.exact && isConversionFactor(factor);
  return result;
}

function scaleRange(range: ValueRange | undefined, factor: number): ValueRange | undefined {
  if (range === undefined || Number.isNaN(factor)) return undefined;
  const ends = [range.min * factor, range.max * factor].map((end) => (Number.isNaN(end) ? 0 : end));
  return { min: Math.min(...ends), max: Math.max(...ends) };
}

function addRanges(a: ValueRange | undefined, b: ValueRange | undefined, sign: 1 | -1): ValueRange | undefined {
  if (a === undefined || b === undefined) return undefined;
  const range = sign === 1 ? { min: a.min + b.min, max: a.max + b.max } : { min: a.min - b.max, max: a.max - b.min };
  return Number.isNaN(range.min) || Number.isNaN(range.max) ? undefined : range;
}

function union(a: ValueRange | undefined, b: ValueRange | undefined): ValueRange | undefined {
  return a === undefined || b === undefined ? undefined : { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

function isNonNegative(range: ValueRange | undefined): boolean {
  return range !== undefined && range.min >= 0;
}

/** An `offset`, `@` or subquery below: the selection is not of the same time as a plain selector's. */
function modifiedSelectors(expr: Expr): boolean {
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.kind === 'modifier' || next.kind === 'subquery') return true;
    stack.push(...childrenOf(next));
  }
  return false;
}

/** What is counted, for a ratio check: the series name, with a histogram's `_bucket` and `_count` as one. */
function countedKey(selector: SelectorExpr): string | undefined {
  const name = selector.series?.name ?? selector.metric?.name;
  if (name === undefined || selector.metric?.templated === true) return undefined;
  return name.replace(/_(?:bucket|count)$/, '_observations');
}

function equalityMatchers(selector: SelectorExpr): Set<string> {
  return new Set(selector.matchers.filter((matcher) => matcher.label.name !== '__name__').map((matcher) => `${matcher.label.name}${matcher.op}${matcher.value}`));
}

/**
 * A part of a whole: the numerator counts a subset of what the denominator counts (errors of all executions,
 * the buckets up to `le` of all observations), so the quotient lies in 0..1. Both sides read the same series
 * over the same selection plus at least one more matcher on the numerator, without offsets or subqueries.
 */
function isPartOfWhole(numerator: Expr, denominator: Expr): boolean {
  const top = selectorsUnder(numerator);
  const bottom = selectorsUnder(denominator);
  if (top.length === 0 || bottom.length === 0 || modifiedSelectors(numerator) || modifiedSelectors(denominator)) return false;
  const bottomKeys = new Map<string, SelectorExpr[]>();
  for (const selector of bottom) {
    const key = countedKey(selector);
    if (key === undefined) return false;
    bottomKeys.set(key, [...(bottomKeys.get(key) ?? []), selector]);
  }
  return top.every((selector) => {
    const key = countedKey(selector);
    const wholes = key === undefined ? undefined : bottomKeys.get(key);
    if (wholes === undefined) return false;
    const part = equalityMatchers(selector);
    return wholes.every((whole) => {
      const matchers = equalityMatchers(whole);
      const narrower = part.size > matchers.size || (selector.metric?.name ?? '').endsWith('_bucket') !== (whole.metric?.name ?? '').endsWith('_bucket');
      return narrower && [...matchers].every((matcher) => part.has(matcher));
    });
  });
}

/** The unit of a histogram's observations, for `histogram_quantile` over its buckets: all buckets must agree. */
function observedUnit(expr: Expr): Quantity | undefined {
  let found: Quantity | undefined;
  for (const selector of selectorsUnder(expr)) {
    const observed = metricOf(selector).observed;
    if (observed === undefined || (found !== undefined && (!sameDimensions(found, observed) || !sameScale(found.scale, observed.scale)))) return undefined;
    found = observed;
  }
  return found;
}

/** Functions whose result has the unit of their (first vector or range) argument. */
const unitKeeping: ReadonlySet<string> = new Set([
  'abs', 'ceil', 'floor', 'round', 'sort', 'sort_desc', 'sort_by_label', 'sort_by_label_desc', 'label_replace', 'label_join',
  'last_over_time', 'first_over_time', 'avg_over_time', 'min_over_time', 'max_over_time', 'quantile_over_time',
  'stddev_over_time', 'mad_over_time', 'holt_winters', 'double_exponential_smoothing', 'predict_linear', 'delta', 'idelta',
  'scalar', 'info',
]);

/** Functions whose result is a number of samples or changes: a plain number, whatever the samples measure. */
const counting: ReadonlySet<string> = new Set(['count_over_time', 'changes', 'resets']);

function call(expr: CallExpr): Quantity | undefined {
  const name = expr.name.name;
  const args = expr.args;
  const input = args.find((arg) => arg.type === 'vector' || arg.type === 'matrix');
  switch (name) {
    case 'rate':
    case 'irate': {
      const counted = input === undefined ? undefined : inferQuantity(input);
      if (counted === undefined) return undefined;
      const rated = divide(counted, perSecond, isNonNegative(counted.range) ? nonNegative : undefined);
      if (counted.time === 1 && counted.bytes === 0 && counted.count === 0) rated.timeShare = true;
      return rated;
    }
    case 'deriv': {
      const value = input === undefined ? undefined : inferQuantity(input);
      return value === undefined ? undefined : divide(withRange(value, undefined), perSecond);
    }
    case 'increase': {
      const counted = input === undefined ? undefined : inferQuantity(input);
      if (counted === undefined) return undefined;
      return withRange(counted, isNonNegative(counted.range) ? nonNegative : undefined, 'raw');
    }
    case 'histogram_quantile': {
      const buckets = args[1];
      return buckets === undefined ? undefined : observedUnit(buckets);
    }
    case 'histogram_fraction':
      return dimensionless(unitInterval);
    case 'vector':
      return args[0] === undefined ? undefined : inferQuantity(args[0]);
    case 'time':
    case 'timestamp':
      return quantity({ time: 1 }, 1);
    case 'clamp_max':
    case 'clamp_min':
    case 'clamp': {
      const value = args[0] === undefined ? undefined : inferQuantity(args[0]);
      if (value === undefined) return undefined;
      const bound = (index: number) => {
        const arg = args[index] === undefined ? undefined : unwrap(args[index]!);
        return arg?.kind === 'number' ? arg.value : undefined;
      };
      const low = name === 'clamp_max' ? undefined : bound(1);
      const high = name === 'clamp_min' ? undefined : bound(name === 'clamp' ? 2 : 1);
      const range = value.range ?? { min: -Infinity, max: Infinity };
      const clamped = {
        min: low === undefined ? range.min : Math.max(range.min, low),
        max: high === undefined ? range.max : Math.min(range.max, high),
      };
      return withRange(value, clamped.min === -Infinity && clamped.max === Infinity ? undefined : clamped);
    }
    case 'sum_over_time': {
      // Adds up the samples of the window: the unit stays, the magnitude depends on the scrape interval.
      const value = input === undefined ? undefined : inferQuantity(input);
      return value === undefined ? undefined : withRange(value, isNonNegative(value.range) ? nonNegative : undefined);
    }
    case 'present_over_time':
      return dimensionless({ min: 1, max: 1 });
    default:
      break;
  }
  if (counting.has(name)) return dimensionless(nonNegative);
  if (unitKeeping.has(name)) {
    const value = input === undefined ? (args[0] === undefined ? undefined : inferQuantity(args[0])) : inferQuantity(input);
    if (value === undefined) return undefined;
    const keepsRange = name !== 'delta' && name !== 'idelta' && name !== 'predict_linear' && name !== 'holt_winters' && name !== 'double_exponential_smoothing';
    return keepsRange ? withRange(value, value.range) : withRange(value, undefined);
  }
  return undefined;
}

/** Aggregations that keep the unit and the range of their input. */
const rangeKeeping: ReadonlySet<string> = new Set(['avg', 'min', 'max', 'topk', 'bottomk', 'limitk', 'limit_ratio', 'quantile']);

function binary(expr: Extract<Expr, { kind: 'binary' }>): Quantity | undefined {
  const { op } = expr;
  if (op === 'and' || op === 'unless') return inferQuantity(expr.left);
  const left = inferQuantity(expr.left);
  const right = inferQuantity(expr.right);
  if (op === 'or') {
    if (left === undefined || right === undefined) return undefined;
    if (right.constant !== undefined) return withRange(left, union(left.range, right.range));
    if (left.constant !== undefined) return withRange(right, union(left.range, right.range));
    if (!sameDimensions(left, right) || !sameScale(left.scale, right.scale)) return undefined;
    const either = withRange(left, union(left.range, right.range));
    either.exact = left.exact && right.exact;
    return either;
  }
  if (comparisonOperators.has(op)) {
    if (expr.bool) return dimensionless(unitInterval);
    // A filter keeps the values of its vector side.
    return expr.left.type === 'scalar' ? right : left;
  }
  if (left === undefined || right === undefined) return undefined;
  switch (op) {
    case '+':
    case '-': {
      const sign = op === '+' ? 1 : -1;
      const range = addRanges(left.range, right.range, sign);
      if (left.constant !== undefined && right.constant !== undefined) return constant(sign === 1 ? left.constant + right.constant : left.constant - right.constant);
      if (right.constant !== undefined) return withRange(left, range);
      if (left.constant !== undefined) return withRange(right, range);
      if (!sameDimensions(left, right) || !sameScale(left.scale, right.scale)) return undefined;
      const sum = withRange(left, range);
      sum.exact = left.exact && right.exact;
      return sum;
    }
    case '*': {
      if (left.constant !== undefined && right.constant !== undefined) return constant(left.constant * right.constant);
      if (right.constant !== undefined) return scaled(left, right.constant, scaleRange(left.range, right.constant));
      if (left.constant !== undefined) return scaled(right, left.constant, scaleRange(right.range, left.constant));
      // Two counters of unknown things: nothing is known of their product.
      if (left.vague === true && right.vague === true) return undefined;
      const range = isNonNegative(left.range) && isNonNegative(right.range) ? { min: 0, max: left.range!.max * right.range!.max } : undefined;
      return multiply(left, right, range !== undefined && Number.isNaN(range.max) ? nonNegative : range);
    }
    case '/': {
      if (left.constant !== undefined && right.constant !== undefined) return constant(left.constant / right.constant);
      if (right.constant !== undefined) return right.constant === 0 ? undefined : scaled(left, 1 / right.constant, scaleRange(left.range, 1 / right.constant));
      if (left.constant !== undefined) return undefined;
      const bothNonNegative = isNonNegative(left.range) && isNonNegative(right.range);
      const quotient = divide(left, right);
      const likeQuantities = quotient.time === 0 && quotient.bytes === 0 && quotient.count === 0;
      // A part of a whole is 0..1 of the whole, in the quotient's own scale (`100 * part / whole` is 0..100).
      const partOfWhole = likeQuantities && bothNonNegative && isPartOfWhole(expr.left, expr.right);
      // Two counters of unknown things (processing time per request count) do not cancel out, unless one counts a part of the other.
      if (left.vague === true && right.vague === true && !partOfWhole) return undefined;
      if (partOfWhole) {
        return withRange(quotient, { min: 0, max: 1 / quotient.scale }, 'vague');
      }
      const range = bothNonNegative ? nonNegative : undefined;
      return withRange(quotient, range);
    }
    default:
      return undefined;
  }
}

/**
 * The quantity of an expression. Each node is inferred once, by its parent (`histogram_quantile` reads its buckets'
 * selectors, not their quantities), so nothing needs memoising below `queryQuantity`, which memoises per analysis.
 */
export function inferQuantity(expr: Expr): Quantity | undefined {
  let result: Quantity | undefined;
  switch (expr.kind) {
    case 'number':
      result = Number.isFinite(expr.value) ? constant(expr.value) : undefined;
      break;
    case 'selector':
      result = metricOf(expr).values;
      break;
    case 'matrix':
    case 'paren':
    case 'modifier':
      result = inferQuantity(expr.expr);
      break;
    case 'subquery':
      result = inferQuantity(expr.expr);
      break;
    case 'unary': {
      const inner = inferQuantity(expr.expr);
      result = inner === undefined || expr.op === '+' ? inner : inner.constant !== undefined ? constant(-inner.constant) : withRange(inner, scaleRange(inner.range, -1));
      break;
    }
    case 'call':
      result = call(expr);
      break;
    case 'aggregate': {
      const op = expr.op.name;
      const inner = expr.expr === undefined ? undefined : inferQuantity(expr.expr);
      // The number of series: a plain number (a share per instance stays a share).
      if (op === 'count' || op === 'count_values') result = dimensionless(nonNegative);
      else if (inner === undefined) result = undefined;
      else if (op === 'sum') result = withRange(inner, isNonNegative(inner.range) ? nonNegative : undefined);
      else if (rangeKeeping.has(op)) result = withRange(inner, inner.range);
      else if (op === 'stddev') result = withRange(inner, nonNegative);
      else if (op === 'group') result = dimensionless({ min: 1, max: 1 });
      else result = undefined;
      break;
    }
    case 'binary':
      result = binary(expr);
      break;
    default:
      result = undefined;
  }
  return result;
}

/**
 * What the values of a query measure, or `undefined` when it cannot tell (a syntax error, a metric without a
 * unit in its name or catalog entry, an operation that mixes units).
 */
export function queryQuantity(analysis: QueryAnalysis): Quantity | undefined {
  const result = analysis.parsed && analysis.root !== undefined ? inferQuantity(analysis.root) : undefined;
  // A bare literal (`1`, `vector(0)`) has no unit of its own.
  return result?.constant !== undefined ? undefined : result;
}

const timeNames: readonly [number, string][] = [
  [1e-9, 'nanoseconds'], [1e-6, 'microseconds'], [1e-3, 'milliseconds'], [1, 'seconds'], [60, 'minutes'], [3600, 'hours'], [86400, 'days'],
];
const byteNames: readonly [number, string][] = [
  [1 / 8, 'bits'], [1, 'bytes'], [1024, 'KiB'], [1e3, 'kB'], [1024 ** 2, 'MiB'], [1e6, 'MB'], [1024 ** 3, 'GiB'], [1e9, 'GB'],
];

function named(names: readonly [number, string][], scale: number): string | undefined {
  return names.find(([size]) => sameScale(size, scale))?.[1];
}

/** A reading of a quantity for messages: "milliseconds", "a ratio (0..1)", "bytes per second", "a count". */
export function describeQuantity(q: Quantity): string {
  const { time, bytes, count, scale } = q;
  if (time === 0 && bytes === 0 && count === 0) {
    const share = q.timeShare === true ? named(timeNames, scale) : undefined;
    if (share !== undefined) return `time spent per second (${share} per second)`;
    if (sameScale(scale, 1)) return q.range !== undefined && q.range.min >= 0 && q.range.max <= 1 ? 'a ratio (0..1)' : 'a plain number or ratio (1 = 100 %)';
    if (sameScale(scale, 0.01)) return 'a percentage (0..100)';
    return `a dimensionless value (1 = ${formatNumber(scale)})`;
  }
  const perSecondSuffix = time === -1 ? ' per second' : '';
  const perCount = count === -1 ? ' per event' : '';
  if (time === 1 && bytes === 0 && count <= 0 && count >= -1) return `${named(timeNames, scale) ?? `time (1 = ${formatNumber(scale)} s)`}${perCount}`;
  if (bytes === 1 && time <= 0 && time >= -1 && count <= 0 && count >= -1) {
    return `${named(byteNames, scale) ?? `bytes (1 = ${formatNumber(scale)} B)`}${perSecondSuffix}${perCount}`;
  }
  if (q.vague === true && count === 1 && bytes === 0 && (time === 0 || time === -1)) {
    const what = time === 0 ? 'the value' : sameScale(scale, 1 / 60) ? 'the per-minute rate' : 'the per-second rate';
    const scaledBy = sameScale(scale, 1) || (time === -1 && sameScale(scale, 1 / 60)) ? '' : ` (scaled by ${formatNumber(1 / scale)})`;
    return `${what} of a counter whose name gives no unit${scaledBy}`;
  }
  if (count === 1 && bytes === 0 && (time === 0 || time === -1)) {
    const base = time === 0 ? 'a count' : 'a count per second';
    return sameScale(scale, 1) ? base : time === -1 && sameScale(scale, 1 / 60) ? 'a count per minute' : `${base} (scaled by ${formatNumber(1 / scale)})`;
  }
  if (time === -1 && bytes === 0 && count === 0) return 'a frequency (per second)';
  return 'a compound unit';
}

function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
