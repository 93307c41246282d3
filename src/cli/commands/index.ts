import type { CliCommand } from '../command.ts';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [];
