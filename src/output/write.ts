import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { Outputs } from './build.ts';

/** Lists the files the generator owns in the output directory; only these are ever replaced or removed. */
export const manifestPath = '.generated-files.json';

const manifestGenerator = 'generate-dashboards';

export type FileStatus = 'unchanged' | 'changed' | 'missing' | 'stale' | 'foreign';

export interface FileChange {
  /** Relative to the output directory, with `/` separators. */
  readonly path: string;
  readonly status: FileStatus;
  /** What is on disk now (absent when missing). */
  readonly current?: string;
  /** What the generator produces (absent for stale files, which it no longer produces). */
  readonly next?: string;
}

/** A problem with the output directory itself (an unreadable manifest, a file we do not own in the way). */
export class OutputDirError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'OutputDirError';
  }
}

/** A manifest path must stay inside the output directory; anything else is refused rather than deleted. */
function isSafeRelativePath(path: string): boolean {
  return path !== '' && !isAbsolute(path) && !normalize(path).split(sep).includes('..') && normalize(path) === path.split('/').join(sep);
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The files a previous run recorded as its own; none when there is no manifest yet. */
export async function readManifest(outDir: string): Promise<string[]> {
  const file = join(outDir, manifestPath);
  const text = await readIfExists(file);
  if (text === undefined) return [];
  let files: unknown;
  try {
    files = (JSON.parse(text) as { files?: unknown }).files;
  } catch {
    throw new OutputDirError(file, 'is not valid JSON; delete it only if nothing else in this directory needs keeping');
  }
  if (!Array.isArray(files) || !files.every((entry) => typeof entry === 'string' && isSafeRelativePath(entry))) {
    throw new OutputDirError(file, '`files` must list relative paths inside the output directory');
  }
  return files as string[];
}

export function manifestText(paths: Iterable<string>): string {
  const files = [...new Set(paths)].sort();
  return `${JSON.stringify({ generator: manifestGenerator, files }, null, 2)}\n`;
}

/** The outputs plus the manifest that records them, as they should be on disk. */
export function withManifest(outputs: Outputs): Map<string, string> {
  const files = new Map(outputs);
  files.set(manifestPath, manifestText(outputs.keys()));
  return files;
}

/**
 * Compares what the generator would write with the output directory. A file that exists but that no
 * manifest lists is `foreign`: the generator will not overwrite it.
 */
export async function planOutputs(outDir: string, outputs: Outputs): Promise<FileChange[]> {
  const owned = new Set(await readManifest(outDir));
  const wanted = withManifest(outputs);
  const changes: FileChange[] = [];
  for (const [path, next] of [...wanted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const current = await readIfExists(join(outDir, path));
    let status: FileStatus = 'unchanged';
    if (current === undefined) status = 'missing';
    else if (path !== manifestPath && !owned.has(path) && current !== next) status = 'foreign';
    else if (current !== next) status = 'changed';
    changes.push({ path, status, current, next });
  }
  for (const path of [...owned].sort()) {
    if (wanted.has(path)) continue;
    const current = await readIfExists(join(outDir, path));
    if (current !== undefined) changes.push({ path, status: 'stale', current });
  }
  return changes;
}

let temporaryCounter = 0;

/** Writes through a temporary file in the same directory and a rename, so readers never see half a file. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  temporaryCounter += 1;
  const temporary = join(dirname(file), `.${process.pid}-${temporaryCounter}.generate-dashboards.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Removes now-empty directories between a removed file and the output directory. */
async function pruneEmptyParents(outDir: string, path: string): Promise<void> {
  for (let dir = dirname(path); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    try {
      await rmdir(join(outDir, dir));
    } catch {
      return;
    }
  }
}

/**
 * Brings the output directory in line with the plan. The manifest is first widened to every file about to
 * be written, so an interrupted run still owns what it wrote; it is narrowed to the outputs at the end.
 */
export async function applyPlan(outDir: string, changes: readonly FileChange[]): Promise<void> {
  const foreign = changes.filter((change) => change.status === 'foreign');
  if (foreign.length > 0) {
    const list = foreign.map((change) => join(outDir, change.path)).join(', ');
    throw new OutputDirError(list, 'exists but was not written by generate-dashboards; move it away or delete it');
  }
  const pending = changes.filter((change) => change.status === 'changed' || change.status === 'missing');
  const stale = changes.filter((change) => change.status === 'stale');
  if (pending.length === 0 && stale.length === 0) return;
  const manifest = changes.find((change) => change.path === manifestPath);
  const produced = changes.filter((change) => change.next !== undefined && change.path !== manifestPath).map((change) => change.path);
  const previous = await readManifest(outDir);
  await writeAtomically(join(outDir, manifestPath), manifestText([...previous, ...produced]));
  for (const change of pending) {
    if (change.path !== manifestPath) await writeAtomically(join(outDir, change.path), change.next as string);
  }
  for (const change of stale) {
    await rm(join(outDir, change.path), { force: true });
    await pruneEmptyParents(outDir, change.path);
  }
  await writeAtomically(join(outDir, manifestPath), manifest?.next ?? manifestText(produced));
}
