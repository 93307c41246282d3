import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { formatProblem } from '../../compile/problem.ts';
import { findGrafanaLine, type GrafanaLine, grafanaLines, newestGrafanaLine } from '../../grafana-versions/versions.ts';
import { findProfile, type NamingProfile, profileIds } from '../../naming/profiles.ts';
import { describeChange } from '../../output/report.ts';
import { applyPlan, type FileChange, OutputDirError, planOutputs, withOutputLock } from '../../output/write.ts';
import { closest } from '../../text/closest.ts';
import { plural } from '../../text/plural.ts';
import type { CliCommand, CliContext } from '../command.ts';
import { exitCodes, UserError } from '../io.ts';

interface GenerateOptions {
  readonly check?: boolean;
  readonly out?: string;
  readonly profile?: string;
  readonly grafana?: string;
}

/** The supported Grafana line of `--grafana <version>`, or a usage error that lists them. */
function grafanaOption(version: string | undefined): GrafanaLine {
  if (version === undefined) return newestGrafanaLine;
  const line = findGrafanaLine(version);
  if (line === undefined) {
    throw new UserError(`--grafana: "${version}" is not a supported Grafana version; supported: ${grafanaLines.map((known) => known.id).join(', ')}`);
  }
  return line;
}

/** The naming profile by id, or a usage error that lists the known ones. */
export function profileOption(id: string | undefined, context: CliContext): NamingProfile {
  const profileId = id ?? context.project.defaultProfile;
  const profile = findProfile(profileId);
  if (!profile) throw new UserError(`--profile: unknown profile "${profileId}"; profiles: ${profileIds().join(', ')}`);
  return profile;
}

async function reportCheck(changes: readonly FileChange[], shownDir: string, context: CliContext): Promise<void> {
  const outdated = changes.filter((change) => change.status !== 'unchanged');
  if (outdated.length === 0) {
    context.io.stdout(`${shownDir} is up to date (${plural(changes.length, 'file')}).\n`);
    return;
  }
  for (const change of outdated) context.io.stdout(await describeChange(change, join(shownDir, change.path), context.io.color));
  const edited = outdated.filter((change) => change.status === 'edited' || change.status === 'foreign').length;
  const advice = edited === 0 ? 'run generate-dashboards to update them' : `restore or remove the ${plural(edited, 'file')} edited or put there by hand, then run generate-dashboards`;
  context.io.stdout(`\n${plural(outdated.length, 'file')} in ${shownDir} would change; ${advice}.\n`);
  context.exit(exitCodes.findings);
}

function reportWrite(changes: readonly FileChange[], shownDir: string, context: CliContext): void {
  const verbs: Partial<Record<FileChange['status'], string>> = { missing: 'created', changed: 'updated', stale: 'removed' };
  let touched = 0;
  for (const change of changes) {
    const verb = verbs[change.status];
    if (verb === undefined) continue;
    touched += 1;
    context.io.stdout(`${verb} ${join(shownDir, change.path)}\n`);
  }
  const unchanged = changes.filter((change) => change.status === 'unchanged').length;
  context.io.stdout(`${shownDir}: ${plural(touched, 'file')} written or removed, ${unchanged} unchanged.\n`);
}

/** The file that marks a project's root folder. */
export const projectFile = 'dashboards.config.ts';

/**
 * The project's root: the nearest folder at or above the working directory that holds `dashboards.config.ts`.
 * A run from `panels/` writes into the project's `generated/`, not into a second `panels/generated/`.
 */
function projectRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, projectFile))) return dir;
    if (dirname(dir) === dir) {
      throw new UserError(`no ${projectFile} in ${resolve(cwd)} or any folder above it; run generate-dashboards inside the project, or name the output folder with --out`);
    }
  }
}

async function run(options: GenerateOptions, context: CliContext): Promise<void> {
  const { GenerateError, prepareOutputs } = await import('../../output/build.ts');
  const profile = profileOption(options.profile, context);
  const grafana = grafanaOption(options.grafana);
  // An empty value (an unset variable in a script) would otherwise mean the working directory.
  if (options.out === '') throw new UserError('--out: the output directory is an empty path');
  const outDir = options.out === undefined ? resolve(projectRoot(context.io.cwd), context.project.outDir) : resolve(context.io.cwd, options.out);
  // Inside the working directory relative, outside it absolute (`--out /tmp/graf` is not shown as `../graf`).
  const inside = relative(context.io.cwd, outDir);
  const shownDir = inside.startsWith('..') ? outDir : inside || '.';
  try {
    const outputs = await prepareOutputs(context.project, profile, grafana);
    if (grafana.v2ApiVersion === undefined) {
      context.io.stdout(`Grafana ${grafana.id} has no v2 dashboard API: only the classic dashboards are generated.\n`);
    }
    if (options.check) await reportCheck((await planOutputs(outDir, outputs)).changes, shownDir, context);
    else {
      // Planned under the lock too: a plan made from a manifest another run is rewriting would be wrong.
      const plan = await withOutputLock(outDir, async () => {
        const planned = await planOutputs(outDir, outputs);
        await applyPlan(outDir, planned);
        return planned;
      });
      reportWrite(plan.changes, shownDir, context);
    }
  } catch (error) {
    if (error instanceof GenerateError) {
      for (const problem of error.problems) context.io.stderr(`error: ${formatProblem(problem)}\n`);
      context.io.stderr(`${plural(error.problems.length, 'problem')} under profile ${profile.id}; nothing was written.\n`);
      context.exit(exitCodes.findings);
      return;
    }
    if (error instanceof OutputDirError) throw new UserError(error.message);
    // The file system refused (a file where a folder should be, no permission): say so without a stack.
    if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string') {
      throw new UserError(`cannot use ${shownDir} as the output directory: ${error.message}`);
    }
    throw error;
  }
}

/**
 * The main command: `generate-dashboards` with no subcommand compiles every dashboard of the project into
 * the output directory, or with `--check` reports what would change and writes nothing.
 */
export const generateCommand: CliCommand = {
  register(program: Command, context: CliContext): void {
    // Root options only before a subcommand name, so `lint --profile` still belongs to lint.
    program
      .enablePositionalOptions()
      .option('--check', 'write nothing; exit 1 when any generated file is missing, stale or different')
      .option('--out <dir>', `output directory (default: ${context.project.outDir})`)
      .option('--profile <name>', `naming profile of the Prometheus series (default: ${context.project.defaultProfile})`)
      .option('--grafana <version>', `Grafana version to write for: ${grafanaLines.map((line) => line.id).join(', ')} (default: ${newestGrafanaLine.id})`)
      // With a root action, commander takes a misspelt command for an argument; main.ts lets it through so that
      // it is named here instead of "too many arguments".
      .helpCommand(true)
      .action((options: GenerateOptions, command: Command) => {
        const [stray] = command.args;
        if (stray === undefined) return run(options, context);
        const names = program.commands.map((subcommand) => subcommand.name());
        const nearest = closest(stray, names);
        const hint = nearest === undefined ? '' : ` (did you mean ${nearest}?)`;
        throw new UserError(`unknown command "${stray}"${hint}; commands: ${names.join(', ')}`);
      });
  },
};
