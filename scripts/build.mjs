// Bundles the CLI and its content, so that `generate-dashboards` starts without compiling TypeScript;
// npm runs this on install (`prepare`). The foundation SDK is bundled too: as hundreds of CommonJS files it
// costs ~100 ms to load, as one chunk loaded only by the commands that compile, a fraction of that.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['cli.ts'],
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  // Commands import their heavy parts on demand; splitting keeps those parts (and the packages only
  // they import) out of the start-up path of every other command.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: Object.keys(dependencies).filter((name) => name !== '@grafana/grafana-foundation-sdk'),
  sourcemap: 'linked',
  logLevel: 'warning',
});
