import { derivedLabelNames, isDerived, seriesFamily } from '../../catalog/derived.ts';
import type { AttributeOf, AttributeValue, FamilyOf, MetricSpec } from '../../catalog/model.ts';
import { escapeRegex } from '../../promql/matcher.ts';
import { isBareName } from '../../promql/strings.ts';
import { Expr, labelSyntax, type RenderContext, stringLiteral } from './expr.ts';

/** Labels every scrape adds, whatever the export path (profile-specific labels such as `otel_scope_name` are not assumed). */
export type ScrapeLabel = 'job' | 'instance';
export const scrapeLabels: readonly ScrapeLabel[] = ['job', 'instance'];

export type MatchOp = '=' | '!=' | '=~' | '!~';

/**
 * A label matcher other than plain equality. `V` records the literal values it names, so that
 * `not('eror')` fails to compile against an attribute whose values the catalog lists.
 */
export interface LabelMatch<V extends string = string> {
  readonly op: MatchOp;
  readonly value: string;
  /** Type-level only. */
  readonly namedValues?: V;
}

/** `label!="value"`. */
export function not<V extends string>(value: V): LabelMatch<V> {
  return { op: '!=', value };
}

/** `label=~"a|b"`: one of the listed values, regex-escaped. */
export function oneOf<V extends string>(...values: [V, ...V[]]): LabelMatch<V> {
  return { op: '=~', value: values.map(escapeRegex).join('|') };
}

/** `label!~"a|b"`. */
export function noneOf<V extends string>(...values: [V, ...V[]]): LabelMatch<V> {
  return { op: '!~', value: values.map(escapeRegex).join('|') };
}

/** `label=~"pattern"`, a raw RE2 pattern (anchored by Prometheus). */
export function matchesRegex(pattern: string): LabelMatch<never> {
  return { op: '=~', value: pattern };
}

/** `label!~"pattern"`. */
export function notMatchesRegex(pattern: string): LabelMatch<never> {
  return { op: '!~', value: pattern };
}

/**
 * `label=~".*"`: every series, with or without the label. Written on a selector, it opts that selector
 * out of a dashboard filter on the same label (a selector's own matcher wins over the filter set).
 */
export function anyValue(): LabelMatch<never> {
  return matchesRegex('.*');
}

/** `label=~"$name"`: a multi-value dashboard variable (Grafana expands it to `a|b`, or its All value). */
export function matchesVariable(name: string): LabelMatch<never> {
  return { op: '=~', value: `$${name}` };
}

/**
 * Members of value families the catalog names for the attribute (`inFamily('composition')`), resolved against
 * the metric when the selector is built, so that the regex lists exactly the catalog's members.
 */
export interface FamilyMatch<F extends string = string> {
  readonly op: '=~' | '!~';
  readonly families: readonly F[];
}

/** `label=~"A|B|..."`: a value of one of the attribute's families in the catalog. */
export function inFamily<F extends string>(...families: [F, ...F[]]): FamilyMatch<F> {
  return { op: '=~', families };
}

/** `label!~"A|B|..."`: any value outside the attribute's named families (values the catalog does not name included). */
export function notInFamily<F extends string>(...families: [F, ...F[]]): FamilyMatch<F> {
  return { op: '!~', families };
}

/** The members of the families, in catalog order without repeats. */
export function familyMembers(metric: MetricSpec, attribute: string, families: readonly string[]): string[] {
  const declared = metric.attributes[attribute]?.families ?? {};
  return [
    ...new Set(
      families.flatMap((family) => {
        const members = declared[family];
        if (members === undefined) throw new Error(`${metric.name}: attribute ${attribute} has no value family "${family}"`);
        return members;
      }),
    ),
  ];
}

type MatcherFor<V extends string, F extends string = never> = V | LabelMatch<V> | FamilyMatch<F>;

/** Matchers keyed by the metric's attribute names (as the catalog spells them) and the scrape labels. */
export type MatchersOf<M extends MetricSpec> = {
  readonly [A in AttributeOf<M>]?: MatcherFor<Extract<AttributeValue<M, A>, string>, FamilyOf<M, A>>;
} & { readonly [S in ScrapeLabel]?: MatcherFor<string> };

export type SeriesLabels<M extends MetricSpec> = AttributeOf<M> | ScrapeLabel;

/** How PromQL may use the series: counters go through `rate`/`increase`, gauges are read as they are. */
export type SeriesKind = 'counter' | 'gauge';

interface Matcher {
  readonly label: string;
  readonly op: MatchOp;
  readonly value: string;
}

type AnyMatcher = string | LabelMatch | FamilyMatch;

function toMatchers(metric: MetricSpec, matchers: Readonly<Record<string, AnyMatcher | undefined>>): Matcher[] {
  return Object.entries(matchers).flatMap(([label, matcher]) => {
    if (matcher === undefined) return [];
    if (typeof matcher === 'string') return [{ label, op: '=' as const, value: matcher }];
    if ('families' in matcher) {
      const members = familyMembers(metric, label, matcher.families);
      return [{ label, op: matcher.op, value: members.map(escapeRegex).join('|') }];
    }
    return [{ label, op: matcher.op, value: matcher.value }];
  });
}

/** An instant-vector selector of one series name. */
export class Series<L extends string, K extends SeriesKind> extends Expr<L> {
  declare readonly seriesKind?: K;
  readonly labels: ReadonlySet<string>;

  constructor(
    readonly metric: MetricSpec,
    readonly suffix: '' | '_bucket' | '_sum' | '_count',
    private readonly matchers: readonly Matcher[],
    labels: Iterable<string>,
  ) {
    super();
    this.labels = new Set(labels);
  }

  write(context: RenderContext): string {
    const { profile, filters } = context;
    const name = seriesFamily(this.metric, profile) + this.suffix;
    const explicit = new Set(this.matchers.map((matcher) => matcher.label));
    const fromFilters = (filters?.matchersFor(this.labels) ?? []).filter((matcher) => !explicit.has(matcher.label));
    const matchers = [...this.matchers, ...fromFilters].map(
      (matcher) => `${labelSyntax(profile, matcher.label)}${matcher.op}${stringLiteral(matcher.value)}`,
    );
    if (!isBareName(name, 'metric')) return `{${[stringLiteral(name), ...matchers].join(', ')}}`;
    return matchers.length === 0 ? name : `${name}{${matchers.join(', ')}}`;
  }

  /** The same selector with one more matcher. */
  with(label: string, match: LabelMatch): Series<L, K> {
    return new Series(this.metric, this.suffix, [...this.matchers, { label, ...match }], this.labels);
  }
}

type BucketBound<M extends MetricSpec> = M extends { readonly buckets: readonly (infer B)[] } ? B : number;

/** A histogram: pick the series family member to query. */
export class HistogramSelection<M extends MetricSpec> {
  constructor(
    private readonly metric: M,
    private readonly matchers: readonly Matcher[],
  ) {}

  /** `_bucket`, cumulative counts per upper bound `le`. */
  bucket(): Series<SeriesLabels<M> | 'le', 'counter'> {
    return new Series(this.metric, '_bucket', this.matchers, [...seriesLabelNames(this.metric), 'le']);
  }

  /**
   * The one bucket counting observations up to `bound` (one of the catalog's boundaries). Matches both
   * `le="1000"` and `le="1000.0"`: exporters differ and Prometheus 3 rewrites the former to the latter.
   */
  bucketAtMost(bound: BucketBound<M>): Series<SeriesLabels<M> | 'le', 'counter'> {
    const text = String(bound);
    const pattern = Number.isInteger(bound) ? `${text}(\\.0)?` : escapeRegex(text);
    return this.bucket().with('le', matchesRegex(pattern));
  }

  sum(): Series<SeriesLabels<M>, 'counter'> {
    return new Series(this.metric, '_sum', this.matchers, seriesLabelNames(this.metric));
  }

  count(): Series<SeriesLabels<M>, 'counter'> {
    return new Series(this.metric, '_count', this.matchers, seriesLabelNames(this.metric));
  }
}

function seriesLabelNames(metric: MetricSpec): string[] {
  if (isDerived(metric)) return derivedLabelNames(metric);
  return [...Object.keys(metric.attributes), ...scrapeLabels];
}

export type Selection<M extends MetricSpec> = M['kind'] extends 'histogram'
  ? HistogramSelection<M>
  : Series<SeriesLabels<M>, M['kind'] extends 'counter' ? 'counter' : 'gauge'>;

/**
 * Select a catalog metric. Matcher keys are the metric's attribute names and values its allowed values,
 * so a misspelled label or value fails to compile; names are mapped to the profile when rendering.
 */
export function select<const M extends MetricSpec>(metric: M, matchers: MatchersOf<M> = {}): Selection<M> {
  const parsed = toMatchers(metric, matchers as Readonly<Record<string, AnyMatcher | undefined>>);
  if (metric.kind === 'histogram') return new HistogramSelection(metric, parsed) as Selection<M>;
  return new Series(metric, '', parsed, seriesLabelNames(metric)) as unknown as Selection<M>;
}
