import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulePage, renderRulePages, renderRuleReference, rulePagesFolder, withRuleReference } from '../../src/lint/docs.ts';
import { rules } from '../../src/lint/rules/index.ts';

const root = new URL('../../', import.meta.url);

describe('README rule reference', () => {
  it('is in sync with the rule registry (regenerate: npm run rules-doc)', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const expected = withRuleReference(readme, renderRuleReference(rules));
    expect(expected, 'README.md needs the markers <!-- rules:start --> and <!-- rules:end --> around the rule reference').toBeDefined();
    expect(readme, 'README.md rule reference is out of date: run npm run rules-doc').toBe(expected);
  });

  it('lists every rule once, linking to its page', () => {
    const section = renderRuleReference(rules);
    for (const rule of rules) expect(section.split(`| [\`${rule.id}\`](${rulePagesFolder}/${rule.id}.md) |`)).toHaveLength(2);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  it('replaces only the text between the markers', () => {
    expect(withRuleReference('a\n<!-- rules:start -->\nold\n<!-- rules:end -->\nb', 'new\n')).toBe(
      'a\n<!-- rules:start -->\nnew\n<!-- rules:end -->\nb',
    );
    expect(withRuleReference('no markers', 'x')).toBeUndefined();
  });
});

describe('rule pages (docs/rules/<id>.md)', () => {
  const pages = renderRulePages(rules);

  it('exist for every rule and match the rule modules (regenerate: npm run rules-doc)', () => {
    for (const [path, text] of pages) {
      const file = new URL(path, root);
      expect(existsSync(file), `${path} is missing: run npm run rules-doc`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${path} is out of date: run npm run rules-doc`).toBe(text);
    }
  });

  it('are all there is in docs/rules (a retired rule leaves no page behind)', () => {
    const files = readdirSync(new URL(`${rulePagesFolder}/`, root)).map((name) => `${rulePagesFolder}/${name}`);
    expect(files.sort()).toEqual([...pages.keys()].sort());
  });

  it('say what, why, a reported and an accepted example, where from, and how to turn it off or on', () => {
    for (const rule of rules) {
      const page = renderRulePage(rule);
      expect(page).toContain(rule.description);
      expect(page).toContain(rule.rationale);
      expect(page).toContain(rule.example.bad);
      expect(page).toContain(rule.example.good);
      expect(page).toMatch(/## Where it comes from\n\n(?:A check of this project|The same check as:)/);
      for (const origin of rule.origins ?? []) expect(page).toContain(`\`${origin.check}\``);
      expect(page).toContain(`${rule.enabledByDefault ? '--disable' : '--enable'} ${rule.id}`);
    }
  });

  it('fence examples that contain backticks so that they cannot end the block early', () => {
    const rule = { ...rules[0]!, example: { bad: 'sum(x) ``` oops', good: 'y' } };
    expect(renderRulePage(rule)).toContain('````promql\nsum(x) ``` oops\n````');
  });
});
