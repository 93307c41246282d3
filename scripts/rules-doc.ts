// Writes the lint rule documentation: the rule table in README.md between `<!-- rules:start -->` and
// `<!-- rules:end -->` (only that text changes; without the markers it writes .tmp/readme-rules.md instead), and
// one page per rule in docs/rules/, removing pages of rules that no longer exist.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderRulePages, renderRuleReference, rulePagesFolder, withRuleReference } from '../src/lint/docs.ts';
import { rules } from '../src/lint/rules/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const section = renderRuleReference(rules);
const readmePath = `${root}README.md`;
const readme = await readFile(readmePath, 'utf8').catch(() => undefined);
const updated = readme === undefined ? undefined : withRuleReference(readme, section);
if (updated === undefined) {
  await mkdir(`${root}.tmp`, { recursive: true });
  await writeFile(`${root}.tmp/readme-rules.md`, section);
  process.stdout.write('README.md has no rule markers; wrote .tmp/readme-rules.md\n');
} else if (updated !== readme) {
  await writeFile(readmePath, updated);
  process.stdout.write(`README.md: rule reference updated (${rules.length} rules)\n`);
} else {
  process.stdout.write('README.md: rule reference already up to date\n');
}

const pages = renderRulePages(rules);
await mkdir(`${root}${rulePagesFolder}`, { recursive: true });
let changed = 0;
for (const [path, text] of pages) {
  const current = await readFile(`${root}${path}`, 'utf8').catch(() => undefined);
  if (current === text) continue;
  await writeFile(`${root}${path}`, text);
  changed += 1;
}
let removed = 0;
for (const name of await readdir(`${root}${rulePagesFolder}`)) {
  if (!name.endsWith('.md') || pages.has(`${rulePagesFolder}/${name}`)) continue;
  await rm(`${root}${rulePagesFolder}/${name}`);
  removed += 1;
}
process.stdout.write(`${rulePagesFolder}/: ${pages.size} rule pages, ${changed} written, ${removed} removed\n`);
