/**
 * Derived metrics: series that Prometheus recording rules compute from the catalog's metrics (SLO error
 * ratios, error budgets, ...). They are catalog entries like the SDK's metrics, with a kind, unit and labels,
 * so panels select them through the typed builder and lint knows their names and labels; their series name
 * follows the naming profile of the metric they are computed from.
 */
import type { NamingProfile } from '../naming/profiles.ts';
import type { EmittedLabel, EmittedSeries } from '../naming/series.ts';
import type { Catalog, MetricSpec } from './model.ts';

export interface DerivedMetricSpec extends MetricSpec {
  /** Recordings are read as they are: gauges. */
  readonly kind: 'gauge';
  readonly status: 'emitted';
  /** The recorded series name under a profile (`job:primitive_execution_count_errors:ratio_rate5m`). */
  recordedName(profile: NamingProfile): string;
  /** Labels the recording keeps from its input besides its attributes (`job`). */
  readonly keptLabels: readonly string[];
}

export function isDerived(metric: MetricSpec): metric is DerivedMetricSpec {
  return typeof (metric as Partial<DerivedMetricSpec>).recordedName === 'function';
}

/** The family name of a catalog metric or derived metric under a profile. */
export function seriesFamily(metric: MetricSpec, profile: NamingProfile): string {
  return isDerived(metric) ? metric.recordedName(profile) : profile.metricName(metric);
}

/** The labels a query can use on a metric's series: its attributes and the labels it keeps or the scrape adds. */
export function derivedLabelNames(metric: DerivedMetricSpec): string[] {
  return [...Object.keys(metric.attributes), ...metric.keptLabels];
}

/** The one series a derived metric becomes under a profile. */
export function derivedSeries(metricKey: string, metric: DerivedMetricSpec, profile: NamingProfile): EmittedSeries {
  const name = metric.recordedName(profile);
  const labels = new Map<string, EmittedLabel>();
  for (const [attribute, spec] of Object.entries(metric.attributes)) {
    const label = profile.labelName(attribute);
    labels.set(label, { name: label, attribute, optional: spec.optional === true, values: spec.values, spec });
  }
  for (const kept of metric.keptLabels) labels.set(kept, { name: kept, optional: false });
  return { name, metricKey, metric, family: name, promType: 'gauge', role: 'gauge', labels };
}

/** The catalog with derived metrics added, keyed like its metrics (keys must not clash). */
export function withDerived(catalog: Catalog, derived: Readonly<Record<string, DerivedMetricSpec>>): Catalog {
  const clash = Object.keys(derived).find((key) => key in catalog.metrics || key in (catalog.derived ?? {}));
  if (clash !== undefined) throw new Error(`derived metric "${clash}" has the key of a catalog metric`);
  return { ...catalog, derived: { ...catalog.derived, ...derived } };
}
