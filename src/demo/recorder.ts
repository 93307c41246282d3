import type { Attributes, Meter } from '@opentelemetry/api';
import type { AttributeOf, AttributeValue, Catalog, MetricSpec } from '../catalog/model.ts';

/** Catalog keys of the metrics the SDK emits today; planned metrics have no instrument to record into. */
export type EmittedMetricKey<C extends Catalog> = {
  [K in Extract<keyof C['metrics'], string>]: C['metrics'][K] extends { readonly status: 'emitted' } ? K : never;
}[Extract<keyof C['metrics'], string>];

type OptionalAttributeOf<M extends MetricSpec> = {
  [A in AttributeOf<M>]: M['attributes'][A] extends { readonly optional: true } ? A : never;
}[AttributeOf<M>];

/** The attributes of one data point: the catalog's required ones must be given, optional ones may be. */
export type AttributesOf<M extends MetricSpec> = {
  readonly [A in Exclude<AttributeOf<M>, OptionalAttributeOf<M>>]: AttributeValue<M, A>;
} & {
  readonly [A in OptionalAttributeOf<M>]?: AttributeValue<M, A>;
};

export interface CatalogRecorder<C extends Catalog> {
  /** Adds to a counter or up-down counter, records into a histogram, or sets a gauge, as the catalog's kind says. */
  record<K extends EmittedMetricKey<C>>(key: K, value: number, attributes: AttributesOf<C['metrics'][K]>): void;
}

type Record1 = (value: number, attributes: Attributes) => void;

function instrumentFor(meter: Meter, metric: MetricSpec): Record1 {
  const options = { description: metric.description, unit: metric.unit };
  switch (metric.kind) {
    case 'counter': {
      const counter = meter.createCounter(metric.name, options);
      return (value, attributes) => counter.add(value, attributes);
    }
    case 'updowncounter': {
      const counter = meter.createUpDownCounter(metric.name, options);
      return (value, attributes) => counter.add(value, attributes);
    }
    case 'histogram': {
      // Advice sets the catalog's buckets without a View, so the instrument carries its own configuration.
      const advice = metric.buckets === undefined ? undefined : { explicitBucketBoundaries: [...metric.buckets] };
      const histogram = meter.createHistogram(metric.name, { ...options, advice });
      return (value, attributes) => histogram.record(value, attributes);
    }
    case 'gauge': {
      const gauge = meter.createGauge(metric.name, options);
      return (value, attributes) => gauge.record(value, attributes);
    }
  }
}

/**
 * Creates one OpenTelemetry instrument per emitted catalog metric, with the catalog's name, unit, description
 * and histogram buckets, and records through them by catalog key.
 */
export function createCatalogRecorder<C extends Catalog>(meter: Meter, catalog: C): CatalogRecorder<C> {
  const instruments = new Map<string, Record1>();
  for (const [key, metric] of Object.entries(catalog.metrics)) {
    if (metric.status === 'emitted') instruments.set(key, instrumentFor(meter, metric));
  }
  return {
    record(key, value, attributes) {
      const instrument = instruments.get(key);
      if (instrument === undefined) throw new Error(`${catalog.name}: no emitted metric with key "${key}"`);
      instrument(value, attributes as Attributes);
    },
  };
}
