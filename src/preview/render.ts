/**
 * Layout pictures of dashboards: every tab's 24-column grid with each panel as a box (title, type, unit),
 * and for a diff the two versions side by side with added, removed, changed and moved panels marked.
 */
import { type DashboardInfo, gridColumns, type PanelInfo } from '../dashboard/model.ts';
import type { DashboardDiff } from '../diff/model.ts';
import { layoutDashboard, type PanelBox, type TabSection } from './layout.ts';
import { el, type SvgElement, svgDocument } from './svg.ts';

const margin = 16;
const columnWidth = 36;
const rowHeight = 22;
const gridWidth = gridColumns * columnWidth;
const tabHeaderHeight = 26;
const sectionGap = 14;
const dashboardHeaderHeight = 52;
const sideGap = 32;
export const font = "Inter, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

export type PanelStatus = 'unchanged' | 'added' | 'removed' | 'changed';

export interface PanelMark {
  readonly status: PanelStatus;
  readonly moved: boolean;
  /** What happened, as printed at the bottom of the box: `added`, `renamed, changed`, `moved`. */
  readonly words: readonly string[];
}

const palette: Record<PanelStatus, { fill: string; stroke: string; text: string }> = {
  unchanged: { fill: '#ffffff', stroke: '#adb5bd', text: '#212529' },
  added: { fill: '#d3f9d8', stroke: '#2b8a3e', text: '#1b4d26' },
  removed: { fill: '#ffe3e3', stroke: '#c92a2a', text: '#7d1a1a' },
  changed: { fill: '#fff3bf', stroke: '#e67700', text: '#5c3c00' },
};
const movedStroke = '#1c7ed6';

/** Up to `maxLines` lines of whole words that fit in `width` pixels; the last one cut when text remains. */
export function wrap(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const perLine = Math.floor(width / (fontSize * 0.6));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current === '' ? word : `${current} ${word}`;
    if ([...next].length <= perLine || current === '') current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines && kept.length > 0) kept[kept.length - 1] = `${kept[kept.length - 1]} ${lines[maxLines]}`;
  return kept.map((line) => fit(line, width, fontSize));
}

/** Cuts text to what fits in `width` pixels, estimating glyph widths from the font size. */
export function fit(text: string, width: number, fontSize: number): string {
  const max = Math.floor(width / (fontSize * 0.6));
  if (max <= 1) return '';
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function text(x: number, y: number, size: number, content: string, extra: Record<string, string | number> = {}): SvgElement {
  return el('text', { x, y, 'font-size': size, 'font-family': font, ...extra }, content);
}

function panelBox(box: PanelBox, left: number, top: number, mark: PanelMark): SvgElement {
  const colors = palette[mark.status];
  const x = left + box.x * columnWidth + 2;
  const y = top + box.y * rowHeight + 2;
  const width = box.w * columnWidth - 4;
  const height = box.h * rowHeight - 4;
  const details = [box.panel.type || 'panel', box.panel.unit].filter(Boolean).join(' · ');
  const children: SvgElement[] = [
    el('rect', {
      x,
      y,
      width,
      height,
      rx: 4,
      fill: colors.fill,
      stroke: mark.moved ? movedStroke : colors.stroke,
      'stroke-width': mark.moved ? 3 : 1,
      'stroke-dasharray': mark.moved ? '6 3' : undefined,
    }),
    text(x + 8, y + 17, 13, fit(box.panel.title || '(untitled)', width - 16, 13), { 'font-weight': 600, fill: colors.text }),
  ];
  if (height >= 40) children.push(text(x + 8, y + 34, 11, fit(details, width - 16, 11), { fill: '#495057' }));
  // The description says what question the panel answers; as much as fits above the status line.
  const descriptionLines = Math.max(0, Math.min(3, Math.floor((height - 64) / 14)));
  wrap(box.panel.description ?? '', width - 16, 11, descriptionLines).forEach((line, index) => {
    children.push(text(x + 8, y + 54 + index * 14, 11, line, { fill: '#868e96' }));
  });
  if (mark.words.length > 0 && height >= 58) {
    const color = mark.status === 'unchanged' ? movedStroke : colors.stroke;
    children.push(text(x + 8, y + height - 8, 11, fit(mark.words.join(', '), width - 16, 11), { fill: color, 'font-style': 'italic' }));
  }
  return el('g', {}, ...children);
}

function sectionHeight(rows: number): number {
  return tabHeaderHeight + Math.max(rows, 2) * rowHeight + sectionGap;
}

/** One tab: its title bar, the grid background, the panels. `section` undefined draws the tab as absent. */
function tabSection(title: string | undefined, section: TabSection | undefined, rows: number, left: number, top: number, markOf: (panel: PanelInfo) => PanelMark): SvgElement {
  const gridTop = top + tabHeaderHeight;
  const gridHeight = Math.max(rows, 2) * rowHeight;
  const children: SvgElement[] = [
    text(left, top + 17, 13, fit(title === undefined ? '(outside any tab)' : `Tab: ${title}`, gridWidth, 13), { 'font-weight': 700, fill: '#343a40' }),
    el('rect', { x: left, y: gridTop, width: gridWidth, height: gridHeight, fill: section ? '#f1f3f5' : '#fafafa', stroke: '#dee2e6' }),
  ];
  if (section === undefined) {
    children.push(text(left + 10, gridTop + 28, 12, 'not in this version', { fill: '#868e96', 'font-style': 'italic' }));
  } else {
    for (let column = 6; column < gridColumns; column += 6) {
      const x = left + column * columnWidth;
      children.push(el('line', { x1: x, y1: gridTop, x2: x, y2: gridTop + gridHeight, stroke: '#e2e6ea', 'stroke-dasharray': '2 4' }));
    }
    children.push(...section.boxes.map((box) => panelBox(box, left, gridTop, markOf(box.panel))));
  }
  return el('g', {}, ...children);
}

function dashboardHeader(dashboard: DashboardInfo, left: number, top: number, label?: string): SvgElement {
  const subtitle = [label, dashboard.file, dashboard.uid ? `uid ${dashboard.uid}` : undefined, dashboard.format].filter(Boolean).join(' · ');
  return el(
    'g',
    {},
    text(left, top + 22, 18, fit(dashboard.title || '(untitled dashboard)', gridWidth, 18), { 'font-weight': 700, fill: '#212529' }),
    text(left, top + 40, 12, fit(subtitle, gridWidth, 12), { fill: '#6c757d' }),
  );
}

const unchangedMark: PanelMark = { status: 'unchanged', moved: false, words: [] };

/** The layout of one dashboard. */
export function renderPreview(dashboard: DashboardInfo): string {
  const sections = layoutDashboard(dashboard);
  const children: SvgElement[] = [dashboardHeader(dashboard, margin, margin)];
  let top = margin + dashboardHeaderHeight;
  for (const section of sections) {
    children.push(tabSection(section.title, section, section.rows, margin, top, () => unchangedMark));
    top += sectionHeight(section.rows);
  }
  const width = gridWidth + 2 * margin;
  return svgDocument(width, top + margin - sectionGap, el('rect', { width, height: top + margin - sectionGap, fill: '#ffffff' }), ...children);
}

/** What the diff says about each panel of either side (panels it does not name are unchanged). */
export function marks(diff: DashboardDiff): { before: Map<PanelInfo, PanelMark>; after: Map<PanelInfo, PanelMark> } {
  const before = new Map<PanelInfo, PanelMark>();
  const after = new Map<PanelInfo, PanelMark>();
  const update = (map: Map<PanelInfo, PanelMark>, panel: PanelInfo | undefined, status: PanelStatus | undefined, word: string) => {
    if (panel === undefined) return;
    const mark = map.get(panel) ?? unchangedMark;
    map.set(panel, {
      status: status ?? mark.status,
      moved: mark.moved || word === 'moved',
      words: [...mark.words, word],
    });
  };
  for (const change of diff.changes) {
    if (change.subject !== 'panel') continue;
    if (change.kind === 'added') update(after, change.after, 'added', 'added');
    else if (change.kind === 'removed') update(before, change.before, 'removed', 'removed');
    else {
      // Renamed and edited panels are amber; a move alone only outlines the box.
      const status = change.kind === 'moved' ? undefined : 'changed';
      update(before, change.before, status, change.kind);
      update(after, change.after, status, change.kind);
    }
  }
  return { before, after };
}

function legend(left: number, top: number): SvgElement {
  const items: [string, string, string, boolean][] = [
    ['added', palette.added.fill, palette.added.stroke, false],
    ['removed', palette.removed.fill, palette.removed.stroke, false],
    ['changed', palette.changed.fill, palette.changed.stroke, false],
    ['moved', '#ffffff', movedStroke, true],
    ['unchanged', palette.unchanged.fill, palette.unchanged.stroke, false],
  ];
  return el(
    'g',
    {},
    ...items.map(([label, fill, stroke, dashed], index) =>
      el(
        'g',
        {},
        el('rect', { x: left + index * 120, y: top, width: 18, height: 14, rx: 3, fill, stroke, 'stroke-width': dashed ? 2 : 1, 'stroke-dasharray': dashed ? '4 2' : undefined }),
        text(left + index * 120 + 24, top + 12, 12, label, { fill: '#343a40' }),
      ),
    ),
  );
}

/** One changed dashboard, before on the left and after on the right, tabs aligned. Returns the elements and the height used. */
function diffBlock(diff: DashboardDiff, top: number): { elements: SvgElement[]; height: number } {
  const before = diff.before ? layoutDashboard(diff.before) : [];
  const after = diff.after ? layoutDashboard(diff.after) : [];
  const titles = [...after.map((section) => section.title)];
  for (const section of before) if (!titles.includes(section.title)) titles.push(section.title);
  const { before: beforeMarks, after: afterMarks } = marks(diff);
  const leftX = margin;
  const rightX = margin + gridWidth + sideGap;
  const elements: SvgElement[] = [];
  const header = diff.after ?? diff.before;
  if (diff.before) elements.push(dashboardHeader(diff.before, leftX, top, 'before'));
  else if (header) elements.push(text(leftX, top + 22, 14, 'before: (no dashboard)', { fill: '#868e96', 'font-style': 'italic' }));
  if (diff.after) elements.push(dashboardHeader(diff.after, rightX, top, 'after'));
  else elements.push(text(rightX, top + 22, 14, 'after: (dashboard removed)', { fill: '#868e96', 'font-style': 'italic' }));
  let y = top + dashboardHeaderHeight;
  // A removed dashboard's panels are all removed, an added one's all added.
  const whole = (status: 'added' | 'removed'): PanelMark => ({ status, moved: false, words: [status] });
  const markBefore = (panel: PanelInfo) => beforeMarks.get(panel) ?? (diff.status === 'removed' ? whole('removed') : unchangedMark);
  const markAfter = (panel: PanelInfo) => afterMarks.get(panel) ?? (diff.status === 'added' ? whole('added') : unchangedMark);
  for (const title of titles) {
    const left = before.find((section) => section.title === title);
    const right = after.find((section) => section.title === title);
    const rows = Math.max(left?.rows ?? 0, right?.rows ?? 0);
    elements.push(tabSection(title, left, rows, leftX, y, markBefore));
    elements.push(tabSection(title, right, rows, rightX, y, markAfter));
    y += sectionHeight(rows);
  }
  return { elements, height: y - top };
}

/** Before and after side by side for every dashboard that changed; unchanged ones are left out. */
export function renderDiffPreview(diffs: readonly DashboardDiff[]): string {
  const width = 2 * gridWidth + sideGap + 2 * margin;
  const children: SvgElement[] = [legend(margin, margin)];
  let top = margin + 30;
  const changed = diffs.filter((diff) => diff.status !== 'unchanged');
  if (changed.length === 0) {
    children.push(text(margin, top + 20, 14, 'No dashboard changes.', { fill: '#495057' }));
    top += 40;
  }
  for (const diff of changed) {
    const block = diffBlock(diff, top);
    children.push(...block.elements);
    top += block.height + sectionGap;
  }
  const height = top + margin - sectionGap;
  return svgDocument(width, height, el('rect', { width, height, fill: '#ffffff' }), ...children);
}
