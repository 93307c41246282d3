import { describe, expect, it } from 'vitest';
import { panelUnitInvalid } from '../../../src/lint/rules/panel-unit-invalid.ts';
import { lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1 } from '../fixtures.ts';
import { lintExample } from './dashboard-example.ts';

const lint = (document: unknown) => lintDashboard(read(document), { rules: [panelUnitInvalid] });

describe('panel-unit-invalid (unit ids from @grafana/data)', () => {
  it('reports its example and accepts the fix', () => {
    expect(lintExample(panelUnitInvalid, panelUnitInvalid.example.bad)).toHaveLength(1);
    expect(lintExample(panelUnitInvalid, panelUnitInvalid.example.good)).toEqual([]);
  });

  it('reports unknown ids in defaults and overrides, with the nearest id, at the unit', () => {
    const document = v1([
      panel(1, 'up', { fieldConfig: { defaults: { unit: 'milisecond' }, overrides: [] } }),
      panel(2, 'up', { fieldConfig: { defaults: { unit: 'ms' }, overrides: [{ matcher: { id: 'byName', options: 'A' }, properties: [{ id: 'unit', value: 'precentunit' }] }] } }),
    ]);
    expect(lint(document).map((finding) => [finding.panelId, finding.suggestion, finding.pointer])).toEqual([
      [1, 'pick a unit from Grafana\'s unit list (or "suffix:milisecond" for a custom unit)', '/panels/0/fieldConfig/defaults/unit'],
      [2, 'did you mean "percentunit"? (or "suffix:precentunit" for a custom unit)', '/panels/1/fieldConfig/overrides/0'],
    ]);
  });

  it("accepts every id of Grafana's unit picker, aliases and the custom forms", () => {
    const units = ['ms', 's', 'percentunit', 'reqps', 'short', 'none', 'bytes', 'currencyUSD', 'dateTimeAsIso', 'suffix:req', 'prefix:$', 'si:B', 'count:calls', 'currency:EUR', 'bool:on/off'];
    expect(lint(v1(units.map((unit, index) => panel(index + 1, 'up', { fieldConfig: { defaults: { unit } } }))))).toEqual([]);
  });
});
