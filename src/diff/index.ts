/**
 * Panel-level diffs of Grafana dashboards (v1 or v2, generated or hand-written).
 *
 *   const diff = diffDashboards(readDashboardText(before, file), readDashboardText(after, file));
 *   process.stdout.write(renderDiffText([diff], { color: false }));
 */
export { diffDashboards } from './dashboard.ts';
export type { Change, ChangeKind, ChangeSubject, DashboardDiff, DashboardStatus, FieldChange } from './model.ts';
export { renderDiffJson } from './render-json.ts';
export { renderDiffMarkdown } from './render-markdown.ts';
export { renderDiffText } from './render-text.ts';
