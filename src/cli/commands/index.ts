import type { CliCommand } from '../command.ts';
import { catalogCommand } from './catalog.ts';
import { diffCommand } from './diff.ts';
import { generateCommand } from './generate.ts';
import { lintCommand } from './lint.ts';
import { previewCommand } from './preview.ts';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [
  generateCommand,
  catalogCommand,
  lintCommand,
  diffCommand,
  previewCommand,
];
