import type { CliCommand } from '../command.ts';
import { lintCommand } from './lint.ts';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [
  lintCommand,
];
