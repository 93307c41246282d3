import { describe, expect, it } from 'vitest';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { createLocator, placeFindings } from '../../src/lint/locate.ts';
import { lintDashboard } from '../../src/lint/run.ts';
import { undefinedVariable } from '../../src/lint/rules/undefined-variable.ts';

describe('placing findings in the file', () => {
  it('finds a value by JSON pointer, falling back to the nearest existing parent', () => {
    const locate = createLocator('{\n  "a": [\n    {"b": 1}\n  ]\n}');
    expect(locate('/a/0/b')).toEqual({ line: 3, column: 11 });
    expect(locate('/a/0/missing')).toEqual({ line: 3, column: 5 });
    expect(locate('')).toEqual({ line: 1, column: 1 });
  });

  it('counts JSON escapes (\\", \\n, \\u00e9) when placing a position inside a query string', () => {
    // The query is `é{a="x"}\n+ $nope`: the escapes before `$nope` take more room in the file than in the query.
    const text = '{"panels": [\n  {"id": 1, "targets": [{"refId": "A", "expr": "\\u00e9{a=\\"x\\"}\\n+ $nope"}]}\n]}';
    const dashboard = readDashboardText(text, 'f.json');
    const findings = lintDashboard(dashboard, { rules: [undefinedVariable] });
    expect(findings.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 2, column: 3 }]);
    const [placed] = placeFindings(text, dashboard, findings, true);
    expect(placed.query).toBe('é{a="x"}\n+ $nope');
    expect(text.split('\n')[placed.fileLine - 1].slice(placed.fileColumn - 1)).toMatch(/^\$nope"/);
  });
});
