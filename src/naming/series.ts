import { derivedSeries } from '../catalog/derived.ts';
import type { AttributeSpec, Catalog, MetricSpec } from '../catalog/model.ts';
import { type NamingProfile, type PromType, promType } from './profiles.ts';

/** Which part of a metric family a series is. */
export type SeriesRole = 'counter' | 'gauge' | 'bucket' | 'sum' | 'count';

export interface EmittedLabel {
  /** The label name in Prometheus. */
  readonly name: string;
  /** The OpenTelemetry attribute it comes from; absent for labels the export path adds. */
  readonly attribute?: string;
  readonly optional: boolean;
  readonly values?: readonly string[];
  /** The catalog's declaration of the attribute (pattern, families, sums), for rules that judge values. */
  readonly spec?: AttributeSpec;
}

/** One series name as it reaches Prometheus, and what it is. */
export interface EmittedSeries {
  readonly name: string;
  /** The catalog key of the metric. */
  readonly metricKey: string;
  readonly metric: MetricSpec;
  readonly family: string;
  readonly promType: PromType;
  readonly role: SeriesRole;
  readonly labels: ReadonlyMap<string, EmittedLabel>;
}

/** Every series name a catalog produces under one naming profile, including planned metrics. */
export interface SeriesIndex {
  readonly catalog: Catalog;
  readonly profile: NamingProfile;
  readonly series: ReadonlyMap<string, EmittedSeries>;
}

function labelsFor(metric: MetricSpec, profile: NamingProfile, withLe: boolean): Map<string, EmittedLabel> {
  const labels = new Map<string, EmittedLabel>();
  for (const [attribute, spec] of Object.entries(metric.attributes)) {
    const name = profile.labelName(attribute);
    labels.set(name, { name, attribute, optional: spec.optional === true, values: spec.values, spec });
  }
  for (const extra of profile.extraLabels) labels.set(extra.name, { name: extra.name, optional: !extra.always });
  if (withLe) labels.set('le', { name: 'le', optional: false });
  return labels;
}

export function seriesOf(metricKey: string, metric: MetricSpec, profile: NamingProfile): EmittedSeries[] {
  const family = profile.metricName(metric);
  const type = promType(metric.kind);
  const make = (name: string, role: SeriesRole, withLe = false): EmittedSeries => ({
    name,
    metricKey,
    metric,
    family,
    promType: type,
    role,
    labels: labelsFor(metric, profile, withLe),
  });
  if (type === 'histogram') {
    return [make(`${family}_bucket`, 'bucket', true), make(`${family}_sum`, 'sum'), make(`${family}_count`, 'count')];
  }
  return [make(family, type === 'counter' ? 'counter' : 'gauge')];
}

export function buildSeriesIndex(catalog: Catalog, profile: NamingProfile): SeriesIndex {
  const series = new Map<string, EmittedSeries>();
  for (const [key, metric] of Object.entries(catalog.metrics)) {
    for (const entry of seriesOf(key, metric, profile)) series.set(entry.name, entry);
  }
  for (const [key, metric] of Object.entries(catalog.derived ?? {})) {
    const entry = derivedSeries(key, metric, profile);
    series.set(entry.name, entry);
  }
  return { catalog, profile, series };
}

/** The active profile's index, plus every other profile's, so that rules can say "this is the otel-js name". */
export interface NamingContext {
  readonly active: SeriesIndex;
  readonly others: readonly SeriesIndex[];
}

export function buildNamingContext(catalog: Catalog, active: NamingProfile, all: readonly NamingProfile[]): NamingContext {
  return {
    active: buildSeriesIndex(catalog, active),
    others: all.filter((profile) => profile.id !== active.id).map((profile) => buildSeriesIndex(catalog, profile)),
  };
}
