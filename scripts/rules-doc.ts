// Writes the lint rule reference into README.md between `<!-- rules:start -->` and `<!-- rules:end -->`
// (only that text changes); without the markers it writes .tmp/readme-rules.md instead.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderRuleReference, withRuleReference } from '../src/lint/docs.ts';
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
