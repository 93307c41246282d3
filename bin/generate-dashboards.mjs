#!/usr/bin/env node
// Runs the bundle in dist/ when it was built from the sources on disk now; otherwise rebuilds it first, so that
// an edit to panels/, queries/, src/ or dashboards.config.ts is always what the next run sees. Where it cannot
// rebuild (esbuild absent, a read-only install), it runs the sources through tsx: slower, never stale.
import { fileURLToPath } from 'node:url';
import { buildBundle, bundleIsCurrent, describeBuildErrors } from '../scripts/bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let bundled = bundleIsCurrent(root);
if (!bundled) {
  try {
    await buildBundle(root);
    bundled = true;
  } catch (error) {
    const lines = describeBuildErrors(error, root);
    if (lines !== undefined) {
      // The content does not compile: say where, as a compiler would, without a stack trace.
      for (const line of lines) process.stderr.write(`error: ${line}\n`);
      process.exit(2);
    }
  }
}
if (bundled) {
  await import(new URL('../dist/cli.mjs', import.meta.url).href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('../cli.ts', import.meta.url);
}
