import { createHash } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { isJsonObject } from '../json/object.ts';
import { compareText } from '../text/compare.ts';
import type { PendingOutput } from './build.ts';

/**
 * Records the files the generator owns in the output directory (only these are ever replaced or removed),
 * with the digest of each one's source and of the bytes written, so that `--check` recognises an
 * untouched, up-to-date file without formatting it again.
 */
export const manifestPath = '.generated-files.json';

const manifestGenerator = 'generate-dashboards';

export interface ManifestEntry {
  readonly source: string;
  readonly sha256: string;
}

export type Manifest = ReadonlyMap<string, ManifestEntry>;

/**
 * `edited`: an owned file whose bytes no longer match the digest the manifest recorded (changed by hand, or by a
 * merge); the generator neither replaces nor removes it.
 */
export type FileStatus = 'unchanged' | 'changed' | 'missing' | 'stale' | 'foreign' | 'edited';

export interface FileChange {
  /** Relative to the output directory, with `/` separators. */
  readonly path: string;
  readonly status: FileStatus;
  /** What is on disk now (absent when missing). */
  readonly current?: string;
  /** What the generator writes; absent for stale files, and for unchanged ones it did not need to format. */
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

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A manifest path must name a file inside the output directory: relative, no `..`, no empty or `.` segment (so
 * neither `dashboards/` nor `a//b`), and never the manifest itself. Anything else is refused rather than followed.
 */
function isSafeRelativePath(path: string): boolean {
  if (path === manifestPath || isAbsolute(path) || path.includes('\\')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * Makes sure that reading, writing or removing `path` inside `outDir` cannot leave it: no folder on the way and not
 * the file itself may be a symbolic link (a link committed into `generated/` would otherwise let a run overwrite or
 * delete files anywhere), and what is there must be a regular file or folder (reading a FIFO would block forever).
 */
/** The output folder itself: a real folder (or none yet), never a link the generator would write through. */
async function confineOutputDir(outDir: string): Promise<void> {
  await confine(dirname(outDir), basename(outDir));
  const info = await stat(outDir).catch(() => undefined);
  if (info !== undefined && !info.isDirectory()) throw new OutputDirError(outDir, 'is not a folder; name a folder with --out');
}

async function confine(outDir: string, path: string): Promise<void> {
  const segments = path.split('/');
  for (let index = 0; index < segments.length; index += 1) {
    const shown = join(outDir, ...segments.slice(0, index + 1));
    let info;
    try {
      info = await lstat(shown);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    if (info.isSymbolicLink()) {
      throw new OutputDirError(shown, 'is a symbolic link; the generator never follows links out of its output folder. Replace it with a real folder or file, then run again');
    }
    const last = index === segments.length - 1;
    if (!last && !info.isDirectory()) throw new OutputDirError(shown, 'is not a folder, but the generator keeps files below it; move it away, then run again');
    if (last && !info.isFile() && !info.isDirectory()) throw new OutputDirError(shown, 'is not a regular file; move it away, then run again');
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // Node's message for a folder does not name it ("EISDIR: illegal operation on a directory, read").
    if (code === 'EISDIR') throw new OutputDirError(file, 'is a folder where the generator keeps a file; move it away, then run again');
    throw error;
  }
}

function isEntry(value: unknown): value is ManifestEntry {
  return isJsonObject(value) && typeof value.source === 'string' && typeof value.sha256 === 'string';
}

/** The files a previous run recorded as its own; none when there is no manifest yet. */
export async function readManifest(outDir: string): Promise<Manifest> {
  const file = join(outDir, manifestPath);
  const text = await readIfExists(file);
  if (text === undefined) return new Map();
  let files: unknown;
  try {
    files = (JSON.parse(text) as { files?: unknown }).files;
  } catch {
    throw new OutputDirError(file, 'is not valid JSON; restore it from version control, or delete it and the files it listed');
  }
  if (!isJsonObject(files)) throw new OutputDirError(file, '`files` must map paths inside the output directory to {"source", "sha256"} digests');
  const entries = Object.entries(files);
  for (const [path, entry] of entries) {
    if (!isSafeRelativePath(path)) {
      throw new OutputDirError(file, `the entry ${JSON.stringify(path)} is not a file path inside the output directory; restore the manifest from version control`);
    }
    if (!isEntry(entry)) throw new OutputDirError(file, `the entry ${JSON.stringify(path)} must be {"source", "sha256"} digests`);
  }
  return new Map(entries as [string, ManifestEntry][]);
}

function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries([...manifest].sort(([a], [b]) => compareText(a, b)));
  return `${JSON.stringify({ generator: manifestGenerator, files }, null, 2)}\n`;
}

/** What the generator wants on disk: each output's status, plus the manifest that records them. */
export interface OutputPlan {
  readonly changes: readonly FileChange[];
  readonly manifest: Manifest;
}

/**
 * Compares what the generator would write with the output directory. A file whose source digest and bytes
 * match the manifest is unchanged without being formatted. A file that exists but that no manifest lists is
 * `foreign`, unless it already holds exactly the generated text: the generator will not overwrite it.
 */
export async function planOutputs(outDir: string, outputs: ReadonlyMap<string, PendingOutput>): Promise<OutputPlan> {
  await confineOutputDir(outDir);
  await confine(outDir, manifestPath);
  const owned = await readManifest(outDir);
  for (const path of new Set([...outputs.keys(), ...owned.keys()])) await confine(outDir, path);
  const manifest = new Map<string, ManifestEntry>();
  const changes: FileChange[] = [];
  for (const [path, output] of outputs) {
    const current = await readIfExists(join(outDir, path));
    const recorded = owned.get(path);
    const intact = current !== undefined && recorded?.sha256 === sha256(current);
    if (intact && recorded?.source === output.source) {
      manifest.set(path, recorded);
      changes.push({ path, status: 'unchanged', current });
      continue;
    }
    const next = await output.render();
    manifest.set(path, { source: output.source, sha256: sha256(next) });
    let status: FileStatus = 'changed';
    if (current === undefined) status = 'missing';
    else if (current === next) status = 'unchanged';
    else if (recorded === undefined) status = 'foreign';
    else if (!intact) status = 'edited';
    changes.push({ path, status, current, next });
  }
  for (const [path, recorded] of owned) {
    if (outputs.has(path)) continue;
    const current = await readIfExists(join(outDir, path));
    if (current === undefined) continue;
    // A file listed with another digest is not the one the generator wrote: never delete it.
    changes.push({ path, status: recorded.sha256 === sha256(current) ? 'stale' : 'edited', current });
  }
  // Digests can move without any file changing (a new formatter version that prints the same bytes); that
  // refreshes the manifest on the next write but is not a difference `--check` should fail on.
  const currentManifest = await readIfExists(join(outDir, manifestPath));
  const samePaths = owned.size === manifest.size && [...manifest.keys()].every((path) => owned.has(path));
  const manifestStatus: FileStatus = currentManifest === undefined ? 'missing' : samePaths ? 'unchanged' : 'changed';
  changes.push({ path: manifestPath, status: manifestStatus, current: currentManifest, next: manifestText(manifest) });
  changes.sort((a, b) => compareText(a.path, b.path));
  return { changes, manifest };
}

/**
 * `mkdir -p` that fails where it cannot succeed. Node's `{ recursive: true }` spins forever when a parent
 * exists but cannot hold children (a path under /proc, a dangling symlink): `--out /proc/x` hung.
 */
export async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await stat(dir)).isDirectory()) return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw error;
    await makeDirectory(dirname(dir));
    // The parent exists now; a second ENOENT is final.
    await mkdir(dir).catch(async (retryError: NodeJS.ErrnoException) => {
      if (retryError.code !== 'EEXIST' || !(await stat(dir)).isDirectory()) throw retryError;
    });
  }
}

let temporaryCounter = 0;
const temporarySuffix = '.generate-dashboards.tmp';

/** Writes through a temporary file in the same directory and a rename, so readers never see half a file. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  await makeDirectory(dirname(file));
  temporaryCounter += 1;
  const temporary = join(dirname(file), `.${process.pid}-${temporaryCounter}${temporarySuffix}`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A run killed between writing a temporary file and renaming it (SIGKILL, a crash) leaves the temporary
 * behind; the next run removes those of processes that are gone, so none stays in the output for good.
 */
async function removeLeftoverTemporaries(outDir: string, paths: readonly string[]): Promise<void> {
  for (const dir of new Set(paths.map((path) => dirname(join(outDir, path))))) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const pid = name.endsWith(temporarySuffix) ? /^\.(\d+)-\d+\./.exec(name)?.[1] : undefined;
      if (pid !== undefined && !isRunning(Number(pid))) await rm(join(dir, name), { force: true });
    }
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
 * be written, so an interrupted run still owns what it wrote; it takes its final content at the end.
 */
export async function applyPlan(outDir: string, plan: OutputPlan): Promise<void> {
  const { changes, manifest } = plan;
  const foreign = changes.filter((change) => change.status === 'foreign');
  if (foreign.length > 0) {
    const list = foreign.map((change) => join(outDir, change.path)).join(', ');
    throw new OutputDirError(list, `exists but is not listed in ${manifestPath}; move it away or delete it, then run again`);
  }
  const edited = changes.filter((change) => change.status === 'edited');
  if (edited.length > 0) {
    const list = edited.map((change) => join(outDir, change.path)).join(', ');
    throw new OutputDirError(
      list,
      `differs from what the generator wrote (its sha256 is not the one in ${manifestPath}); restore it from version control or delete it, then run again`,
    );
  }
  const writes = changes.filter((change) => change.path !== manifestPath && change.next !== undefined && change.current !== change.next);
  const stale = changes.filter((change) => change.status === 'stale');
  const manifestChange = changes.find((change) => change.path === manifestPath);
  await removeLeftoverTemporaries(outDir, changes.map((change) => change.path));
  if (writes.length === 0 && stale.length === 0 && manifestChange?.current === manifestChange?.next) return;
  const widened = new Map([...(await readManifest(outDir)), ...manifest]);
  await writeAtomically(join(outDir, manifestPath), manifestText(widened));
  for (const change of writes) await writeAtomically(join(outDir, change.path), change.next as string);
  for (const change of stale) {
    await rm(join(outDir, change.path), { force: true });
    await pruneEmptyParents(outDir, change.path);
  }
  await writeAtomically(join(outDir, manifestPath), manifestText(manifest));
}

const lockName = '.generate-dashboards.lock';

/**
 * Runs `work` while this process holds the output folder's lock, so that two runs at once cannot interleave their
 * writes (one in twenty concurrent runs used to leave a manifest that disagreed with the files). A lock left by a
 * process that is gone is taken over; a live one is waited for, up to `waitMs`.
 */
export async function withOutputLock<T>(outDir: string, work: () => Promise<T>, waitMs = 30_000): Promise<T> {
  await confineOutputDir(outDir);
  await makeDirectory(outDir);
  const lock = join(outDir, lockName);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && !isRunning(holder)) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new OutputDirError(lock, `another generate-dashboards (pid ${holder}) is writing this folder; run again when it has finished, or delete the lock if no such process exists`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
