import { createRequire } from 'node:module';
import { isJsonObject } from '../json/object.ts';

/**
 * Prettier settings for every generated file, passed explicitly: the standalone build never reads a
 * `.prettierrc`, so a user's configuration cannot change the bytes that `--check` compares.
 */
const prettierOptions = {
  printWidth: 120,
  tabWidth: 2,
  useTabs: false,
  endOfLine: 'lf',
  bracketSpacing: true,
  proseWrap: 'preserve',
} as const;

/** Objects with their keys in code-unit order, so the file does not depend on how builders fill them. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isJsonObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const entry = value[key];
    // JSON drops undefined and functions (the SDK's variant markers); drop them here so they never reach the file.
    if (entry === undefined || typeof entry === 'function') continue;
    sorted[key] = sortKeys(entry);
  }
  return sorted;
}

// Loaded on first use: Prettier is large and only the generate command formats files.
async function prettier() {
  const [standalone, babel, estree, yaml] = await Promise.all([
    import('prettier/standalone'),
    import('prettier/plugins/babel'),
    import('prettier/plugins/estree'),
    import('prettier/plugins/yaml'),
  ]);
  return { format: standalone.format, plugins: [babel, estree, yaml] };
}

let loaded: ReturnType<typeof prettier> | undefined;

async function format(text: string, parser: 'json' | 'yaml'): Promise<string> {
  loaded ??= prettier();
  const { format: run, plugins } = await loaded;
  return run(text, { ...prettierOptions, parser, plugins });
}

/** Canonical JSON text of a value: sorted keys, Prettier layout, one trailing newline. */
export function formatJson(value: unknown): Promise<string> {
  return format(JSON.stringify(sortKeys(value)), 'json');
}

export function formatYaml(text: string): Promise<string> {
  return format(text, 'yaml');
}

/**
 * Names everything besides the source that decides a file's bytes: the formatter versions and settings.
 * Reading two package.json files is cheap; loading the formatters is not, so unchanged files skip them.
 */
export function formatterFingerprint(): string {
  const load = createRequire(import.meta.url);
  const version = (name: string) => (load(`${name}/package.json`) as { version: string }).version;
  return JSON.stringify({ prettier: version('prettier'), yaml: version('yaml'), options: prettierOptions });
}
