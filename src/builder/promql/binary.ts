import { describeLabels, Expr, labelSyntax, precedence, type RenderContext, sameLabels } from './expr.ts';
import { constant, vector } from './functions.ts';

type ArithmeticOp = '+' | '-' | '*' | '/';
type SetOp = 'or' | 'and' | 'unless';
type Operator = ArithmeticOp | SetOp;
type OperatorKind = 'arithmetic' | 'set';

const isSetOperator = (operator: Operator): operator is SetOp =>
  operator === 'or' || operator === 'and' || operator === 'unless';

const precedenceOf: Readonly<Record<Operator, number>> = {
  '+': precedence.additive,
  '-': precedence.additive,
  '*': precedence.multiplicative,
  '/': precedence.multiplicative,
  or: precedence.or,
  and: precedence.andUnless,
  unless: precedence.andUnless,
};

interface Matching {
  readonly kind: 'on' | 'ignoring';
  readonly labels: readonly string[];
  /** Present for many-to-one matching: labels copied from the right-hand side. */
  readonly groupLeft?: readonly string[];
}

type Operand<L extends string> = Expr<L> | number;

const toExpr = <L extends string>(operand: Operand<L>): Expr<L> =>
  typeof operand === 'number' ? (constant(operand) as Expr<L>) : operand;

/**
 * A binary operation. Label matching is checked when the query renders (so that `.on(...)` can follow
 * the constructor): vector/vector arithmetic without `on`/`ignoring` needs equal label sets.
 */
export class Binary<
  Left extends string,
  Right extends string,
  Out extends string,
  Kind extends OperatorKind = OperatorKind,
> extends Expr<Out> {
  /** Type-level only: set operators take no group_left. */
  declare readonly operatorKind?: () => Kind;

  constructor(
    private readonly operator: Operator,
    private readonly left: Expr<Left>,
    private readonly right: Expr<Right>,
    private readonly matching?: Matching,
  ) {
    super();
  }

  override get precedence(): number {
    return precedenceOf[this.operator];
  }

  override get isScalar(): boolean {
    return this.left.isScalar && this.right.isScalar;
  }

  /** `on (labels)`: match on these labels only. For arithmetic the result keeps only them (unless `group_left`). */
  on<G extends Left & Right>(...labels: G[]): Binary<Left, Right, Kind extends 'set' ? Out : G, Kind> {
    return new Binary(this.operator, this.left, this.right, { kind: 'on', labels });
  }

  /** `ignoring (labels)`: match on every label but these. */
  ignoring<G extends Left | Right>(
    ...labels: [G, ...G[]]
  ): Binary<Left, Right, Kind extends 'set' ? Out : Exclude<Out, G>, Kind> {
    return new Binary(this.operator, this.left, this.right, { kind: 'ignoring', labels });
  }

  /** `group_left (labels)`: many left series per right series; the result keeps the left labels plus `labels`. */
  groupLeft<I extends Right = never>(
    this: Binary<Left, Right, Out, 'arithmetic'>,
    ...labels: I[]
  ): Binary<Left, Right, Left | I, 'arithmetic'> {
    if (this.matching === undefined) throw new Error('group_left needs on(...) or ignoring(...) first');
    if (isSetOperator(this.operator)) throw new Error(`group_left does not apply to ${this.operator}`);
    return new Binary(this.operator, this.left, this.right, { ...this.matching, groupLeft: labels });
  }

  get labels(): ReadonlySet<string> {
    const { left, right, matching } = this;
    if (left.isScalar) return right.labels;
    if (right.isScalar || this.operator === 'and' || this.operator === 'unless') return left.labels;
    if (this.operator === 'or') return new Set([...left.labels, ...right.labels]);
    if (matching === undefined) return left.labels;
    if (matching.groupLeft !== undefined) return new Set([...left.labels, ...matching.groupLeft]);
    if (matching.kind === 'on') return new Set(matching.labels);
    return new Set([...left.labels].filter((label) => !matching.labels.includes(label)));
  }

  write(context: RenderContext): string {
    this.checkMatching();
    const side = (operand: Expr, isRight: boolean) => {
      const text = operand.write(context);
      const loose = operand.precedence < this.precedence || (isRight && operand.precedence === this.precedence);
      return loose ? `(${text})` : text;
    };
    return `${side(this.left, false)} ${this.operator}${this.modifier(context)} ${side(this.right, true)}`;
  }

  private modifier(context: RenderContext): string {
    if (this.matching === undefined) return '';
    const list = (labels: readonly string[]) => labels.map((label) => labelSyntax(context.profile, label)).join(', ');
    const { kind, labels, groupLeft } = this.matching;
    const group = groupLeft === undefined ? '' : ` group_left${groupLeft.length > 0 ? ` (${list(groupLeft)})` : ''}`;
    return ` ${kind} (${list(labels)})${group}`;
  }

  private checkMatching(): void {
    const { left, right, matching, operator } = this;
    if (left.isScalar || right.isScalar) {
      if (matching !== undefined) throw new Error(`${operator} with a scalar takes no on/ignoring`);
      return;
    }
    if (operator === 'or' && matching === undefined) {
      if ((left.labels.size === 0) !== (right.labels.size === 0)) {
        throw new Error(
          'or: one side has labels and the other none, which adds a label-less series to a grouped result; ' +
            'fill missing groups with or(x, mul(like, 0)) instead',
        );
      }
      return;
    }
    const compared = (labels: ReadonlySet<string>) => {
      if (matching === undefined) return labels;
      if (matching.kind === 'on') return new Set(matching.labels);
      return new Set([...labels].filter((label) => !matching.labels.includes(label)));
    };
    if (matching?.kind === 'on') {
      const missing = matching.labels.filter((label) => !left.labels.has(label) || !right.labels.has(label));
      if (missing.length > 0) throw new Error(`on (${missing.join(', ')}): not carried by both sides of ${operator}`);
      return;
    }
    if (matching?.groupLeft !== undefined) return;
    const leftLabels = compared(left.labels);
    const rightLabels = compared(right.labels);
    if (!sameLabels(leftLabels, rightLabels)) {
      throw new Error(
        `${operator}: the sides carry different labels, ${describeLabels(leftLabels)} and ${describeLabels(rightLabels)}; ` +
          'aggregate them alike or use on(...)/ignoring(...)',
      );
    }
  }
}

const make =
  (operator: ArithmeticOp) =>
  <A extends string = never, B extends string = never>(
    left: Operand<A>,
    right: Operand<B>,
  ): Binary<A, B, [A] extends [never] ? B : A, 'arithmetic'> =>
    new Binary(operator, toExpr(left), toExpr(right));

export const add = make('+');
export const sub = make('-');
export const mul = make('*');
export const div = make('/');

/** `a or b`: every series of `a`, plus those of `b` whose labels `a` has no series for. */
export function or<A extends string, B extends string>(left: Expr<A>, right: Expr<B>): Binary<A, B, A | B, 'set'> {
  return new Binary('or', left, right);
}

/** `x or vector(0)`: 0 when `x` has no data. Only for label-less `x`, where "no series" means "nothing counted". */
export function orZero(expr: Expr<never>): Expr<never> {
  return or(expr, vector(0));
}

/** `a unless b`: the series of `a` that `b` has no match for. */
export function unless<A extends string, B extends string>(left: Expr<A>, right: Expr<B>): Binary<A, B, A, 'set'> {
  return new Binary('unless', left, right);
}

/** `a and b`: the series of `a` that `b` has a match for. */
export function and<A extends string, B extends string>(left: Expr<A>, right: Expr<B>): Binary<A, B, A, 'set'> {
  return new Binary('and', left, right);
}
