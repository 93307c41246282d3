import { Command, CommanderError } from 'commander';
import type { Project } from '../project.ts';
import type { CliContext } from './command.ts';
import { commands } from './commands/index.ts';
import { type CliIO, exitCodes, processIO, UserError } from './io.ts';

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** Runs the CLI on `args` (without `node` and the script) and returns the exit code. Never throws on user input. */
export async function runCli(project: Project, args: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const context: CliContext = {
    project,
    io,
    exit: (code) => {
      exitCode = Math.max(exitCode, code);
    },
  };
  const program = new Command('generate-dashboards')
    .description(`Dashboards as code for ${project.name}: build, check, lint and diff Grafana dashboards`)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');
  for (const command of commands) command.register(program, context);
  // Only now: subcommands created after this would inherit it and accept stray arguments too.
  program.allowExcessArguments();
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    if (error instanceof UserError) {
      io.stderr(`error: ${error.message}\n`);
      return error.exitCode;
    }
    // The file system refused something a command did not expect to fail; Node's message names the path.
    if (isSystemError(error)) {
      io.stderr(`error: ${error.message}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
  return exitCode;
}
