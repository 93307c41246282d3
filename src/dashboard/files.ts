import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compareText } from '../text/compare.ts';

export interface DashboardFiles {
  /** Paths as the user wrote them (folders expanded), in argument order then sorted within each folder. */
  readonly files: string[];
  /** Arguments that could not be used, with why. */
  readonly problems: string[];
}

/** Hidden files and folders are tool state (the generator's manifest, editor files), not dashboards. */
export function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

async function jsonFilesUnder(folder: string, shown: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries.map((entry) => entry.name).sort(compareText);
  for (const name of names) {
    if (isHidden(name)) continue;
    const entry = entries.find((candidate) => candidate.name === name)!;
    const path = join(folder, name);
    const shownPath = shown === '.' ? name : `${shown.replace(/\/+$/, '')}/${name}`;
    if (entry.isDirectory()) await jsonFilesUnder(path, shownPath, out);
    else if (name.endsWith('.json')) out.push(shownPath);
  }
}

/** Expands files and folders (recursively, every `*.json` that is not hidden) given on the command line, relative to `cwd`. */
export async function dashboardFiles(args: readonly string[], cwd: string): Promise<DashboardFiles> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    try {
      if ((await stat(path)).isDirectory()) {
        const found: string[] = [];
        await jsonFilesUnder(path, arg, found);
        if (found.length === 0) problems.push(`${arg}: no .json files in this folder`);
        files.push(...found);
      } else {
        files.push(arg);
      }
    } catch (error) {
      problems.push(`${arg}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error)}`);
    }
  }
  return { files: [...new Set(files)], problems };
}
