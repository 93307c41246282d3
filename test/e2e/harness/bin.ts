import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the bundle is built from. */
const sourceRoots = ['cli.ts', 'dashboards.config.ts', 'src', 'demo', 'panels', 'queries'];

interface Modified {
  readonly file: string;
  readonly mtimeMs: number;
}

const newer = (a: Modified, b: Modified): Modified => (b.mtimeMs > a.mtimeMs ? b : a);

function newestSource(root: string, path: string): Modified {
  const stat = statSync(join(root, path), { throwIfNoEntry: false });
  if (stat === undefined) return { file: path, mtimeMs: 0 };
  if (!stat.isDirectory()) return { file: path, mtimeMs: path.endsWith('.ts') ? stat.mtimeMs : 0 };
  return readdirSync(join(root, path))
    .map((name) => newestSource(root, join(path, name)))
    .reduce(newer, { file: path, mtimeMs: 0 });
}

/**
 * The arguments that run the real `generate-dashboards` bin. The bin runs dist/cli.mjs, which `npm test`
 * rebuilds first (`pretest`); when a test file runs alone after a source change, it says so loudly.
 */
export function binArgs(root: string, ...args: string[]): string[] {
  const bundle = statSync(join(root, 'dist/cli.mjs'), { throwIfNoEntry: false });
  const newest = sourceRoots.map((path) => newestSource(root, path)).reduce(newer);
  if (bundle !== undefined && newest.mtimeMs > bundle.mtimeMs) {
    console.warn(`!! dist/cli.mjs is older than ${newest.file}: the spawned bin runs old code; run \`npm run build\` (npm test does)`);
  }
  return [join(root, 'bin/generate-dashboards.mjs'), ...args];
}
