// Grafana is the judge of the unit table: every id lint judges must be one of Grafana's own value formats, in the
// category claimed, and format a value the way its scale says (1500 in `ms` reads as 1.5 in `s`).
import { createRequire } from 'node:module';
import type * as GrafanaData from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { type DisplayUnit, displayUnit, judgedUnits, unitFit } from '../../src/lint/display-units.ts';
import { analyzeQuery } from '../../src/promql/analyze.ts';
import { queryQuantity } from '../../src/promql/units.ts';

// Grafana's date-time unit category reads the browser's locale when the list is built; Node 20 has no navigator.
const globals = globalThis as { navigator?: unknown };
globals.navigator ??= { language: 'en-US', languages: ['en-US'] };
const grafana = createRequire(import.meta.url)('@grafana/data') as typeof GrafanaData;

const categories = new Map<string, string>();
for (const category of grafana.getValueFormats()) {
  for (const unit of category.submenu ?? []) categories.set(String(unit.value), category.text);
}

function formatted(id: string, value: number): string {
  const display = grafana.getValueFormat(id)(value);
  // Grafana pluralises some words ("3 min" but "180 s" -> "3 mins"): compare without the plural s.
  const number = Number(display.text);
  return `${display.prefix ?? ''}${Number.isNaN(number) ? display.text : number}${display.suffix ?? ''}`.replace(/s$/, '');
}

/** The unit each judged id is formatted against: one of its own family, whose formatter scales the same way. */
const references: Readonly<Record<string, readonly string[]>> = {
  s: ['ns', 'µs', 'ms', 'm', 'h', 'd', 'timeticks'],
  dtdurations: ['dtdurationms'],
  clocks: ['clockms'],
  bytes: ['kbytes', 'mbytes', 'gbytes', 'tbytes', 'pbytes'],
  decbytes: ['deckbytes', 'decmbytes', 'decgbytes', 'dectbytes', 'decpbytes'],
  binBps: ['KiBs', 'MiBs', 'GiBs', 'TiBs', 'PiBs'],
  Bps: ['KBs', 'MBs', 'GBs', 'TBs', 'PBs'],
  binbps: ['Kibits', 'Mibits', 'Gibits', 'Tibits', 'Pibits'],
  bps: ['Kbits', 'Mbits', 'Gbits', 'Tbits', 'Pbits'],
  percentunit: ['percent'],
};

describe('Grafana display units', () => {
  it('are Grafana value formats, in the category claimed', () => {
    for (const unit of judgedUnits) expect([unit.id, categories.get(unit.id)]).toEqual([unit.id, unit.category]);
  });

  it('cover every Grafana currency', () => {
    const grafanaCurrencies = [...categories].filter(([, category]) => category === 'Currency').map(([id]) => id);
    expect(grafanaCurrencies.sort()).toEqual(judgedUnits.filter((unit) => unit.category === 'Currency').map((unit) => unit.id).sort());
  });

  it.each(Object.entries(references))('scale like %s in Grafana formatting', (reference, ids) => {
    const base = displayUnit(reference)!;
    for (const id of ids) {
      const unit = displayUnit(id)!;
      expect([id, formatted(id, 3)]).toEqual([id, formatted(reference, (3 * unit.scale!) / base.scale!)]);
    }
  });

  it('per-minute throughput units read per minute, per-second ones per second', () => {
    for (const unit of judgedUnits.filter((entry) => entry.category === 'Throughput')) {
      const suffix = grafana.getValueFormat(unit.id)(1).suffix ?? '';
      expect([unit.id, /\/(?:s|sec)$/.test(suffix.trim()) ? 1 : /\/(?:m|min)$/.test(suffix.trim()) ? 1 / 60 : suffix]).toEqual([unit.id, unit.scale]);
    }
  });

  it.each([
    ['ms', 'histogram_quantile(0.9, rate(x_milliseconds_bucket[5m]))', 'fits'],
    ['s', 'histogram_quantile(0.9, rate(x_milliseconds_bucket[5m]))', 'wrong-scale'],
    ['percentunit', 'x_ratio', 'fits'],
    ['percent', 'x_ratio', 'wrong-scale'],
    ['bytes', 'rate(x_total[5m])', 'wrong-dimension'],
    ['reqps', 'increase(x_total[1h])', 'wrong-dimension'],
    ['reqps', 'rate(x_total[1h])', 'fits'],
    ['opm', 'rate(x_total[1h]) * 60', 'fits'],
    ['Bps', 'rate(x_bytes_total[1h])', 'fits'],
    ['bps', 'rate(x_bytes_total[1h]) * 8', 'fits'],
    ['currencyUSD', 'sum(rate(x_total[5m]) * 2.5)', 'fits'],
    ['currencyUSD', 'x_seconds', 'wrong-dimension'],
  ])('judges unit %s on %s: %s', (unit, query, fit) => {
    expect(unitFit(displayUnit(unit) as DisplayUnit, queryQuantity(analyzeQuery(query))!)).toBe(fit);
  });

  it('knows no unit for ids whose meaning is not plain', () => {
    expect(displayUnit('short')).toBeUndefined();
    expect(displayUnit('suffix: tokens/s')).toBeUndefined();
  });
});
