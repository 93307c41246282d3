/**
 * The labels an expression's result series can carry, as far as analysis can tell.
 * A set is `open` when the result may carry labels we do not know of (a metric outside the catalog);
 * closed sets let rules say "this label cannot be there".
 */

export interface LabelReduction {
  readonly from: number;
  readonly to: number;
  /** `sum by (job)`, `sum without (le)` ... as written, for messages. */
  readonly by: string;
  /** The labels of the aggregation's input. */
  readonly input: LabelSet;
  /** What `without (...)` removes; absent for `by (...)`, which keeps what it lists. */
  readonly without?: ReadonlySet<string>;
}

export interface LabelSet {
  /** Label name -> present on every result series (true) or only on some (false). */
  readonly labels: ReadonlyMap<string, boolean>;
  readonly open: boolean;
  /** The aggregation that last narrowed the set down, when one did. */
  readonly reducedBy?: LabelReduction;
}

const emptyMap: ReadonlyMap<string, boolean> = new Map();

export const unknownLabels: LabelSet = { labels: emptyMap, open: true };
export const noLabels: LabelSet = { labels: emptyMap, open: false };

/** The label may be on the result series: the set lists it, or is open to labels it does not know. */
export function mayCarry(set: LabelSet, label: string): boolean {
  return set.open || set.labels.has(label);
}

/** `set` with other labels; literals rather than spreads of `set`: this runs for nearly every node of every query. */
function relabelled(set: LabelSet, labels: ReadonlyMap<string, boolean>): LabelSet {
  return set.reducedBy === undefined ? { labels, open: set.open } : { labels, open: set.open, reducedBy: set.reducedBy };
}

export function withoutLabels(set: LabelSet, removed: Iterable<string>): LabelSet {
  let labels: Map<string, boolean> | undefined;
  for (const label of removed) {
    if (!set.labels.has(label)) continue;
    labels ??= new Map(set.labels);
    labels.delete(label);
  }
  return labels === undefined ? set : relabelled(set, labels);
}

export function withLabels(set: LabelSet, added: Iterable<string>, always: boolean): LabelSet {
  const labels = new Map(set.labels);
  for (const label of added) labels.set(label, always || labels.get(label) === true);
  return relabelled(set, labels);
}

/** Keeps only `kept` (aggregation `by`, `on`): closed, each label as present as it was in the input. */
export function onlyLabels(set: LabelSet, kept: readonly string[], reduction?: Omit<LabelReduction, 'input'>): LabelSet {
  const labels = new Map<string, boolean>();
  for (const label of kept) {
    const always = set.labels.get(label);
    if (always !== undefined) labels.set(label, always);
    else if (set.open) labels.set(label, false);
  }
  if (reduction === undefined) return { labels, open: false };
  const reducedBy: LabelReduction =
    reduction.without === undefined
      ? { from: reduction.from, to: reduction.to, by: reduction.by, input: set }
      : { from: reduction.from, to: reduction.to, by: reduction.by, input: set, without: reduction.without };
  return { labels, open: false, reducedBy };
}

/** The aggregation that certainly removed `label` from `set`, if one did (the label was, or may have been, in its input). */
export function removedBy(set: LabelSet, label: string): LabelReduction | undefined {
  const reduction = set.reducedBy;
  if (reduction === undefined || set.labels.has(label)) return undefined;
  if (reduction.without !== undefined) return reduction.without.has(label) ? reduction : undefined;
  return reduction.input.labels.has(label) || (reduction.input.open && !set.open) ? reduction : undefined;
}

/** `a or b`: a series comes from either side. */
export function unionOf(left: LabelSet, right: LabelSet): LabelSet {
  const labels = new Map<string, boolean>();
  for (const [label, always] of left.labels) labels.set(label, always && right.labels.get(label) === true);
  for (const label of right.labels.keys()) if (!labels.has(label)) labels.set(label, false);
  return { labels, open: left.open || right.open };
}
