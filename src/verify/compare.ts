import type { Catalog, MetricSpec } from '../catalog/model.ts';
import type { NamingProfile, PromType } from '../naming/profiles.ts';
import { unitSuffix } from '../naming/units.ts';
import { buildSeriesIndex, type EmittedSeries, type SeriesIndex } from '../naming/series.ts';
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

export interface VerifyReport {
  readonly catalog: string;
  readonly profile: string;
  readonly metrics: readonly MetricCheck[];
  readonly findings: readonly Finding[];
  /** Profiles under which every emitted metric's series names are present. */
  readonly matchingProfiles: readonly string[];
  readonly mismatches: number;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
      seen.add(name);
      const expected = series.labels.get(name);
      if (expected === undefined) unexpected.set(name, (unexpected.get(name) ?? 0) + 1);
      else if (expected.values !== undefined && !expected.values.includes(value)) {
        const values = badValues.get(name) ?? new Set<string>();
        values.add(value);
        badValues.set(name, values);
      }
    }
    for (const label of series.labels.values()) {
      // Labels an export path adds (scope, job, instance) are allowed but never required in an exposition.
      const required = !label.optional && (label.attribute !== undefined || label.name === 'le');
      if (required && !(label.name in sample.labels)) missing.set(label.name, (missing.get(label.name) ?? 0) + 1);
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
    const allowed = series.labels.get(name)?.values?.join(', ') ?? '';
    const found = [...values].sort(compareText).join(', ');
    findings.push({ ...base, code: 'value-unexpected', message: `${series.name}: label \`${name}\` has ${found}; the catalog allows ${allowed}` });
  }
  return findings;
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
  const others = allProfiles.filter((candidate) => candidate.id !== profile.id).map((candidate) => buildSeriesIndex(catalog, candidate));
  const byName = groupByName(exposition.samples);
  const accounted = new Set<string>([...index.series.keys()].filter((name) => byName.has(name)));
  const findings: Finding[] = [];
  const metrics: MetricCheck[] = [];

  for (const [key, metric] of Object.entries(catalog.metrics)) {
    const expected = [...index.series.values()].filter((series) => series.metricKey === key);
    const present = expected.filter((series) => byName.has(series.name));
    const before = findings.length;
    const seen = new Set<string>();
    if (metric.status === 'planned') {
      findings.push(
        present.length === 0
          ? { level: 'info', code: 'planned-not-emitted', metric: metric.name, message: `${metric.name} is planned and not in the exposition (${describeSeries(expected)})` }
          : { level: 'info', code: 'planned-emitted', metric: metric.name, message: `${metric.name} is planned in the catalog but the exposition has ${describeSeries(present)}; mark it emitted` },
      );
    } else if (present.length === 0) {
      const elsewhere = otherProfileNames(key, others, byName);
      for (const other of elsewhere) for (const series of other.series) accounted.add(series.name);
      const family = expected[0].family;
      findings.push(
        elsewhere.length === 0
          ? { level: 'mismatch', code: 'metric-missing', metric: metric.name, message: `${metric.name}: no ${describeSeries(expected)} in the exposition` }
          : {
              level: 'mismatch',
              code: 'named-as-other-profile',
              metric: metric.name,
              series: elsewhere[0].series[0].name,
              message:
                `${metric.name}: expected ${describeSeries(expected)} under ${profile.id}; the exposition has ` +
                `${describeSeries(elsewhere[0].series)}, ${nameDifference(metric, family, elsewhere[0].series[0].family)} ` +
                `(the naming of ${elsewhere.map((other) => other.profile).join(', ')})`,
            },
      );
    } else {
      for (const series of expected.filter((entry) => !byName.has(entry.name))) {
        findings.push({ level: 'mismatch', code: 'series-missing', metric: metric.name, series: series.name, message: `${metric.name}: ${series.name} is missing from the exposition` });
      }
    }
    const series = expected.map((entry): SeriesCheck => {
      const samples = byName.get(entry.name) ?? [];
      const foundType = samples.length === 0 ? undefined : familyOf(exposition, entry.name)?.type;
      if (samples.length > 0) {
        if (foundType !== entry.promType) {
          findings.push({
            level: 'mismatch',
            code: 'type-mismatch',
            metric: metric.name,
            series: entry.name,
            message: `${entry.name}: TYPE is ${foundType ?? 'not declared'}; a ${metric.kind} is a Prometheus ${entry.promType}`,
          });
        }
        findings.push(...checkLabels(metric, entry, samples, seen));
      }
      return { name: entry.name, expectedType: entry.promType, foundType, count: samples.length };
    });
    const ok = !findings.slice(before).some((finding) => finding.level === 'mismatch');
    metrics.push({ key, name: metric.name, status: metric.status, ok, series, labels: [...seen].sort(compareText) });
  }

  const prefixes = namespacePrefixes(catalog, profile);
  const companions = createdCompanions(index);
  for (const name of [...byName.keys()].sort(compareText)) {
    if (accounted.has(name) || companions.has(name)) continue;
    if (!prefixes.some((prefix) => name.startsWith(prefix))) continue;
    findings.push({ level: 'mismatch', code: 'series-unknown', series: name, message: `${name} is under the catalog's namespaces but matches no catalog metric under ${profile.id}` });
  }

  const emittedKeys = Object.entries(catalog.metrics).filter(([, metric]) => metric.status === 'emitted').map(([key]) => key);
  const matchingProfiles = [index, ...others]
    .filter((candidate) =>
      emittedKeys.every((key) => [...candidate.series.values()].filter((series) => series.metricKey === key).every((series) => byName.has(series.name))),
    )
    .map((candidate) => candidate.profile.id);
  return {
    catalog: catalog.name,
    profile: profile.id,
    metrics,
    findings,
    matchingProfiles,
    mismatches: findings.filter((finding) => finding.level === 'mismatch').length,
  };
}
