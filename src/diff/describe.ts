/** Wording shared by the text and markdown renderers. */
import type { Change, DashboardDiff } from './model.ts';
import { canonical } from './fields.ts';
import { printableLine } from '../text/printable.ts';

/** A value as a reviewer reads it: strings quoted, objects as compact JSON, absence spelled out. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(none)';
  return printableLine(canonical(value));
}

export function quote(text: string): string {
  return printableLine(JSON.stringify(text));
}

/** `added 1 panel, changed 2 panels, ...` for a dashboard's heading. */
export function countChanges(diff: DashboardDiff): string {
  const counts = new Map<string, number>();
  for (const change of diff.changes) {
    const label = `${change.kind} ${change.subject}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, count]) => {
      const [kind, subject] = label.split(' ');
      const noun = subject === 'settings' ? 'settings' : count === 1 ? subject : `${subject}s`;
      return subject === 'settings' ? `${kind} settings` : `${kind} ${count} ${noun}`;
    })
    .join(', ');
}

/** The one-line headline of a change, without the tab (renderers group by tab). */
export function headline(change: Change): string {
  const detail = change.details[0];
  switch (change.subject) {
    case 'settings':
      return `settings changed: ${change.fields.join(', ')}`;
    case 'variable': {
      const name = (change.fields[0] ?? '').split('.')[1] ?? '';
      if (change.kind === 'changed') return `variable $${name} changed: ${change.fields.map((field) => field.split('.').slice(2).join('.')).join(', ')}`;
      if (change.kind === 'moved') return `variable $${name} moved from position ${Number(detail?.before) + 1} to ${Number(detail?.after) + 1}`;
      return `variable $${name} ${change.kind}`;
    }
    case 'tab':
      if (change.kind === 'renamed') return `tab renamed from ${quote(String(detail?.before))} to ${quote(change.tab ?? '')}`;
      if (change.kind === 'moved') return `tab ${quote(change.tab ?? '')} moved from position ${Number(detail?.before) + 1} to ${Number(detail?.after) + 1}`;
      return `tab ${quote(change.tab ?? '')} ${change.kind}`;
    case 'panel': {
      const panel = `panel ${quote(change.panel ?? '')}`;
      const panelInfo = change.after ?? change.before;
      const what = panelInfo ? ` (${[panelInfo.type, panelInfo.unit].filter(Boolean).join(', ')})` : '';
      switch (change.kind) {
        case 'added':
        case 'removed':
          return `${panel} ${change.kind}${what}`;
        case 'renamed':
          return `${panel} renamed from ${quote(String(detail?.before))}`;
        case 'moved':
          return detail?.field === 'tab'
            ? `${panel} moved from ${detail.before === undefined ? 'the top level' : `tab ${quote(String(detail.before))}`}`
            : `${panel} moved from position ${Number(detail?.before) + 1} to ${Number(detail?.after) + 1}`;
        case 'changed':
          return `${panel} changed: ${change.fields.join(', ')}`;
      }
    }
  }
}

/** Changes grouped by where they are: dashboard-wide ones first (tab undefined), then tab by tab in order. */
export function groupByTab(diff: DashboardDiff): { tab?: string; changes: Change[] }[] {
  const groups: { tab?: string; changes: Change[] }[] = [];
  const dashboardWide = diff.changes.filter((change) => change.subject === 'settings' || change.subject === 'variable');
  if (dashboardWide.length > 0) groups.push({ changes: dashboardWide });
  for (const change of diff.changes) {
    if (change.subject === 'settings' || change.subject === 'variable') continue;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.tab === change.tab && last.changes[0]?.subject !== 'settings' && last.changes[0]?.subject !== 'variable') {
      last.changes.push(change);
    } else {
      groups.push({ tab: change.tab, changes: [change] });
    }
  }
  return groups;
}
