import type { PanelDefinition, TabDefinition } from '../builder/model.ts';
import { gridColumns, type GridPos } from '../dashboard/model.ts';
import type { Problem } from './problem.ts';

export interface PlacedPanel {
  /** Unique, non-zero, assigned in reading order across all tabs. */
  readonly id: number;
  readonly panel: PanelDefinition;
  /** Position inside the tab, which starts at y = 0. */
  readonly box: GridPos;
}

export interface PlacedTab {
  readonly title: string;
  /** Used by the row that stands for the tab in classic dashboards; after every panel id. */
  readonly rowId: number;
  readonly panels: readonly PlacedPanel[];
  /** Grid units from the top of the tab to the bottom of its lowest panel. */
  readonly height: number;
}

function sizeProblems(uid: string, panel: PanelDefinition): Problem[] {
  const { w, h } = panel.size;
  const problems: Problem[] = [];
  if (!Number.isInteger(w) || w < 1 || w > gridColumns) {
    problems.push({ where: uid, panel: panel.title, message: `width ${w} is not a whole number from 1 to ${gridColumns}` });
  }
  if (!Number.isInteger(h) || h < 1) {
    problems.push({ where: uid, panel: panel.title, message: `height ${h} is not a whole number of at least 1` });
  }
  return problems;
}

/** Places panels left to right in definition order, wrapping to a new line when the next one does not fit. */
function flow(panels: readonly PanelDefinition[], firstId: number): { placed: PlacedPanel[]; height: number } {
  const placed: PlacedPanel[] = [];
  let x = 0;
  let y = 0;
  let lineHeight = 0;
  panels.forEach((panel, index) => {
    const { w, h } = panel.size;
    if (x + w > gridColumns) {
      x = 0;
      y += lineHeight;
      lineHeight = 0;
    }
    placed.push({ id: firstId + index, panel, box: { x, y, w, h } });
    x += w;
    lineHeight = Math.max(lineHeight, h);
  });
  return { placed, height: y + lineHeight };
}

/**
 * Lays out every tab on Grafana's 24-column grid and numbers panels 1..n in reading order, then rows
 * n+1..n+tabs, so a panel keeps its id in the classic and the v2 output.
 */
export function layoutTabs(uid: string, tabs: readonly TabDefinition[]): { tabs: PlacedTab[]; problems: Problem[] } {
  const problems = tabs.flatMap((tab) => tab.panels.flatMap((panel) => sizeProblems(uid, panel)));
  const panelCount = tabs.reduce((count, tab) => count + tab.panels.length, 0);
  let nextId = 1;
  const placedTabs = tabs.map((tab, index) => {
    const { placed, height } = flow(tab.panels, nextId);
    nextId += tab.panels.length;
    return { title: tab.title, rowId: panelCount + index + 1, panels: placed, height };
  });
  return { tabs: placedTabs, problems };
}
