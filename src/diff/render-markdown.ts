import { formatQuery } from '../promql/pretty.ts';
import { diffSequences } from '../text/diff-sequences.ts';
import { plural } from '../text/plural.ts';
import { printableText } from '../text/printable.ts';
import { countChanges, groupByTab, headline, showValue } from './describe.ts';
import type { Change, DashboardDiff, FieldChange } from './model.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text in running markdown: no emphasis, links or HTML sneak in from a panel title. */
function escapeMarkdown(text: string): string {
  return escapeHtml(text).replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1');
}

/** An inline code span that survives backticks in the value and `|` inside a table cell. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, '\\|').replace(/\n/g, ' ')}${fence}`;
}

function fence(body: string, language: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${language}\n${body}\n${marks}`;
}

/** Line-level diff of the pretty-printed queries, which GitHub colours in a `diff` block. */
function queryBlock(detail: FieldChange): string {
  const before = formatQuery(String(detail.before)).split('\n');
  const after = formatQuery(String(detail.after)).split('\n');
  const lines = diffSequences(before, after).flatMap((part) =>
    part.value.map((line) => `${part.added ? '+' : part.removed ? '-' : ' '} ${line}`),
  );
  return `**${escapeMarkdown(detail.field)}**\n\n${fence(lines.join('\n'), 'diff')}`;
}

function changedPanel(change: Change): string {
  const queries = change.details.filter((detail) => detail.promql && typeof detail.before === 'string' && typeof detail.after === 'string');
  const others = change.details.filter((detail) => !queries.includes(detail));
  const parts = [`<details><summary>${escapeHtml(headline(change))}</summary>`, ''];
  if (others.length > 0) {
    parts.push('| Field | Before | After |', '|---|---|---|');
    for (const detail of others) parts.push(`| ${code(detail.field)} | ${code(showValue(detail.before))} | ${code(showValue(detail.after))} |`);
    parts.push('');
  }
  for (const detail of queries) parts.push(queryBlock(detail), '');
  parts.push('</details>');
  return parts.join('\n');
}

function changeItem(change: Change): string {
  if (change.kind === 'changed' && change.subject === 'panel') return changedPanel(change);
  const line = `- ${escapeMarkdown(headline(change))}`;
  if (change.kind !== 'changed') return line;
  const values = change.details.map((detail) => `  - ${code(detail.field)}: ${code(showValue(detail.before))} → ${code(showValue(detail.after))}`);
  return [line, ...values].join('\n');
}

/** For a pull-request comment or job summary: a summary table, then each dashboard's changes, changed panels collapsible. */
export function renderDiffMarkdown(diffs: readonly DashboardDiff[]): string {
  const changed = diffs.filter((diff) => diff.status !== 'unchanged');
  const out: string[] = ['## Dashboard changes', ''];
  if (changed.length === 0) {
    out.push(diffs.length === 0 ? 'No dashboards to compare.' : `No dashboard changes (${diffs.length} compared).`);
    return `${out.join('\n')}\n`;
  }
  out.push('| Dashboard | File | Status | Changes |', '|---|---|---|---|');
  for (const diff of changed) {
    out.push(`| ${escapeMarkdown(diff.title)} | ${code(diff.file)} | ${diff.status} | ${escapeMarkdown(countChanges(diff)) || '–'} |`);
  }
  const unchanged = diffs.length - changed.length;
  if (unchanged > 0) out.push('', `${plural(unchanged, 'more dashboard')} unchanged.`);
  for (const diff of changed) {
    out.push('', `### ${escapeMarkdown(diff.title)} (${code(diff.file)})`, '');
    if (diff.status !== 'changed') {
      out.push(`Dashboard ${diff.status}.`);
      continue;
    }
    for (const group of groupByTab(diff)) {
      if (group.tab !== undefined) out.push(`**Tab ${escapeMarkdown(group.tab)}**`, '');
      for (const change of group.changes) out.push(changeItem(change));
      out.push('');
    }
  }
  // Titles, queries and file names are input; none of their control characters reaches a log or terminal raw.
  return printableText(`${out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '')}\n`);
}
