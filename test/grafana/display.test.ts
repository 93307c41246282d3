/**
 * Values as Grafana prints them: `@grafana/data`'s value formats and display processors, run on Node 20
 * (which has no `navigator`), must print exactly what they print in a browser whose language is en-US.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readDashboard } from '../../src/dashboard/read.ts';
import { formatValue, shownValues } from '../../src/grafana/display.ts';
import { grafanaData } from '../../src/grafana/grafana-data.ts';

/** Units and values covering scaled units, custom units, currencies, dates and Grafana's own test cases. */
const cases: [unit: string, value: number, decimals?: number][] = [
  ['percentunit', 0.053],
  ['percentunit', 0.1, 0],
  ['percent', 5.3],
  ['ms', 1234],
  ['ms', 1250, 2],
  ['ms', 10000086.123, 1],
  ['s', 0.25],
  ['currencyUSD', 1234.5],
  ['currencyUSD', 0.0123],
  ['currencyEUR', 99],
  ['suffix: tokens/s', 12.345],
  ['suffix:x', 2.5],
  ['prefix:$', 3],
  ['ops', 12.3],
  ['reqps', 1500],
  ['short', 123456],
  ['bytes', 1536],
  ['si:B', 2_000_000],
  ['count:req', 4200],
  ['dateTimeAsIso', 1_767_225_600_000],
  ['dateTimeAsLocal', 1_767_225_600_000],
  ['dateTimeAsUS', 1_767_225_600_000],
  ['none', 42.4242],
];

/** What the same library prints in a process that has a browser's `navigator` (en-US) from the start. */
function printedInBrowserLikeProcess(): string[] {
  const script = `
    globalThis.navigator = { language: 'en-US', languages: ['en-US'] };
    const data = require(${JSON.stringify(createRequire(import.meta.url).resolve('@grafana/data'))});
    const cases = ${JSON.stringify(cases)};
    process.stdout.write(JSON.stringify(cases.map(([unit, value, decimals]) =>
      data.formattedValueToString(data.getValueFormat(unit)(value, decimals, undefined, 'utc')))));
  `;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC', LANG: 'en_US.UTF-8' }, timeout: 30_000 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as string[];
}

describe("Grafana's value formats on Node without navigator", () => {
  it('print what they print in an en-US browser, for every unit kind', () => {
    const ours = cases.map(([unit, value, decimals]) => grafanaData().formattedValueToString(grafanaData().getValueFormat(unit)(value, decimals, undefined, 'utc')));
    expect(ours).toEqual(printedInBrowserLikeProcess());
  });

  it('print the values the dashboards need as Grafana does', () => {
    expect(formatValue('percentunit', 0.053)).toBe('5.30%');
    expect(formatValue('ms', 1234)).toBe('1.23 s');
    expect(formatValue('currencyUSD', 1234.5)).toBe('$1.23K');
    // Without decimals Grafana picks them from the value's size; the savings stat sets 2.
    expect(formatValue('currencyUSD', 10.454)).toBe('$10.5');
    expect(formatValue('currencyUSD', 10.454, 2)).toBe('$10.45');
    // Grafana's own test cases (valueFormats.test.ts): a scaled unit with fixed decimals.
    expect(formatValue('ms', 1250, 2)).toBe('1.25 s');
    expect(formatValue('percentunit', 0.1, 0)).toBe('10%');
  });

  it('leave no navigator behind on Node 20 (the stand-in lives only while the formats are built)', () => {
    grafanaData();
    const major = Number(process.versions.node.split('.')[0]);
    if (major < 21) expect('navigator' in globalThis).toBe(false);
    else expect(typeof (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent).toBe('string');
  });
});

/** A classic panel around `fieldConfig` and `options`, read as the preview reads it. */
function panelWith(type: string, fieldConfig: unknown, options: unknown = {}) {
  const dashboard = readDashboard({ title: 'd', panels: [{ id: 1, type, title: 'p', gridPos: { x: 0, y: 0, w: 6, h: 4 }, fieldConfig, options, targets: [] }] }, 'd.json');
  return dashboard.panels[0];
}

function frame(values: number[]) {
  const { FieldType } = grafanaData();
  return {
    refId: 'A',
    fields: [
      { name: 'Time', type: FieldType.time, config: {}, values: values.map((_, index) => index * 1000) },
      { name: 'Value', type: FieldType.number, config: {}, values },
    ],
    length: values.length,
  };
}

describe('shownValues: what a stat shows', () => {
  const availability = { defaults: { unit: 'percentunit', decimals: 2, thresholds: { mode: 'absolute', steps: [{ color: 'red', value: null }, { color: 'green', value: 0.99 }] } }, overrides: [] };

  it("formats the last value with the panel's unit and decimals and colours it by its threshold", () => {
    const [value] = shownValues(panelWith('stat', availability), [frame([0.5, 0.957412])]);
    expect(value).toMatchObject({ text: '95.74%', noData: false });
    // Grafana's "red" and "green" in the dark theme.
    expect(value.color).toBe('#F2495C');
    expect(shownValues(panelWith('stat', availability), [frame([0.995])])[0].color).toBe('#73BF69');
  });

  it('is "No data" without rows, or the panel\'s noValue', () => {
    const empty = { refId: 'A', fields: [], length: 0 };
    expect(shownValues(panelWith('stat', availability), [empty])).toMatchObject([{ text: 'No data', noData: true }]);
    const withNoValue = { ...availability, defaults: { ...availability.defaults, noValue: 'idle' } };
    expect(shownValues(panelWith('stat', withNoValue), [empty])).toMatchObject([{ text: 'idle', noData: true }]);
  });

  it('applies overrides by name (a byName unit)', () => {
    const config = { defaults: {}, overrides: [{ matcher: { id: 'byName', options: 'Value' }, properties: [{ id: 'unit', value: 'ms' }] }] };
    expect(shownValues(panelWith('stat', config), [frame([1234])])[0].text).toBe('1.23 s');
  });
});
