// Builds the CLI bundle (dist/) and tells whether it is still the build of the sources on disk.
//
// The bin runs the bundle because compiling TypeScript on every start would break the speed budget; but a bundle
// built at install time silently ignored later edits to panels/, queries/ or src/ (generate said "0 written" and
// --check said up to date). So every build records the digest of each source file it bundled, and the bin checks
// them before it trusts the bundle. Hashing all of them (6 MB with the compiled validators) cost 20 ms or more of
// every start, so a file whose size and modification time are those recorded with its digest is not hashed again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const inputsFile = 'inputs.json';

function digest(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** What is recorded of each bundled file: its digest, and the size and time it had when hashed. */
function fingerprint(file) {
  const { size, mtimeMs } = statSync(file);
  return { sha256: digest(file), size, mtimeMs };
}

/** Whether `dist/` exists and was built from exactly the source files on disk now. */
export function bundleIsCurrent(root) {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(join(root, 'dist', inputsFile), 'utf8'));
  } catch {
    return false;
  }
  for (const [file, { sha256, size, mtimeMs }] of Object.entries(recorded)) {
    try {
      const now = statSync(join(root, file));
      // Untouched since it was hashed (any write moves the modification time): no need to read it.
      if (now.size === size && now.mtimeMs === mtimeMs) continue;
      if (digest(join(root, file)) !== sha256) return false;
    } catch {
      return false;
    }
  }
  return existsSync(join(root, 'dist', 'cli.mjs'));
}

/**
 * Grafana's unit ids, read from @grafana/data at build time and written into the bundle: loading @grafana/data
 * takes 0.3 to 0.5 s, five times a whole `--check`, for a list that changes only with the package. Cached in
 * .generated/ by package version, so that the rebuild after an edit does not pay for it either.
 */
async function grafanaUnitIds(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/@grafana/data/package.json'), 'utf8'));
  const cache = join(root, '.generated', 'grafana-unit-ids.json');
  try {
    const cached = JSON.parse(readFileSync(cache, 'utf8'));
    if (cached.version === version && Array.isArray(cached.ids)) return cached.ids;
  } catch {
    // No cache yet, or an unreadable one: read the package.
  }
  const { tsImport } = await import('tsx/esm/api');
  const units = await tsImport('../src/grafana/units.ts', import.meta.url);
  const ids = [...units.grafanaUnitIds()].sort();
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, `${JSON.stringify({ version, ids })}\n`);
  return ids;
}

/**
 * Builds into a fresh folder and swaps it in, so that a run starting meanwhile never imports half a bundle.
 * Throws esbuild's error (with `errors[]`, each naming file, line and column) when the sources do not compile.
 */
export async function buildBundle(root) {
  const { build } = await import('esbuild');
  // The bundle imports the validators compiled from schemas/grafana; Ajv loads only when building.
  const { writeGrafanaValidators, validatorSources } = await import('./grafana-validators.mjs');
  writeGrafanaValidators();
  const unitIds = await grafanaUnitIds(root);
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const staging = join(root, `dist.${process.pid}.tmp`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['cli.ts'],
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      // Commands import their heavy parts on demand; splitting keeps those parts (and the packages only
      // they import) out of the start-up path of every other command.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // The foundation SDK is bundled: as hundreds of CommonJS files it costs ~100 ms to load, as one chunk
      // loaded only by the commands that compile, a fraction of that.
      external: Object.keys(dependencies).filter((name) => name !== '@grafana/grafana-foundation-sdk'),
      sourcemap: 'linked',
      metafile: true,
      define: { 'globalThis.bundledGrafanaUnitIds': JSON.stringify(unitIds) },
      logLevel: 'silent',
    });
    // Packages change only through npm, which rebuilds (`prepare`); the project's own files are what people edit.
    const inputs = Object.keys(result.metafile.inputs)
      .filter((file) => !file.startsWith('<') && !file.split('/').includes('node_modules'));
    // A compiled validator is current only while the schema it came from is unchanged.
    inputs.push(...validatorSources(inputs));
    inputs.sort();
    const recorded = Object.fromEntries(inputs.map((file) => [file, fingerprint(join(root, file))]));
    writeFileSync(join(staging, inputsFile), `${JSON.stringify(recorded, null, 2)}\n`);
    const previous = join(root, `dist.${process.pid}.old`);
    const dist = join(root, 'dist');
    if (existsSync(dist)) renameSync(dist, previous);
    try {
      renameSync(staging, dist);
    } catch (error) {
      // Another run swapped its own fresh build in first: use that one.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    }
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * esbuild's errors as `file:line:col: message` lines, relative to the project root, when the sources do not
 * compile; undefined for any other failure (a folder it may not write, for one), which the caller can work around.
 */
export function describeBuildErrors(error, root) {
  const errors = error?.errors;
  if (!Array.isArray(errors) || errors.length === 0 || !errors.every((entry) => entry.location)) return undefined;
  return errors.map(({ text, location }) => `${relative(root, join(root, location.file))}:${location.line}:${location.column + 1}: ${text}`);
}
