import type { MetricKind, MetricSpec } from '../catalog/model.ts';
import { isDimensionless, unitSuffix } from './units.ts';

/** How Prometheus types a series family. Up-down counters arrive as gauges. */
export type PromType = 'counter' | 'gauge' | 'histogram';

/** A label the export path adds on top of the metric's own attributes. */
export interface ExtraLabel {
  readonly name: string;
  /** Present on every series of this path (true), or only in some set-ups (false). */
  readonly always: boolean;
  readonly description: string;
}

export interface NamingProfile {
  readonly id: string;
  readonly title: string;
  /** Series and label names keep dots and must be quoted in PromQL. */
  readonly utf8: boolean;
  readonly extraLabels: readonly ExtraLabel[];
  /** The family name of a metric; histograms add `_bucket`, `_sum`, `_count` to it. */
  metricName(metric: Pick<MetricSpec, 'name' | 'kind' | 'unit'>): string;
  labelName(attribute: string): string;
}

interface TranslationRules {
  readonly escape: 'underscore' | 'keep';
  /** `mapped`: `ms` -> `milliseconds`; `raw`: the unit as written (`ms`, `1`); `none`: no unit suffix. */
  readonly units: 'mapped' | 'raw' | 'none';
  readonly totalSuffix: boolean;
  /** The Go translator appends `_ratio` to gauges whose unit is `1`. */
  readonly ratioForDimensionlessGauges: boolean;
}

export function promType(kind: MetricKind): PromType {
  if (kind === 'counter') return 'counter';
  if (kind === 'histogram') return 'histogram';
  return 'gauge';
}

function escapeUnderscore(name: string): string {
  const escaped = name.replace(/[^a-zA-Z0-9_:]/g, '_').replace(/__+/g, '_');
  return /^[0-9]/.test(escaped) ? `_${escaped}` : escaped;
}

function escapeLabel(name: string): string {
  const escaped = name.replace(/[^a-zA-Z0-9_]/g, '_');
  return /^[0-9]/.test(escaped) ? `key_${escaped}` : escaped;
}

function translate(rules: TranslationRules, metric: Pick<MetricSpec, 'name' | 'kind' | 'unit'>): string {
  let name = rules.escape === 'underscore' ? escapeUnderscore(metric.name) : metric.name;
  const isCounter = metric.kind === 'counter';
  // A counter already named `..._total`/`....total` keeps one `_total`, placed after the unit.
  const endsInTotal = /[._]total$/.test(name);
  if (isCounter && rules.totalSuffix && endsInTotal) name = name.slice(0, -'_total'.length);
  let suffix = '';
  if (rules.units === 'mapped') suffix = unitSuffix(metric.unit);
  if (rules.units === 'raw') suffix = metric.unit.replace(/\{[^}]*\}/g, '').replace(/[^a-zA-Z0-9]/g, '_');
  if (rules.ratioForDimensionlessGauges && metric.kind === 'gauge' && isDimensionless(metric.unit)) suffix = 'ratio';
  if (suffix !== '' && !name.endsWith(`_${suffix}`)) name = `${name}_${suffix}`;
  if (isCounter && rules.totalSuffix) name = `${name}_total`;
  return name;
}

const scrapeLabels: readonly ExtraLabel[] = [
  { name: 'job', always: true, description: 'scrape job' },
  { name: 'instance', always: true, description: 'scrape target' },
];

const scopeLabels: readonly ExtraLabel[] = [
  { name: 'otel_scope_name', always: true, description: 'instrumentation scope (meter) name' },
  { name: 'otel_scope_version', always: false, description: 'instrumentation scope version' },
];

const optionalScopeLabels: readonly ExtraLabel[] = scopeLabels.map((label) => ({ ...label, always: false }));

function profile(
  id: string,
  title: string,
  rules: TranslationRules,
  extraLabels: readonly ExtraLabel[],
): NamingProfile {
  const keep = rules.escape === 'keep';
  return {
    id,
    title,
    utf8: keep,
    extraLabels,
    metricName: (metric) => translate(rules, metric),
    labelName: (attribute) => (keep ? attribute : escapeLabel(attribute)),
  };
}

const pythonRules: TranslationRules = { escape: 'underscore', units: 'mapped', totalSuffix: true, ratioForDimensionlessGauges: false };

export const profiles: readonly NamingProfile[] = [
  profile('otel-python', 'OpenTelemetry Python PrometheusMetricReader >= 0.46b0', pythonRules, [
    ...scrapeLabels,
    ...scopeLabels,
  ]),
  profile(
    'otel-python-legacy',
    'OpenTelemetry Python exporter <= 0.45b0 (raw units in names)',
    { ...pythonRules, units: 'raw' },
    scrapeLabels,
  ),
  profile(
    'otel-js',
    'OpenTelemetry JS @opentelemetry/exporter-prometheus (no unit suffix)',
    { ...pythonRules, units: 'none' },
    [...scrapeLabels, ...scopeLabels],
  ),
  profile(
    'otlp',
    'OTLP via the Collector or Prometheus 3 (UnderscoreEscapingWithSuffixes, the default)',
    { ...pythonRules, ratioForDimensionlessGauges: true },
    [...scrapeLabels, ...optionalScopeLabels],
  ),
  profile(
    'otlp-no-suffixes',
    'OTLP with UnderscoreEscapingWithoutSuffixes',
    { escape: 'underscore', units: 'none', totalSuffix: false, ratioForDimensionlessGauges: false },
    [...scrapeLabels, ...optionalScopeLabels],
  ),
  profile(
    'otlp-utf8',
    'OTLP with NoUTF8EscapingWithSuffixes (dotted names, quoted in PromQL)',
    { escape: 'keep', units: 'mapped', totalSuffix: true, ratioForDimensionlessGauges: true },
    [...scrapeLabels, ...optionalScopeLabels],
  ),
  profile(
    'otlp-utf8-no-translation',
    'OTLP with NoTranslation (names exactly as instrumented)',
    { escape: 'keep', units: 'none', totalSuffix: false, ratioForDimensionlessGauges: false },
    [...scrapeLabels, ...optionalScopeLabels],
  ),
];

export function findProfile(id: string): NamingProfile | undefined {
  return profiles.find((candidate) => candidate.id === id);
}

export function profileIds(): string[] {
  return profiles.map((candidate) => candidate.id);
}
