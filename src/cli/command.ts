import type { Command } from 'commander';
import type { Project } from '../project.ts';
import type { CliIO } from './io.ts';

export interface CliContext {
  readonly project: Project;
  readonly io: CliIO;
  /** Commands report their exit code here; the highest wins. */
  exit(code: number): void;
}

/** A subcommand module: adds itself to the program. */
export interface CliCommand {
  register(program: Command, context: CliContext): void;
}
