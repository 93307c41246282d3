import type { CliCommand } from '../command.ts';
import { catalogCommand } from './catalog.ts';
import { demoCommand } from './demo.ts';
import { diffCommand } from './diff.ts';
import { generateCommand } from './generate.ts';
import { lintCommand } from './lint.ts';
import { previewCommand } from './preview.ts';
import { verifyCatalogCommand } from './verify-catalog.ts';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [
  generateCommand,
  catalogCommand,
  lintCommand,
  diffCommand,
  previewCommand,
  verifyCatalogCommand,
  demoCommand,
];
