/**
 * The queries of real dashboards (the public monitoring mixins, when /work/shared/corpus is present): analysis never
 * fails on them, and Prometheus-valid PromQL gets no type errors. Optional: says so loudly when the corpus is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { analyzeQuery } from '../../src/promql/analyze.ts';
import { corpusFolder as corpus } from '../corpus.ts';
import { jsonFilesUnder } from '../files.ts';

function realQueries(): string[] {
  const queries: string[] = [];
  for (const file of jsonFilesUnder(corpus)) {
    try {
      const dashboard = readDashboardText(readFileSync(file, 'utf8'), file);
      for (const panel of dashboard.panels) for (const query of panel.queries) if (query.expr !== undefined) queries.push(query.expr);
    } catch {
      // Not a dashboard: the reader's tests cover that.
    }
  }
  return queries;
}

describe('real dashboard queries', () => {
  if (!existsSync(corpus)) {
    it(`needs the dashboard corpus at ${corpus} (absent: nothing checked)`, () => {
      console.warn(`\n*** ${corpus} is absent: real-dashboard query checks did not run ***\n`);
      // CI has shared/ beside the clone: there, a missing corpus is a broken set-up, not something to skip.
      expect(process.env.CI, `${corpus} is absent under CI`).not.toBe('true');
    });
    return;
  }

  const queries = realQueries();

  it('are thousands', () => {
    expect(queries.length).toBeGreaterThan(3_000);
  });

  it('analyse without failures, and valid ones without type errors', () => {
    const problems: string[] = [];
    for (const query of queries) {
      const analysis = analyzeQuery(query);
      if (analysis.syntaxErrors.length > 0) continue;
      for (const error of analysis.typeErrors) problems.push(`${error.message}: ${query.slice(0, 160)}`);
    }
    expect(problems).toEqual([]);
  });
});
