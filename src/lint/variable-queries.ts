import type { DashboardInfo, VariableInfo } from '../dashboard/model.ts';
import { isJsonObject } from '../json/object.ts';
import { datasourceKind } from './datasource.ts';

/** The PromQL inside a query variable: where it sits in the variable's query text, and where that text is in the file. */
export interface VariablePromQL {
  readonly variable: VariableInfo;
  /** The variable's whole query text, e.g. `label_values(up{job="$job"}, instance)`. */
  readonly text: string;
  /** The PromQL part: the series selector of `label_values`, the expression of `query_result`. */
  readonly expr: string;
  /** Offset of `expr` in `text`. */
  readonly offset: number;
  /** JSON pointer of the query text in the file. */
  readonly pointer: string;
}

/** Where the reader found the query text: `query` (v1 string), `query.query` (v1 object), `spec.query.spec.query` (v2). */
export function variableQueryPointer(variable: VariableInfo): string {
  const raw = variable.raw;
  const candidates: [unknown, string][] = [
    [raw.query, '/query'],
    [isJsonObject(raw.query) ? raw.query.query : undefined, '/query/query'],
    [isJsonObject(raw.query) ? raw.query.expr : undefined, '/query/expr'],
  ];
  const spec = isJsonObject(raw.spec) && isJsonObject(raw.spec.query) && isJsonObject(raw.spec.query.spec) ? raw.spec.query.spec : undefined;
  if (spec) candidates.push([spec.query, '/spec/query/spec/query'], [spec.expr, '/spec/query/spec/expr']);
  const found = candidates.find(([value]) => typeof value === 'string' && value === variable.query);
  return found ? `${variable.pointer}${found[1]}` : variable.pointer;
}

/** Index of the `)` closing the call whose arguments start at `start` (the text's length when unclosed), and of its last top-level comma. */
function callArguments(text: string, start: number): { end: number; lastComma: number; closed: boolean } {
  let depth = 1;
  let lastComma = -1;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '"' || char === "'" || char === '`') {
      for (index++; index < text.length && text[index] !== char; index++) if (text[index] === '\\') index++;
    } else if (char === '(' || char === '{' || char === '[') {
      depth++;
    } else if (char === ')' || char === '}' || char === ']') {
      depth--;
      if (depth === 0) return { end: index, lastComma, closed: char === ')' };
    } else if (char === ',' && depth === 1) {
      lastComma = index;
    }
  }
  return { end: text.length, lastComma, closed: false };
}

const promqlCall = /^\s*(label_values|query_result)\s*\(/;

/**
 * The PromQL of a Prometheus query variable, to lint like a panel query: `label_values(selector, label)` gives
 * its selector, `query_result(expr)` its expression. `label_values(label)`, `label_names()`, `metrics(regex)`,
 * custom, interval and other variables have none. A call that does not close where it should
 * (`label_values(up{, namespace)`) gives everything after its `(`, so that its syntax error is reported rather
 * than the variable skipped.
 */
export function variablePromQL(variable: VariableInfo, dashboard: DashboardInfo): VariablePromQL | undefined {
  const text = variable.query;
  if (variable.type !== 'query' || text === undefined) return undefined;
  if (datasourceKind(variable.datasource, dashboard) === 'other') return undefined;
  const call = promqlCall.exec(text);
  if (!call) return undefined;
  const { end, lastComma, closed } = callArguments(text, call[0].length);
  const stop = call[1] === 'query_result' || !closed ? end : lastComma;
  if (stop < 0) return undefined;
  const inner = text.slice(call[0].length, stop);
  const expr = inner.trim();
  if (expr === '') return undefined;
  const offset = call[0].length + inner.indexOf(expr);
  return { variable, text, expr, offset, pointer: variableQueryPointer(variable) };
}
