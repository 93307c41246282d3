/**
 * Grafana template substitution ahead of parsing: `$` is not a PromQL token, so every variable reference is
 * replaced by PromQL text OF THE SAME LENGTH that fits where it stands (a duration inside `[...]` or after
 * `offset`, a label name inside grouping parentheses or braces, a metric name before `{`, a number elsewhere).
 * Equal lengths make offsets in the substituted text valid offsets into the original, so nothing needs mapping.
 * References inside string literals stay as written: a string is still a string, and the reference is recorded.
 */

/**
 * Where a reference stood, which decides what it was replaced by. `operator`: between two operands, as in
 * `a $op on (x) b` where the variable holds `or`/`unless`.
 */
export type ReferencePlace = 'string' | 'duration' | 'label' | 'metric' | 'number' | 'operator';

export interface TemplateReference {
  /** The variable name without `$`, braces or format: `job`, `__rate_interval`. */
  readonly name: string;
  /** `${job:regex}` -> `regex`. */
  readonly format?: string;
  readonly from: number;
  readonly to: number;
  readonly place: ReferencePlace;
  /** Grafana's built-in `$__...` macros. */
  readonly builtin: boolean;
}

export interface Substitution {
  readonly text: string;
  readonly references: readonly TemplateReference[];
}

// Grafana's own variable syntax: `$name`, `${name}`, `${name:format}`, `${name.path}`, `[[name]]`, `[[name:format]]`.
const referencePattern = /\$(\w+)|\$\{(\w+)(?:\.[^:}]+)?(?::([^}]+))?\}|\[\[(\w+?)(?::(\w+))?\]\]/y;

const groupingKeywords: ReadonlySet<string> = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
const offsetKeyword = /(?:^|[^\w])offset\s*$/;
const atModifier = /@\s*$/;
/** Words after which an operand, not an operator, follows. */
const operatorKeyword = /(?:^|[^\w])(?:bool|and|or|unless|atan2)$/;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Lengths of the grouping keywords: a word of another length before `(` is not one, and is not copied out to check. */
const groupingKeywordLengths: ReadonlySet<number> = new Set([...groupingKeywords].map((keyword) => keyword.length));

/** Whether the word that ends just before `index`, spaces skipped, is a grouping keyword (`sum by (`). */
function groupingKeywordBefore(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\n')) end -= 1;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start -= 1;
  return groupingKeywordLengths.has(end - start) && groupingKeywords.has(text.slice(start, end));
}

/** The end of the string literal opening at `start`, as lezer-promql's tokenizer reads it (unterminated: end of line). */
export function stringEnd(text: string, start: number): number {
  const quote = text[start];
  let index = start + 1;
  if (quote === '`') {
    const close = text.indexOf('`', index);
    return close < 0 ? text.length : close + 1;
  }
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') index += 2;
    else if (char === quote) return index + 1;
    else if (char === '\n') return index;
    else index += 1;
  }
  return text.length;
}

function placeholder(place: Exclude<ReferencePlace, 'string'>, length: number): string {
  if (place === 'duration') return length < 2 ? '1' : `${'1'.repeat(length - 1)}s`;
  if (place === 'number') return '1'.repeat(length);
  if (place === 'operator') return `or${' '.repeat(length - 2)}`;
  // Label and metric names: `_` then letters, a valid identifier of any length.
  return `_${'x'.repeat(length - 1)}`;
}

interface ScanState {
  /** Open `[`, outside strings: a reference there is a range or a subquery step. */
  brackets: number;
  /** Open `{`: a reference there is a label name (values are strings, handled apart). */
  braces: number;
  /** Whether each open `(` belongs to a grouping clause. */
  parens: boolean[];
}

/** Beside a reference, a character that keeps it a number: a digit, or no word character at all. */
function numericNeighbour(code: number): boolean {
  return isDigit(code) || !isWordChar(code);
}

function placeOf(text: string, from: number, to: number, state: ScanState): Exclude<ReferencePlace, 'string'> {
  // Glued to a word (`vault_route_${mount}__sum`, `[${n}m]`): part of a name, or the number of a duration.
  const glued = isWordChar(text.charCodeAt(from - 1)) || isWordChar(text.charCodeAt(to));
  if (state.brackets > 0) return glued ? 'number' : 'duration';
  const before = text.slice(Math.max(0, from - 16), from);
  if (glued) {
    // `${__from:date:seconds}000` (milliseconds), `offset ${shift}m`: digits of a number or a duration.
    const numeric = numericNeighbour(text.charCodeAt(from - 1)) && numericNeighbour(text.charCodeAt(to));
    if (state.braces === 0 && (numeric || offsetKeyword.test(before))) return 'number';
    return state.braces > 0 || state.parens[state.parens.length - 1] === true ? 'label' : 'metric';
  }
  if (state.parens.length > 0 && state.parens[state.parens.length - 1]) return 'label';
  if (state.braces > 0) return 'label';
  if (offsetKeyword.test(before)) return 'duration';
  if (atModifier.test(before)) return 'number';
  const previous = before.trimEnd();
  const last = previous.charCodeAt(previous.length - 1);
  const afterOperand = previous.endsWith(')') || previous.endsWith('}') || previous.endsWith(']') || isWordChar(last);
  if (afterOperand && !operatorKeyword.test(previous)) return 'operator';
  let next = to;
  while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next += 1;
  return text[next] === '{' || text[next] === '[' ? 'metric' : 'number';
}

export function substituteTemplates(text: string): Substitution {
  if (text.indexOf('$') < 0 && text.indexOf('[[') < 0) return { text, references: [] };
  const references: TemplateReference[] = [];
  const output: string[] = [];
  const state: ScanState = { brackets: 0, braces: 0, parens: [] };
  let copied = 0;
  let index = 0;
  const record = (match: RegExpExecArray, from: number, place: ReferencePlace): void => {
    const name = match[1] ?? match[2] ?? match[4] ?? '';
    const format = match[3] ?? match[5];
    // `$1` in a label_replace replacement is a capture group, not a variable.
    if (isDigit(name.charCodeAt(0))) return;
    const to = from + match[0].length;
    const builtin = name.startsWith('__');
    // Two literals rather than a spread of an optional `format`: this runs for every reference of every query.
    references.push(format === undefined ? { name, from, to, place, builtin } : { name, format, from, to, place, builtin });
  };
  // Where the next `$` and `[[` stand, searched again only once the scan has passed them: searching afresh from
  // every string literal would read the rest of the query once per literal.
  let nextDollar = text.indexOf('$');
  let nextBrackets = text.indexOf('[[');
  while (index < text.length) {
    const char = text[index];
    if (char === '"' || char === "'" || char === '`') {
      const end = stringEnd(text, index);
      if (nextDollar >= 0 && nextDollar < index) nextDollar = text.indexOf('$', index);
      for (; nextDollar >= 0 && nextDollar < end; nextDollar = text.indexOf('$', nextDollar + 1)) {
        referencePattern.lastIndex = nextDollar;
        const match = referencePattern.exec(text);
        if (match !== null && nextDollar + match[0].length <= end) record(match, nextDollar, 'string');
      }
      if (nextBrackets >= 0 && nextBrackets < index) nextBrackets = text.indexOf('[[', index);
      for (; nextBrackets >= 0 && nextBrackets < end; nextBrackets = text.indexOf('[[', nextBrackets + 1)) {
        referencePattern.lastIndex = nextBrackets;
        const match = referencePattern.exec(text);
        if (match !== null && nextBrackets + match[0].length <= end) record(match, nextBrackets, 'string');
      }
      index = end;
      continue;
    }
    if (char === '#') {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
      continue;
    }
    if (char === '$' || (char === '[' && text[index + 1] === '[')) {
      referencePattern.lastIndex = index;
      const match = referencePattern.exec(text);
      if (match !== null) {
        const to = index + match[0].length;
        const place = placeOf(text, index, to, state);
        const before = references.length;
        record(match, index, place);
        if (references.length > before) {
          output.push(text.slice(copied, index), placeholder(place, match[0].length));
          copied = to;
        }
        index = to;
        continue;
      }
    }
    if (char === '[') state.brackets += 1;
    else if (char === ']') state.brackets = Math.max(0, state.brackets - 1);
    else if (char === '{') state.braces += 1;
    else if (char === '}') state.braces = Math.max(0, state.braces - 1);
    else if (char === '(') state.parens.push(groupingKeywordBefore(text, index));
    else if (char === ')') state.parens.pop();
    else if (isWordChar(text.charCodeAt(index))) {
      // Skip the rest of a word, so `abc$x` is not misread and scanning stays linear.
      while (index + 1 < text.length && isWordChar(text.charCodeAt(index + 1))) index += 1;
    }
    index += 1;
  }
  if (references.length === 0) return { text, references };
  output.push(text.slice(copied));
  return { text: output.join(''), references };
}
