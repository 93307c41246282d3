import { Expr, numberLiteral, type RenderContext, stringLiteral } from './expr.ts';
import type { Series } from './selector.ts';

/** Range of a matrix selector: Grafana's interval macros, or a fixed duration. */
export type Range = '$__rate_interval' | '$__range' | '$__interval' | `${number}${'s' | 'm' | 'h' | 'd' | 'w'}`;

class Call<L extends string> extends Expr<L> {
  constructor(
    private readonly name: string,
    private readonly args: readonly (Expr | ((context: RenderContext) => string))[],
    readonly labels: ReadonlySet<string>,
  ) {
    super();
  }

  write(context: RenderContext): string {
    const args = this.args.map((arg) => (typeof arg === 'function' ? arg(context) : arg.write(context)));
    return `${this.name}(${args.join(', ')})`;
  }
}

const text = (value: string) => () => stringLiteral(value);
const number = (value: number) => () => numberLiteral(value);

function requireLabels(what: string, expr: Expr, labels: readonly string[]): void {
  const missing = labels.filter((label) => !expr.labels.has(label));
  if (missing.length > 0) throw new Error(`${what}: the input does not carry ${missing.join(', ')}`);
}

function overRange<L extends string>(name: string, series: Series<L, 'counter'>, range: Range): Expr<L> {
  return new Call<L>(name, [(context) => `${series.write(context)}[${range}]`], series.labels);
}

/** Per-second rate of a counter, over `$__rate_interval` unless told otherwise. */
export function rate<L extends string>(series: Series<L, 'counter'>, range: Range = '$__rate_interval'): Expr<L> {
  return overRange('rate', series, range);
}

/** Increase of a counter over the range: `$__range` gives the total over the dashboard's time range. */
export function increase<L extends string>(series: Series<L, 'counter'>, range: Range = '$__range'): Expr<L> {
  return overRange('increase', series, range);
}

type KeepsLe<L extends string> = 'le' extends L
  ? unknown
  : { readonly error: 'histogram_quantile needs the `le` label: aggregate with by (le, ...)' };

/** `histogram_quantile(q, buckets)`; the input must keep `le` (checked by the compiler and when building). */
export function histogramQuantile<L extends string>(
  quantile: number,
  buckets: Expr<L> & KeepsLe<L>,
): Expr<Exclude<L, 'le'>> {
  if (!buckets.labels.has('le')) throw new Error('histogram_quantile input must keep the `le` label');
  const labels = new Set(buckets.labels);
  labels.delete('le');
  return new Call(`histogram_quantile`, [number(quantile), buckets], labels);
}

export function clampMin<L extends string>(expr: Expr<L>, min: number): Expr<L> {
  return new Call('clamp_min', [expr, number(min)], expr.labels);
}

export function clampMax<L extends string>(expr: Expr<L>, max: number): Expr<L> {
  return new Call('clamp_max', [expr, number(max)], expr.labels);
}

/**
 * `label_replace`: sets `target` from `source` by regex. Both are label names as content spells them
 * (attribute names are mapped to the profile); a new name such as `id` is an alias the result carries.
 */
export function labelReplace<L extends string, T extends string>(
  expr: Expr<L>,
  target: T,
  replacement: string,
  source: NoInfer<L>,
  regex: string,
): Expr<L | T> {
  requireLabels('label_replace', expr, [source]);
  const label = (name: string) => (context: RenderContext) => stringLiteral(context.profile.labelName(name));
  return new Call<L | T>(
    'label_replace',
    [expr, label(target), text(replacement), label(source), text(regex)],
    new Set([...expr.labels, target]),
  );
}

/** Copies `source` into the new label `alias` (for panels that need fixed field names, like the node graph). */
export function aliasLabel<L extends string, T extends string>(
  expr: Expr<L>,
  alias: T,
  source: NoInfer<L>,
): Expr<L | T> {
  return labelReplace(expr, alias, '$1', source, '(.*)');
}

/** Gives series that lack an optional label the value `fallback`, so that legends and tables never show a blank. */
export function defaultLabel<L extends string>(expr: Expr<L>, label: NoInfer<L>, fallback: string): Expr<L> {
  return labelReplace(expr, label, fallback, label, '');
}

/** `label_join`: the new label `target` is the `sources` joined by `separator`. */
export function labelJoin<L extends string, T extends string>(
  expr: Expr<L>,
  target: T,
  separator: string,
  ...sources: [NoInfer<L>, ...NoInfer<L>[]]
): Expr<L | T> {
  requireLabels('label_join', expr, sources);
  const label = (name: string) => (context: RenderContext) => stringLiteral(context.profile.labelName(name));
  return new Call<L | T>(
    'label_join',
    [expr, label(target), text(separator), ...sources.map(label)],
    new Set([...expr.labels, target]),
  );
}

/** `vector(n)`: one series without labels. */
export function vector(value: number): Expr<never> {
  return new Call<never>('vector', [number(value)], new Set());
}

class NumberLiteral extends Expr<never> {
  override get isScalar(): boolean {
    return true;
  }

  readonly labels: ReadonlySet<string> = new Set();

  constructor(private readonly value: number) {
    super();
  }

  write(): string {
    return numberLiteral(this.value);
  }
}

/** A number literal (a PromQL scalar). Binary operators also accept plain numbers. */
export function constant(value: number): Expr<never> {
  return new NumberLiteral(value);
}
