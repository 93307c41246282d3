import type { DerivedMetricSpec } from './derived.ts';
import { attributeValueProblems } from './values.ts';

/**
 * The metric catalog: what an instrumented SDK emits, described in OpenTelemetry terms.
 * Naming profiles (src/naming) turn it into the series and label names that reach Prometheus.
 */

/** OpenTelemetry instrument kinds that matter for PromQL semantics. */
export type MetricKind = 'counter' | 'updowncounter' | 'histogram' | 'gauge';

/** `emitted`: the SDK records it today. `planned`: designed but not emitted yet, so queries on it show no data. */
export type MetricStatus = 'emitted' | 'planned';

declare const valueShape: unique symbol;

/**
 * An RE2 regular expression that every value of an open-ended attribute matches (anchored, as Prometheus
 * anchors label matchers). `V` is an optional compile-time approximation of the same set as a template literal
 * type (`${Capitalize<string>}Primitive`), so that the typed builder rejects what TypeScript can tell apart;
 * at run time the pattern is a plain string.
 */
export type ValuePattern<V extends string = string> = string & { readonly [valueShape]?: V };

/** A value pattern, with its compile-time approximation when there is one. */
export function valuePattern<V extends string = string>(source: string): ValuePattern<V> {
  return source as ValuePattern<V>;
}

export interface AttributeSpec {
  readonly description?: string;
  /** The attribute is absent on some data points (for example `error.type` on successes). */
  readonly optional?: boolean;
  /** The closed set of values the SDK records; absent when the values are open-ended. */
  readonly values?: readonly string[];
  /** For open-ended values: what every value looks like (RE2, anchored). */
  readonly pattern?: ValuePattern;
  /**
   * Named groups of values that queries select together (`composition`: the classes that compose others).
   * Every member is an allowed value; a family need not list every value the pattern admits.
   */
  readonly families?: Readonly<Record<string, readonly string[]>>;
  /**
   * Values that are the sum of others, with their parts (`total: ['input', 'output']`): adding a sum to its
   * parts counts the same thing twice.
   */
  readonly sumOf?: Readonly<Record<string, readonly string[]>>;
  /**
   * Values that older SDK versions or documents use, each with the value that means the same now
   * (`prompt: 'input'`), so that lint can say what to write instead.
   */
  readonly legacyValues?: Readonly<Record<string, string>>;
  /** Where the attribute and its values are defined (document and section), for reviewers. */
  readonly source?: string;
}

export interface MetricSpec {
  /** The OpenTelemetry instrument name, for example `primitive.execution.count`. */
  readonly name: string;
  readonly kind: MetricKind;
  /** UCUM unit as given to the instrument (`1`, `ms`, `By`, `{token}`). */
  readonly unit: string;
  readonly description: string;
  readonly attributes: Readonly<Record<string, AttributeSpec>>;
  readonly status: MetricStatus;
  /** Explicit histogram bucket boundaries, in the metric's unit. */
  readonly buckets?: readonly number[];
  /** Where the metric is defined (document and section), for reviewers. */
  readonly source?: string;
}

export interface Catalog {
  /** Shown in reports. */
  readonly name: string;
  /** The meter (instrumentation scope) that records the metrics. */
  readonly meter?: string;
  /** The document the catalog follows (a contract, a specification and its version). */
  readonly source?: string;
  /** Keyed by the TypeScript name that queries use to refer to the metric. */
  readonly metrics: Readonly<Record<string, MetricSpec>>;
  /** Series that recording rules compute from the metrics (src/catalog/derived.ts); the SDK does not emit them. */
  readonly derived?: Readonly<Record<string, DerivedMetricSpec>>;
}

/**
 * Identity function that keeps the literal types of a catalog, so that metric keys,
 * attribute names and allowed values can be checked by the TypeScript compiler.
 */
export function defineCatalog<const C extends Catalog>(catalog: C): C {
  return catalog;
}

/** The attribute names of a catalog metric, as a string-literal union. */
export type AttributeOf<M extends MetricSpec> = Extract<keyof M['attributes'], string>;

type AttributeSpecOf<M extends MetricSpec, A extends AttributeOf<M>> = M['attributes'][A];

/** The compile-time approximation of an attribute's pattern; `string` when it has none. */
type PatternShape<S> = S extends { readonly pattern: infer P }
  ? P extends { readonly [valueShape]?: infer V }
    ? string extends V
      ? string
      : Extract<V, string>
    : string
  : string;

/**
 * The values an attribute may take: its closed list when the catalog has one, else its pattern's compile-time
 * approximation, else any string.
 */
export type AttributeValue<M extends MetricSpec, A extends AttributeOf<M>> = AttributeSpecOf<M, A> extends {
  readonly values: readonly (infer V)[];
}
  ? V
  : PatternShape<AttributeSpecOf<M, A>>;

/** The names of an attribute's value families, as a string-literal union (`never` when it has none). */
export type FamilyOf<M extends MetricSpec, A extends AttributeOf<M>> = AttributeSpecOf<M, A> extends {
  readonly families: infer F;
}
  ? Extract<keyof F, string>
  : never;

/** Whether a value has a catalog's outline (a name and metrics), before `catalogProblems` looks inside. */
export function isCatalogShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { name, metrics } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof metrics === 'object' && metrics !== null;
}

/** Loose structural check for catalogs loaded at run time (`lint --catalog <module>`). */
export function catalogProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['the catalog is not an object'];
  const catalog = value as Record<string, unknown>;
  if (typeof catalog.name !== 'string') problems.push('`name` must be a string');
  if (typeof catalog.metrics !== 'object' || catalog.metrics === null) {
    problems.push('`metrics` must be an object keyed by metric name');
    return problems;
  }
  const kinds: readonly string[] = ['counter', 'updowncounter', 'histogram', 'gauge'];
  for (const [key, raw] of Object.entries(catalog.metrics as Record<string, unknown>)) {
    const metric = raw as Partial<MetricSpec> | null;
    if (typeof metric !== 'object' || metric === null) {
      problems.push(`metrics.${key} is not an object`);
      continue;
    }
    if (typeof metric.name !== 'string') problems.push(`metrics.${key}.name must be a string`);
    if (!kinds.includes(metric.kind as string)) problems.push(`metrics.${key}.kind must be one of ${kinds.join(', ')}`);
    if (typeof metric.unit !== 'string') problems.push(`metrics.${key}.unit must be a string`);
    if (metric.status !== 'emitted' && metric.status !== 'planned') {
      problems.push(`metrics.${key}.status must be "emitted" or "planned"`);
    }
    if (metric.buckets !== undefined && !(Array.isArray(metric.buckets) && metric.buckets.every(Number.isFinite))) {
      problems.push(`metrics.${key}.buckets must be a list of numbers`);
    }
    if (metric.source !== undefined && typeof metric.source !== 'string') problems.push(`metrics.${key}.source must be a string`);
    if (typeof metric.attributes !== 'object' || metric.attributes === null) {
      problems.push(`metrics.${key}.attributes must be an object`);
      continue;
    }
    // The rules iterate these; a wrong type would crash them later, far from the catalog.
    for (const [name, attribute] of Object.entries(metric.attributes as Record<string, unknown>)) {
      const path = `metrics.${key}.attributes.${name}`;
      if (typeof attribute !== 'object' || attribute === null) problems.push(`${path} is not an object`);
      else problems.push(...attributeValueProblems(path, `metric ${String(metric.name)}, attribute ${name}`, attribute as Partial<AttributeSpec>));
    }
  }
  return problems;
}
