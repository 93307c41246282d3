/** Dashboard files as text from the working tree, keyed like the files git lists. */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { dashboardFiles } from '../dashboard/files.ts';

/**
 * `path -> text` for every `*.json` under `folder` except hidden ones, keyed by path relative to `cwd` with `/`;
 * empty when the folder is absent.
 */
export async function workingTreeJsonFiles(folder: string, cwd: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const isFolder = await stat(resolve(cwd, folder)).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) return files;
  const { files: paths } = await dashboardFiles([folder], cwd);
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    files.set(relative(cwd, absolute).split('\\').join('/'), await readFile(absolute, 'utf8'));
  }
  return files;
}
