/**
 * The typed expression tree analysis builds from lezer-promql's syntax tree. Every node carries its value type,
 * the labels its result can carry and, when known, which selectors its sample values come from.
 * Offsets are into the query text as written (substitution keeps lengths, see substitute.ts).
 */
import type { EmittedSeries } from '../naming/series.ts';
import type { AggregationSignature, FunctionSignature, ValueType } from './functions.ts';
import type { LabelSet } from './labels.ts';

export type ExprType = ValueType | 'unknown';

export interface Span {
  readonly from: number;
  readonly to: number;
}

/** A metric or label name as written, unquoted. */
export interface NameRef extends Span {
  readonly name: string;
  /** Written with a template variable (`by ($group)`): its real name is not known. */
  readonly templated: boolean;
}

export type MatchOperator = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  readonly label: NameRef;
  readonly op: MatchOperator;
  readonly value: string;
  /** Span of the string literal, quotes included. */
  readonly valueSpan: Span;
  /** The value contains a template variable (`=~"$job"`). */
  readonly templated: boolean;
}

/** Where the sample values of an expression come from, for counter and gauge rules. */
export interface SampleOrigin {
  readonly selectors: readonly SelectorExpr[];
  /** Passed through `rate`, `irate` or `increase`. */
  readonly rated: boolean;
}

export interface DurationRef extends Span {
  readonly text: string;
  /** The Grafana macro that stood there (`__rate_interval`, `__interval`, `__range`), without `$`. */
  readonly macro?: string;
  /** A dashboard variable that stood there. */
  readonly variable?: string;
}

interface Node extends Span {
  readonly type: ExprType;
  readonly labels: LabelSet;
  readonly samples?: SampleOrigin;
}

export interface SelectorExpr extends Node {
  readonly kind: 'selector';
  readonly metric?: NameRef;
  readonly matchers: readonly Matcher[];
  /** The catalog series of this name under the active naming profile. */
  readonly series?: EmittedSeries;
}

export interface MatrixExpr extends Node {
  readonly kind: 'matrix';
  readonly expr: Expr;
  readonly range: DurationRef;
}

export interface SubqueryExpr extends Node {
  readonly kind: 'subquery';
  readonly expr: Expr;
  readonly range: DurationRef;
  readonly step?: DurationRef;
}

/** `offset`, `@`, and Prometheus 3's `anchored`/`smoothed`: modifiers that keep type, labels and samples. */
export interface ModifierExpr extends Node {
  readonly kind: 'modifier';
  readonly modifier: 'offset' | 'at' | 'anchored' | 'smoothed';
  readonly expr: Expr;
  readonly offset?: DurationRef;
}

export interface CallExpr extends Node {
  readonly kind: 'call';
  readonly name: NameRef;
  readonly signature?: FunctionSignature;
  readonly args: readonly Expr[];
}

export interface Grouping extends Span {
  readonly mode: 'by' | 'without';
  readonly labels: readonly NameRef[];
}

export interface AggregateExpr extends Node {
  readonly kind: 'aggregate';
  readonly op: NameRef;
  readonly signature?: AggregationSignature;
  readonly parameter?: Expr;
  readonly expr?: Expr;
  readonly grouping?: Grouping;
}

export interface VectorMatching extends Span {
  readonly mode: 'on' | 'ignoring';
  readonly labels: readonly NameRef[];
  readonly group?: { readonly side: 'left' | 'right'; readonly labels: readonly NameRef[] };
}

export type BinaryOperator =
  | '+' | '-' | '*' | '/' | '%' | '^' | 'atan2'
  | '==' | '!=' | '>' | '<' | '>=' | '<=' | '>/' | '</'
  | 'and' | 'or' | 'unless';

export interface BinaryExpr extends Node {
  readonly kind: 'binary';
  readonly op: BinaryOperator;
  readonly opSpan: Span;
  readonly left: Expr;
  readonly right: Expr;
  readonly bool: boolean;
  readonly matching?: VectorMatching;
}

export interface UnaryExpr extends Node {
  readonly kind: 'unary';
  readonly op: '-' | '+';
  readonly expr: Expr;
}

export interface ParenExpr extends Node {
  readonly kind: 'paren';
  readonly expr: Expr;
}

export interface NumberExpr extends Node {
  readonly kind: 'number';
  readonly value: number;
}

export interface StringExpr extends Node {
  readonly kind: 'string';
  readonly value: string;
}

/** A part the parser could not make sense of (its syntax error is reported apart). */
export interface InvalidExpr extends Node {
  readonly kind: 'invalid';
}

export type Expr =
  | SelectorExpr
  | MatrixExpr
  | SubqueryExpr
  | ModifierExpr
  | CallExpr
  | AggregateExpr
  | BinaryExpr
  | UnaryExpr
  | ParenExpr
  | NumberExpr
  | StringExpr
  | InvalidExpr;

export const setOperators: ReadonlySet<BinaryOperator> = new Set(['and', 'or', 'unless']);
export const comparisonOperators: ReadonlySet<BinaryOperator> = new Set(['==', '!=', '>', '<', '>=', '<=', '>/', '</']);

/** The operands of a node, in order. */
export function childrenOf(expr: Expr): Expr[] {
  switch (expr.kind) {
    case 'matrix':
    case 'subquery':
    case 'modifier':
    case 'unary':
    case 'paren':
      return [expr.expr];
    case 'call':
      return [...expr.args];
    case 'aggregate':
      return [expr.parameter, expr.expr].filter((child): child is Expr => child !== undefined);
    case 'binary':
      return [expr.left, expr.right];
    default:
      return [];
  }
}

/** Every selector at or below `expr`. */
export function selectorsUnder(expr: Expr): SelectorExpr[] {
  const found: SelectorExpr[] = [];
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.kind === 'selector') found.push(next);
    else stack.push(...childrenOf(next));
  }
  return found;
}

/** Looks through parentheses and the modifiers that keep meaning (`offset`, `@`). */
export function unwrap(expr: Expr): Expr {
  let current = expr;
  while (current.kind === 'paren' || current.kind === 'modifier') current = current.expr;
  return current;
}

export function describeType(type: ExprType): string {
  if (type === 'vector') return 'instant vector';
  if (type === 'matrix') return 'range vector';
  return type;
}
