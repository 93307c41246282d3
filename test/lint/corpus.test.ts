// OPTIONAL: lints the 322 real dashboards of /work/shared/corpus/mixin-dashboards (monitoring-mixins, schema 14
// to 41) catalog-free. The corpus is not part of the project; where it is absent this test says so loudly and
// passes without checking anything.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import project from '../../dashboards.config.ts';
import { rules } from '../../src/lint/rules/index.ts';
import { runCapturing } from '../cli/capture.ts';
import { corpusFolder as corpus } from '../corpus.ts';
import { jsonFilesUnder } from '../files.ts';

const present = existsSync(corpus);

type Json = Record<string, any>;

/**
 * An independent count of the PromQL queries, straight from the JSON: targets with a non-blank `expr` whose datasource
 * (the target's, else the panel's) is not declared, or resolved through a datasource variable, as another type.
 */
function countQueries(dashboard: Json): { prometheus: number; other: number } {
  const plugins = new Map<string, string>(
    (dashboard.templating?.list ?? []).filter((v: Json) => v.type === 'datasource').map((v: Json) => [v.name, v.query]),
  );
  const typeOf = (ref: unknown): string | undefined => {
    if (ref === null || ref === undefined) return undefined;
    const { type, uid } = typeof ref === 'string' ? { type: undefined, uid: ref } : (ref as Json);
    if (uid === '-- Mixed --') return undefined;
    if (type !== undefined) return type;
    const variable = /^\$\{?(\w+)\}?$/.exec(uid ?? '')?.[1];
    return variable === undefined ? undefined : plugins.get(variable);
  };
  const counts = { prometheus: 0, other: 0 };
  const visit = (panels: Json[] = []) => {
    for (const panel of panels) {
      visit(panel.panels);
      for (const target of panel.targets ?? []) {
        if (typeof target.expr !== 'string' || target.expr.trim() === '') continue;
        const type = typeOf(target.datasource) ?? typeOf(panel.datasource);
        if (type === undefined || type.includes('prometheus')) counts.prometheus++;
        else counts.other++;
      }
    }
  };
  visit(dashboard.panels);
  for (const row of dashboard.rows ?? []) visit(row.panels);
  return counts;
}

describe('lint over the real-world corpus (optional)', () => {
  it('lints every file and every PromQL query catalog-free, without crashing', async () => {
    if (!present) {
      console.warn(`\n*** OPTIONAL CORPUS TEST NOT RUN: ${corpus} is absent; nothing was checked. ***\n`);
      // CI has shared/ beside the clone: there, a missing corpus is a broken set-up, not something to skip.
      expect(process.env.CI, `${corpus} is absent under CI`).not.toBe('true');
      return;
    }
    const files = jsonFilesUnder(corpus);
    const expected = files.map((file) => countQueries(JSON.parse(readFileSync(file, 'utf8'))));
    const { code, stdout, stderr } = await runCapturing(project, ['lint', '.', '--catalog', 'none', '--format', 'json'], corpus);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const report = JSON.parse(stdout) as { findings: { file: string; rule: string; severity: string }[]; summary: Json };

    expect(report.summary.files).toBe(files.length);
    expect(report.summary.queries).toBe(expected.reduce((sum, count) => sum + count.prometheus, 0));
    const known = new Set(rules.map((rule) => rule.id));
    const relativeFiles = new Set(files.map((file) => relative(corpus, file)));
    const histogram = new Map<string, number>();
    for (const finding of report.findings) {
      expect(known.has(finding.rule), `${finding.file}: ${finding.rule}`).toBe(true);
      expect(relativeFiles.has(finding.file)).toBe(true);
      const key = `${finding.rule} (${finding.severity})`;
      histogram.set(key, (histogram.get(key) ?? 0) + 1);
    }
    console.log(
      `corpus: ${report.summary.files} files, ${report.summary.queries} PromQL queries ` +
        `(${expected.reduce((sum, count) => sum + count.other, 0)} other queries skipped), ` +
        `${report.summary.errors} errors, ${report.summary.warnings} warnings\n` +
        [...histogram].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, count]) => `  ${String(count).padStart(6)}  ${rule}`).join('\n'),
    );
  });
});
