import { stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { describeFileError, readInputText } from '../../dashboard/files.ts';
import { DashboardReadError } from '../../dashboard/model.ts';
import { NotADashboardError, readDashboardText } from '../../dashboard/read.ts';
import { workingTreeJsonFiles } from '../../diff/sources.ts';
import { writeAtomically } from '../../output/write.ts';
import { renderPreview } from '../../preview/index.ts';
import { printableLine } from '../../text/printable.ts';
import type { CliCommand, CliContext } from '../command.ts';
import { exitCodes, UserError } from '../io.ts';
import { builtDashboards } from './diff.ts';
import { addDataOptions, type DataOptions, type DataPictureInput, dataSource, writeDataPreviews } from './preview-data.ts';

/** Not under the output folder: previews are pictures for people, and `--check` owns that folder. */
export const defaultPreviewDir = 'preview';

interface PreviewOptions extends DataOptions {
  readonly out: string;
  readonly profile?: string;
}

interface Source {
  /** The file as the user named it, for messages. */
  readonly path: string;
  /** Where its picture goes, relative to the output folder. */
  readonly picture: string;
  readonly text: string;
  /** Found in a folder, where other JSON (package.json, schemas) is skipped, rather than named. */
  readonly inFolder: boolean;
}

const toSvgName = (path: string) => path.replace(/\.json$/, '') + '.svg';

/** Files keep their name; folders keep their inner structure. What cannot be read is reported, and the rest drawn. */
async function sources(paths: readonly string[], context: CliContext): Promise<Source[]> {
  const { cwd } = context.io;
  const found: Source[] = [];
  const report = (line: string) => {
    context.io.stderr(`${printableLine(line)}\n`);
    context.exit(exitCodes.usage);
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined) throw new UserError(printableLine(`${path}: no such file or folder`));
    if (info.isDirectory()) {
      const { files, problems, notes } = await workingTreeJsonFiles(path, cwd);
      for (const line of notes) context.io.stderr(`${printableLine(line)}\n`);
      problems.forEach(report);
      // Named by the file's place inside the folder the user gave, however that folder was written (`d`, `./d/`, `/abs/d`).
      for (const [file, text] of files) found.push({ path: file, picture: toSvgName(relative(absolute, resolve(cwd, file)).split(sep).join('/')), text, inFolder: true });
    } else {
      try {
        found.push({ path, picture: toSvgName(basename(path)), text: await readInputText(absolute), inFolder: false });
      } catch (error) {
        report(`${path}: cannot read: ${describeFileError(error)}`);
      }
    }
  }
  return found;
}

/** Without paths: what the code builds now, pictures named like the outputs (`dashboards/x.svg`, `v2/x.svg`). */
async function built(options: PreviewOptions, context: CliContext): Promise<Source[]> {
  const folder = `${context.project.outDir.replace(/\/+$/, '')}/`;
  const outputs = await builtDashboards(options.profile, context);
  return [...outputs].map(([path, text]) => ({ path, picture: toSvgName(path.slice(folder.length)), text, inFolder: false }));
}

async function runPreview(paths: string[], options: PreviewOptions, context: CliContext): Promise<void> {
  if (options.out === '') throw new UserError('--out: the folder for the pictures is an empty path');
  const source = await dataSource(options);
  const inputs = paths.length > 0 ? await sources(paths, context) : await built(options, context);
  if (inputs.length === 0) throw new UserError(`no dashboard JSON files in ${paths.join(', ') || 'the build'}`);
  const drawnFrom = new Map<string, string>();
  const withData: DataPictureInput[] = [];
  for (const input of inputs) {
    // Two files of the same name from different places would overwrite each other's picture.
    const earlier = drawnFrom.get(input.picture);
    if (earlier !== undefined) {
      context.io.stderr(printableLine(`${input.path}: not drawn: its picture ${input.picture} is already the picture of ${earlier}; preview them separately`) + '\n');
      context.exit(exitCodes.usage);
      continue;
    }
    drawnFrom.set(input.picture, input.path);
    let svg: string;
    try {
      const dashboard = readDashboardText(input.text, input.path);
      if (source !== undefined) {
        withData.push({ dashboard, picture: input.picture });
        continue;
      }
      svg = renderPreview(dashboard);
    } catch (error) {
      if (!(error instanceof DashboardReadError)) throw error;
      if (input.inFolder && error instanceof NotADashboardError) {
        context.io.stderr(`${printableLine(input.path)}: skipped: not a dashboard\n`);
        continue;
      }
      context.io.stderr(`${printableLine(error.location())}: ${printableLine(error.message)}\n`);
      context.exit(exitCodes.usage);
      continue;
    }
    const target = join(options.out, input.picture);
    await writeAtomically(resolve(context.io.cwd, target), svg).catch((error: Error) => {
      throw new UserError(`--out ${options.out}: cannot write ${target}: ${error.message}`);
    });
    context.io.stdout(`${printableLine(target)}\n`);
  }
  if (source !== undefined) await writeDataPreviews(withData, source, options.out, context);
}

export const previewCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    const command = program
      .command('preview')
      .description("Draw each dashboard's layout as an SVG: every tab's grid with its panels (title, type, unit); with --data, one SVG per tab with every panel's data")
      .argument('[paths...]', 'dashboard JSON files or folders (default: the dashboards the code builds)')
      .option('--out <dir>', 'folder to write the pictures to', defaultPreviewDir)
      .option('--profile <name>', `naming profile to build with when no paths are given (default: ${context.project.defaultProfile})`);
    addDataOptions(command).action((paths: string[], options: PreviewOptions) => runPreview(paths, options, context));
  },
};
