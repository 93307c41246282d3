/**
 * Finding and reading the input files the user named: folders are walked the way a repository is read (without
 * `node_modules`, `.git`, what `.gitignore` ignores and hidden folders), and only regular files are ever read, so a
 * FIFO cannot block a run and `/dev/zero` cannot fill the memory.
 */
import { closeSync, constants, type Dirent, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { compareText } from '../text/compare.ts';

/** Hidden files and folders are tool state (the generator's manifest, editor files), not dashboards. */
export function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

/** Never walked, with or without `--include-hidden`: installed packages and git's own store. */
const neverWalked = new Set(['node_modules', '.git']);

/** Why an entry under a walked folder was left out; counted for the run's note. */
export type SkipReason = 'node_modules or .git' | 'ignored by .gitignore' | 'hidden' | 'symlink to a folder' | 'not a regular file';

export interface WalkOptions {
  /** The file names to yield; `*.json` by default. */
  readonly accept?: (name: string) => boolean;
  /** Walk hidden folders and files too (`.archive/`); `.git` stays out. */
  readonly includeHidden?: boolean;
}

export interface FoundFiles {
  /** Paths as the user wrote them (folders expanded), in argument order then sorted within each folder. */
  readonly files: string[];
  /** The files among them that were found by walking a folder rather than named. */
  readonly walked: ReadonlySet<string>;
  /** Arguments that could not be used, with why. */
  readonly problems: string[];
  /** Folders given that yielded no file: a mistake for lint, an empty side for diff. */
  readonly emptyFolders: string[];
  /** Entries under the walked folders that were left out, by reason. */
  readonly skipped: ReadonlyMap<SkipReason, number>;
  /** Special files met while walking (FIFOs, devices, sockets), each named with what it is. */
  readonly notes: string[];
  /** The same special files, as paths shown like `files` (a diff must not call their counterparts added or removed). */
  readonly specialFiles: string[];
}

const isJson = (name: string) => name.endsWith('.json');

/** What a special file is, for messages; undefined for regular files and folders. */
function specialKind(info: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): string | undefined {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return undefined;
}

/** The `.gitignore` rules of one folder, matched against paths relative to it. */
interface IgnoreRules {
  readonly folder: string;
  readonly rules: Ignore;
}

/** Git's reading: deeper `.gitignore` files override shallower ones, `!pattern` re-includes. */
function isIgnored(rulesInScope: readonly IgnoreRules[], absolute: string, isFolder: boolean): boolean {
  let ignored = false;
  for (const { folder, rules } of rulesInScope) {
    const inside = absolute.slice(folder.length + 1) + (isFolder ? '/' : '');
    const result = rules.test(inside);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

async function gitignoreOf(folder: string): Promise<IgnoreRules | undefined> {
  const text = await readInputText(join(folder, '.gitignore')).catch(() => undefined);
  return text === undefined ? undefined : { folder, rules: ignore().add(text) };
}

interface PendingFolder {
  readonly absolute: string;
  readonly shown: string;
  readonly rules: readonly IgnoreRules[];
}

/** Depth-first in sorted order, with an explicit stack: a folder tree thousands deep cannot overflow the call stack. */
async function walk(
  root: PendingFolder,
  options: Required<WalkOptions>,
  found: Pick<FoundFiles, 'problems' | 'notes' | 'specialFiles'> & { files: string[]; skipped: Map<SkipReason, number> },
): Promise<void> {
  const { files: out, skipped, notes, problems, specialFiles } = found;
  const skip = (reason: SkipReason) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  // Files are pushed as strings, folders as objects still to read; popping keeps the order a recursive walk would have.
  const stack: (string | PendingFolder)[] = [root];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') {
      out.push(next);
      continue;
    }
    const own = await gitignoreOf(next.absolute);
    const rules = own === undefined ? next.rules : [...next.rules, own];
    let entries: Dirent[];
    try {
      entries = (await readdir(next.absolute, { withFileTypes: true })).sort((a, b) => compareText(a.name, b.name));
    } catch (error) {
      // The folder that failed is named, and the rest of the walk goes on.
      problems.push(`${next.shown}: cannot read: ${describeFileError(error)}`);
      continue;
    }
    const children: (string | PendingFolder)[] = [];
    for (const entry of entries) {
      const absolute = join(next.absolute, entry.name);
      const shown = next.shown === '.' ? entry.name : `${next.shown.replace(/\/+$/, '')}/${entry.name}`;
      let info: Pick<Stats, 'isDirectory' | 'isFile' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'> = entry;
      if (entry.isSymbolicLink()) {
        // A dangling link stays a link entry (neither folder nor special file): it is yielded, and reading it reports it.
        const target = await stat(absolute).catch(() => undefined);
        // A linked folder may lead anywhere, itself included; git does not follow them either.
        if (target?.isDirectory() === true) {
          skip('symlink to a folder');
          continue;
        }
        info = target ?? entry;
      }
      // Only what would have been read counts as left out: folders, and files of the kind asked for.
      if (!info.isDirectory() && !options.accept(entry.name)) continue;
      if (info.isDirectory() && neverWalked.has(entry.name)) {
        skip('node_modules or .git');
      } else if (isHidden(entry.name) && !options.includeHidden) {
        skip('hidden');
      } else if (isIgnored(rules, absolute, info.isDirectory())) {
        skip('ignored by .gitignore');
      } else if (info.isDirectory()) {
        children.push({ absolute, shown, rules });
      } else {
        const kind = specialKind(info);
        if (kind === undefined) children.push(shown);
        else {
          skip('not a regular file');
          notes.push(`${shown}: skipped: ${kind}, not a regular file`);
          specialFiles.push(shown);
        }
      }
    }
    stack.push(...children.reverse());
  }
}

/** Expands the files and folders given on the command line, relative to `cwd`; folders yield `*.json` unless `accept` says otherwise. */
export async function dashboardFiles(args: readonly string[], cwd: string, walkOptions: WalkOptions = {}): Promise<FoundFiles> {
  const options: Required<WalkOptions> = { accept: walkOptions.accept ?? isJson, includeHidden: walkOptions.includeHidden ?? false };
  const files: string[] = [];
  const walked = new Set<string>();
  const problems: string[] = [];
  const skipped = new Map<SkipReason, number>();
  const notes: string[] = [];
  const specialFiles: string[] = [];
  const emptyFolders: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const found: string[] = [];
        const problemsBefore = problems.length;
        await walk({ absolute: path, shown: arg, rules: [] }, options, { files: found, skipped, notes, problems, specialFiles });
        if (found.length === 0 && problems.length === problemsBefore) emptyFolders.push(arg);
        files.push(...found);
        for (const file of found) walked.add(file);
      } else {
        const kind = specialKind(info);
        if (kind === undefined) files.push(arg);
        else problems.push(`${arg}: ${kind}, not a regular file; skipped`);
      }
    } catch (error) {
      problems.push(`${arg}: ${describeFileError(error)}`);
    }
  }
  return { files: [...new Set(files)], walked, problems, emptyFolders, skipped, notes, specialFiles };
}

/** Node's file-system errors in words; the path is already in the message around it. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (error instanceof InputFileError) return error.message;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** A named input that is not a regular file, or too large to read. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

/**
 * The largest input file read (a dashboard, a saved scrape): far beyond any dashboard (the largest of a 322-file corpus
 * is under 1 MB), and below what V8 can hold as one string (~512 MiB), where Node would fail with "Invalid string length".
 */
export const maxInputBytes = 64 * 1024 * 1024;

/**
 * Reads a regular file as UTF-8. Opened without blocking and checked on the open descriptor, so a FIFO is refused
 * instead of waiting forever for a writer, and a device or an oversized file is refused instead of read. The calls
 * are synchronous: the commands read one file at a time, and the four asynchronous calls a file took (open, stat,
 * read, close, each a round trip through libuv's thread pool) left a cold `lint` of the 322 corpus files waiting about
 * 0.4 s.
 */
export async function readInputText(path: string): Promise<string> {
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    const kind = specialKind(info);
    if (kind !== undefined) throw new InputFileError(`${kind}, not a regular file`);
    if (info.size > maxInputBytes) {
      throw new InputFileError(`too large (${Math.ceil(info.size / 1024 / 1024)} MiB; the limit is ${maxInputBytes / 1024 / 1024} MiB)`);
    }
    return readFileSync(descriptor, 'utf8');
  } finally {
    closeSync(descriptor);
  }
}
