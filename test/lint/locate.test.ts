import { describe, expect, it } from 'vitest';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { createLocator } from '../../src/json/locate.ts';
import { placeFindings } from '../../src/lint/locate.ts';
import { lintDashboard } from '../../src/lint/run.ts';
import type { QueryRule } from '../../src/lint/rule.ts';
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

  it('shows a variable query finding on the variable query text, and places it inside that string', () => {
    const text = '{"panels": [], "templating": {"list": [\n  {"name": "i", "type": "query", "query": "label_values(up{a=\\"b\\"}, i)"}\n]}}';
    const dashboard = readDashboardText(text, 'f.json');
    const atBrace: QueryRule = {
      scope: 'query',
      id: 'test-brace',
      severity: 'info',
      description: 'reports the first brace',
      rationale: 'test rule',
      example: { bad: '{}', good: 'x' },
      enabledByDefault: true,
      needsCatalog: false,
      check: ({ analysis }, report) => report({ message: 'here', from: analysis.text.indexOf('{') }),
    };
    const findings = lintDashboard(dashboard, { rules: [atBrace] });
    expect(findings.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 1, column: 16 }]);
    const [placed] = placeFindings(text, dashboard, findings, true);
    expect(placed.query).toBe('label_values(up{a="b"}, i)');
    expect(text.split('\n')[placed.fileLine - 1].slice(placed.fileColumn - 1)).toMatch(/^\{a=/);
  });

  it('places findings inside the API wrapper {"dashboard": ...} and a v2 resource, not at the top of the file', () => {
    const wrapped = '{"meta": {},\n "dashboard": {"panels": [\n  {"id": 1, "targets": [{"refId": "A", "expr": "up + $nope"}]}\n]}}';
    const resource =
      '{"kind": "Dashboard", "spec": {"layout": {}, "elements": {"p": {"kind": "Panel", "spec": {"data": {"spec": {"queries": [\n' +
      '  {"spec": {"refId": "A", "query": {"kind": "prometheus", "spec": {"expr": "up + $nope"}}}}\n]}}}}}}}';
    for (const text of [wrapped, resource]) {
      const dashboard = readDashboardText(text, 'f.json');
      const [placed] = placeFindings(text, dashboard, lintDashboard(dashboard, { rules: [undefinedVariable] }), true);
      expect(text.split('\n')[placed.fileLine - 1].slice(placed.fileColumn - 1)).toMatch(/^\$nope"/);
    }
  });
});
