/** Files as committed at a git ref, read through `git` itself (no shell, no working-tree changes). */
import { execFile } from 'node:child_process';
import { posix } from 'node:path';
import { promisify } from 'node:util';
import { isHidden } from '../dashboard/files.ts';
import { compareText } from '../text/compare.ts';

const run = promisify(execFile);

/** Enough for any dashboard folder; git's output is buffered whole. */
const maxBuffer = 256 * 1024 * 1024;

export class GitError extends Error {
  /** `explained`: false when git failed without a word on stderr. */
  constructor(
    message: string,
    readonly explained = true,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

async function git(args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const failure = error as { stderr?: string; code?: string | number };
    if (failure.code === 'ENOENT') throw new GitError('git is not installed or not on PATH');
    const reason = (failure.stderr ?? '').trim().split('\n')[0];
    throw new GitError(`git ${args[0]}: ${reason || String(error)}`, reason !== '');
  }
}

/** A word for a command the user may paste into a shell: as it is when that is safe, else single-quoted. */
export function shellWord(text: string): string {
  return /^[\w./@:+-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/**
 * Every `*.json` file under `folder` (relative to `cwd`) at `ref` but hidden ones, keyed by its path relative to `cwd`,
 * sorted by path. A folder that does not exist at the ref gives an empty map.
 */
export async function committedJsonFiles(ref: string, folder: string, cwd: string): Promise<Map<string, string>> {
  // Refuse what git would read as an option rather than a revision.
  if (ref.startsWith('-')) throw new GitError(`not a git revision: ${ref}`);
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).catch((error: GitError) => {
    // --quiet: an unknown revision fails without a word; what git does say (not a repository) is the reason.
    if (error.explained) throw error;
    throw new GitError(`unknown git revision "${ref}" (fetch it first, e.g. \`git fetch origin ${shellWord(ref.replace(/^origin\//, ''))}\`)`);
  });
  const listing = await git(['ls-tree', '-r', '-z', '--name-only', ref, '--', folder], cwd);
  const paths = listing
    .split('\0')
    .filter((path) => path.endsWith('.json') && !isHidden(posix.relative(folder, path)))
    .sort(compareText);
  const files = new Map<string, string>();
  for (const path of paths) files.set(path, await git(['show', `${ref}:./${path}`], cwd));
  return files;
}
