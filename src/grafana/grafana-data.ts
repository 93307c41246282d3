import { createRequire } from 'node:module';
import type * as GrafanaData from '@grafana/data';

export type { DataFrame, DataFrameType, Field } from '@grafana/data';

let loaded: typeof GrafanaData | undefined;

/**
 * Grafana's own data library (frames, transformations, display names, reducers, value formats), loaded on
 * first use: it takes most of a second to load, which commands that never draw data should not pay. Loaded
 * as CommonJS, because its ESM build does not load under Node's ESM loader (moment-timezone).
 */
export function grafanaData(): typeof GrafanaData {
  if (loaded === undefined) {
    loaded = createRequire(import.meta.url)('@grafana/data') as typeof GrafanaData;
    buildValueFormats(loaded);
  }
  return loaded;
}

/**
 * Builds the index of value formats (`getValueFormat`, units, display processors) once, with the browser
 * language pinned to en-US. Building it is the one place `@grafana/data` reads the browser: `localTimeFormat`
 * spreads `navigator.languages` to derive the "Datetime local" unit patterns. Node 20 has no `navigator`
 * (a ReferenceError), Node 21+ has one that follows the machine's locale; a stand-in holding only
 * `languages` is set for this call and the global is restored right after, so the index, once built, is the
 * same on every machine and nothing browser-like stays behind. Number formats never read `navigator`.
 */
function buildValueFormats(data: typeof GrafanaData): void {
  const existing = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  if (existing !== undefined && existing.configurable !== true) {
    data.getValueFormatterIndex();
    return;
  }
  Object.defineProperty(globalThis, 'navigator', { value: { languages: ['en-US'] }, configurable: true, writable: true });
  try {
    data.getValueFormatterIndex();
  } finally {
    if (existing === undefined) delete (globalThis as { navigator?: unknown }).navigator;
    else Object.defineProperty(globalThis, 'navigator', existing);
  }
}
