/**
 * PromQL pretty-printing for reviews: splits a long expression over indented lines the way Prometheus' own
 * formatter does (operands of a binary operator indented around the operator, function and aggregation
 * arguments one level in), and marks the tokens that changed between two versions of a query.
 * Tokens always come from the text as written, so Grafana variables (`$__rate_interval`) print unchanged.
 */
import { parser } from '@prometheus-io/lezer-promql';
import type { SyntaxNode } from '@lezer/common';
import { diffSequences } from '../text/diff-sequences.ts';
import { substituteTemplates } from './substitute.ts';

export interface QueryToken {
  readonly text: string;
  /** Whether a space separates it from the token before it on the same line. */
  readonly spaceBefore: boolean;
}

export interface PrettyLine {
  /** Indentation in levels of two spaces. */
  readonly indent: number;
  readonly tokens: readonly QueryToken[];
}

export interface MarkedToken extends QueryToken {
  /** Removed (in the old query) or added (in the new one). */
  readonly changed: boolean;
}

export interface MarkedLine {
  readonly indent: number;
  readonly tokens: readonly MarkedToken[];
}

export interface QueryChange {
  readonly before: readonly MarkedLine[];
  readonly after: readonly MarkedLine[];
}

interface LexToken {
  readonly text: string;
  readonly from: number;
  readonly to: number;
  /** Node name of the leaf and of its parent (`(` and `,` have none: lezer keeps anonymous tokens out of the tree). */
  readonly leaf?: string;
  readonly parent?: string;
}

const punctuation = /\s+|[(){}[\],:]|[^\s(){}[\],:]+/g;

/** Leaves of the tree in order, with the text between them split into punctuation and words. */
function lex(original: string, root: SyntaxNode): LexToken[] {
  const tokens: LexToken[] = [];
  let position = 0;
  const gap = (to: number) => {
    for (const match of original.slice(position, to).matchAll(punctuation)) {
      if (!/^\s/.test(match[0])) tokens.push({ text: match[0], from: position + match.index, to: position + match.index + match[0].length });
    }
  };
  const visit = (node: SyntaxNode) => {
    if (node.firstChild === null) {
      if (node.to <= node.from) return;
      gap(node.from);
      tokens.push({ text: original.slice(node.from, node.to), from: node.from, to: node.to, leaf: node.name, parent: node.parent?.name });
      position = node.to;
      return;
    }
    for (const child of children(node)) visit(child);
  };
  visit(root);
  gap(original.length);
  return tokens;
}

const callNames = new Set(['FunctionIdentifier', 'AggregateOp']);
const tight = new Set(['MatchOp']);

function spaceBetween(previous: LexToken | undefined, token: LexToken): boolean {
  if (previous === undefined) return false;
  if (previous.text === '(' || previous.text === '[' || previous.text === '{' || previous.text === ':') return false;
  if (token.text === ')' || token.text === ']' || token.text === '}' || token.text === ',' || token.text === ':') return false;
  if (token.text === '{' || token.text === '[') return false;
  if (token.text === '(' && previous.parent !== undefined && callNames.has(previous.parent)) return false;
  if (tight.has(token.parent ?? '') || tight.has(previous.parent ?? '')) return false;
  if (previous.parent === 'UnaryExpr') return false;
  return true;
}

function toQueryTokens(tokens: readonly LexToken[]): QueryToken[] {
  return tokens.map((token, index) => ({ text: token.text, spaceBefore: spaceBetween(tokens[index - 1], token) }));
}

function lineLength(tokens: readonly QueryToken[]): number {
  return tokens.reduce((length, token, index) => length + token.text.length + (token.spaceBefore && index > 0 ? 1 : 0), 0);
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) out.push(child);
  return out;
}

class Printer {
  constructor(
    private readonly tokens: readonly LexToken[],
    private readonly width: number,
  ) {}

  /** Tokens inside [from, to), spaced as on one line. Tokens are in text order, so a binary search finds the first. */
  private slice(from: number, to: number): QueryToken[] {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.tokens[middle].from < from) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < this.tokens.length && this.tokens[end].to <= to) end++;
    return toQueryTokens(this.tokens.slice(low, end));
  }

  private line(indent: number, from: number, to: number): PrettyLine {
    return { indent, tokens: this.slice(from, to) };
  }

  print(node: SyntaxNode, indent: number, from = node.from, to = node.to): PrettyLine[] {
    const flat = this.line(indent, from, to);
    if (indent * 2 + lineLength(flat.tokens) <= this.width) return [flat];
    switch (node.name) {
      case 'PromQL':
        return node.firstChild ? this.print(node.firstChild, indent, from, to) : [flat];
      case 'ParenExpr': {
        const inner = node.firstChild;
        if (!inner) return [flat];
        return [this.line(indent, from, inner.from), ...this.print(inner, indent + 1), this.line(indent, inner.to, to)];
      }
      case 'BinaryExpr': {
        const parts = children(node);
        const lhs = parts[0];
        const rhs = parts[parts.length - 1];
        if (!lhs || !rhs || lhs === rhs) return [flat];
        return [...this.print(lhs, indent + 1), this.line(indent, lhs.to, rhs.from), ...this.print(rhs, indent + 1)];
      }
      case 'FunctionCall':
      case 'AggregateExpr': {
        const body = children(node).find((child) => child.name === 'FunctionCallBody');
        if (!body) return [flat];
        const args = children(body).filter((child) => !child.type.isError);
        if (args.length === 0) return [flat];
        const lines: PrettyLine[] = [this.line(indent, from, args[0].from)];
        args.forEach((arg, index) => {
          const end = index + 1 < args.length ? args[index + 1].from : arg.to;
          const printed = this.print(arg, indent + 1);
          // A comma after an argument belongs on its last line.
          const comma = this.slice(arg.to, end);
          const last = printed[printed.length - 1];
          printed[printed.length - 1] = { indent: last.indent, tokens: [...last.tokens, ...comma] };
          lines.push(...printed);
        });
        lines.push(this.line(indent, args[args.length - 1].to, to));
        return lines;
      }
      default:
        return [flat];
    }
  }
}

/** Splits a query over indented lines no wider than `width` where its structure allows. */
function prettyQuery(expr: string, width = 80): PrettyLine[] {
  const substituted = substituteTemplates(expr).text;
  // lezer's own cut of very long operator chains is kept here: it keeps the printed tree, whose indentation grows
  // with a chain's length, from running to megabytes (src/promql/parse.ts turns the cut off for analysis).
  const tree = parser.parse(substituted);
  const tokens = lex(expr, tree.topNode);
  let broken = false;
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) broken = true;
    },
  });
  // A query that does not parse is still worth showing; it just stays on one line.
  if (broken) return [{ indent: 0, tokens: toQueryTokens(tokens) }];
  return new Printer(tokens, width).print(tree.topNode, 0).filter((line) => line.tokens.length > 0);
}

function lineText(line: { readonly indent: number; readonly tokens: readonly QueryToken[] }): string {
  return '  '.repeat(line.indent) + line.tokens.map((token, index) => (token.spaceBefore && index > 0 ? ' ' : '') + token.text).join('');
}

/** The pretty-printed query as text. */
export function formatQuery(expr: string, width = 80): string {
  return prettyQuery(expr, width).map(lineText).join('\n');
}

function markLines(lines: readonly PrettyLine[], changed: ReadonlySet<number>): MarkedLine[] {
  let index = 0;
  return lines.map((line) => ({
    indent: line.indent,
    tokens: line.tokens.map((token) => ({ ...token, changed: changed.has(index++) })),
  }));
}

/** Pretty-prints both versions of a query and marks the tokens removed from the first and added in the second. */
export function diffQuery(before: string, after: string, width = 80): QueryChange {
  const beforeLines = prettyQuery(before, width);
  const afterLines = prettyQuery(after, width);
  const beforeTokens = beforeLines.flatMap((line) => line.tokens.map((token) => token.text));
  const afterTokens = afterLines.flatMap((line) => line.tokens.map((token) => token.text));
  const removed = new Set<number>();
  const added = new Set<number>();
  let beforeIndex = 0;
  let afterIndex = 0;
  for (const part of diffSequences(beforeTokens, afterTokens)) {
    for (let i = 0; i < part.count; i++) {
      if (part.removed) removed.add(beforeIndex++);
      else if (part.added) added.add(afterIndex++);
      else {
        beforeIndex++;
        afterIndex++;
      }
    }
  }
  return { before: markLines(beforeLines, removed), after: markLines(afterLines, added) };
}
