import { describe, expect, it } from 'vitest';
import { panelIdUnique } from '../../../src/lint/rules/panel-id-unique.ts';
import { lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1 } from '../fixtures.ts';

const lint = (document: unknown) => lintDashboard(read(document), { rules: [panelIdUnique] });

describe('panel-id-unique', () => {
  it('reports missing, zero and repeated panel ids', () => {
    const document = v1([panel(1, 'up'), panel(1, 'up', { title: 'Twin' }), panel(0, 'up'), panel(3, 'up', { id: undefined })]);
    // Reading order: panel 0 sits at the top of the grid.
    expect(lint(document).map((finding) => finding.message)).toEqual([
      'the panel has no id',
      'panel id 1 is also the id of panel "Panel 1"',
      'the panel has no id',
    ]);
  });

  it('names an id written as a string instead of calling it missing', () => {
    expect(lint(v1([panel(1, 'up', { id: '3' })])).map((finding) => finding.message)).toEqual(['the panel id is the string "3", not a number']);
  });

  it('accepts unique ids, including those of panels inside collapsed rows', () => {
    const row = { id: 10, type: 'row', title: 'More', collapsed: true, panels: [panel(11, 'up')] };
    expect(lint(v1([panel(1, 'up'), panel(2, 'up'), row]))).toEqual([]);
  });
});
