import type { CliCommand } from '../command.ts';
import { diffCommand } from './diff.ts';
import { lintCommand } from './lint.ts';
import { previewCommand } from './preview.ts';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [
  lintCommand,
  diffCommand,
  previewCommand,
];
