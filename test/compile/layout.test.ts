import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TabDefinition } from '../../src/builder/model.ts';
import { layoutTabs } from '../../src/compile/layout.ts';
import { gridColumns } from '../../src/dashboard/model.ts';
import { panel } from './fixture.ts';

function tab(title: string, sizes: readonly [number, number][]): TabDefinition {
  return { title, panels: sizes.map(([w, h], index) => panel(`${title} ${index}`, w, h)) };
}

describe('layoutTabs', () => {
  it('flows panels left to right and wraps below the tallest panel of the line', () => {
    const { tabs, problems } = layoutTabs('uid', [tab('A', [[8, 4], [8, 6], [8, 4], [16, 3], [12, 5]])]);
    expect(problems).toEqual([]);
    expect(tabs[0].panels.map((placed) => placed.box)).toEqual([
      { x: 0, y: 0, w: 8, h: 4 },
      { x: 8, y: 0, w: 8, h: 6 },
      { x: 16, y: 0, w: 8, h: 4 },
      { x: 0, y: 6, w: 16, h: 3 },
      { x: 0, y: 9, w: 12, h: 5 },
    ]);
    expect(tabs[0].height).toBe(14);
  });

  it('numbers panels 1..n in reading order across tabs, then one id per tab for its row', () => {
    const { tabs } = layoutTabs('uid', [tab('A', [[12, 4], [12, 4]]), tab('B', [[24, 4]]), tab('C', [])]);
    expect(tabs.map((placed) => placed.panels.map((entry) => entry.id))).toEqual([[1, 2], [3], []]);
    expect(tabs.map((placed) => placed.rowId)).toEqual([4, 5, 6]);
  });

  it('reports sizes outside the grid, naming the panel', () => {
    const { problems } = layoutTabs('uid', [tab('A', [[25, 4], [6, 0], [2.5, 3]])]);
    expect(problems).toEqual([
      { where: 'uid', panel: 'A 0', message: 'width 25 is not a whole number from 1 to 24' },
      { where: 'uid', panel: 'A 1', message: 'height 0 is not a whole number of at least 1' },
      { where: 'uid', panel: 'A 2', message: 'width 2.5 is not a whole number from 1 to 24' },
    ]);
  });

  it('never overlaps panels or leaves the 24 columns, whatever the sizes', () => {
    const size = fc.tuple(fc.integer({ min: 1, max: gridColumns }), fc.integer({ min: 1, max: 12 }));
    fc.assert(
      fc.property(fc.array(size, { maxLength: 30 }), (sizes) => {
        const [placed] = layoutTabs('uid', [tab('A', sizes)]).tabs;
        const boxes = placed.panels.map((entry) => entry.box);
        for (const [index, a] of boxes.entries()) {
          expect(a.x + a.w).toBeLessThanOrEqual(gridColumns);
          expect(a.y + a.h).toBeLessThanOrEqual(placed.height);
          for (const b of boxes.slice(index + 1)) {
            const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
            expect(apart).toBe(true);
          }
        }
      }),
    );
  });
});
