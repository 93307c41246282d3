/**
 * What Grafana's unit ids display, for comparing a panel's unit with what its query measures. Only the ids whose
 * dimension and scale are plain are listed; every other id (`short`, `none`, custom `suffix:` units, temperatures,
 * ...) is left unjudged. The ids, their categories and their scales are checked against Grafana's own value
 * formats (`@grafana/data` `getValueFormats()`/`getValueFormat`) by test/lint/display-units.test.ts.
 */
import type { Quantity } from '../promql/units.ts';

/** Grafana's unit categories (the group names of its unit picker) that lint judges. */
export type UnitCategory = 'Time' | 'Data' | 'Data rate' | 'Throughput' | 'Misc' | 'Currency';

export interface DisplayUnit {
  readonly id: string;
  readonly category: UnitCategory;
  /** Exponents of time and bytes the unit displays; absent for currencies, which any count may turn into. */
  readonly time?: number;
  readonly bytes?: number;
  /** Exponents of counted things that fit: a duration per request is still a duration, `reqps` counts per second. */
  readonly counts?: readonly number[];
  /** Base units (seconds, bytes, things per second) in one unit of the display. */
  readonly scale?: number;
}

type Row = readonly [id: string, scale: number];

const durations: readonly Row[] = [
  ['ns', 1e-9], ['µs', 1e-6], ['ms', 1e-3], ['s', 1], ['m', 60], ['h', 3600], ['d', 86400],
  ['dtdurationms', 1e-3], ['dtdurations', 1], ['dthms', 1], ['dtdhms', 1], ['clockms', 1e-3], ['clocks', 1], ['timeticks', 0.01],
];
const kibi = 1024;
const sizes: readonly Row[] = [
  ['bits', 1 / 8], ['decbits', 1 / 8], ['bytes', 1], ['decbytes', 1], ['kbytes', kibi], ['deckbytes', 1e3], ['mbytes', kibi ** 2],
  ['decmbytes', 1e6], ['gbytes', kibi ** 3], ['decgbytes', 1e9], ['tbytes', kibi ** 4], ['dectbytes', 1e12], ['pbytes', kibi ** 5], ['decpbytes', 1e15],
];
const byteRates: readonly Row[] = [
  ['binBps', 1], ['Bps', 1], ['binbps', 1 / 8], ['bps', 1 / 8], ['KiBs', kibi], ['Kibits', kibi / 8], ['KBs', 1e3], ['Kbits', 1e3 / 8],
  ['MiBs', kibi ** 2], ['Mibits', kibi ** 2 / 8], ['MBs', 1e6], ['Mbits', 1e6 / 8], ['GiBs', kibi ** 3], ['Gibits', kibi ** 3 / 8],
  ['GBs', 1e9], ['Gbits', 1e9 / 8], ['TiBs', kibi ** 4], ['Tibits', kibi ** 4 / 8], ['TBs', 1e12], ['Tbits', 1e12 / 8],
  ['PiBs', kibi ** 5], ['Pibits', kibi ** 5 / 8], ['PBs', 1e15], ['Pbits', 1e15 / 8],
];
// The generic ones first: suggestions take the first unit that fits.
const perSecond = ['ops', 'reqps', 'cps', 'rps', 'wps', 'iops', 'eps', 'mps', 'recps', 'rowsps', 'pps'];
const perMinute = ['opm', 'reqpm', 'cpm', 'rpm', 'wpm', 'epm', 'mpm', 'recpm', 'rowspm'];
/** Grafana's currency ids; `currency:` custom units are currencies too. */
const currencies = [
  'USD', 'GBP', 'EUR', 'JPY', 'RUB', 'UAH', 'BRL', 'DKK', 'ISK', 'NOK', 'SEK', 'CZK', 'CHF', 'PLN', 'BTC', 'mBTC', 'μBTC', 'ZAR',
  'INR', 'KRW', 'IDR', 'PHP', 'VND', 'TRY', 'MYR', 'XPF', 'BGN', 'PYG', 'UYU', 'ILS',
].map((code) => `currency${code}`);

const table = new Map<string, DisplayUnit>();
for (const [id, scale] of durations) table.set(id, { id, category: 'Time', time: 1, bytes: 0, counts: [0, -1], scale });
table.set('hertz', { id: 'hertz', category: 'Time', time: -1, bytes: 0, counts: [0], scale: 1 });
for (const [id, scale] of sizes) table.set(id, { id, category: 'Data', time: 0, bytes: 1, counts: [0, -1], scale });
for (const [id, scale] of byteRates) table.set(id, { id, category: 'Data rate', time: -1, bytes: 1, counts: [0], scale });
for (const id of perSecond) table.set(id, { id, category: id === 'pps' ? 'Data rate' : 'Throughput', time: -1, bytes: 0, counts: [1, 0], scale: 1 });
for (const id of perMinute) table.set(id, { id, category: 'Throughput', time: -1, bytes: 0, counts: [1, 0], scale: 1 / 60 });
// A share per instance (`ratio / count(...)`) is still a share.
table.set('percent', { id: 'percent', category: 'Misc', time: 0, bytes: 0, counts: [0, -1], scale: 0.01 });
table.set('percentunit', { id: 'percentunit', category: 'Misc', time: 0, bytes: 0, counts: [0, -1], scale: 1 });
for (const id of currencies) table.set(id, { id, category: 'Currency' });

/** Every unit id this module judges, for the test that holds it against Grafana. */
export const judgedUnits: readonly DisplayUnit[] = [...table.values()];

/** What a Grafana unit id displays; `undefined` for ids lint does not judge. */
export function displayUnit(id: string): DisplayUnit | undefined {
  const known = table.get(id);
  if (known !== undefined) return known;
  return id.startsWith('currency:') ? { id, category: 'Currency' } : undefined;
}

function sameScale(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

export type UnitFit = 'fits' | 'wrong-scale' | 'wrong-dimension';

/** Whether values of a quantity read right in a display unit. */
interface Reading {
  readonly quantity: Quantity;
  /** Counted things have no sub-units; bytes or seconds read into a vague count may be kilobytes or milliseconds. */
  readonly scaleKnown: boolean;
}

/** What a vague count may stand for: things, bytes or seconds (`_total` counters without a unit in their name). */
function readings(quantity: Quantity): Reading[] {
  if (quantity.vague !== true) return [{ quantity, scaleKnown: true }];
  const { count } = quantity;
  const bytes = { ...quantity, bytes: quantity.bytes + count, count: 0 };
  const time = { ...quantity, time: quantity.time + count, count: 0 };
  const read: Reading[] = [
    { quantity, scaleKnown: true },
    { quantity: bytes, scaleKnown: false },
    // Seconds counted, per second, are time spent per second.
    { quantity: quantity.time === -1 && count === 1 ? { ...time, timeShare: true } : time, scaleKnown: false },
  ];
  // A vague value read as stored may be a gauge that is already per second.
  if (quantity.raw !== true) return read;
  return [...read, ...read.map((reading) => ({ quantity: { ...reading.quantity, time: reading.quantity.time - 1 }, scaleKnown: false }))];
}

function dimensionFits(unit: DisplayUnit, quantity: Quantity): boolean {
  // Money comes from counts through prices, per hour or per month as often as in total: only durations and sizes are wrong.
  if (unit.category === 'Currency') return quantity.time <= 0 && quantity.bytes === 0;
  // "Seconds per second": Grafana's time units read a time share as the time spent in each second.
  const timeShare = quantity.timeShare === true && unit.time === 1 && unit.bytes === 0 && quantity.time === 0 && quantity.bytes === 0 && quantity.count === 0;
  return timeShare || (quantity.time === unit.time && quantity.bytes === unit.bytes && (unit.counts ?? [0]).includes(quantity.count));
}

/** Whether values of a quantity, read in each of the ways it may be read, read right in a display unit. */
function fitOfReadings(unit: DisplayUnit, quantity: Quantity, read: readonly Reading[]): UnitFit {
  let fits = false;
  let scaleKnown = true;
  for (const reading of read) {
    if (!dimensionFits(unit, reading.quantity)) continue;
    fits = true;
    if (!reading.scaleKnown) scaleKnown = false;
  }
  if (!fits) return 'wrong-dimension';
  if (unit.category === 'Currency' || !scaleKnown) return 'fits';
  return sameScale(quantity.scale, unit.scale!) ? 'fits' : 'wrong-scale';
}

/** Whether values of a quantity read right in a display unit. */
export function unitFit(unit: DisplayUnit, quantity: Quantity): UnitFit {
  return fitOfReadings(unit, quantity, readings(quantity));
}

/** The ids of a category whose scale equals the quantity's: the units to suggest. */
export function unitsFor(quantity: Quantity): string[] {
  // The readings once, not once per unit id: suggestions hold the quantity against every judged unit.
  const read = readings(quantity);
  return judgedUnits.filter((unit) => unit.category !== 'Currency' && fitOfReadings(unit, quantity, read) === 'fits').map((unit) => unit.id);
}

/** The quantity one unit of a display stands for, to describe it in the words used for queries. */
export function displayedQuantity(unit: DisplayUnit): Quantity | undefined {
  if (unit.scale === undefined) return undefined;
  return { time: unit.time ?? 0, bytes: unit.bytes ?? 0, count: unit.counts?.[0] ?? 0, scale: unit.scale, exact: true };
}
