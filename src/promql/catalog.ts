/**
 * Catalog lookups that rules need for every query, built once per naming context (cached by identity),
 * and the reasoning behind "did you mean" suggestions for metric and label names.
 */
import type { NamingContext, EmittedSeries } from '../naming/series.ts';
import { unitSuffix } from '../naming/units.ts';
import { closest, editDistance } from '../text/closest.ts';
import { promqlName } from './strings.ts';

const maxTypoDistance = 2;

export interface OtherProfileName {
  readonly profileId: string;
  readonly series: EmittedSeries;
}

export interface CatalogLookup {
  readonly naming: NamingContext;
  readonly activeNames: readonly string[];
  /** Series names of other profiles that the active profile does not share, with the first profile giving them. */
  readonly otherNames: ReadonlyMap<string, OtherProfileName>;
  /** The first two name tokens of every catalog series under any profile (`primitive_execution`, `llm_tokens`). */
  readonly namespaces: ReadonlySet<string>;
  /** Active series names with their unit suffix taken out (`..._duration_bucket`) -> the series. */
  readonly withoutUnit: ReadonlyMap<string, EmittedSeries>;
  /** Label name -> the active series that carry it. */
  readonly labelOwners: ReadonlyMap<string, readonly EmittedSeries[]>;
  /** Attribute name and every escaping of it (`primitive.name`, `primitive_name`) -> the active label name. */
  readonly labelSpellings: ReadonlyMap<string, string>;
  /** Suggestions already worked out, by metric name (null: unrelated to the catalog); dashboards repeat names. */
  readonly suggestions: Map<string, MetricSuggestion | null>;
}

const cache = new WeakMap<NamingContext, CatalogLookup>();

function namespaceOf(name: string): string {
  const tokens = name.split(/[_.:]+/).filter((token) => token !== '');
  return tokens.slice(0, 2).join('_').toLowerCase();
}

function build(naming: NamingContext): CatalogLookup {
  const active = naming.active.series;
  const otherNames = new Map<string, OtherProfileName>();
  const namespaces = new Set<string>();
  for (const name of active.keys()) namespaces.add(namespaceOf(name));
  for (const index of naming.others) {
    for (const [name, series] of index.series) {
      namespaces.add(namespaceOf(name));
      if (!active.has(name) && !otherNames.has(name)) otherNames.set(name, { profileId: index.profile.id, series });
    }
  }
  const withoutUnit = new Map<string, EmittedSeries>();
  const labelOwners = new Map<string, EmittedSeries[]>();
  const labelSpellings = new Map<string, string>();
  for (const series of active.values()) {
    const suffix = unitSuffix(series.metric.unit);
    const marker = `_${suffix}`;
    if (suffix !== '' && series.family.endsWith(marker)) {
      withoutUnit.set(series.family.slice(0, -marker.length) + series.name.slice(series.family.length), series);
    }
    for (const label of series.labels.values()) {
      const owners = labelOwners.get(label.name) ?? [];
      owners.push(series);
      labelOwners.set(label.name, owners);
      if (label.attribute !== undefined) {
        labelSpellings.set(label.attribute, label.name);
        labelSpellings.set(label.attribute.replace(/[^a-zA-Z0-9_]/g, '_'), label.name);
      }
    }
  }
  return {
    naming,
    activeNames: [...active.keys()],
    otherNames,
    namespaces,
    withoutUnit,
    labelOwners,
    labelSpellings,
    suggestions: new Map(),
  };
}

export function catalogLookup(naming: NamingContext): CatalogLookup {
  let lookup = cache.get(naming);
  if (lookup === undefined) {
    lookup = build(naming);
    cache.set(naming, lookup);
  }
  return lookup;
}

export interface MetricSuggestion {
  /** The active profile's name, when there is one to offer. */
  readonly name?: string;
  readonly reason: string;
}

/**
 * Why a metric name is not one the active profile emits, and what to write instead; undefined when the name is
 * unrelated to the catalog (other exporters' metrics such as `up` are none of our business).
 */
export function suggestMetric(lookup: CatalogLookup, name: string): MetricSuggestion | undefined {
  const known = lookup.suggestions.get(name);
  if (known !== undefined) return known ?? undefined;
  const suggestion = workOutSuggestion(lookup, name);
  lookup.suggestions.set(name, suggestion ?? null);
  return suggestion;
}

function workOutSuggestion(lookup: CatalogLookup, name: string): MetricSuggestion | undefined {
  const active = lookup.naming.active;
  const profileId = active.profile.id;
  if (active.series.has(`${name}_total`)) {
    return { name: `${name}_total`, reason: `counters get the \`_total\` suffix under ${profileId}` };
  }
  const unitless = lookup.withoutUnit.get(name);
  if (unitless !== undefined) {
    const suffix = unitSuffix(unitless.metric.unit);
    return { name: unitless.name, reason: `the name is missing the unit suffix \`_${suffix}\` that ${profileId} adds for unit \`${unitless.metric.unit}\`` };
  }
  const other = lookup.otherNames.get(name);
  if (other !== undefined) {
    const equivalent = [...active.series.values()].find(
      (series) => series.metricKey === other.series.metricKey && series.role === other.series.role,
    );
    return {
      ...(equivalent === undefined ? {} : { name: equivalent.name }),
      reason: `this is the ${other.profileId} name of \`${other.series.metric.name}\`; the active profile is ${profileId}`,
    };
  }
  // Other exporters' names can be near ours (`coredns_cache_hits_total`): only a name in one of the catalog's
  // namespaces, or a plain typo (two edits at most), counts as a catalog name gone wrong.
  const related = lookup.namespaces.has(namespaceOf(name));
  const near = closest(name, lookup.activeNames);
  if (near !== undefined && (related || editDistance(name, near, maxTypoDistance) <= maxTypoDistance)) {
    return { name: near, reason: 'nearest name the catalog emits' };
  }
  if (related) return { reason: `no metric of this name in the catalog under ${profileId}` };
  return undefined;
}

/** Whether a name is emitted, looks like a catalog name gone wrong, or belongs to something else entirely. */
export function metricScope(lookup: CatalogLookup, name: string): 'emitted' | 'related' | 'outside' {
  if (lookup.naming.active.series.has(name)) return 'emitted';
  return suggestMetric(lookup, name) === undefined ? 'outside' : 'related';
}

/** What to write instead of a label that the queried series do not carry. */
export function suggestLabel(lookup: CatalogLookup, label: string, available: ReadonlySet<string>): string | undefined {
  const spelled = lookup.labelSpellings.get(label);
  if (spelled !== undefined && spelled !== label && available.has(spelled)) {
    return `${promqlName(spelled, 'label')} (${lookup.naming.active.profile.id} spells attribute labels this way)`;
  }
  const near = closest(label, available);
  if (near !== undefined) return promqlName(near, 'label');
  const owners = lookup.labelOwners.get(spelled ?? label);
  if (owners !== undefined && owners.length > 0) {
    const families = [...new Set(owners.map((series) => series.family))].sort();
    return `none: \`${spelled ?? label}\` is on ${families.map((family) => `\`${family}\``).join(', ')}, not on the series queried here`;
  }
  return undefined;
}
