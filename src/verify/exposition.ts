/**
 * A reader of the Prometheus text exposition format (0.0.4) and the OpenMetrics text format, as far as
 * verify-catalog needs it: families with TYPE, HELP and UNIT, and samples with labels and values.
 *
 * Not parse-prometheus-text-format: it folds the buckets of every label set of a histogram into one
 * unlabelled map and drops the labels of `_sum`/`_count`, so the labels of histogram series could not be
 * checked; it also files OpenMetrics `x_total` samples under a new untyped family.
 */

const types = ['counter', 'gauge', 'histogram', 'summary', 'untyped', 'unknown', 'info', 'stateset', 'gaugehistogram'] as const;

export type ExpositionType = (typeof types)[number];

function isExpositionType(type: string): type is ExpositionType {
  return (types as readonly string[]).includes(type);
}

export interface ExpositionFamily {
  readonly name: string;
  readonly type: ExpositionType;
  readonly help?: string;
  readonly unit?: string;
}

/** Metadata lines fill a family in one at a time. */
type FamilyInProgress = { -readonly [K in keyof ExpositionFamily]: ExpositionFamily[K] };

export interface ExpositionSample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
  /** 1-based line in the source. */
  readonly line: number;
}

export interface Exposition {
  /** By family name as written in `# TYPE`/`# HELP`/`# UNIT`. */
  readonly families: ReadonlyMap<string, ExpositionFamily>;
  readonly samples: readonly ExpositionSample[];
}

export class ExpositionParseError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'ExpositionParseError';
  }
}

const metricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const labelName = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const number = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?Inf|NaN)$/i;

/** A cursor over one sample line. */
class LineReader {
  position = 0;

  constructor(
    readonly text: string,
    readonly line: number,
  ) {}

  fail(message: string): never {
    throw new ExpositionParseError(this.line, this.position + 1, message);
  }

  skipSpaces(): void {
    while (this.text[this.position] === ' ' || this.text[this.position] === '\t') this.position++;
  }

  peek(): string | undefined {
    return this.text[this.position];
  }

  expect(char: string): void {
    if (this.text[this.position] !== char) this.fail(`expected "${char}"`);
    this.position++;
  }

  match(pattern: RegExp, what: string): string {
    const found = pattern.exec(this.text.slice(this.position));
    if (found === null) this.fail(`expected ${what}`);
    this.position += found[0].length;
    return found[0];
  }

  /** A double-quoted string with the format's escapes `\\`, `\"`, `\n`. */
  quoted(): string {
    const start = this.position;
    this.expect('"');
    let value = '';
    for (;;) {
      const char = this.text[this.position++];
      if (char === undefined) {
        this.position = start;
        this.fail('unterminated string');
      }
      if (char === '"') return value;
      if (char !== '\\') {
        value += char;
        continue;
      }
      const escaped = this.text[this.position++];
      value += escaped === 'n' ? '\n' : escaped === '\\' || escaped === '"' ? escaped : `\\${escaped ?? ''}`;
    }
  }

  /** A label name, bare or (UTF-8 names) quoted. */
  name(pattern: RegExp, what: string): string {
    return this.peek() === '"' ? this.quoted() : this.match(pattern, what);
  }
}

function parseSample(text: string, line: number): ExpositionSample {
  const reader = new LineReader(text, line);
  let name = reader.peek() === '{' ? '' : reader.match(metricName, 'a metric name');
  const labels: Record<string, string> = {};
  if (reader.peek() === '{') {
    reader.position++;
    reader.skipSpaces();
    while (reader.peek() !== '}') {
      const keyStart = reader.position;
      const key = reader.name(labelName, 'a label name');
      reader.skipSpaces();
      // UTF-8 exposition puts a quoted metric name inside the braces, without `=`.
      if (name === '' && (reader.peek() === ',' || reader.peek() === '}')) {
        name = key;
      } else {
        reader.expect('=');
        reader.skipSpaces();
        if (key in labels) {
          reader.position = keyStart;
          reader.fail(`label "${key}" appears twice`);
        }
        labels[key] = reader.quoted();
      }
      reader.skipSpaces();
      if (reader.peek() === ',') {
        reader.position++;
        reader.skipSpaces();
      } else if (reader.peek() !== '}') {
        reader.fail('expected "," or "}"');
      }
    }
    reader.position++;
    if (name === '') reader.fail('expected a metric name');
  }
  reader.skipSpaces();
  const rest = text.slice(reader.position).trim().split(/[ \t]+/);
  if (rest[0] === '') reader.fail('expected a sample value');
  if (!number.test(rest[0])) reader.fail(`"${rest[0]}" is not a number`);
  // OpenMetrics exemplars follow a `#`; a timestamp may precede them.
  const tail = rest.slice(1);
  const exemplar = tail.indexOf('#');
  const timestamp = exemplar < 0 ? tail : tail.slice(0, exemplar);
  if (timestamp.length > 1 || (timestamp.length === 1 && !number.test(timestamp[0]))) {
    reader.fail(`unexpected "${timestamp.join(' ')}" after the value`);
  }
  return { name, labels, value: Number(rest[0].replace(/inf/i, 'Infinity')), line };
}

function parseMetadata(families: Map<string, FamilyInProgress>, text: string, line: number): void {
  const found = /^#\s+(HELP|TYPE|UNIT)\s+(\S+)(?:\s+(.*))?$/.exec(text);
  if (found === null) return; // A plain comment.
  const [, keyword, rawName, rest = ''] = found;
  const name = rawName.startsWith('"') ? rawName.slice(1, -1) : rawName;
  const family = families.get(name) ?? { name, type: 'untyped' };
  families.set(name, family);
  if (keyword === 'HELP') family.help = rest;
  if (keyword === 'UNIT') family.unit = rest.trim();
  if (keyword === 'TYPE') {
    const type = rest.trim().toLowerCase();
    if (!isExpositionType(type)) throw new ExpositionParseError(line, 1, `unknown metric type "${rest.trim()}"`);
    family.type = type;
  }
}

/** Parses an exposition; throws ExpositionParseError with the line and column of the first malformed line. */
export function parseExposition(text: string): Exposition {
  const families = new Map<string, FamilyInProgress>();
  const samples: ExpositionSample[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '' || line === '# EOF') continue;
    if (line.startsWith('#')) parseMetadata(families, line, index + 1);
    else samples.push(parseSample(line, index + 1));
  }
  return { families, samples };
}

/** Sample-name suffixes that belong to a family of the given type, in both formats. */
const familySuffixes: Readonly<Record<string, readonly string[]>> = {
  counter: ['_total', '_created'],
  histogram: ['_bucket', '_sum', '_count', '_created'],
  gaugehistogram: ['_bucket', '_gsum', '_gcount'],
  summary: ['_sum', '_count', '_created'],
  info: ['_info'],
};

/** The family a sample belongs to: the one named like it, or the one whose type explains its suffix. */
export function familyOf(exposition: Exposition, sampleName: string): ExpositionFamily | undefined {
  const exact = exposition.families.get(sampleName);
  if (exact !== undefined) return exact;
  for (const [type, suffixes] of Object.entries(familySuffixes)) {
    for (const suffix of suffixes) {
      if (!sampleName.endsWith(suffix)) continue;
      const family = exposition.families.get(sampleName.slice(0, -suffix.length));
      if (family?.type === type) return family;
    }
  }
  return undefined;
}
