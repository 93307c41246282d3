/**
 * Prometheus's own lexer reads forms that lezer-promql's grammar rejects: numbers whose fraction is empty
 * (`5.`, `foo @ 3.`, `histogram_quantile(1./6., x)`, `5.e3`), the keyword `offset` used as a metric or label
 * name (`offset{step="1s"}[5m]`, which the Go grammar allows as a metric identifier), keywords in capitals
 * (`STEP()`; Go's keywords ignore case) and the experimental scalar functions `min_of(a, b)`/`max_of(a, b)` outside
 * durations. This rewrites them into text of THE SAME LENGTH that lezer reads the same way (for `min_of(a, b)`:
 * `      (a+ b)`, a scalar of the same type), so offsets stay shared with the query as written, and records the
 * experimental functions it rewrote. Strings and comments are left alone.
 */
import type { ExperimentalUse } from './parser-checks.ts';
import { stringEnd } from './substitute.ts';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102) || code === 95;
}

/** The end of the number starting at `start`, as Prometheus's lexer scans one (`scanNumber`), and its `.` if any. */
function scanNumber(text: string, start: number): { end: number; dot: number } {
  let index = start;
  let digit = isDigit;
  if (text[index] === '0' && (text[index + 1] === 'x' || text[index + 1] === 'X')) {
    index += 2;
    digit = isHexDigit;
  }
  while (index < text.length && digit(text.charCodeAt(index))) index += 1;
  let dot = -1;
  if (text[index] === '.') {
    dot = index;
    index += 1;
    while (index < text.length && digit(text.charCodeAt(index))) index += 1;
  }
  if (digit === isDigit && (text[index] === 'e' || text[index] === 'E')) {
    index += 1;
    if (text[index] === '+' || text[index] === '-') index += 1;
    while (index < text.length && isDigit(text.charCodeAt(index))) index += 1;
  }
  return { end: index, dot };
}

/** Where an operand starts, so a following `offset` is a name rather than the modifier. */
const operandAfterWord = /(?:^|[^\w])(?:and|or|unless|bool|atan2)$/i;

function atOperandStart(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  if (end === 0) return true;
  const previous = text[end - 1]!;
  if ('(,+-*/%^=<>!'.includes(previous)) return true;
  return operandAfterWord.test(text.slice(Math.max(0, end - 7), end));
}

/** Duration keywords lezer only knows in lower case. */
const durationKeywords: ReadonlySet<string> = new Set(['step', 'range', 'min_of', 'max_of']);

/** The top-level commas of the call whose `(` is at `open`; undefined when the call is not closed. */
function callCommas(text: string, open: number): number[] | undefined {
  let depth = 0;
  const commas: number[] = [];
  for (let index = open; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '"' || char === "'" || char === '`') index = stringEnd(text, index) - 1;
    else if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) return commas;
    } else if (char === ',' && depth === 1) commas.push(index);
  }
  return undefined;
}

export interface LezerText {
  readonly text: string;
  /** Experimental functions rewritten into plain arithmetic. */
  readonly experimental: readonly ExperimentalUse[];
}

/**
 * Text holding none of what this rewrites: no `.` after a word character without a digit after it (`5.`, `5.e3`,
 * `0x1.F`), and none of the words `offset`, `min_of`, `max_of`, `step`, `range` in any case. Most queries are
 * such text; one native regex test passes them over without scanning them character by character.
 */
const mayNeedRewrite = /\w\.(?!\d)|offset|min_of|max_of|step|range/i;

export function lezerCompatible(text: string): LezerText {
  if (!mayNeedRewrite.test(text)) return { text, experimental: [] };
  const experimental: ExperimentalUse[] = [];
  // Same-length edits, applied at the end: a call's comma is rewritten before the scan reaches it.
  const edits: { from: number; replacement: string }[] = [];
  const replace = (from: number, to: number, replacement: string): void => {
    edits.push({ from, replacement: replacement.padEnd(to - from).slice(0, to - from) });
  };
  let braces = 0;
  let brackets = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const code = text.charCodeAt(index);
    if (char === '"' || char === "'" || char === '`') {
      index = stringEnd(text, index);
      continue;
    }
    if (char === '#') {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
      continue;
    }
    if (char === '{') braces += 1;
    else if (char === '}') braces = Math.max(0, braces - 1);
    else if (char === '[') brackets += 1;
    else if (char === ']') brackets = Math.max(0, brackets - 1);
    if (isDigit(code) || (char === '.' && isDigit(text.charCodeAt(index + 1)))) {
      const { end, dot } = scanNumber(text, index);
      // `5.` and `5.e3`: lezer wants a digit after the dot; dropping the dot keeps the value, a space the length.
      if (dot >= 0 && !isDigit(text.charCodeAt(dot + 1)) && dot > index && !isWordChar(text.charCodeAt(end))) {
        replace(index, end, `${text.slice(index, dot)}${text.slice(dot + 1, end)} `);
      }
      index = Math.max(end, index + 1);
      continue;
    }
    if (isWordChar(code)) {
      let end = index + 1;
      while (end < text.length && (isWordChar(text.charCodeAt(end)) || text[end] === ':')) end += 1;
      // Every word this rewrites has four to six letters (`step`, `range`, `offset`, `min_of`, `max_of`): most
      // words of a query (metric and label names, functions) are passed over without being copied or lowered.
      if (end - index < 4 || end - index > 6) {
        index = end;
        continue;
      }
      const word = text.slice(index, end);
      const lower = word.toLowerCase();
      let next = end;
      while (next < text.length && /\s/.test(text[next]!)) next += 1;
      const call = text[next] === '(';
      if (braces === 0 && lower === 'offset' && atOperandStart(text, index)) {
        replace(index, end, '_ffset');
      } else if (call && (lower === 'min_of' || lower === 'max_of') && brackets === 0 && !/offset\s*$/i.test(text.slice(0, index))) {
        const commas = callCommas(text, next);
        if (commas !== undefined && commas.length === 1) {
          const comma = commas[0]!;
          replace(index, end, ' '.repeat(word.length));
          replace(comma, comma + 1, '+');
          experimental.push({
            from: index,
            to: end,
            feature: 'promql-experimental-functions',
            message: `the function \`${word}()\` needs Prometheus's --enable-feature=promql-experimental-functions`,
          });
        }
      } else if (call && word !== lower && durationKeywords.has(lower)) {
        replace(index, end, lower);
      }
      index = end;
      continue;
    }
    index += 1;
  }
  if (edits.length === 0) return { text, experimental };
  edits.sort((a, b) => a.from - b.from);
  const output: string[] = [];
  let copied = 0;
  for (const { from, replacement } of edits) {
    output.push(text.slice(copied, from), replacement);
    copied = from + replacement.length;
  }
  output.push(text.slice(copied));
  return { text: output.join(''), experimental };
}
