/** Dashboard files as text from the working tree, keyed like the files git lists. */
import { relative, resolve } from 'node:path';
import { dashboardFiles, describeFileError, readInputText } from '../dashboard/files.ts';

export interface WorkingTreeFiles {
  /** `path -> text`, keyed by path relative to `cwd` with `/`. */
  readonly files: Map<string, string>;
  /** What could not be read (the folder itself, a file in it), each a line naming the path. */
  readonly problems: string[];
  /** Special files left out of the walk, each named. */
  readonly notes: string[];
  /** The special `*.json` files left out, keyed like `files`. */
  readonly specialFiles: ReadonlySet<string>;
}

/** How a working-tree path is keyed: relative to `cwd`, with `/` (`./left/` and `left` are the same folder). */
export function workingTreeKey(path: string, cwd: string): string {
  return relative(cwd, resolve(cwd, path)).split('\\').join('/');
}

/**
 * Every `*.json` under `folder` that the walk yields (no hidden, ignored or special files), read as text. A folder or
 * file that cannot be read is a problem, never an empty side: a diff would call every dashboard in it added.
 */
export async function workingTreeJsonFiles(folder: string, cwd: string): Promise<WorkingTreeFiles> {
  const files = new Map<string, string>();
  const { files: paths, problems, notes, specialFiles } = await dashboardFiles([folder], cwd);
  const key = (path: string) => workingTreeKey(path, cwd);
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    try {
      files.set(key(path), await readInputText(absolute));
    } catch (error) {
      problems.push(`${path}: cannot read: ${describeFileError(error)}`);
    }
  }
  return { files, problems, notes, specialFiles: new Set(specialFiles.filter((path) => path.endsWith('.json')).map(key)) };
}
