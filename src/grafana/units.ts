/**
 * Grafana's unit ids: the value formats of @grafana/data (what the unit picker offers, with their aliases) and the
 * custom forms Grafana's `getValueFormat` understands. Grafana draws an unknown id as a plain suffix, so a typo
 * (`"milliseconds"`) silently shows `250 milliseconds` and is never scaled.
 */
import { grafanaData } from './grafana-data.ts';

declare global {
  /** Set at build time (scripts/bundle.mjs), so that the bundled CLI never loads @grafana/data just for this list. */
  var bundledGrafanaUnitIds: readonly string[] | undefined;
}

let ids: ReadonlySet<string> | undefined;

/** Every listed unit id (grafanaData() builds the index with the browser language pinned). */
export function grafanaUnitIds(): ReadonlySet<string> {
  ids ??= new Set(globalThis.bundledGrafanaUnitIds ?? Object.keys(grafanaData().getValueFormatterIndex()));
  return ids;
}

/** `suffix:req`, `prefix:$`, `si:B`, `count:req`, `currency:EUR`, `time:YYYY-MM-DD`, `bool:yes/no`. */
const customUnit = /^(?:prefix|suffix|time|si|count|currency|bool):./;

export function isGrafanaUnit(id: string): boolean {
  return grafanaUnitIds().has(id) || customUnit.test(id);
}
