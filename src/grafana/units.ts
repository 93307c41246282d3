/**
 * Grafana's unit ids: the value formats of @grafana/data (what the unit picker offers, with their aliases) and the
 * custom forms Grafana's `getValueFormat` understands. Grafana draws an unknown id as a plain suffix, so a typo
 * (`"milliseconds"`) silently shows `250 milliseconds` and is never scaled.
 */
import { grafanaData } from './grafana-data.ts';

let ids: ReadonlySet<string> | undefined;

/**
 * Every listed unit id. Building the list formats sample dates with the browser's locale (`navigator`), which
 * Node 20 lacks; a stand-in is set for that call only (the ids do not depend on it) and removed again.
 */
export function grafanaUnitIds(): ReadonlySet<string> {
  if (ids !== undefined) return ids;
  const global = globalThis as { navigator?: unknown };
  const standIn = global.navigator === undefined;
  if (standIn) Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-US', languages: ['en-US'] }, configurable: true });
  try {
    ids = new Set(Object.keys(grafanaData().getValueFormatterIndex()));
  } finally {
    if (standIn) delete global.navigator;
  }
  return ids;
}

/** `suffix:req`, `prefix:$`, `si:B`, `count:req`, `currency:EUR`, `time:YYYY-MM-DD`, `bool:yes/no`. */
const customUnit = /^(?:prefix|suffix|time|si|count|currency|bool):./;

export function isGrafanaUnit(id: string): boolean {
  return grafanaUnitIds().has(id) || customUnit.test(id);
}
