import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { describeFileError, readInputText } from '../../dashboard/files.ts';
import { DashboardReadError } from '../../dashboard/model.ts';
import { NotADashboardError, readDashboardText } from '../../dashboard/read.ts';
import { GitError, committedJsonFiles } from '../../diff/git.ts';
import { type DashboardDiff, diffDashboards, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../../diff/index.ts';
import { workingTreeJsonFiles, workingTreeKey } from '../../diff/sources.ts';
import { formatProblem } from '../../compile/problem.ts';
import { writeAtomically } from '../../output/write.ts';
import { renderDiffPreview } from '../../preview/index.ts';
import { compareText } from '../../text/compare.ts';
import { printableLine } from '../../text/printable.ts';
import type { CliCommand, CliContext } from '../command.ts';
import { exitCodes, UserError } from '../io.ts';
import { profileOption } from './generate.ts';
import { addDataOptions, type DataOptions, dataDiffPicture, dataSource } from './preview-data.ts';

const diffFormats = ['text', 'markdown', 'json'] as const;

interface DiffCommandOptions extends DataOptions {
  readonly base?: string;
  readonly profile?: string;
  readonly format: string;
  readonly exitCode?: boolean;
  readonly svg?: string;
}

/** One dashboard file in two versions; `label` is how errors name each side. */
interface FilePair {
  readonly file: string;
  readonly before?: { readonly label: string; readonly text: string };
  readonly after?: { readonly label: string; readonly text: string };
  /** Found in a folder, where other JSON (package.json, schemas) is skipped, rather than named. */
  readonly inFolder: boolean;
}

async function isFolder(path: string, cwd: string): Promise<boolean> {
  return stat(resolve(cwd, path)).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

async function readText(path: string, cwd: string): Promise<string> {
  try {
    return await readInputText(resolve(cwd, path));
  } catch (error) {
    throw new UserError(printableLine(`${path}: cannot read: ${describeFileError(error)}`));
  }
}

/** A file's path inside the folder it was found in. */
function insideFolder(root: string, path: string): string {
  return path.slice(root.replace(/\/+$/, '').length).replace(/^\/+/, '');
}

/** Pairs files by their path inside each folder. */
function pairFolders(before: Map<string, string>, beforeRoot: string, after: Map<string, string>, afterRoot: string, label: (path: string) => string): FilePair[] {
  const beforeByName = new Map([...before].map(([path, text]) => [insideFolder(beforeRoot, path), { path, text }]));
  const afterByName = new Map([...after].map(([path, text]) => [insideFolder(afterRoot, path), { path, text }]));
  const names = [...new Set([...beforeByName.keys(), ...afterByName.keys()])].sort(compareText);
  return names.map((name) => {
    const old = beforeByName.get(name);
    const current = afterByName.get(name);
    return {
      inFolder: true,
      file: current?.path ?? old?.path ?? name,
      before: old && { label: label(old.path), text: old.text },
      after: current && { label: current.path, text: current.text },
    };
  });
}

async function pairsFromPaths(oldPath: string, newPath: string, context: CliContext): Promise<FilePair[]> {
  const { cwd } = context.io;
  const [oldIsFolder, newIsFolder] = [await isFolder(oldPath, cwd), await isFolder(newPath, cwd)];
  if (oldIsFolder !== newIsFolder) throw new UserError('diff: give two files or two folders');
  if (oldIsFolder) {
    const sides = [await workingTreeJsonFiles(oldPath, cwd), await workingTreeJsonFiles(newPath, cwd)];
    for (const line of sides.flatMap((side) => side.notes)) context.io.stderr(`${printableLine(line)}\n`);
    const problems = sides.flatMap((side) => side.problems);
    // A side read in part would show its unread dashboards as added or removed: no report rather than a wrong one.
    if (problems.length > 0) throw new UserError(printableLine(problems.join('; ')));
    const [before, after] = sides.map((side) => new Map(side.files));
    // The files are keyed relative to the working folder: so are the roots, or `./left` would cut `left/a.json` wrong.
    const [oldRoot, newRoot] = [workingTreeKey(oldPath, cwd), workingTreeKey(newPath, cwd)];
    // A special file on one side (a FIFO) is not a dashboard removed or added: its counterpart is left out of the diff.
    for (const [side, other, root, otherRoot] of [[sides[0], after, oldRoot, newRoot], [sides[1], before, newRoot, oldRoot]] as const) {
      for (const special of side.specialFiles) {
        const counterpart = [...other.keys()].find((path) => insideFolder(otherRoot, path) === insideFolder(root, special));
        if (counterpart === undefined) continue;
        other.delete(counterpart);
        context.io.stderr(`${printableLine(counterpart)}: not compared: ${printableLine(special)} is not a regular file\n`);
      }
    }
    return pairFolders(before!, oldRoot, after!, newRoot, (path) => path);
  }
  return [
    {
      inFolder: false,
      file: newPath,
      before: { label: oldPath, text: await readText(oldPath, cwd) },
      after: { label: newPath, text: await readText(newPath, cwd) },
    },
  ];
}

/**
 * The dashboards the project's code builds now, keyed like the committed files (`generated/dashboards/x.json`).
 * A project that does not build is a usage error: there is nothing to compare.
 */
export async function builtDashboards(profileId: string | undefined, context: CliContext): Promise<Map<string, string>> {
  const profile = profileOption(profileId, context);
  // Loaded here so that only --base pays for the compilers and the foundation SDK they bundle.
  const { buildOutputs, GenerateError } = await import('../../output/build.ts');
  try {
    const outputs = await buildOutputs(context.project, profile);
    const folder = context.project.outDir.replace(/\/+$/, '');
    return new Map([...outputs].filter(([path]) => path.endsWith('.json')).map(([path, text]) => [`${folder}/${path}`, text]));
  } catch (error) {
    if (!(error instanceof GenerateError)) throw error;
    for (const problem of error.problems) context.io.stderr(`error: ${formatProblem(problem)}\n`);
    throw new UserError(`the dashboards do not build under profile ${profile.id}`);
  }
}

async function pairsFromBase(ref: string, options: DiffCommandOptions, context: CliContext): Promise<FilePair[]> {
  const { outDir } = context.project;
  let committed: Map<string, string>;
  try {
    committed = await committedJsonFiles(ref, outDir, context.io.cwd);
  } catch (error) {
    if (error instanceof GitError) throw new UserError(printableLine(`--base: ${error.message}`));
    throw error;
  }
  const current = await builtDashboards(options.profile, context);
  return pairFolders(committed, outDir, current, outDir, (path) => `${ref}:${path}`);
}

/** Reads both sides; a side that does not read is reported (file:line:col) and its pair skipped. */
function diffPairs(pairs: readonly FilePair[], context: CliContext): DashboardDiff[] {
  const diffs: DashboardDiff[] = [];
  for (const pair of pairs) {
    try {
      const before = pair.before && readDashboardText(pair.before.text, pair.before.label);
      const after = pair.after && readDashboardText(pair.after.text, pair.after.label);
      if (before !== undefined && after !== undefined && before.format !== after.format) {
        // Settings, variables and panel options are written differently in the two formats: say so rather than let
        // a reader take every format difference for an edit.
        context.io.stderr(printableLine(`note: ${pair.before!.label} is a ${before.format} dashboard and ${pair.after!.label} a ${after.format} one; changes include how the two formats write the same thing`) + '\n');
      }
      diffs.push({ ...diffDashboards(before, after), file: pair.file });
    } catch (error) {
      if (!(error instanceof DashboardReadError)) throw error;
      if (pair.inFolder && error instanceof NotADashboardError) {
        context.io.stderr(`${printableLine(error.file)}: skipped: not a dashboard\n`);
        continue;
      }
      context.io.stderr(`${printableLine(error.location())}: ${printableLine(error.message)}\n`);
      context.exit(exitCodes.usage);
    }
  }
  return diffs;
}

async function runDiff(oldPath: string | undefined, newPath: string | undefined, options: DiffCommandOptions, context: CliContext): Promise<void> {
  if (!(diffFormats as readonly string[]).includes(options.format)) {
    throw new UserError(`--format: unknown format "${options.format}"; formats: ${diffFormats.join(', ')}`);
  }
  if (options.svg === '') throw new UserError('--svg: the file for the picture is an empty path');
  if (options.data !== undefined && options.svg === undefined) throw new UserError('--data draws the --svg picture with data: give --svg <file> too');
  if (options.base !== undefined && oldPath !== undefined) throw new UserError('diff: give either two files or --base <ref>, not both');
  if (options.base === undefined && (oldPath === undefined || newPath === undefined)) {
    throw new UserError('diff: give two dashboard files (or folders), or --base <git-ref>');
  }
  const source = await dataSource(options);
  const pairs = options.base !== undefined ? await pairsFromBase(options.base, options, context) : await pairsFromPaths(oldPath!, newPath!, context);
  const diffs = diffPairs(pairs, context);
  // Queried before the report is printed: an unreachable Prometheus stops the command before any output.
  const svg = options.svg === undefined ? undefined : source === undefined ? renderDiffPreview(diffs) : await dataDiffPicture(diffs, source, context);

  if (options.format === 'json') context.io.stdout(renderDiffJson(diffs));
  else if (options.format === 'markdown') context.io.stdout(renderDiffMarkdown(diffs));
  else context.io.stdout(renderDiffText(diffs, { color: context.io.color }));

  if (options.svg !== undefined && svg !== undefined) {
    await writeAtomically(resolve(context.io.cwd, options.svg), svg).catch((error: Error) => {
      throw new UserError(`--svg ${options.svg}: cannot write: ${error.message}`);
    });
  }
  if (options.exitCode && diffs.some((diff) => diff.status !== 'unchanged')) context.exit(exitCodes.findings);
}

export const diffCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    const command = program
      .command('diff')
      .description('Show what changed between two versions of dashboards, panel by panel (v1 or v2, any source)')
      .argument('[old]', 'the old dashboard JSON file, or a folder of them')
      .argument('[new]', 'the new dashboard JSON file, or a folder of them')
      .option('--base <ref>', `compare ${context.project.outDir}/ as committed at this git ref with what the code builds now`)
      .option('--profile <name>', `naming profile to build with, for --base (default: ${context.project.defaultProfile})`)
      .option('--format <format>', `output format: ${diffFormats.join(', ')}`, 'text')
      .option('--exit-code', 'exit 1 when anything changed (like git diff --exit-code)')
      .option('--svg <file>', 'also write a picture of both layouts side by side with the changes marked (with --data: both drawn with data)');
    addDataOptions(command).action((oldPath: string | undefined, newPath: string | undefined, options: DiffCommandOptions) => runDiff(oldPath, newPath, options, context));
  },
};
