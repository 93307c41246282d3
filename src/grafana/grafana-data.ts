import { createRequire } from 'node:module';
import type * as GrafanaData from '@grafana/data';

export type { DataFrame, DataFrameType, Field } from '@grafana/data';

let loaded: typeof GrafanaData | undefined;

/**
 * Grafana's own data library (frames, transformations, display names, reducers), loaded on first use: it
 * takes most of a second to load, which commands that never draw data should not pay. Loaded as CommonJS,
 * because its ESM build does not load under Node's ESM loader (moment-timezone).
 */
export function grafanaData(): typeof GrafanaData {
  loaded ??= createRequire(import.meta.url)('@grafana/data') as typeof GrafanaData;
  return loaded;
}
