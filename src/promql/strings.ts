/** PromQL string literals, which follow Go's quoting rules. */

const simpleEscapes: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/** The value of a string literal as written (quotes included); tolerant of unterminated or malformed input. */
export function unquote(literal: string): string {
  const quote = literal[0];
  if (quote !== '"' && quote !== "'" && quote !== '`') return literal;
  const end = literal.length > 1 && literal[literal.length - 1] === quote ? literal.length - 1 : literal.length;
  const body = literal.slice(1, end);
  if (quote === '`' || body.indexOf('\\') < 0) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (whole, escape: string) => {
    const simple = simpleEscapes[escape];
    if (simple !== undefined) return simple;
    const head = escape[0];
    const code =
      head === 'x' || head === 'u' || head === 'U' ? parseInt(escape.slice(1), 16) : /^[0-7]{3}$/.test(escape) ? parseInt(escape, 8) : NaN;
    if (Number.isNaN(code) || code > 0x10ffff) return whole;
    return String.fromCodePoint(code);
  });
}

const legacyMetricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const legacyLabelName = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Whether PromQL reads the name bare (the classic character set); UTF-8 names need quotes. */
export function isBareName(name: string, kind: 'metric' | 'label'): boolean {
  return (kind === 'metric' ? legacyMetricName : legacyLabelName).test(name);
}

/** A name as PromQL needs it written: bare when it can be, quoted otherwise (`{"a.b"}` for a metric, `"a.b"` for a label). */
export function promqlName(name: string, kind: 'metric' | 'label'): string {
  if (isBareName(name, kind)) return name;
  return kind === 'metric' ? `{${JSON.stringify(name)}}` : JSON.stringify(name);
}
