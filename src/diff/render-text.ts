import { diffQuery, type MarkedLine } from '../promql/pretty.ts';
import { plural } from '../text/plural.ts';
import { printableLine } from '../text/printable.ts';
import { countChanges, groupByTab, headline, quote, showValue } from './describe.ts';
import type { Change, ChangeKind, DashboardDiff, FieldChange } from './model.ts';

interface Style {
  readonly kind: (kind: ChangeKind, text: string) => string;
  readonly bold: (text: string) => string;
  readonly removed: (text: string) => string;
  readonly added: (text: string) => string;
  readonly removedToken: (text: string) => string;
  readonly addedToken: (text: string) => string;
}

const sgr = (open: string) => (text: string) => `\x1b[${open}m${text}\x1b[0m`;

const kindColor: Record<ChangeKind, string> = { added: '32', removed: '31', changed: '33', moved: '36', renamed: '35' };

const colored: Style = {
  kind: (kind, text) => sgr(kindColor[kind])(text),
  bold: sgr('1'),
  removed: sgr('31'),
  added: sgr('32'),
  removedToken: sgr('1;41;97'),
  addedToken: sgr('1;42;30'),
};

// Without colour, changed tokens are bracketed the way `git diff --word-diff` does it.
const plain: Style = {
  kind: (_kind, text) => text,
  bold: (text) => text,
  removed: (text) => text,
  added: (text) => text,
  removedToken: (text) => `[-${text}-]`,
  addedToken: (text) => `{+${text}+}`,
};

const sigil: Record<ChangeKind, string> = { added: '+', removed: '-', changed: '~', moved: '>', renamed: '=' };

/** One line of a pretty-printed query: runs of unchanged and of changed tokens, each styled as one. */
function markedLine(line: MarkedLine, mark: (text: string) => string, color: (text: string) => string): string {
  const runs: { changed: boolean; text: string }[] = [];
  line.tokens.forEach((token, index) => {
    const space = token.spaceBefore && index > 0 ? ' ' : '';
    const text = printableLine(token.text);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.changed === token.changed) last.text += space + text;
    else if (token.changed) runs.push({ changed: false, text: space }, { changed: true, text });
    else runs.push({ changed: false, text: space + text });
  });
  const styled = runs.filter((run) => run.text !== '').map((run) => (run.changed ? mark(run.text) : color(run.text)));
  return '  '.repeat(line.indent) + styled.join('');
}

function fieldLines(detail: FieldChange, style: Style, indent: string): string[] {
  if (detail.promql && typeof detail.before === 'string' && typeof detail.after === 'string') {
    const query = diffQuery(detail.before, detail.after);
    return [
      `${indent}${printableLine(detail.field)}:`,
      ...query.before.map((line) => `${indent}  ${style.removed('-')} ${markedLine(line, style.removedToken, style.removed)}`),
      ...query.after.map((line) => `${indent}  ${style.added('+')} ${markedLine(line, style.addedToken, style.added)}`),
    ];
  }
  return [`${indent}${printableLine(detail.field)}: ${style.removed(showValue(detail.before))} -> ${style.added(showValue(detail.after))}`];
}

function changeLines(change: Change, style: Style, indent: string): string[] {
  const lines = [`${indent}${style.kind(change.kind, `${sigil[change.kind]} ${printableLine(headline(change))}`)}`];
  if (change.kind === 'changed') for (const detail of change.details) lines.push(...fieldLines(detail, style, `${indent}    `));
  return lines;
}

/** A terminal report: dashboards with their changes tab by tab, changed queries pretty-printed and marked. */
export function renderDiffText(diffs: readonly DashboardDiff[], options: { color: boolean }): string {
  const style = options.color ? colored : plain;
  const lines: string[] = [];
  const changed = diffs.filter((diff) => diff.status !== 'unchanged');
  for (const diff of changed) {
    const name = `${quote(diff.title)}${diff.uid ? ` (uid ${diff.uid})` : ''}`;
    const summary = diff.status === 'changed' ? countChanges(diff) : `dashboard ${diff.status}`;
    // Input reaches the terminal only through printableLine: the style adds the only escape codes.
    lines.push(style.bold(printableLine(`${diff.file}: ${name}: ${summary}`)));
    for (const group of groupByTab(diff)) {
      const inTab = group.tab !== undefined;
      if (inTab) lines.push(`  tab ${quote(group.tab ?? '')}:`);
      for (const change of group.changes) lines.push(...changeLines(change, style, inTab ? '    ' : '  '));
    }
    lines.push('');
  }
  const unchanged = diffs.length - changed.length;
  if (changed.length === 0) lines.push(diffs.length === 0 ? 'No dashboards to compare.' : 'No dashboard changes.');
  else if (unchanged > 0) lines.push(`${plural(unchanged, 'dashboard')} unchanged.`);
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
