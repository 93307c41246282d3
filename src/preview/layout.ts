/**
 * Where each panel sits on Grafana's 24-column grid, tab by tab. Positions inside a tab start at row 0;
 * panels without a position (v2 auto grids, pre-grid schemas) flow left to right in reading order.
 */
import { type DashboardInfo, gridColumns, type PanelInfo } from '../dashboard/model.ts';

export interface PanelBox {
  readonly panel: PanelInfo;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface TabSection {
  /** Undefined for panels outside any tab or row. */
  readonly title?: string;
  readonly boxes: readonly PanelBox[];
  /** Height of the section in grid rows. */
  readonly rows: number;
}

const flowWidth = 8;
const flowHeight = 8;

function clampToGrid(x: number, w: number): { x: number; w: number } {
  const left = Math.min(Math.max(0, x), gridColumns - 1);
  return { x: left, w: Math.min(Math.max(1, w), gridColumns - left) };
}

function placeTab(panels: readonly PanelInfo[]): PanelBox[] {
  const top = Math.min(...panels.map((panel) => panel.gridPos?.y ?? Number.POSITIVE_INFINITY));
  const boxes: PanelBox[] = [];
  let cursorX = 0;
  let cursorY = Number.isFinite(top) ? Math.max(0, ...panels.map((panel) => (panel.gridPos ? panel.gridPos.y - top + panel.gridPos.h : 0))) : 0;
  let rowHeight = 0;
  for (const panel of panels) {
    if (panel.gridPos) {
      const { x, w } = clampToGrid(panel.gridPos.x, panel.gridPos.w);
      boxes.push({ panel, x, y: panel.gridPos.y - top, w, h: Math.max(1, panel.gridPos.h) });
      continue;
    }
    // Pre-grid schemas give a width in twelfths (`span`).
    const span = typeof panel.raw.span === 'number' ? panel.raw.span * 2 : flowWidth;
    const width = Math.min(gridColumns, Math.max(1, Math.round(span)));
    if (cursorX + width > gridColumns) {
      cursorX = 0;
      cursorY += rowHeight;
      rowHeight = 0;
    }
    boxes.push({ panel, x: cursorX, y: cursorY, w: width, h: flowHeight });
    cursorX += width;
    rowHeight = Math.max(rowHeight, flowHeight);
  }
  return boxes;
}

export function layoutDashboard(dashboard: DashboardInfo): TabSection[] {
  const titles: (string | undefined)[] = [];
  if (dashboard.panels.some((panel) => panel.tab === undefined)) titles.push(undefined);
  titles.push(...dashboard.tabs);
  return titles.map((title) => {
    const boxes = placeTab(dashboard.panels.filter((panel) => panel.tab === title));
    const rows = Math.max(0, ...boxes.map((box) => box.y + box.h));
    return { title, boxes, rows };
  });
}
