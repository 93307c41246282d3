import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Catalog, catalogProblems, isCatalogShaped } from '../catalog/model.ts';
import { isJsonObject } from '../json/object.ts';
import { UserError } from './io.ts';

async function loadModule(path: string): Promise<Record<string, unknown>> {
  const extension = extname(path);
  if (extension === '.json') return { default: JSON.parse(await readFile(path, 'utf8')) as unknown };
  const url = pathToFileURL(path).href;
  if (['.ts', '.mts', '.cts', '.tsx'].includes(extension)) {
    const { tsImport } = await import('tsx/esm/api');
    return (await tsImport(url, import.meta.url)) as Record<string, unknown>;
  }
  return (await import(url)) as Record<string, unknown>;
}

/**
 * How long a catalog module may take to load. Its top-level code runs on import: one that awaits forever would
 * otherwise leave Node to end the process silently with exit code 13 once nothing else is pending.
 */
export const loadTimeoutMs = 10_000;

/** `loading`, or a usage error once `ms` have passed; the pending timer keeps the process alive until one of them ends. */
async function withinTime<T>(loading: Promise<T>, ms: number, specifier: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new UserError(`--catalog ${specifier}: the module did not finish loading within ${ms / 1000} s (a top-level await that never settles?)`)), ms);
  });
  try {
    return await Promise.race([loading, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The one export of a module that has a catalog's outline (`export const ttaCatalog = defineCatalog(...)`), if
 * exactly one has: a catalog with a bad pattern is still the catalog, and its problems are reported as such.
 */
function soleCatalogExport(module: Record<string, unknown>): unknown {
  const catalogs = Object.values(module).filter((value) => isJsonObject(value) && isCatalogShaped(value));
  return catalogs.length === 1 ? catalogs[0] : undefined;
}

/**
 * Loads a catalog from a module: its named `catalog` export, or its default export, which may be
 * the catalog itself or a project (`dashboards.config.ts`) that has one, or else its only export that
 * is a catalog. Bad modules are usage errors.
 */
export async function loadCatalog(specifier: string, cwd: string): Promise<Catalog> {
  const path = resolve(cwd, specifier);
  let module: Record<string, unknown>;
  try {
    module = await withinTime(loadModule(path), loadTimeoutMs, specifier);
  } catch (error) {
    if (error instanceof UserError) throw error;
    // One line, but with the position when the first line only announces it ("Transform failed with 1 error:").
    const lines = (error instanceof Error ? error.message : String(error)).split('\n').filter((line) => line.trim() !== '');
    const reason = lines[0]?.endsWith(':') && lines.length > 1 ? `${lines[0]} ${lines[1]}` : (lines[0] ?? 'unknown error');
    throw new UserError(`--catalog ${specifier}: cannot load the module: ${reason}`);
  }
  let candidate: unknown;
  let problems: string[];
  try {
    const exported = module.catalog ?? module.default ?? soleCatalogExport(module);
    candidate = isJsonObject(exported) && !('metrics' in exported) && isJsonObject(exported.catalog) ? exported.catalog : exported;
    if (candidate === undefined) {
      throw new UserError(`--catalog ${specifier}: the module has no default export, no \`catalog\` export, and not exactly one export that is a catalog`);
    }
    problems = catalogProblems(candidate);
  } catch (error) {
    // A getter or proxy in the export that throws is the module's fault, not a crash of ours.
    if (error instanceof UserError) throw error;
    throw new UserError(`--catalog ${specifier}: reading its export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (problems.length > 0) {
    throw new UserError(`--catalog ${specifier}: not a valid catalog:\n  ${problems.join('\n  ')}`);
  }
  return candidate as Catalog;
}
