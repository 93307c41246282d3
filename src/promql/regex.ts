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

export function compileLabelRegex(source: string): CompiledLabelRegex {
  try {
    // Compiled bare first so that a syntax error quotes the user's pattern, not our anchored wrapper.
    RE2JS.compile(source);
    const anchored = RE2JS.compile(`^(?s:${source})$`);
    return { ok: true, regex: { matches: (value) => anchored.matches(value) } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error) };
  }
}
