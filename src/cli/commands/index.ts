import type { CliCommand } from '../command.ts';
import { demoCommand } from './demo.ts';
import { lintCommand } from './lint.ts';
import { verifyCatalogCommand } from './verify-catalog.ts';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [
  lintCommand,
  verifyCatalogCommand,
  demoCommand,
];
