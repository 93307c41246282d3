import type { AttributeOf, Catalog } from '../../catalog/model.ts';
import { Expr, type RenderContext } from './expr.ts';
import type { LabelMatch, MatchOp, ScrapeLabel } from './selector.ts';

/** Every attribute name of every metric in the catalog. */
export type CatalogAttribute<C extends Catalog> = {
  [K in keyof C['metrics']]: AttributeOf<C['metrics'][K]>;
}[keyof C['metrics']];

export interface FilterMatcher {
  readonly label: string;
  readonly op: MatchOp;
  readonly value: string;
}

/**
 * Dashboard-wide matchers, written once and added when rendering to every selector whose metric
 * carries the label (an attribute of that metric, or a scrape label); a selector's own matcher wins.
 */
export class FilterSet {
  constructor(private readonly filters: readonly FilterMatcher[]) {}

  matchersFor(labels: ReadonlySet<string>): FilterMatcher[] {
    return this.filters.filter((filter) => labels.has(filter.label));
  }

  /** The expression with these filters applied to each of its selectors. */
  apply<L extends string>(expr: Expr<L>): Expr<L> {
    return new Filtered(expr, this);
  }
}

export function filterSet<C extends Catalog>(
  _catalog: C,
  filters: { readonly [A in CatalogAttribute<C> | ScrapeLabel]?: LabelMatch },
): FilterSet {
  const entries = Object.entries(filters as Readonly<Record<string, LabelMatch | undefined>>);
  return new FilterSet(entries.flatMap(([label, match]) => (match === undefined ? [] : [{ label, ...match }])));
}

class Filtered<L extends string> extends Expr<L> {
  constructor(
    private readonly inner: Expr<L>,
    private readonly filters: FilterSet,
  ) {
    super();
  }

  override get isScalar(): boolean {
    return this.inner.isScalar;
  }

  override get precedence(): number {
    return this.inner.precedence;
  }

  get labels(): ReadonlySet<string> {
    return this.inner.labels;
  }

  write(context: RenderContext): string {
    return this.inner.write({ ...context, filters: this.filters });
  }
}
