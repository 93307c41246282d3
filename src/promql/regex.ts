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
    // Compiled bare first so that a syntax error quotes the user's pattern, not our anchored wrapper.
    RE2JS.compile(source);
    const anchored = RE2JS.compile(`^(?s:${source})$`);
    return { ok: true, regex: { matches: (value) => anchored.matches(value) } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error) };
  }
}
