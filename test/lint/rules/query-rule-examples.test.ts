/** Every query rule's documented example is true: the bad query is reported by the rule, the good one is not. */
import { describe, expect, it } from 'vitest';
import { queryRules } from '../../../src/lint/rules/query-rules.ts';
import { lintQuery } from './query-lint.ts';

/** Examples of the legend rule carry their legend as a ` with legendFormat "..."` suffix. */
function parseExample(text: string): { query: string; legendFormat?: string } {
  const match = /^(.*) with legendFormat "(.*)"$/.exec(text);
  return match === null ? { query: text } : { query: match[1]!, legendFormat: match[2]! };
}

describe('query rule examples', () => {
  it('every query rule has an example and a unique kebab-case id', () => {
    expect(queryRules.filter((rule) => rule.example === undefined).map((rule) => rule.id)).toEqual([]);
    expect(new Set(queryRules.map((rule) => rule.id)).size).toBe(queryRules.length);
    for (const rule of queryRules) expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  for (const rule of queryRules) {
    it(`${rule.id}: reports the bad example and accepts the good one`, () => {
      const bad = parseExample(rule.example!.bad);
      const good = parseExample(rule.example!.good);
      expect(lintQuery(bad.query, { rules: [rule], ...(bad.legendFormat === undefined ? {} : { legendFormat: bad.legendFormat }) })).not.toEqual([]);
      expect(lintQuery(good.query, { rules: [rule], ...(good.legendFormat === undefined ? {} : { legendFormat: good.legendFormat }) })).toEqual([]);
    });
  }
});
