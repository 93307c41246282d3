/**
 * Data pictures: one SVG per tab (or row) of a dashboard, each panel in its grid cell drawn with its data,
 * in Grafana's dark theme; and for a diff, each tab before and after side by side, changed panels outlined.
 */
import { gridColumns, type PanelInfo } from '../../dashboard/model.ts';
import type { DashboardDiff } from '../../diff/model.ts';
import { layoutDashboard, type TabSection } from '../layout.ts';
import { fit, marks, type PanelMark, type PanelStatus, text } from '../render.ts';
import { el, type SvgElement, svgDocument } from '../svg.ts';
import type { DashboardData } from './collect.ts';
import { colors, drawPanelData } from './panels.ts';
import { utcDateTime } from './time.ts';

/** Grafana's grid: 30 px rows, 8 px between panels; 50 px columns make a 1200 px wide dashboard. */
const columnWidth = 50;
const rowHeight = 30;
const gap = 8;
const margin = 16;
const headerHeight = 64;
const gridWidth = gridColumns * columnWidth;
const sideGap = 32;

export interface TabPicture {
  /** Undefined for panels outside any tab or row. */
  readonly tab?: string;
  readonly svg: string;
  /** Panels that show "No data", in reading order. */
  readonly noData: readonly PanelInfo[];
}

/** How a diff marks a panel: its outline colour and what happened to it. */
export interface PanelOutline {
  readonly color: string;
  readonly words: readonly string[];
}

interface DrawnTab {
  readonly elements: SvgElement[];
  readonly height: number;
  readonly noData: PanelInfo[];
}

function header(data: DashboardData, tab: string | undefined, left: number, top: number, label?: string): SvgElement {
  const { dashboard, window } = data;
  const title = [label, dashboard.title || '(untitled dashboard)', tab === undefined ? undefined : `tab ${tab}`].filter(Boolean).join(' · ');
  const details = [`${utcDateTime(window.fromMs)} to ${utcDateTime(window.toMs)}`, ...data.variables].join(' · ');
  return el(
    'g',
    {},
    text(left, top + 20, 18, fit(title, gridWidth, 18), { 'font-weight': 600, fill: colors.text }),
    text(left, top + 40, 11, fit(details, gridWidth, 11), { fill: colors.secondary }),
  );
}

/** One tab's panels, each with its data; `outline` marks panels for a diff. */
function drawTab(data: DashboardData, section: TabSection, left: number, top: number, outline: (panel: PanelInfo) => PanelOutline | undefined): DrawnTab {
  const elements: SvgElement[] = [];
  const noData: PanelInfo[] = [];
  const context = { fromMs: data.window.fromMs, toMs: data.window.toMs };
  for (const box of section.boxes) {
    const x = left + box.x * columnWidth;
    const y = top + box.y * rowHeight;
    const width = box.w * columnWidth - gap;
    const height = box.h * rowHeight - gap;
    const mark = outline(box.panel);
    elements.push(el('rect', { x, y, width, height, rx: 2, fill: colors.panel, stroke: mark?.color ?? colors.border, 'stroke-width': mark === undefined ? 1 : 3 }));
    elements.push(text(x + 8, y + 18, 13, fit(box.panel.title || '(untitled)', width - 16, 13), { 'font-weight': 500, fill: colors.text }));
    if (mark !== undefined) elements.push(text(x + width - 8, y + 18, 11, mark.words.join(', '), { fill: mark.color, 'text-anchor': 'end', 'font-style': 'italic' }));
    const area = { x: x + 8, y: y + 26, width: width - 16, height: height - 32 };
    if (area.height < 8 || area.width < 8) continue;
    const drawn = drawPanelData(box.panel, data.panels.get(box.panel), area, context);
    if (drawn.noData) noData.push(box.panel);
    elements.push(el('g', {}, ...drawn.elements));
  }
  return { elements, height: section.rows * rowHeight, noData };
}

const noOutline = (): undefined => undefined;

/** One SVG per tab (or row) of the dashboard, in the dashboard's order. */
export function renderDataPreviews(data: DashboardData): TabPicture[] {
  return layoutDashboard(data.dashboard).map((section) => {
    const top = margin + headerHeight;
    const tab = drawTab(data, section, margin, top, noOutline);
    const width = gridWidth + 2 * margin;
    const height = top + tab.height + margin;
    const svg = svgDocument(width, height, el('rect', { width, height, fill: colors.canvas }), header(data, section.title, margin, margin), ...tab.elements);
    return { tab: section.title, svg, noData: tab.noData };
  });
}

/** Outline colours of a diff's panels: added green, removed red, changed or renamed amber, only moved blue. */
const outlineColors: Record<PanelStatus, string> = { added: '#73BF69', removed: '#F2495C', changed: '#FF9830', unchanged: '#5794F2' };

function outlineOf(mark: PanelMark | undefined): PanelOutline | undefined {
  return mark === undefined ? undefined : { color: outlineColors[mark.status], words: mark.words };
}

export interface DiffData {
  readonly diff: DashboardDiff;
  /** Absent for an added (before) or removed (after) dashboard. */
  readonly before?: DashboardData;
  readonly after?: DashboardData;
}

/** One dashboard's tabs, before and after side by side from `top`; returns the height used. */
function diffBlock(entry: DiffData, top: number, elements: SvgElement[], noData: { file: string; panel: PanelInfo }[]): number {
  const outlines = marks(entry.diff);
  const sides = [
    { data: entry.before, sections: entry.before ? layoutDashboard(entry.before.dashboard) : [], outlines: outlines.before, label: 'before', left: margin },
    { data: entry.after, sections: entry.after ? layoutDashboard(entry.after.dashboard) : [], outlines: outlines.after, label: 'after', left: margin + gridWidth + sideGap },
  ];
  const titles: (string | undefined)[] = sides[1].sections.map((section) => section.title);
  for (const section of sides[0].sections) if (!titles.includes(section.title)) titles.push(section.title);
  let y = top;
  for (const title of titles) {
    let tallest = 0;
    for (const side of sides) {
      if (side.data === undefined) {
        elements.push(text(side.left, y + 20, 14, `${side.label}: no such dashboard`, { fill: colors.secondary, 'font-style': 'italic' }));
        continue;
      }
      elements.push(header(side.data, title, side.left, y, side.label));
      const section = side.sections.find((candidate) => candidate.title === title);
      if (section === undefined) {
        elements.push(text(side.left, y + headerHeight + 20, 13, 'not in this version', { fill: colors.secondary, 'font-style': 'italic' }));
        tallest = Math.max(tallest, 40);
        continue;
      }
      const sideMarks = side.outlines;
      const drawn = drawTab(side.data, section, side.left, y + headerHeight, (panel) => outlineOf(sideMarks.get(panel)));
      if (side.label === 'after') noData.push(...drawn.noData.map((panel) => ({ file: side.data!.dashboard.file, panel })));
      elements.push(el('g', {}, ...drawn.elements));
      tallest = Math.max(tallest, drawn.height);
    }
    y += headerHeight + tallest + margin;
  }
  return y - top;
}

/**
 * Before and after with their data, for every dashboard that changed: tab by tab side by side (the after
 * side's tabs first, then those only before), changed panels outlined. Returns the picture and the panels of
 * the after side that show "No data".
 */
export function renderDataDiff(entries: readonly DiffData[]): { svg: string; noData: { file: string; panel: PanelInfo }[] } {
  const elements: SvgElement[] = [];
  const noData: { file: string; panel: PanelInfo }[] = [];
  let top = margin;
  const changed = entries.filter((entry) => entry.diff.status !== 'unchanged');
  if (changed.length === 0) {
    elements.push(text(margin, top + 20, 14, 'No dashboard changes.', { fill: colors.text }));
    top += 40;
  }
  for (const entry of changed) top += diffBlock(entry, top, elements, noData);
  const width = 2 * gridWidth + sideGap + 2 * margin;
  const height = top + margin;
  return { svg: svgDocument(width, height, el('rect', { width, height, fill: colors.canvas }), ...elements), noData };
}
