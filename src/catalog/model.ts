/**
 * The metric catalog: what an instrumented SDK emits, described in OpenTelemetry terms.
 * Naming profiles (src/naming) turn it into the series and label names that reach Prometheus.
 */

/** OpenTelemetry instrument kinds that matter for PromQL semantics. */
export type MetricKind = 'counter' | 'updowncounter' | 'histogram' | 'gauge';

/** `emitted`: the SDK records it today. `planned`: designed but not emitted yet, so queries on it show no data. */
export type MetricStatus = 'emitted' | 'planned';

export interface AttributeSpec {
  readonly description?: string;
  /** The attribute is absent on some data points (for example `error.type` on successes). */
  readonly optional?: boolean;
  /** The closed set of values the SDK records; absent when the values are open-ended. */
  readonly values?: readonly string[];
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
}

export interface Catalog {
  /** Shown in reports. */
  readonly name: string;
  /** The meter (instrumentation scope) that records the metrics. */
  readonly meter?: string;
  /** Keyed by the TypeScript name that queries use to refer to the metric. */
  readonly metrics: Readonly<Record<string, MetricSpec>>;
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

/** The values an attribute may take: its allowed values when the catalog lists them, any string otherwise. */
export type AttributeValue<M extends MetricSpec, A extends AttributeOf<M>> = M['attributes'][A] extends {
  readonly values: readonly (infer V)[];
}
  ? V
  : string;

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
    if (typeof metric.attributes !== 'object' || metric.attributes === null) {
      problems.push(`metrics.${key}.attributes must be an object`);
      continue;
    }
    // The rules iterate these; a wrong type would crash them later, far from the catalog.
    for (const [name, attribute] of Object.entries(metric.attributes as Record<string, unknown>)) {
      const values = (attribute as Partial<AttributeSpec> | null)?.values;
      if (typeof attribute !== 'object' || attribute === null) problems.push(`metrics.${key}.attributes.${name} is not an object`);
      else if (values !== undefined && !(Array.isArray(values) && values.every((value) => typeof value === 'string'))) {
        problems.push(`metrics.${key}.attributes.${name}.values must be a list of strings`);
      }
    }
  }
  return problems;
}
