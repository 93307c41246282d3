// Bundles the CLI and its content into one ES module, so that `generate-dashboards` starts
// without compiling TypeScript; npm runs this on install (`prepare`).
import { build } from 'esbuild';

await build({
  entryPoints: ['cli.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
