import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleReference, withRuleReference } from '../../src/lint/docs.ts';
import { rules } from '../../src/lint/rules/index.ts';

describe('README rule reference', () => {
  it('is in sync with the rule registry (regenerate: node --import tsx scripts/rules-doc.ts)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const expected = withRuleReference(readme, renderRuleReference(rules));
    expect(expected, 'README.md needs the markers <!-- rules:start --> and <!-- rules:end --> around the rule reference').toBeDefined();
    expect(readme, 'README.md rule reference is out of date: run node --import tsx scripts/rules-doc.ts').toBe(expected);
  });

  it('lists every rule once, with severity, default, catalog need and example', () => {
    const section = renderRuleReference(rules);
    for (const rule of rules) {
      expect(section.split(`| \`${rule.id}\` |`)).toHaveLength(2);
      if (rule.example) expect(section).toContain(rule.example.bad);
    }
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  it('replaces only the text between the markers', () => {
    expect(withRuleReference('a\n<!-- rules:start -->\nold\n<!-- rules:end -->\nb', 'new\n')).toBe(
      'a\n<!-- rules:start -->\nnew\n<!-- rules:end -->\nb',
    );
    expect(withRuleReference('no markers', 'x')).toBeUndefined();
  });
});
