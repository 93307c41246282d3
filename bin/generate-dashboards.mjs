#!/usr/bin/env node
// Runs the bundle that `npm install` builds; from a checkout without it, runs the sources through tsx.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('../cli.ts', import.meta.url);
}
