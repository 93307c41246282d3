// Diff, pretty-printing and preview over the real corpus in /work/shared/corpus/mixin-dashboards, when it is there:
// dashboards/s for a diff against an edited copy (one panel inserted at the top of each dashboard's first tab,
// every later v1 id shifted by one), how many of those diffs report exactly the one added panel, queries/s
// pretty-printed, and previews/s. Without the corpus it says so and measures the test fixtures only.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { DashboardInfo } from '../src/dashboard/model.ts';
import { readDashboard, readDashboardText } from '../src/dashboard/read.ts';
import { diffDashboards } from '../src/diff/index.ts';
import { formatQuery } from '../src/promql/pretty.ts';
import { renderDiffPreview, renderPreview } from '../src/preview/index.ts';
import { corpusFolder as corpus } from '../test/corpus.ts';
import { jsonFilesUnder } from '../test/files.ts';

type Json = Record<string, any>;

/** The same document with one new panel before the first one of its first row (v1) or tab (v2), ids renumbered. */
function withInsertedPanel(document: Json): Json | undefined {
  const copy = structuredClone(document);
  const root = copy.dashboard ?? copy;
  const spec = root.spec;
  const newPanel = { type: 'stat', title: 'Inserted by the bench', gridPos: { x: 0, y: 0, w: 24, h: 3 }, targets: [{ refId: 'A', expr: 'up' }] };
  if (spec?.elements && spec.layout) return undefined;
  if (!Array.isArray(root.panels)) return undefined;
  const first = root.panels.findIndex((panel: Json) => panel.type !== 'row');
  if (first < 0) return undefined;
  const y = root.panels[first].gridPos?.y ?? 0;
  for (const panel of root.panels) {
    if (panel.gridPos && panel.gridPos.y >= y) panel.gridPos.y += 3;
    for (const inner of panel.panels ?? []) if (inner.gridPos && inner.gridPos.y >= y) inner.gridPos.y += 3;
  }
  root.panels.splice(first, 0, { ...newPanel, gridPos: { ...newPanel.gridPos, y } });
  let id = 1;
  for (const panel of root.panels) {
    if (typeof panel.id === 'number') panel.id = id++;
    for (const inner of panel.panels ?? []) if (typeof inner.id === 'number') inner.id = id++;
  }
  return copy;
}

const files = existsSync(corpus) ? jsonFilesUnder(corpus) : [];
if (files.length === 0) console.log(`corpus not found at ${corpus}: measuring nothing but the fixtures`);
const sources = files.length > 0 ? files : jsonFilesUnder(new URL('../test/fixtures/diff', import.meta.url).pathname);

const pairs: { before: DashboardInfo; after: DashboardInfo }[] = [];
let unreadable = 0;
for (const file of sources) {
  try {
    const text = readFileSync(file, 'utf8');
    const before = readDashboardText(text, file);
    const edited = withInsertedPanel(JSON.parse(text));
    if (edited) pairs.push({ before, after: readDashboard(edited, file) });
  } catch {
    unreadable++;
  }
}

let start = performance.now();
let exactlyOne = 0;
const misses: string[] = [];
for (const { before, after } of pairs) {
  const changes = diffDashboards(before, after).changes;
  if (changes.length === 1 && changes[0].kind === 'added') exactlyOne++;
  else if (misses.length < 5) misses.push(`${before.file}: ${changes.map((change) => `${change.kind} ${change.panel ?? change.fields.join(',')}`).join('; ')}`);
}
const diffSeconds = (performance.now() - start) / 1000;
let selfEqual = 0;
for (const { before } of pairs) if (diffDashboards(before, before).status === 'unchanged') selfEqual++;

const queries = pairs.flatMap(({ before }) => before.panels.flatMap((panel) => panel.queries.flatMap((query) => (query.expr ? [query.expr] : []))));
start = performance.now();
for (const query of queries) formatQuery(query);
const prettySeconds = (performance.now() - start) / 1000;

start = performance.now();
for (const { before, after } of pairs) {
  renderPreview(before);
  renderDiffPreview([diffDashboards(before, after)]);
}
const previewSeconds = (performance.now() - start) / 1000;

console.log(`${sources.length} files, ${unreadable} unreadable, ${pairs.length} v1 dashboards with a panel inserted`);
console.log(`diff: ${(pairs.length / diffSeconds).toFixed(0)} dashboards/s; exactly one "added" change: ${exactlyOne}/${pairs.length}; unchanged against itself: ${selfEqual}/${pairs.length}`);
for (const miss of misses) console.log(`  not exactly one change: ${miss}`);
console.log(`pretty-print: ${(queries.length / prettySeconds).toFixed(0)} queries/s over ${queries.length} queries`);
console.log(`preview + diff preview: ${(pairs.length / previewSeconds).toFixed(0)} dashboards/s`);

// Pairing is near-linear (issue 13: 32,000 panels took 20 s and 100,000 over 2 minutes when every pair was compared).
for (const count of [32_000, 100_000]) {
  const panels = Array.from({ length: count }, (_, index) => ({ id: index + 1, type: 'stat', title: `Panel ${index}`, targets: [{ refId: 'A', expr: `up{i="${index}"}` }] }));
  const big = readDashboard({ uid: 'big', title: 'Big', panels }, 'big.json');
  const reversed = readDashboard({ uid: 'big', title: 'Big', panels: [...panels].reverse() }, 'big.json');
  start = performance.now();
  diffDashboards(big, big);
  const same = (performance.now() - start) / 1000;
  start = performance.now();
  diffDashboards(big, reversed);
  console.log(`diff of ${count} panels: ${same.toFixed(1)} s against itself, ${((performance.now() - start) / 1000).toFixed(1)} s against its reverse`);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
