import { RE2JS } from 're2js';

/**
 * A label-matcher regex with Prometheus's semantics: RE2 syntax (what Prometheus's Go parser accepts and rejects),
 * anchored at both ends, `.` matching newlines, and linear-time matching, so a hostile pattern such as `(.?){60}x`
 * cannot make the linter backtrack for minutes the way JavaScript's RegExp would.
 */
export interface LabelRegex {
  matches(value: string): boolean;
}

export type CompiledLabelRegex = { ok: true; regex: LabelRegex } | { ok: false; error: string };

/**
 * Compiled patterns by source. The same few patterns (a catalog family, `.+`, a variable's placeholder) are
 * compiled for every selector and every rule that reads it, and RE2 compilation was a tenth of a `--check`.
 * Bounded, so that linting thousands of distinct regexes cannot grow it without limit.
 */
const compiledBySource = new Map<string, CompiledLabelRegex>();
const maxCached = 4096;

export function compileLabelRegex(source: string): CompiledLabelRegex {
  let compiled = compiledBySource.get(source);
  if (compiled === undefined) {
    if (compiledBySource.size >= maxCached) compiledBySource.clear();
    compiled = compile(source);
    compiledBySource.set(source, compiled);
  }
  return compiled;
}

function compile(source: string): CompiledLabelRegex {
  try {
    // Prometheus's `^(?s:pattern)$`: DOTALL, and `matches()` is re2js's match of the whole input (both ends
    // anchored). One compilation; the flag changes no pattern's validity, only how a syntax error is quoted.
    const anchored = RE2JS.compile(source, RE2JS.DOTALL);
    return { ok: true, regex: { matches: (value) => anchored.matches(value) } };
  } catch {
    return { ok: false, error: syntaxError(source) };
  }
}

/** The error of compiling the pattern bare, which quotes it as the user wrote it (the flag shows as `(?s)`). */
function syntaxError(source: string): string {
  try {
    RE2JS.compile(source);
    return 'the pattern does not compile';
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
  }
}
