import { jsonWithControlsEscaped } from '../text/printable.ts';
import type { DashboardDiff } from './model.ts';

/**
 * The machine-readable report:
 * `{"dashboards":[{"uid","title","file","status","changes":[{"kind","panel","tab","fields"}]}]}`.
 * `uid` is null when the dashboard has none; `panel` is present for panel changes only and `tab` whenever the
 * change sits inside a tab or row. Variable changes carry `fields: ["variables.<name>"]` (added, removed, moved)
 * or `["variables.<name>.<field>", ...]` (changed); settings changes `["settings.<field>", ...]`; tab changes
 * `["tab"]` (added, removed, renamed) or `["order"]` (moved).
 */
export function renderDiffJson(diffs: readonly DashboardDiff[]): string {
  const dashboards = diffs.map((diff) => ({
    uid: diff.uid ?? null,
    title: diff.title,
    file: diff.file,
    status: diff.status,
    changes: diff.changes.map((change) => ({
      kind: change.kind,
      ...(change.subject === 'panel' ? { panel: change.panel } : {}),
      ...(change.tab !== undefined ? { tab: change.tab } : {}),
      fields: change.fields,
    })),
  }));
  return `${jsonWithControlsEscaped(JSON.stringify({ dashboards }, null, 2))}\n`;
}
