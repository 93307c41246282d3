/**
 * The checks Prometheus's Go parser makes (promql/parser: lex.go, parse.go, generated_parser.y, as of 3.14) that
 * lezer-promql's grammar does not: string escapes, numbers and durations out of range, ranges that are not
 * positive, `@` timestamps out of bounds, `offset`/`@` given twice, a metric name given twice, grouping modifiers
 * or `fill(...)` on set operators, a label both in `on(...)` and `group_*(...)`, and `info()`'s label-selector
 * argument.
 * Syntax that Prometheus parses only behind a feature flag is returned as experimental uses naming the flag.
 * Walks lezer's tree with a cursor (no recursion). Messages follow Prometheus's wording.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@prometheus-io/lezer-promql';
import type { Diagnostic } from './analyze.ts';
import { aggregationSignature, functionSignature } from './functions.ts';
import { unquote } from './strings.ts';

/** The `--enable-feature` flag that makes Prometheus 3 parse a piece of experimental syntax. */
export type PrometheusFeature =
  | 'promql-experimental-functions'
  | 'promql-duration-expr'
  | 'promql-extended-range-selectors'
  | 'promql-binop-fill-modifiers';

export interface ExperimentalUse extends Diagnostic {
  readonly feature: PrometheusFeature;
}

export interface ParserCheckResult {
  /** Lexical errors: escapes, number and duration literals. */
  readonly syntaxErrors: Diagnostic[];
  /** Well-formed but rejected by Prometheus's parser. */
  readonly typeErrors: Diagnostic[];
  readonly experimental: ExperimentalUse[];
}

/** `durationLiteralOutOfRange` in parse.go: seconds that overflow a time.Duration (int64 nanoseconds). */
const maxDurationSeconds = 2 ** 63 / 1e9;
/** `setTimestamp` in parse.go: an `@` timestamp must fit an int64. */
const maxTimestamp = 2 ** 63;

const durationUnitSeconds: Readonly<Record<string, number>> = { y: 31536000, w: 604800, d: 86400, h: 3600, m: 60, s: 1, ms: 0.001 };

/** Decimal digits with at most one `.`, and durations of one unit (`5m`): nearly every literal, read without the general path. */
const plainDecimal = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/;
const singleUnitDuration = /^([0-9]+)(ms|[ywdhms])$/;

/** The value of a number literal as Go reads it (`0x1F`, `0755`, `1_000`, `Inf`, `-NaN`, `5e3`); durations in seconds. */
export function literalValue(text: string): number {
  if (plainDecimal.test(text) && !(text.length > 1 && text[0] === '0' && text[1] !== '.')) return Number(text);
  const simple = singleUnitDuration.exec(text);
  if (simple !== null) return Number(simple[1]) * durationUnitSeconds[simple[2]!]!;
  const trimmed = text.replace(/_/g, '');
  const sign = trimmed.startsWith('-') ? -1 : 1;
  const unsigned = trimmed.replace(/^[+-]/, '');
  const lower = unsigned.toLowerCase();
  if (lower === 'inf') return sign * Infinity;
  if (lower === 'nan') return NaN;
  if (/^[0-9]+(?:ms|[ywdhms])/.test(lower)) {
    let seconds = 0;
    for (const [, amount, unit] of lower.matchAll(/([0-9]+)(ms|[ywdhms])/g)) seconds += Number(amount) * durationUnitSeconds[unit!]!;
    return sign * seconds;
  }
  // Go's ParseInt(val, 0, 64) reads a leading 0 as octal (`0755`); JavaScript's Number would read decimal.
  if (/^0[0-7]+$/.test(unsigned)) return sign * parseInt(unsigned, 8);
  return sign * Number(unsigned);
}

function codePointLabel(char: string): string {
  const code = char.codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${char}'`;
}

/** lexEscape in lex.go: the escapes a quoted PromQL string may hold. The first error, or undefined. */
function escapeError(literal: string): { offset: number; message: string } | undefined {
  const quote = literal[0];
  if ((quote !== '"' && quote !== "'") || !literal.includes('\\')) return undefined;
  for (let index = 1; index < literal.length; index += 1) {
    if (literal[index] !== '\\') continue;
    const at = index;
    const next = literal[index + 1];
    if (next === undefined) return { offset: at, message: 'escape sequence not terminated' };
    index += 1;
    if ('abfnrtv\\'.includes(next) || next === quote) continue;
    let digits: number;
    let base: number;
    let max: number;
    if (next >= '0' && next <= '7') [digits, base, max] = [3, 8, 255];
    else if (next === 'x') [digits, base, max] = [2, 16, 255];
    else if (next === 'u') [digits, base, max] = [4, 16, 0x10ffff];
    else if (next === 'U') [digits, base, max] = [8, 16, 0x10ffff];
    else return { offset: at, message: `unknown escape sequence ${codePointLabel(String.fromCodePoint(literal.codePointAt(index)!))}` };
    // Octal escapes count their first digit; the others start after the letter.
    let position = base === 8 ? index : index + 1;
    let value = 0;
    for (let count = 0; count < digits; count += 1, position += 1) {
      const char = literal[position];
      const digit = char === undefined ? NaN : parseInt(char, base);
      if (char === undefined) return { offset: at, message: 'escape sequence not terminated' };
      if (Number.isNaN(digit)) return { offset: at, message: `illegal character ${codePointLabel(char)} in escape sequence` };
      value = value * base + digit;
    }
    if (value > max || (value >= 0xd800 && value < 0xe000)) return { offset: at, message: 'escape sequence is an invalid Unicode code point' };
    index = position - 1;
  }
  return undefined;
}

function firstChild(node: SyntaxNode, name: string): SyntaxNode | null {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) if (child.name === name) return child;
  return null;
}

function children(node: SyntaxNode, name: string): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) if (child.name === name) found.push(child);
  return found;
}

/** A syntax error inside: lezer's recovery guess is no duration expression to speak of. */
function containsError(node: SyntaxNode): boolean {
  const cursor = node.cursor();
  const end = node.to;
  do {
    if (cursor.type.isError) return true;
  } while (cursor.next() && cursor.from < end);
  return false;
}

interface Span {
  readonly from: number;
  readonly to: number;
}

const modifierNames: ReadonlySet<string> = new Set(['OffsetExpr', 'StepInvariantExpr', 'AnchoredExpr', 'SmoothedExpr']);

class Checker {
  readonly result: ParserCheckResult = { syntaxErrors: [], typeErrors: [], experimental: [] };

  /** `text` is what lezer parsed, `written` the query as written: same length, same offsets. */
  constructor(
    private readonly text: string,
    private readonly written: string,
  ) {}

  private slice(node: Span): string {
    return this.text.slice(node.from, node.to);
  }

  /** A Grafana variable stood here (`[$__rate_interval]`, `@ ${__to:date:seconds}`): its value is not known. */
  private templated(node: Span): boolean {
    return this.written.slice(node.from, node.to) !== this.slice(node);
  }

  private typeError(span: { from: number; to: number }, message: string): void {
    this.result.typeErrors.push({ from: span.from, to: span.to, message });
  }

  private experimental(span: { from: number; to: number }, feature: PrometheusFeature, what: string): void {
    this.result.experimental.push({ from: span.from, to: span.to, feature, message: `${what} needs Prometheus's --enable-feature=${feature}` });
  }

  visit(node: SyntaxNode): void {
    switch (node.name) {
      case 'MatrixSelector':
      case 'SubqueryExpr':
        for (const duration of children(node, 'DurationExpr')) this.positiveDuration(duration);
        return;
      case 'OffsetExpr':
        this.offsetDuration(firstChild(node, 'OffsetDurationExpr'));
        return this.repeatedModifier(node, 'offset may not be set multiple times');
      case 'StepInvariantExpr':
        this.timestamp(node);
        return this.repeatedModifier(node, '@ <timestamp> may not be set multiple times');
      case 'AnchoredExpr':
      case 'SmoothedExpr':
        return this.experimental(node, 'promql-extended-range-selectors', `the \`${node.name === 'AnchoredExpr' ? 'anchored' : 'smoothed'}\` modifier`);
      case 'BinaryExpr':
        return this.binary(node);
      case 'VectorSelector':
        return this.metricNameOnce(node);
      case 'FunctionCall':
        return this.call(node);
      case 'AggregateExpr': {
        const op = firstChild(node, 'AggregateOp');
        if (op !== null && aggregationSignature(this.slice(op).toLowerCase())?.experimental === true) {
          this.experimental(op, 'promql-experimental-functions', `the aggregation \`${this.slice(op)}\``);
        }
        return;
      }
      default:
    }
  }

  /** Leaves are checked on their span (the walk's cursor itself), with no node object built for them. */
  string(node: Span): void {
    const error = escapeError(this.slice(node));
    if (error !== undefined) this.result.syntaxErrors.push({ from: node.from + error.offset, to: node.from + error.offset + 2, message: error.message });
  }

  number(node: Span): void {
    const text = this.slice(node);
    if (this.templated(node) || /^[+-]?(?:inf|nan)$/i.test(text)) return;
    if (!Number.isFinite(literalValue(text))) this.result.syntaxErrors.push({ from: node.from, to: node.to, message: `number \`${text}\` is too large for a float` });
  }

  /** A duration that is one literal, maybe negated: its value in seconds; undefined for a duration expression. */
  private literalDuration(node: SyntaxNode): { value: number; node: SyntaxNode } | undefined {
    const first = node.firstChild;
    if (first === null) return undefined;
    const second = first.nextSibling;
    if (first.name === 'NumberDurationLiteralInDurationContext' && second === null) return { value: literalValue(this.slice(first)), node: first };
    // `-5m`: a sign and one literal (a plain negative offset; a negative range).
    if (first.name !== 'UnaryOp' || second === null || second.nextSibling !== null) return undefined;
    const inner = this.literalDuration(second);
    return inner === undefined ? undefined : { value: this.slice(first).trim() === '-' ? -inner.value : inner.value, node: inner.node };
  }

  private durationRange(literal: { value: number; node: SyntaxNode }): boolean {
    if (this.templated(literal.node) || Math.abs(literal.value) <= maxDurationSeconds) return true;
    this.result.syntaxErrors.push({ from: literal.node.from, to: literal.node.to, message: 'duration out of range' });
    return false;
  }

  /** Ranges and subquery steps (`positive_duration_expr`). */
  private positiveDuration(node: SyntaxNode): void {
    const literal = this.literalDuration(node);
    if (literal === undefined && containsError(node)) return;
    if (literal === undefined) return this.experimental(node, 'promql-duration-expr', `the duration expression \`${this.slice(node)}\``);
    if (literal.value <= 0 && !this.templated(literal.node)) this.typeError(node, 'duration must be greater than 0');
    else this.durationRange(literal);
  }

  private offsetDuration(node: SyntaxNode | null): void {
    if (node === null || containsError(node)) return;
    const literal = this.literalDuration(node);
    if (literal === undefined) return this.experimental(node, 'promql-duration-expr', `the duration expression \`${this.slice(node)}\``);
    this.durationRange(literal);
  }

  /** `foo offset 1s offset 2s`: lezer nests the modifiers; Prometheus allows one of each kind per selector. */
  private repeatedModifier(node: SyntaxNode, message: string): void {
    for (let inner = node.firstChild; inner !== null && modifierNames.has(inner.name); inner = inner.firstChild) {
      if (inner.name === node.name) return this.typeError(node, message);
    }
  }

  private timestamp(node: SyntaxNode): void {
    const literal = firstChild(node, 'NumberDurationLiteral');
    if (literal === null || this.templated(literal)) return;
    const value = literalValue(this.slice(literal));
    if (!Number.isFinite(value) || value >= maxTimestamp || value <= -maxTimestamp) {
      this.typeError(literal, `timestamp out of bounds for @ modifier: ${this.slice(literal)}`);
    }
  }

  private binary(node: SyntaxNode): void {
    // One walk of the children: every step of a walk builds a node object.
    let fill: SyntaxNode | null = null;
    let setOperator: SyntaxNode | null = null;
    let matching: SyntaxNode | null = null;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      const name = child.name;
      if (name === 'FillModifier') fill ??= child;
      else if (name === 'And' || name === 'Or' || name === 'Unless') setOperator ??= child;
      else if (name === 'MatchingModifierClause') matching ??= child;
    }
    if (fill !== null) {
      this.experimental(fill, 'promql-binop-fill-modifiers', `the modifier \`${this.slice(fill)}\``);
      if (setOperator !== null) this.typeError(fill, `filling in missing series is not allowed for \`${this.slice(setOperator)}\``);
    }
    if (matching === null) return;
    const group = firstChild(matching, 'GroupLeft') ?? firstChild(matching, 'GroupRight');
    if (group === null) return;
    if (setOperator !== null) this.typeError(matching, `no grouping allowed for \`${this.slice(setOperator)}\`: set operations are always many-to-many`);
    if (firstChild(matching, 'On') === null) return;
    const [onLabels, groupLabels] = children(matching, 'GroupingLabels');
    if (onLabels === undefined || groupLabels === undefined) return;
    const on = new Set(this.labelNames(onLabels).map((label) => label.name));
    for (const label of this.labelNames(groupLabels)) {
      if (on.has(label.name)) this.typeError(label.node, `label \`${label.name}\` must not occur in on(...) and ${this.slice(group)}(...) at once`);
    }
  }

  private labelNames(node: SyntaxNode): { name: string; node: SyntaxNode }[] {
    const labels: { name: string; node: SyntaxNode }[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.name === 'LabelName') labels.push({ name: this.slice(child), node: child });
      else if (child.name === 'QuotedLabelName') labels.push({ name: unquote(this.slice(child)), node: child });
    }
    return labels;
  }

  /** `foo{__name__="bar"}`: the name outside the braces and a `__name__` matcher inside. */
  private metricNameOnce(node: SyntaxNode): void {
    let identifier = false;
    let matchers: SyntaxNode | null = null;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.name === 'Identifier') identifier = true;
      else if (child.name === 'LabelMatchers') matchers ??= child;
    }
    if (!identifier || matchers === null) return;
    for (let matcher = matchers.firstChild; matcher !== null; matcher = matcher.nextSibling) {
      let labelName: SyntaxNode | null = null;
      let quotedName: SyntaxNode | null = null;
      for (let child = matcher.firstChild; child !== null; child = child.nextSibling) {
        if (child.name === 'LabelName') labelName ??= child;
        else if (child.name === 'QuotedLabelName') quotedName ??= child;
      }
      const label = labelName ?? quotedName;
      if (label === null) continue;
      const name = label.name === 'LabelName' ? this.slice(label) : unquote(this.slice(label));
      if (name === '__name__') this.typeError(matcher, 'metric name must not be set twice, before the braces and as `__name__`');
    }
  }

  private call(node: SyntaxNode): void {
    const identifier = firstChild(node, 'FunctionIdentifier');
    if (identifier === null) return;
    const name = this.slice(identifier);
    if (functionSignature(name)?.experimental === true) this.experimental(identifier, 'promql-experimental-functions', `the function \`${name}()\``);
    if (name !== 'info') return;
    // info(v, {label selectors}): the second argument selects data labels, never a metric.
    const body = firstChild(node, 'FunctionCallBody');
    let second: SyntaxNode | null = body?.firstChild?.nextSibling ?? null;
    while (second !== null && second.type.isError) second = second.nextSibling;
    if (second === null) return;
    if (second.name !== 'VectorSelector') this.typeError(second, 'the second argument of info() must be label selectors only, as in {k8s_cluster_name=~".+"}');
    else if (firstChild(second, 'Identifier') !== null) this.typeError(second, 'the second argument of info() takes label selectors only, not a metric name');
  }
}

/** The node types `Checker.visit` looks at; the cursor builds a node object only for these. */
const checkedNodeNames: ReadonlySet<string> = new Set([
  'MatrixSelector', 'SubqueryExpr', 'OffsetExpr', 'StepInvariantExpr',
  'AnchoredExpr', 'SmoothedExpr', 'BinaryExpr', 'VectorSelector', 'FunctionCall', 'AggregateExpr',
]);
/** The commonest leaves, checked on the cursor's span without building a node. */
const stringLiteral = parser.nodeSet.types.find((type) => type.name === 'StringLiteral')!.id;
const numberLiteral = parser.nodeSet.types.find((type) => type.name === 'NumberDurationLiteral')!.id;
/** The same by node type id, as the cursor meets every node. */
const checked: readonly boolean[] = parser.nodeSet.types.map((type) => checkedNodeNames.has(type.name));

/**
 * Every check, over the whole tree lezer built from `parsedText` (`writtenText` before substitution). The same
 * walk hands each error node lezer inserted while recovering to `onErrorNode`, in tree order, so the caller needs
 * no second walk of its own to report them.
 */
export function checkLikePrometheus(
  tree: Tree,
  parsedText: string,
  writtenText: string,
  onErrorNode: (from: number, to: number) => void,
): ParserCheckResult {
  const checker = new Checker(parsedText, writtenText);
  const cursor = tree.cursor();
  do {
    if (cursor.type.isError) onErrorNode(cursor.from, cursor.to);
    // Most nodes (labels, identifiers, operators) need no check: skip them before `cursor.node` allocates one.
    else if (cursor.type.id === stringLiteral) checker.string(cursor);
    else if (cursor.type.id === numberLiteral) checker.number(cursor);
    else if (checked[cursor.type.id]) checker.visit(cursor.node);
  } while (cursor.next());
  return checker.result;
}
