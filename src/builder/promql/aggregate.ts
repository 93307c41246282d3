import { Expr, labelSyntax, numberLiteral, type RenderContext } from './expr.ts';

type Operator = 'sum' | 'avg' | 'min' | 'max' | 'count';

/** `sum(...)`, and `sum by (labels) (...)` through `.by(...)`; the labels are those the input carries. */
export class Aggregation<In extends string, Out extends string> extends Expr<Out> {
  readonly labels: ReadonlySet<string>;

  constructor(
    private readonly operator: Operator,
    private readonly input: Expr<In>,
    private readonly grouping: readonly string[],
  ) {
    super();
    const missing = grouping.filter((label) => !input.labels.has(label));
    if (missing.length > 0)
      throw new Error(`${operator} by (${missing.join(', ')}): the input does not carry these labels`);
    this.labels = new Set(grouping);
  }

  by<G extends In>(...labels: [G, ...G[]]): Aggregation<In, G> {
    return new Aggregation<In, G>(this.operator, this.input, labels);
  }

  write(context: RenderContext): string {
    const input = this.input.write(context);
    if (this.grouping.length === 0) return `${this.operator}(${input})`;
    const by = this.grouping.map((label) => labelSyntax(context.profile, label)).join(', ');
    return `${this.operator} by (${by}) (${input})`;
  }
}

export const sum = <L extends string>(input: Expr<L>) => new Aggregation<L, never>('sum', input, []);
export const avg = <L extends string>(input: Expr<L>) => new Aggregation<L, never>('avg', input, []);
export const min = <L extends string>(input: Expr<L>) => new Aggregation<L, never>('min', input, []);
export const max = <L extends string>(input: Expr<L>) => new Aggregation<L, never>('max', input, []);
export const count = <L extends string>(input: Expr<L>) => new Aggregation<L, never>('count', input, []);

class Ranking<L extends string> extends Expr<L> {
  constructor(
    private readonly operator: 'topk' | 'bottomk',
    private readonly k: number,
    private readonly input: Expr<L>,
  ) {
    super();
  }

  get labels(): ReadonlySet<string> {
    return this.input.labels;
  }

  write(context: RenderContext): string {
    return `${this.operator}(${numberLiteral(this.k)}, ${this.input.write(context)})`;
  }
}

/** The `k` largest series; the result keeps the input's labels. */
export const topk = <L extends string>(k: number, input: Expr<L>): Expr<L> => new Ranking('topk', k, input);
export const bottomk = <L extends string>(k: number, input: Expr<L>): Expr<L> => new Ranking('bottomk', k, input);
