/**
 * One pass over a PromQL query: Grafana template substitution, lezer-promql parsing, then a typed expression
 * tree with value types, output labels and sample origins, plus syntax and type errors. Never throws.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@prometheus-io/lezer-promql';
import type { EmittedSeries, NamingContext } from '../naming/series.ts';
import { setDefined } from '../json/object.ts';
import { plural } from '../text/plural.ts';
import {
  type AggregateExpr,
  type BinaryExpr,
  type BinaryOperator,
  type CallExpr,
  comparisonOperators,
  describeType,
  type DurationRef,
  type Expr,
  type ExprType,
  type Grouping,
  type Matcher,
  type MatchOperator,
  type MatrixExpr,
  type ModifierExpr,
  type NameRef,
  type SampleOrigin,
  type SelectorExpr,
  setOperators,
  type Span,
  type SubqueryExpr,
  type VectorMatching,
} from './expr.ts';
import { aggregationSignature, arity, expectedArgument, functionSignature } from './functions.ts';
import {
  type LabelSet,
  mayCarry,
  noLabels,
  onlyLabels,
  unionOf,
  unknownLabels,
  withLabels,
  withoutLabels,
} from './labels.ts';
import { lezerCompatible } from './lexer-compat.ts';
import { checkLikePrometheus, type ExperimentalUse, literalValue } from './parser-checks.ts';
import { parsePromql } from './parse.ts';
import { matcherAccepts } from './matcher.ts';
import { compileLabelRegex } from './regex.ts';
import { type TemplateReference, substituteTemplates } from './substitute.ts';
import { unquote } from './strings.ts';

export interface Diagnostic {
  readonly from: number;
  readonly to: number;
  readonly message: string;
}

export interface QueryAnalysis {
  /** The query as written. */
  readonly text: string;
  /** After Grafana macro/variable substitution and lexer-compat.ts (what lezer parsed); same length as `text`. */
  readonly substituted: string;
  /** Grafana variable references other than built-in $__ macros: `$job`, `${job:regex}`, `[[job]]`. */
  readonly variables: readonly { readonly name: string; readonly from: number; readonly to: number }[];
  /** Every template reference, built-in macros included, with where it stood. */
  readonly references: readonly TemplateReference[];
  readonly syntaxErrors: readonly Diagnostic[];
  /**
   * Parsed without syntax errors. Rules that interpret the tree check it first: after an error the tree is
   * lezer's recovery guess, and findings on it would be noise next to the syntax error.
   */
  readonly parsed: boolean;
  /** Well-formed but meaningless to Prometheus: wrong argument types or counts, ranges on non-selectors, ... */
  readonly typeErrors: readonly Diagnostic[];
  /** Syntax Prometheus parses only behind a feature flag (duration expressions, experimental functions, ...). */
  readonly experimental: readonly ExperimentalUse[];
  /** The expression tree; absent for an empty query. */
  readonly root?: Expr;
  /** Every node, parents before children. */
  readonly nodes: readonly Expr[];
  readonly selectors: readonly SelectorExpr[];
  /** Labels the query itself creates (`label_replace`/`label_join` destinations, `count_values` labels). */
  readonly createdLabels: ReadonlySet<string>;
  readonly naming?: NamingContext;
}

const maxDepth = 400;

/** Node type id -> belongs to lezer-promql's `Expr` group; looked up per node, so precomputed. */
const isExpr: readonly boolean[] = parser.nodeSet.types.map((type) => type.is('Expr'));

/** Selector label sets depend only on the catalog series: built once per series. */
const seriesLabels = new WeakMap<EmittedSeries, LabelSet>();

function labelsOfSeries(series: EmittedSeries): LabelSet {
  let labels = seriesLabels.get(series);
  if (labels === undefined) {
    const known = new Map<string, boolean>();
    for (const [name, label] of series.labels) known.set(name, !label.optional);
    labels = { labels: known, open: false };
    seriesLabels.set(series, labels);
  }
  return labels;
}

const binaryOperators: Readonly<Record<string, BinaryOperator>> = {
  Add: '+', Sub: '-', Mul: '*', Div: '/', Mod: '%', Pow: '^', Atan2: 'atan2',
  Eql: '==', Neq: '!=', Gtr: '>', Lss: '<', Gte: '>=', Lte: '<=', TrimUpper: '</', TrimLower: '>/',
  And: 'and', Or: 'or', Unless: 'unless',
};

const matchOperators: Readonly<Record<string, MatchOperator>> = { EqlSingle: '=', Neq: '!=', EqlRegex: '=~', NeqRegex: '!~' };

class Analyzer {
  readonly syntaxErrors: Diagnostic[] = [];
  readonly typeErrors: Diagnostic[] = [];
  readonly nodes: Expr[] = [];
  readonly selectors: SelectorExpr[] = [];
  readonly createdLabels = new Set<string>();
  private depth = 0;
  /** Off inside info()'s second argument, whose label selectors Prometheus lets match the empty string. */
  private emptyMatcherCheck = true;

  /**
   * `text` is the query as written: names and messages quote it. `substituted` is what lezer parsed;
   * both have the same length, so offsets are shared.
   */
  constructor(
    private readonly text: string,
    private readonly substituted: string,
    private readonly references: readonly TemplateReference[],
    private readonly naming: NamingContext | undefined,
  ) {}

  private typeError(span: Span, message: string): void {
    this.typeErrors.push({ from: span.from, to: span.to, message });
  }

  private slice(node: Span): string {
    return this.text.slice(node.from, node.to);
  }

  private templated(span: Span): boolean {
    for (const reference of this.references) if (reference.from < span.to && reference.to > span.from) return true;
    return false;
  }

  private referenceAt(span: Span): TemplateReference | undefined {
    for (const reference of this.references) if (reference.from === span.from && reference.to === span.to) return reference;
    return undefined;
  }

  private nameRef(node: SyntaxNode): NameRef {
    // A quoted name (`"primitive.name"`) is a QuotedLabelName around a StringLiteral.
    const raw = this.slice(node);
    const name = node.name === 'QuotedLabelName' || node.name === 'StringLiteral' ? unquote(raw) : raw;
    return { name, from: node.from, to: node.to, templated: this.templated(node) };
  }

  private duration(node: SyntaxNode): DurationRef {
    const reference = this.referenceAt(node);
    const { from, to } = node;
    const text = this.slice(node);
    // Literals, not a spread of a shared base: this runs for every range and offset.
    if (reference === undefined) return { from, to, text };
    return reference.builtin ? { from, to, text, macro: reference.name } : { from, to, text, variable: reference.name };
  }

  build(node: SyntaxNode): Expr {
    this.depth += 1;
    try {
      if (this.depth > maxDepth) {
        this.typeError(node, `nested more than ${maxDepth} levels deep; not analysed further`);
        return this.invalid(node);
      }
      const expr = this.buildNode(node);
      this.nodes.push(expr);
      return expr;
    } finally {
      this.depth -= 1;
    }
  }

  private invalid(span: Span): Expr {
    return { kind: 'invalid', from: span.from, to: span.to, type: 'unknown', labels: unknownLabels };
  }

  private exprChildren(node: SyntaxNode): SyntaxNode[] {
    const children: SyntaxNode[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (isExpr[child.type.id]) children.push(child);
    }
    return children;
  }

  private firstExpr(node: SyntaxNode): Expr {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (isExpr[child.type.id]) return this.build(child);
    }
    return this.invalid(node);
  }

  private buildNode(node: SyntaxNode): Expr {
    switch (node.name) {
      case 'VectorSelector':
        return this.selector(node);
      case 'MatrixSelector':
        return this.matrix(node);
      case 'SubqueryExpr':
        return this.subquery(node);
      case 'OffsetExpr':
      case 'StepInvariantExpr':
      case 'AnchoredExpr':
      case 'SmoothedExpr':
        return this.modifier(node);
      case 'FunctionCall':
        return this.call(node);
      case 'AggregateExpr':
        return this.aggregate(node);
      case 'BinaryExpr':
        return this.binary(node);
      case 'UnaryExpr': {
        const inner = this.firstExpr(node);
        const op = this.slice(node).trimStart().startsWith('-') ? '-' : '+';
        if (inner.type === 'string' || inner.type === 'matrix') {
          this.typeError(node, `unary ${op} is only allowed on scalars and instant vectors, not on a ${describeType(inner.type)}`);
        }
        return { kind: 'unary', op, expr: inner, from: node.from, to: node.to, type: inner.type, labels: inner.labels, samples: inner.samples };
      }
      case 'ParenExpr': {
        const inner = this.firstExpr(node);
        return { kind: 'paren', expr: inner, from: node.from, to: node.to, type: inner.type, labels: inner.labels, samples: inner.samples };
      }
      case 'NumberDurationLiteral':
        return { kind: 'number', value: literalValue(this.slice(node)), from: node.from, to: node.to, type: 'scalar', labels: noLabels };
      case 'StringLiteral':
        return { kind: 'string', value: unquote(this.slice(node)), from: node.from, to: node.to, type: 'string', labels: noLabels };
      default:
        return this.invalid(node);
    }
  }

  private selector(node: SyntaxNode): SelectorExpr {
    let metric: NameRef | undefined;
    const matchers: Matcher[] = [];
    for (let part = node.firstChild; part !== null; part = part.nextSibling) {
      if (part.name === 'Identifier') metric = this.nameRef(part);
      if (part.name !== 'LabelMatchers') continue;
      for (let item = part.firstChild; item !== null; item = item.nextSibling) {
        if (item.name === 'QuotedLabelName') {
          if (metric === undefined) metric = this.nameRef(item);
          else this.typeError(item, 'a selector names its metric only once');
          continue;
        }
        if (item.name !== 'UnquotedLabelMatcher' && item.name !== 'QuotedLabelMatcher') continue;
        // One walk of the matcher's children: every step of a walk builds a node object.
        let labelName: SyntaxNode | null = null;
        let quotedName: SyntaxNode | null = null;
        let matchOp: SyntaxNode | null = null;
        let value: SyntaxNode | null = null;
        for (let child = item.firstChild; child !== null; child = child.nextSibling) {
          const name = child.name;
          if (name === 'LabelName') labelName ??= child;
          else if (name === 'QuotedLabelName') quotedName ??= child;
          else if (name === 'MatchOp') matchOp ??= child;
          else if (name === 'StringLiteral') value ??= child;
        }
        const label = labelName ?? quotedName;
        const op = matchOp?.firstChild;
        if (label === null || op === null || op === undefined || value === null) continue;
        const valueSpan = { from: value.from, to: value.to };
        matchers.push({
          label: this.nameRef(label),
          op: matchOperators[op.name] ?? '=',
          value: unquote(this.slice(value)),
          valueSpan,
          templated: this.templated(valueSpan),
        });
      }
    }
    // Prometheus compiles regex matchers as it parses (Go's RE2 syntax): a pattern Go rejects fails the whole query.
    for (const matcher of matchers) {
      if ((matcher.op !== '=~' && matcher.op !== '!~') || matcher.templated) continue;
      const compiled = compileLabelRegex(matcher.value);
      if (!compiled.ok) this.syntaxErrors.push({ ...matcher.valueSpan, message: `invalid regular expression: ${compiled.error}` });
    }
    const nameMatcher = matchers.find((matcher) => matcher.label.name === '__name__' && matcher.op === '=');
    if (metric === undefined && nameMatcher !== undefined) {
      metric = { name: nameMatcher.value, ...nameMatcher.valueSpan, templated: nameMatcher.templated };
    }
    if (this.emptyMatcherCheck && metric === undefined && !matchers.some((matcher) => matcherAccepts(matcher, '') === false)) {
      this.typeError(node, 'a selector needs a metric name or at least one matcher that does not match the empty string');
    }
    const series = metric === undefined || metric.templated ? undefined : this.naming?.active.series.get(metric.name);
    let labels = series === undefined ? unknownLabels : labelsOfSeries(series);
    // Equality matchers on a non-empty value guarantee the label on every result series.
    const required: string[] = [];
    for (const matcher of matchers) {
      const name = matcher.label.name;
      if (matcher.op !== '=' || matcher.value === '' || name === '__name__' || labels.labels.get(name) === true) continue;
      if (mayCarry(labels, name)) required.push(name);
    }
    if (required.length > 0) labels = withLabels(labels, required, true);
    const origin: SelectorExpr[] = [];
    const selector: SelectorExpr = {
      kind: 'selector',
      matchers,
      from: node.from,
      to: node.to,
      type: 'vector',
      labels,
      samples: { selectors: origin, rated: false },
    };
    setDefined(selector, 'metric', metric);
    setDefined(selector, 'series', series);
    origin.push(selector);
    this.selectors.push(selector);
    return selector;
  }

  private matrix(node: SyntaxNode): Expr {
    const inner = this.firstExpr(node);
    const range = childNamed(node, 'DurationExpr');
    if (inner.kind === 'binary') {
      // As for subqueries: Prometheus binds the range to the right-hand operand, not to the whole expression.
      this.typeError(node, `binary \`${inner.op}\` is only allowed on scalars and instant vectors, and the range applies to its right-hand operand`);
    } else if (inner.kind !== 'selector' && inner.kind !== 'invalid') {
      this.typeError(node, `ranges are only allowed on vector selectors, not on ${describeExpr(inner)}; use a subquery \`[range:]\``);
    }
    const matrix: MatrixExpr = {
      kind: 'matrix',
      expr: inner,
      range: range === null ? { from: node.to, to: node.to, text: '' } : this.duration(range),
      from: node.from,
      to: node.to,
      type: 'matrix',
      labels: inner.labels,
    };
    setDefined(matrix, 'samples', inner.samples);
    return matrix;
  }

  private subquery(node: SyntaxNode): Expr {
    const inner = this.firstExpr(node);
    const durations = node.getChildren('DurationExpr');
    if (inner.kind === 'binary') {
      // lezer attaches `[range:step]` after `a - b` to the whole expression; Prometheus binds it to `b`,
      // which makes a binary operation on a range vector.
      this.typeError(
        node,
        `binary \`${inner.op}\` is only allowed on scalars and instant vectors, and the subquery range applies to its right-hand operand; put the whole expression in parentheses to take a subquery of it`,
      );
    } else if (inner.type !== 'vector' && inner.type !== 'unknown') {
      this.typeError(node, `subqueries are only allowed on instant vectors, not on a ${describeType(inner.type)}`);
    }
    const range = durations[0];
    const step = durations[1];
    const subquery: SubqueryExpr = {
      kind: 'subquery',
      expr: inner,
      range: range === undefined ? { from: node.to, to: node.to, text: '' } : this.duration(range),
      from: node.from,
      to: node.to,
      type: 'matrix',
      labels: inner.labels,
    };
    setDefined(subquery, 'step', step === undefined ? undefined : this.duration(step));
    setDefined(subquery, 'samples', inner.samples);
    return subquery;
  }

  private modifier(node: SyntaxNode): Expr {
    const inner = this.firstExpr(node);
    const modifier =
      node.name === 'OffsetExpr' ? 'offset' : node.name === 'StepInvariantExpr' ? 'at' : node.name === 'AnchoredExpr' ? 'anchored' : 'smoothed';
    if (modifier === 'offset' || modifier === 'at') {
      let target = inner;
      // lezer attaches a trailing `offset`/`@` to a whole binary expression; Prometheus binds it to the
      // right-most operand (`a - b offset 1d` offsets `b`), so that operand is what must be a selector.
      // Unary minus binds looser than modifiers in Prometheus: `-metric @ 100` is `-(metric @ 100)`.
      while (target.kind === 'binary' || target.kind === 'unary' || target.kind === 'modifier') {
        target = target.kind === 'binary' ? target.right : target.expr;
      }
      if (target.kind !== 'selector' && target.kind !== 'matrix' && target.kind !== 'subquery' && target.kind !== 'invalid') {
        this.typeError(node, `\`${modifier === 'at' ? '@' : 'offset'}\` must follow a selector or a subquery, not ${describeExpr(target)}`);
      }
    }
    const offset = childNamed(node, 'OffsetDurationExpr');
    const modified: ModifierExpr = { kind: 'modifier', modifier, expr: inner, from: node.from, to: node.to, type: inner.type, labels: inner.labels };
    setDefined(modified, 'offset', offset === null ? undefined : this.duration(offset));
    setDefined(modified, 'samples', inner.samples);
    return modified;
  }

  private call(node: SyntaxNode): Expr {
    let identifier: SyntaxNode | null = null;
    let body: SyntaxNode | null = null;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.name === 'FunctionIdentifier') identifier ??= child;
      else if (child.name === 'FunctionCallBody') body ??= child;
    }
    const name: NameRef = identifier === null ? { name: '', from: node.from, to: node.from, templated: false } : this.nameRef(identifier);
    const args = body === null ? [] : this.exprChildren(body).map((child, index) => (name.name === 'info' && index === 1 ? this.labelSelectors(child) : this.build(child)));
    const signature = functionSignature(name.name);
    const span = { from: node.from, to: node.to };
    if (signature === undefined) {
      this.typeError(name, `unknown function \`${name.name}\``);
      return { kind: 'call', name, args, ...span, type: 'unknown', labels: unknownLabels };
    }
    const { min, max } = arity(signature);
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      this.typeError(span, `${name.name}() takes ${expected} argument${expected === '1' ? '' : 's'}, got ${args.length}`);
    }
    args.forEach((arg, index) => {
      const expected = expectedArgument(signature, index);
      if (expected === undefined || arg.type === 'unknown' || arg.type === expected) return;
      this.typeError(arg, `argument ${index + 1} of ${name.name}() must be a ${describeType(expected)}, got a ${describeType(arg.type)}`);
    });
    const input = args.find((arg) => arg.type === 'vector' || arg.type === 'matrix' || arg.type === 'unknown');
    const labels = this.callLabels(name.name, signature.labels, args, input);
    let samples: SampleOrigin | undefined;
    if (signature.samples === 'rate' && input?.samples !== undefined) samples = { selectors: input.samples.selectors, rated: true };
    if (signature.samples === 'pass') samples = input?.samples;
    const call: CallExpr = { kind: 'call', name, signature, args, from: span.from, to: span.to, type: signature.returns, labels };
    setDefined(call, 'samples', samples);
    return call;
  }

  private labelSelectors(node: SyntaxNode): Expr {
    this.emptyMatcherCheck = false;
    try {
      return this.build(node);
    } finally {
      this.emptyMatcherCheck = true;
    }
  }

  private callLabels(name: string, effect: string, args: readonly Expr[], input: Expr | undefined): LabelSet {
    if (effect === 'none') return noLabels;
    if (effect === 'absent') {
      const selector = args[0]?.kind === 'matrix' ? args[0].expr : args[0];
      if (selector?.kind !== 'selector') return noLabels;
      const equal = selector.matchers.filter((matcher) => matcher.op === '=' && matcher.label.name !== '__name__');
      return { labels: new Map(equal.map((matcher) => [matcher.label.name, true])), open: false };
    }
    let labels = input?.labels ?? unknownLabels;
    if (effect === 'drop-le') labels = withoutLabels(labels, ['le']);
    const destination = args[1]?.kind === 'string' ? args[1].value : undefined;
    if ((name === 'label_replace' || name === 'label_join') && destination !== undefined) {
      this.createdLabels.add(destination);
      labels = withLabels(labels, [destination], false);
    }
    return labels;
  }

  private grouping(node: SyntaxNode | null): Grouping | undefined {
    if (node === null) return undefined;
    const mode = childNamed(node, 'Without') === null ? 'by' : 'without';
    return { mode, labels: this.groupingLabels(childNamed(node, 'GroupingLabels')), from: node.from, to: node.to };
  }

  private groupingLabels(node: SyntaxNode | null): NameRef[] {
    const labels: NameRef[] = [];
    if (node === null) return labels;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.name === 'LabelName' || child.name === 'QuotedLabelName') labels.push(this.nameRef(child));
    }
    return labels;
  }

  private aggregate(node: SyntaxNode): Expr {
    let opNode: SyntaxNode | null = null;
    let modifier: SyntaxNode | null = null;
    let body: SyntaxNode | null = null;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      const name = child.name;
      if (name === 'AggregateOp') opNode ??= child;
      else if (name === 'AggregateModifier') modifier ??= child;
      else if (name === 'FunctionCallBody') body ??= child;
    }
    const op: NameRef = opNode === null ? { name: '', from: node.from, to: node.from, templated: false } : this.nameRef(opNode);
    const signature = aggregationSignature(op.name);
    const grouping = this.grouping(modifier);
    const args = body === null ? [] : this.exprChildren(body).map((child) => this.build(child));
    const span = { from: node.from, to: node.to };
    const wanted = signature?.parameter === undefined ? 1 : 2;
    if (args.length !== wanted) this.typeError(span, `${op.name}() takes ${plural(wanted, 'argument')}, got ${args.length}`);
    const parameter = signature?.parameter === undefined ? undefined : args[0];
    const inner = args[wanted - 1];
    if (parameter !== undefined && signature?.parameter !== undefined && parameter.type !== 'unknown' && parameter.type !== signature.parameter) {
      this.typeError(parameter, `the parameter of ${op.name}() must be a ${describeType(signature.parameter)}, got a ${describeType(parameter.type)}`);
    }
    if (inner !== undefined && inner.type !== 'vector' && inner.type !== 'unknown') {
      this.typeError(inner, `${op.name}() aggregates an instant vector, got a ${describeType(inner.type)}`);
    }
    const input = inner?.labels ?? unknownLabels;
    let labels: LabelSet;
    if (signature?.labels === 'keep') {
      labels = input;
    } else {
      const reduction = this.reductionSpan(op, grouping, body);
      if (grouping?.mode === 'without') {
        const removed = grouping.labels.map((label) => label.name);
        const kept = withoutLabels(input, removed);
        labels = { labels: kept.labels, open: kept.open, reducedBy: { from: reduction.from, to: reduction.to, by: reduction.by, input, without: new Set(removed) } };
      } else {
        labels = onlyLabels(input, grouping?.labels.filter((label) => !label.templated).map((label) => label.name) ?? [], reduction);
        // `by ($group)`: the dashboard decides which label, so anything the input carries may remain.
        if (grouping?.labels.some((label) => label.templated) === true) labels = { ...labels, labels: input.labels, open: input.open };
      }
      if (op.name === 'count_values' && parameter?.kind === 'string') {
        this.createdLabels.add(parameter.value);
        labels = withLabels(labels, [parameter.value], true);
      }
    }
    const samples = signature?.counts === true ? undefined : inner?.samples;
    const result: AggregateExpr = { kind: 'aggregate', op, from: span.from, to: span.to, type: 'vector', labels };
    setDefined(result, 'signature', signature);
    setDefined(result, 'parameter', parameter);
    setDefined(result, 'expr', inner);
    setDefined(result, 'grouping', grouping);
    setDefined(result, 'samples', samples);
    return result;
  }

  /** Where an aggregation says what it keeps, for messages: `sum by (job)`, or the `by (job)` after its body. */
  private reductionSpan(op: NameRef, grouping: Grouping | undefined, body: Span | null): Span & { by: string } {
    if (grouping === undefined) return { from: op.from, to: op.to, by: op.name };
    if (body !== null && grouping.from > body.from) return { from: grouping.from, to: grouping.to, by: `${op.name} ${this.slice(grouping)}` };
    return { from: op.from, to: grouping.to, by: this.text.slice(op.from, grouping.to) };
  }

  private matching(node: SyntaxNode | null): VectorMatching | undefined {
    if (node === null) return undefined;
    const groups: SyntaxNode[] = [];
    let groupLeft = false;
    let groupRight = false;
    let on = false;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      const name = child.name;
      if (name === 'GroupingLabels') groups.push(child);
      else if (name === 'GroupLeft') groupLeft = true;
      else if (name === 'GroupRight') groupRight = true;
      else if (name === 'On') on = true;
    }
    const side = groupLeft ? 'left' : groupRight ? 'right' : undefined;
    const matching: VectorMatching = { mode: on ? 'on' : 'ignoring', labels: this.groupingLabels(groups[0] ?? null), from: node.from, to: node.to };
    setDefined(matching, 'group', side === undefined ? undefined : { side, labels: this.groupingLabels(groups[1] ?? null) });
    return matching;
  }

  /**
   * A binary expression. Its left operand is often another one (`a or b or c` reads `(a or b) or c`): that chain is
   * followed in a loop, so that a 1,000-term chain is neither a deep recursion nor "nested too deeply".
   */
  private binary(node: SyntaxNode): Expr {
    const chain: SyntaxNode[] = [node];
    for (let inner = this.exprChildren(node)[0]; inner?.name === 'BinaryExpr'; inner = this.exprChildren(inner)[0]) chain.push(inner);
    const innermost = chain[chain.length - 1]!;
    const first = this.exprChildren(innermost)[0];
    let left = first === undefined ? this.invalid(innermost) : this.build(first);
    for (let index = chain.length - 1; index >= 0; index--) {
      left = this.binaryWithLeft(chain[index]!, left);
      // build() records the outermost one; the inner ones are recorded here, as build() would have.
      if (index > 0) this.nodes.push(left);
    }
    return left;
  }

  private binaryWithLeft(node: SyntaxNode, left: Expr): Expr {
    // One walk of the children for the operands, the operator and the modifiers.
    const operands: SyntaxNode[] = [];
    let opNode: SyntaxNode | undefined;
    let bool = false;
    let matchingNode: SyntaxNode | null = null;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      const name = child.name;
      if (isExpr[child.type.id]) operands.push(child);
      else if (opNode === undefined && binaryOperators[name] !== undefined) opNode = child;
      else if (name === 'BoolModifier') bool = true;
      else if (name === 'MatchingModifierClause') matchingNode ??= child;
    }
    const right = operands[1] === undefined ? this.invalid({ from: node.to, to: node.to }) : this.build(operands[1]);
    const op = opNode === undefined ? '+' : binaryOperators[opNode.name]!;
    const opSpan = opNode === undefined ? { from: node.from, to: node.from } : { from: opNode.from, to: opNode.to };
    const matching = this.matching(matchingNode);
    const span = { from: node.from, to: node.to };
    const isSet = setOperators.has(op);
    const isComparison = comparisonOperators.has(op);
    for (const operand of [left, right]) {
      if (operand.type === 'string' || operand.type === 'matrix') {
        this.typeError(operand, `binary \`${op}\` is only allowed on scalars and instant vectors, not on a ${describeType(operand.type)}`);
      }
    }
    if (isSet && (left.type === 'scalar' || right.type === 'scalar')) {
      this.typeError(span, `\`${op}\` is only defined between instant vectors`);
    }
    if (isComparison && left.type === 'scalar' && right.type === 'scalar' && !bool) {
      this.typeError(opSpan, `comparisons between scalars need the \`bool\` modifier`);
    }
    if (bool && !isComparison) this.typeError(opSpan, '`bool` is only allowed on comparison operators');
    const bothVectors = left.type !== 'scalar' && right.type !== 'scalar';
    if (matching !== undefined && !bothVectors) this.typeError(matching, 'vector matching is only allowed between instant vectors');
    const type: ExprType =
      left.type === 'scalar' && right.type === 'scalar' ? 'scalar' : left.type === 'unknown' || right.type === 'unknown' ? 'unknown' : 'vector';
    const labels = this.binaryLabels(op, left, right, matching);
    const samples = this.binarySamples(op, left, right, bool);
    const result: BinaryExpr = { kind: 'binary', op, opSpan, left, right, bool, from: span.from, to: span.to, type, labels };
    setDefined(result, 'matching', matching);
    setDefined(result, 'samples', samples);
    return result;
  }

  private binaryLabels(op: BinaryOperator, left: Expr, right: Expr, matching: VectorMatching | undefined): LabelSet {
    if (left.type === 'scalar' && right.type === 'scalar') return noLabels;
    if (left.type === 'scalar') return right.labels;
    if (right.type === 'scalar') return left.labels;
    if (op === 'or') return unionOf(left.labels, right.labels);
    if (op === 'and' || op === 'unless') return left.labels;
    const group = matching?.group;
    if (group !== undefined) {
      const [many, one] = group.side === 'left' ? [left, right] : [right, left];
      const included = group.labels.map((label) => label.name);
      return included.length === 0 ? many.labels : withLabels(many.labels, included, one.labels.open ? false : included.every((label) => one.labels.labels.get(label) === true));
    }
    if (matching?.labels.some((label) => label.templated) === true) return { ...left.labels, open: true };
    if (matching?.mode === 'on') return onlyLabels(left.labels, matching.labels.map((label) => label.name));
    if (matching?.mode === 'ignoring') return withoutLabels(left.labels, matching.labels.map((label) => label.name));
    return left.labels;
  }

  private binarySamples(op: BinaryOperator, left: Expr, right: Expr, bool: boolean): SampleOrigin | undefined {
    if (op === 'or') {
      if (left.samples === undefined) return right.samples;
      if (right.samples === undefined || right.samples.rated !== left.samples.rated) return right.samples === undefined ? left.samples : undefined;
      return { selectors: [...left.samples.selectors, ...right.samples.selectors], rated: left.samples.rated };
    }
    if (op === 'and' || op === 'unless') return left.samples;
    if (comparisonOperators.has(op)) return bool ? undefined : left.type === 'scalar' ? right.samples : left.samples;
    // Scaling by a constant keeps the meaning of the values (`rate(x[5m]) * 60`).
    if (right.type === 'scalar' && right.samples === undefined) return left.samples;
    if (left.type === 'scalar' && left.samples === undefined) return right.samples;
    return undefined;
  }

  /** Where the last error node lezer inserted began: nested error nodes at one place make one message. */
  private lastErrorFrom = -1;

  /** An error node lezer inserted while recovering (in tree order), as a readable message. */
  addSyntaxError(from: number, to: number): void {
    if (from === this.lastErrorFrom) return;
    this.lastErrorFrom = from;
    this.syntaxErrors.push({ from, to: Math.max(to, Math.min(from + 1, this.text.length)), message: this.syntaxMessage(from, to) });
  }

  private syntaxMessage(from: number, to: number): string {
    if (from < to) {
      const unexpected = this.text.slice(from, to);
      const dotted = unexpected.startsWith('.') && /[A-Za-z0-9_]$/.test(this.text.slice(0, from));
      const hint = dotted ? ': names with dots must be quoted, as in {"service.name"="x"} or by ("service.name")' : '';
      return `unexpected \`${abbreviate(unexpected)}\`${hint}`;
    }
    const rest = this.text.slice(from).trimStart();
    if (rest === '') {
      const unclosed = unclosedBrackets(this.substituted);
      return unclosed === '' ? 'unexpected end of query' : `unexpected end of query: missing \`${unclosed}\``;
    }
    const token = /^(?:[A-Za-z_:][\w:]*|\d[\w.]*|"[^"]*"?|.)/.exec(rest)?.[0] ?? rest[0];
    return `unexpected \`${abbreviate(token!)}\``;
  }
}

const closers: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** The closing brackets an unterminated query still needs, innermost first (string literals skipped). */
function unclosedBrackets(text: string): string {
  const open: string[] = [];
  let quote: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote !== undefined) {
      if (char === '\\' && quote !== '`') index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (closers[char] !== undefined) open.push(closers[char]!);
    else if ((char === ')' || char === ']' || char === '}') && open[open.length - 1] === char) open.pop();
  }
  return open.reverse().join('');
}

/** The first direct child of a name; lezer's getChild collects every match into an array first. */
function childNamed(node: SyntaxNode, name: string): SyntaxNode | null {
  for (let next = node.firstChild; next !== null; next = next.nextSibling) if (next.name === name) return next;
  return null;
}

function abbreviate(text: string): string {
  return text.length > 30 ? `${text.slice(0, 27)}...` : text;
}

function describeExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'call':
      return `a call of ${expr.name.name}()`;
    case 'aggregate':
      return `an aggregation (${expr.op.name})`;
    case 'binary':
      return 'a binary expression';
    case 'number':
      return 'a number';
    case 'string':
      return 'a string';
    case 'paren':
      return 'a parenthesised expression';
    default:
      return `a ${expr.kind}`;
  }
}

function emptyAnalysis(text: string, substituted: string, references: readonly TemplateReference[], naming: NamingContext | undefined, error?: Diagnostic): QueryAnalysis {
  return {
    text,
    substituted,
    variables: variablesOf(references),
    references,
    syntaxErrors: [],
    parsed: false,
    typeErrors: error === undefined ? [] : [error],
    experimental: [],
    nodes: [],
    selectors: [],
    createdLabels: new Set(),
    ...(naming === undefined ? {} : { naming }),
  };
}

function variablesOf(references: readonly TemplateReference[]): QueryAnalysis['variables'] {
  return references.filter((reference) => !reference.builtin).map(({ name, from, to }) => ({ name, from, to }));
}

export function analyzeQuery(text: string, naming?: NamingContext): QueryAnalysis {
  const source = typeof text === 'string' ? text : String(text);
  let substituted = source;
  let references: readonly TemplateReference[] = [];
  try {
    ({ text: substituted, references } = substituteTemplates(source));
    const compatible = lezerCompatible(substituted);
    substituted = compatible.text;
    const tree = parsePromql(substituted);
    const analyzer = new Analyzer(source, substituted, references, naming);
    const checks = checkLikePrometheus(tree, substituted, source, (from, to) => analyzer.addSyntaxError(from, to));
    analyzer.syntaxErrors.push(...checks.syntaxErrors);
    let root: Expr | undefined;
    for (let child = tree.topNode.firstChild; child !== null; child = child.nextSibling) {
      if (isExpr[child.type.id]) {
        root = analyzer.build(child);
        break;
      }
    }
    const analysis: QueryAnalysis = {
      text: source,
      substituted,
      variables: variablesOf(references),
      references,
      syntaxErrors: analyzer.syntaxErrors,
      parsed: analyzer.syntaxErrors.length === 0,
      typeErrors: [...analyzer.typeErrors, ...checks.typeErrors],
      experimental: [...compatible.experimental, ...checks.experimental],
      nodes: analyzer.nodes.reverse(),
      selectors: analyzer.selectors,
      createdLabels: analyzer.createdLabels,
    };
    setDefined(analysis, 'root', root);
    setDefined(analysis, 'naming', naming);
    return analysis;
  } catch (error) {
    // lezer builds its tree recursively: absurd nesting can exhaust the stack, most easily in worker threads.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      const tooDeep = { from: 0, to: source.length, message: 'the query is nested too deeply to parse' };
      return { ...emptyAnalysis(source, substituted, references, naming), syntaxErrors: [tooDeep] };
    }
    // Any other failure is a defect in analysis; report it on the query rather than take the linter down.
    const message = error instanceof Error ? error.message : String(error);
    return emptyAnalysis(source, substituted, references, naming, { from: 0, to: source.length, message: `could not analyse this query: ${message}` });
  }
}
