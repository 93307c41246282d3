/**
 * Long valid queries: lezer cuts left-associative chains of more than about 300 operators apart, and the analysis
 * recursed once per operator; both made queries that Prometheus accepts into findings. promtool is the judge.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/promql/analyze.ts';

const work = mkdtempSync(join(tmpdir(), 'long-queries-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What Prometheus's own parser says, through `promtool check rules`; undefined without promtool. */
function promtoolAccepts(expr: string): boolean | undefined {
  const file = join(work, 'rules.yml');
  writeFileSync(file, `groups:\n- name: g\n  rules:\n  - record: r\n    expr: ${JSON.stringify(expr)}\n`);
  const result = spawnSync('promtool', ['check', 'rules', file], { encoding: 'utf8', timeout: 60_000 });
  return result.error === undefined ? result.status === 0 : undefined;
}

const chain = (terms: number, term: (index: number) => string, op: string) => Array.from({ length: terms }, (_, index) => term(index)).join(` ${op} `);

const cases: [string, string][] = [
  ['a 180-term cost chain (90 priced models)', `sum by (llm_model_name) (${chain(180, (index) => `rate(llm_tokens_total{llm_model_name="m${index >> 1}", llm_token_type="${index % 2 ? 'output' : 'input'}"}[5m]) * ${index + 1}`, 'or')})`],
  ['1,000 `or` terms', chain(1_000, (index) => `rate(x_total{a="${index}"}[5m]) * 2`, 'or')],
  ['2,000 `+` terms', chain(2_000, (index) => `x${index}`, '+')],
];

describe('long valid queries', () => {
  it.each(cases)('%s: no syntax or type error, as for promtool', (_, expr) => {
    const verdict = promtoolAccepts(expr);
    if (verdict === undefined) {
      console.warn('!! promtool is not installed (apt-get install -y prometheus): the verdict is not judged');
      expect(process.env.CI).not.toBe('true');
    } else {
      expect(verdict).toBe(true);
    }
    const analysis = analyzeQuery(expr);
    expect(analysis.syntaxErrors).toEqual([]);
    expect(analysis.typeErrors).toEqual([]);
    expect(analysis.root?.kind).toBe(expr.startsWith('sum') ? 'aggregate' : 'binary');
  }, 60_000);
});
