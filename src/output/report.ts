import { DashboardReadError } from '../dashboard/model.ts';
import { readDashboardText } from '../dashboard/read.ts';
import { diffDashboards, renderDiffText } from '../diff/index.ts';
import { manifestPath, type FileChange } from './write.ts';

const maxPatchLines = 60;

/** A line diff for files that are not dashboards (provisioning YAML, the manifest), cut to a readable length. */
async function linePatch(file: string, before: string, after: string): Promise<string> {
  const { createPatch } = await import('diff');
  const lines = createPatch(file, before, after, 'on disk', 'generated').split('\n').slice(2);
  const shown = lines.slice(0, maxPatchLines);
  if (lines.length > maxPatchLines) shown.push(`... ${lines.length - maxPatchLines} more lines`);
  return `${shown.join('\n').replace(/\n+$/, '')}\n`;
}

/** The panel-level diff of a dashboard file; a line diff when the difference is outside what panels carry. */
async function dashboardPatch(file: string, before: string, after: string, color: boolean): Promise<string> {
  let diff;
  try {
    diff = diffDashboards(readDashboardText(before, file), readDashboardText(after, file));
  } catch (error) {
    if (!(error instanceof DashboardReadError)) throw error;
    return `${error.location()}: the file on disk is not a readable dashboard (${error.message})\n`;
  }
  if (diff.status === 'unchanged') return `${file}: no panel changes; the text differs:\n${await linePatch(file, before, after)}`;
  return renderDiffText([diff], { color });
}

/** What `--check` prints for one file that is not as the generator would write it. */
export async function describeChange(change: FileChange, file: string, color: boolean): Promise<string> {
  switch (change.status) {
    case 'unchanged':
      return '';
    case 'missing':
      return `${file}: missing (would be created)\n`;
    case 'stale':
      return `${file}: stale (written by an earlier run, no longer generated; would be removed)\n`;
    case 'foreign':
      return `${file}: exists but is not listed in ${manifestPath}; the generator will not overwrite it\n`;
    case 'edited':
    case 'changed': {
      const edited =
        change.status === 'edited' ? `${file}: edited since the generator wrote it (its sha256 differs from ${manifestPath}); the generator will not replace or remove it\n` : '';
      if (change.next === undefined) return edited;
      // Its digests follow the other files; a patch of hashes would say nothing more.
      if (change.path === manifestPath) return `${file}: differs (it records the digests of the generated files)\n`;
      const before = change.current ?? '';
      const after = change.next ?? '';
      // The panel-level diff names the file itself.
      if (change.path.endsWith('.json')) return edited + (await dashboardPatch(file, before, after, color));
      return `${edited}${file}: differs from the generated file\n${await linePatch(file, before, after)}`;
    }
  }
}
