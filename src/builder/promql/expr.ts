import type { NamingProfile } from '../../naming/profiles.ts';
import { promqlName } from '../../promql/strings.ts';
import type { QueryExpr } from '../model.ts';
import type { FilterSet } from './filters.ts';

/** What rendering needs besides the tree: the naming profile, and the filters bound by `FilterSet.apply`. */
export interface RenderContext {
  readonly profile: NamingProfile;
  readonly filters?: FilterSet;
}

/** PromQL operator precedence, loosest first; atoms never need parentheses. */
export const precedence = {
  or: 1,
  andUnless: 2,
  comparison: 3,
  additive: 4,
  multiplicative: 5,
  power: 6,
  atom: 10,
} as const;

/**
 * A PromQL expression whose result carries the labels `L`: attribute names as the catalog spells them
 * (`primitive.name`), `le`, scrape labels, or aliases a `label_replace` introduced. Rendering maps them
 * to the profile's label names, so one tree renders correctly under every naming profile.
 */
export abstract class Expr<L extends string = string> implements QueryExpr {
  /**
   * Type-level only: lets the compiler check `by (...)`, legends and `histogram_quantile` inputs.
   * A function type, so that `Expr<never>` (no labels) is still inferred as `never` rather than lost.
   */
  declare readonly resultLabels?: () => L;
  /** The same label names at run time, used to check binary-operator matching when rendering. */
  abstract get labels(): ReadonlySet<string>;
  /** Scalars (`3600`) combine with any vector without label matching. */
  get isScalar(): boolean {
    return false;
  }

  /** Binding strength of the outermost operator, for parenthesising operands. */
  get precedence(): number {
    return precedence.atom;
  }

  abstract write(context: RenderContext): string;

  render(profile: NamingProfile): string {
    return this.write({ profile });
  }
}

/** A PromQL double-quoted string; JSON escaping is a subset of what PromQL accepts. */
export function stringLiteral(text: string): string {
  return JSON.stringify(text);
}

/** A label name as PromQL syntax wants it in `by (...)` and matchers: quoted when it is not a classic name. */
export function labelSyntax(profile: NamingProfile, label: string): string {
  return promqlName(profile.labelName(label), 'label');
}

/** Numbers as PromQL reads them; `String` never yields locale separators. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`PromQL number must be finite, got ${value}`);
  return String(value);
}

export function sameLabels(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((label) => b.has(label));
}

export function describeLabels(labels: ReadonlySet<string>): string {
  return labels.size === 0 ? '{}' : `{${[...labels].sort().join(', ')}}`;
}
