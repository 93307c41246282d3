import { describe, expect, it } from 'vitest';
import { panelUnitMissing } from '../../../src/lint/rules/panel-unit-missing.ts';
import { lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1 } from '../fixtures.ts';

const lint = (document: unknown) => lintDashboard(read(document), { rules: [panelUnitMissing] });

describe('panel-unit-missing', () => {
  it('reports numeric panels without a unit', () => {
    const document = v1([
      panel(1, 'up', { fieldConfig: { defaults: {} } }),
      panel(2, 'up', { type: 'stat', fieldConfig: { defaults: { unit: '' } } }),
    ]);
    expect(lint(document).map((finding) => [finding.panelId, finding.severity, finding.message])).toEqual([
      [1, 'warning', 'the timeseries panel has no unit'],
      [2, 'warning', 'the stat panel has no unit'],
    ]);
  });

  it('accepts units from defaults, overrides, old graph axes, heatmap axes and singlestat format', () => {
    const document = v1([
      panel(1, 'up'),
      panel(2, 'up', { fieldConfig: { defaults: {}, overrides: [{ matcher: { id: 'byName', options: 'A' }, properties: [{ id: 'unit', value: 'ms' }] }] } }),
      panel(3, 'up', { type: 'graph', fieldConfig: undefined, yaxes: [{ format: 'bytes' }, { format: 'short' }] }),
      panel(4, 'up', { type: 'heatmap', fieldConfig: { defaults: {} }, options: { yAxis: { unit: 'ms' } } }),
      panel(5, 'up', { type: 'singlestat', fieldConfig: undefined, format: 'percent' }),
    ]);
    expect(lint(document)).toEqual([]);
  });

  it('leaves tables, logs, node graphs, text panels and unknown plugins alone', () => {
    const noUnit = { fieldConfig: { defaults: {} } };
    const document = v1(
      ['table', 'logs', 'nodeGraph', 'state-timeline', 'text', 'some-plugin-panel'].map((type, index) =>
        panel(index + 1, 'up', { ...noUnit, type }),
      ),
    );
    expect(lint(document)).toEqual([]);
  });
});
