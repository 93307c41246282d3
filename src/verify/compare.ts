import type { Catalog, MetricSpec } from '../catalog/model.ts';
import { admittedValues } from '../catalog/values.ts';
import type { NamingProfile, PromType } from '../naming/profiles.ts';
import { unitSuffix } from '../naming/units.ts';
import { buildSeriesIndex, type EmittedSeries, type SeriesIndex } from '../naming/series.ts';
import { compareText } from '../text/compare.ts';
import { type Exposition, type ExpositionSample, familyOf } from './exposition.ts';

export type FindingLevel = 'mismatch' | 'info';

export type FindingCode =
  | 'metric-missing'
  | 'series-missing'
  | 'named-as-other-profile'
  | 'type-mismatch'
  | 'label-missing'
  | 'label-unexpected'
  | 'value-unexpected'
  | 'buckets-differ'
  | 'series-unknown'
  | 'planned-not-emitted'
  | 'planned-emitted';

export interface Finding {
  readonly level: FindingLevel;
  readonly code: FindingCode;
  /** The OpenTelemetry name of the catalog metric concerned, when there is one. */
  readonly metric?: string;
  /** The series name in the exposition. */
  readonly series?: string;
  readonly message: string;
}

export interface SeriesCheck {
  readonly name: string;
  readonly expectedType: PromType;
  /** The exposition's `# TYPE` for the series' family; absent when the series is missing or untyped. */
  readonly foundType?: string;
  /** Label sets (time series) of this name in the exposition. */
  readonly count: number;
}

export interface MetricCheck {
  readonly key: string;
  readonly name: string;
  readonly status: MetricSpec['status'];
  readonly ok: boolean;
  readonly series: readonly SeriesCheck[];
  /** Label names seen on the metric's series, sorted. */
  readonly labels: readonly string[];
}

/** A metric's check with the findings about it, before they join the report's list. */
interface MetricCheckWithFindings extends MetricCheck {
  readonly findings: Finding[];
}

/** The counts a reader wants first: which catalog metrics are there, which are not, and what is unknown. */
export interface VerifySummary {
  /** Emitted catalog metrics with at least one of their series under the profile's names. */
  readonly present: readonly string[];
  /** Emitted catalog metrics without any (a metric named for another profile counts here). */
  readonly missing: readonly string[];
  readonly planned: readonly string[];
  /** Time series (label sets) under the catalog's namespaces that no catalog metric explains. */
  readonly unknownSeries: number;
  /** Their names, sorted. */
  readonly unknownNames: readonly string[];
  /** Series-name prefixes of the catalog's namespaces (`primitive_`). */
  readonly namespaces: readonly string[];
}

export interface VerifyReport {
  readonly catalog: string;
  readonly profile: string;
  readonly summary: VerifySummary;
  readonly metrics: readonly MetricCheck[];
  readonly findings: readonly Finding[];
  /** Profiles under which every emitted metric's series names are present. */
  readonly matchingProfiles: readonly string[];
  readonly mismatches: number;
}

function groupByName(samples: readonly ExpositionSample[]): Map<string, ExpositionSample[]> {
  const byName = new Map<string, ExpositionSample[]>();
  for (const sample of samples) {
    const list = byName.get(sample.name);
    if (list === undefined) byName.set(sample.name, [sample]);
    else list.push(sample);
  }
  return byName;
}

/** Series-name prefixes of the catalog's namespaces (`primitive.` -> `primitive_`): anything under them should be known. */
function namespacePrefixes(catalog: Catalog, profile: NamingProfile): string[] {
  const prefixes = new Set<string>();
  for (const metric of Object.values(catalog.metrics)) {
    const dot = metric.name.indexOf('.');
    if (dot < 0) continue;
    // An up-down counter of unit 1 gets no suffix under any profile, so this is the bare escaped segment.
    const segment = profile.metricName({ name: metric.name.slice(0, dot), kind: 'updowncounter', unit: '1' });
    prefixes.add(`${segment}${profile.utf8 ? '.' : '_'}`);
  }
  return [...prefixes].sort(compareText);
}

/** `_created` series that exporters add next to counters and histograms (OpenMetrics, prometheus_client). */
function createdCompanions(index: SeriesIndex): Set<string> {
  const names = new Set<string>();
  for (const series of index.series.values()) {
    if (series.promType === 'gauge') continue;
    names.add(`${series.family.replace(/_total$/, '')}_created`);
  }
  return names;
}

/** How the name found differs from the name expected, in words: "without the `_milliseconds` unit suffix". */
function nameDifference(metric: MetricSpec, expected: string, found: string): string {
  const units = new Set([`_${unitSuffix(metric.unit)}`, `_${metric.unit}`]);
  const describe = (suffix: string): string => `\`${suffix}\`${units.has(suffix) ? ' unit' : ''} suffix`;
  if (expected.startsWith(found)) return `without the ${describe(expected.slice(found.length))}`;
  if (found.startsWith(expected)) return `with an extra ${describe(found.slice(expected.length))}`;
  return `named \`${found}\` instead of \`${expected}\``;
}

function describeSeries(series: readonly EmittedSeries[]): string {
  return series.map((entry) => entry.name).join(', ');
}

/** Checks the labels of one series' samples against the catalog, one finding per kind of problem. */
function checkLabels(metric: MetricSpec, series: EmittedSeries, samples: readonly ExpositionSample[], seen: Set<string>): Finding[] {
  const unexpected = new Map<string, number>();
  const missing = new Map<string, number>();
  const badValues = new Map<string, Set<string>>();
  for (const sample of samples) {
    for (const [name, value] of Object.entries(sample.labels)) {
      // Prometheus drops an empty label on ingest (0.65b0's `otel_scope_schema_url=""`): it is no label at all.
      if (value === '') continue;
      seen.add(name);
      const expected = series.labels.get(name);
      if (expected === undefined) unexpected.set(name, (unexpected.get(name) ?? 0) + 1);
      else if (expected.spec !== undefined && admittedValues(expected.spec)?.allows(value) === false) {
        const values = badValues.get(name) ?? new Set<string>();
        values.add(value);
        badValues.set(name, values);
      }
    }
    for (const label of series.labels.values()) {
      // Labels an export path adds (scope, job, instance) are allowed but never required in an exposition.
      const required = !label.optional && (label.attribute !== undefined || label.name === 'le');
      if (required && !sample.labels[label.name]) missing.set(label.name, (missing.get(label.name) ?? 0) + 1);
    }
  }
  const findings: Finding[] = [];
  const base = { level: 'mismatch', metric: metric.name, series: series.name } as const;
  for (const [name, count] of [...missing].sort(([a], [b]) => compareText(a, b))) {
    findings.push({ ...base, code: 'label-missing', message: `${series.name}: ${count} of ${samples.length} series lack the required label \`${name}\`` });
  }
  for (const [name, count] of [...unexpected].sort(([a], [b]) => compareText(a, b))) {
    findings.push({ ...base, code: 'label-unexpected', message: `${series.name}: label \`${name}\` (on ${count} series) is not an attribute of ${metric.name} in the catalog` });
  }
  for (const [name, values] of [...badValues].sort(([a], [b]) => compareText(a, b))) {
    const label = series.labels.get(name);
    const allowed = label?.values?.join(', ') ?? `values matching ${label?.spec?.pattern ?? ''}`;
    const found = [...values].sort(compareText).join(', ');
    findings.push({ ...base, code: 'value-unexpected', message: `${series.name}: label \`${name}\` has ${found}; the catalog allows ${allowed}` });
  }
  return findings;
}

function formatBound(bound: number): string {
  return bound === Number.POSITIVE_INFINITY ? '+Inf' : String(bound);
}

/** Bucket boundaries are part of the contract: a panel that reads `le="1000"` needs a bucket ending at 1000. */
function checkBuckets(metric: MetricSpec, series: EmittedSeries, samples: readonly ExpositionSample[]): Finding[] {
  if (series.role !== 'bucket' || metric.buckets === undefined) return [];
  const expected = [...metric.buckets, Number.POSITIVE_INFINITY];
  const found = [...new Set(samples.map((sample) => Number(sample.labels.le?.replace(/inf/i, 'Infinity'))))].sort((a, b) => a - b);
  if (found.length === expected.length && found.every((bound, index) => bound === expected[index])) return [];
  return [
    {
      level: 'mismatch',
      code: 'buckets-differ',
      metric: metric.name,
      series: series.name,
      message: `${series.name}: buckets end at ${found.map(formatBound).join(', ')}; the catalog says ${expected.map(formatBound).join(', ')}`,
    },
  ];
}

/** The other profiles' names of a metric that the exposition has, as evidence of a profile mix-up. */
function otherProfileNames(key: string, others: readonly SeriesIndex[], byName: ReadonlyMap<string, unknown>) {
  const found: { profile: string; series: EmittedSeries[] }[] = [];
  for (const index of others) {
    const series = [...index.series.values()].filter((entry) => entry.metricKey === key && byName.has(entry.name));
    if (series.length > 0) found.push({ profile: index.profile.id, series });
  }
  return found;
}

/** What every check reads: the exposition by series name, and the catalog's series under each profile. */
interface Comparison {
  readonly exposition: Exposition;
  readonly byName: ReadonlyMap<string, readonly ExpositionSample[]>;
  readonly index: SeriesIndex;
  readonly others: readonly SeriesIndex[];
  /** Exposition series names explained by the catalog (under the active profile, or as another profile's names). */
  readonly accounted: Set<string>;
}

function seriesOfMetric(index: SeriesIndex, key: string): EmittedSeries[] {
  return [...index.series.values()].filter((series) => series.metricKey === key);
}

/** Whether the metric's series are there: info for planned metrics, mismatches for absent emitted ones. */
function presenceFindings(comparison: Comparison, key: string, metric: MetricSpec): Finding[] {
  const { byName, index } = comparison;
  const expected = seriesOfMetric(index, key);
  const present = expected.filter((series) => byName.has(series.name));
  const about = { metric: metric.name };
  if (metric.status === 'planned') {
    return present.length === 0
      ? [{ ...about, level: 'info', code: 'planned-not-emitted', message: `${metric.name} is planned and not in the exposition (${describeSeries(expected)})` }]
      : [{ ...about, level: 'info', code: 'planned-emitted', message: `${metric.name} is planned in the catalog but the exposition has ${describeSeries(present)}; mark it emitted` }];
  }
  if (present.length > 0) {
    return expected
      .filter((series) => !byName.has(series.name))
      .map((series) => ({ ...about, level: 'mismatch', code: 'series-missing', series: series.name, message: `${metric.name}: ${series.name} is missing from the exposition` }));
  }
  const elsewhere = otherProfileNames(key, comparison.others, byName);
  if (elsewhere.length === 0) {
    return [{ ...about, level: 'mismatch', code: 'metric-missing', message: `${metric.name}: no ${describeSeries(expected)} in the exposition` }];
  }
  for (const other of elsewhere) for (const series of other.series) comparison.accounted.add(series.name);
  const found = elsewhere[0].series;
  return [
    {
      ...about,
      level: 'mismatch',
      code: 'named-as-other-profile',
      series: found[0].name,
      message:
        `${metric.name}: expected ${describeSeries(expected)} under ${index.profile.id}; the exposition has ` +
        `${describeSeries(found)}, ${nameDifference(metric, expected[0].family, found[0].family)} ` +
        `(the naming of ${elsewhere.map((other) => other.profile).join(', ')})`,
    },
  ];
}

/** TYPE and labels of each of the metric's series that the exposition has. */
function checkMetric(comparison: Comparison, key: string, metric: MetricSpec): MetricCheckWithFindings {
  const findings = presenceFindings(comparison, key, metric);
  const seen = new Set<string>();
  const series = seriesOfMetric(comparison.index, key).map((entry): SeriesCheck => {
    const samples = comparison.byName.get(entry.name) ?? [];
    if (samples.length === 0) return { name: entry.name, expectedType: entry.promType, count: 0 };
    const foundType = familyOf(comparison.exposition, entry.name)?.type;
    if (foundType !== entry.promType) {
      findings.push({
        level: 'mismatch',
        code: 'type-mismatch',
        metric: metric.name,
        series: entry.name,
        message: `${entry.name}: TYPE is ${foundType ?? 'not declared'}; a ${metric.kind} is a Prometheus ${entry.promType}`,
      });
    }
    findings.push(...checkLabels(metric, entry, samples, seen), ...checkBuckets(metric, entry, samples));
    return { name: entry.name, expectedType: entry.promType, foundType, count: samples.length };
  });
  const ok = !findings.some((finding) => finding.level === 'mismatch');
  return { key, name: metric.name, status: metric.status, ok, series, labels: [...seen].sort(compareText), findings };
}

/** Names of the series under the catalog's namespaces that no catalog metric explains, sorted. */
function unknownNames(comparison: Comparison, prefixes: readonly string[]): string[] {
  const companions = createdCompanions(comparison.index);
  return [...comparison.byName.keys()]
    .sort(compareText)
    .filter((name) => !comparison.accounted.has(name) && !companions.has(name) && prefixes.some((prefix) => name.startsWith(prefix)));
}

function unknownSeriesFindings(comparison: Comparison, names: readonly string[]): Finding[] {
  const { index } = comparison;
  return names.map((name) => ({
      level: 'mismatch',
      code: 'series-unknown',
      series: name,
      message: `${name} is under the catalog's namespaces but matches no catalog metric under ${index.profile.id}`,
    }));
}

/** Profiles under which every series of every emitted metric is in the exposition. */
function matchingProfiles(comparison: Comparison): string[] {
  const emitted = Object.entries(comparison.index.catalog.metrics).filter(([, metric]) => metric.status === 'emitted');
  return [comparison.index, ...comparison.others]
    .filter((index) => emitted.every(([key]) => seriesOfMetric(index, key).every((series) => comparison.byName.has(series.name))))
    .map((index) => index.profile.id);
}

/**
 * Compares a scraped exposition with a catalog under a naming profile: every emitted metric present with
 * its series names, type and labels; nothing unknown under the catalog's namespaces; planned metrics reported.
 */
export function verifyExposition(
  exposition: Exposition,
  catalog: Catalog,
  profile: NamingProfile,
  allProfiles: readonly NamingProfile[],
): VerifyReport {
  const index = buildSeriesIndex(catalog, profile);
  const byName = groupByName(exposition.samples);
  const comparison: Comparison = {
    exposition,
    byName,
    index,
    others: allProfiles.filter((candidate) => candidate.id !== profile.id).map((candidate) => buildSeriesIndex(catalog, candidate)),
    accounted: new Set([...index.series.keys()].filter((name) => byName.has(name))),
  };
  const checks = Object.entries(catalog.metrics).map(([key, metric]) => checkMetric(comparison, key, metric));
  const namespaces = namespacePrefixes(catalog, profile);
  const unknown = unknownNames(comparison, namespaces);
  const findings = [...checks.flatMap((check) => check.findings), ...unknownSeriesFindings(comparison, unknown)];
  const emitted = checks.filter((check) => check.status === 'emitted');
  const isPresent = (check: MetricCheck) => check.series.some((series) => series.count > 0);
  return {
    catalog: catalog.name,
    profile: profile.id,
    summary: {
      present: emitted.filter(isPresent).map((check) => check.name),
      missing: emitted.filter((check) => !isPresent(check)).map((check) => check.name),
      planned: checks.filter((check) => check.status === 'planned').map((check) => check.name),
      unknownSeries: unknown.reduce((total, name) => total + (byName.get(name)?.length ?? 0), 0),
      unknownNames: unknown,
      namespaces,
    },
    metrics: checks.map(({ findings: _findings, ...check }) => check),
    findings,
    matchingProfiles: matchingProfiles(comparison),
    mismatches: findings.filter((finding) => finding.level === 'mismatch').length,
  };
}
