/**
 * Each panel type drawn with its data inside its grid cell, from the frames Grafana's pipeline gives it
 * (`src/grafana/`): values as Grafana's display processors print and colour them, "No data" where Grafana
 * shows it. The drawing is simplified (no anti-collision of labels, a layered node graph instead of
 * Grafana's force layout), but every number and colour comes from the same frames and display settings.
 */
import type { PanelInfo } from '../../dashboard/model.ts';
import { colorOf, displayText, formatValue, panelFieldConfig, type ShownValue, shownValues, withFieldConfig } from '../../grafana/display.ts';
import { type DataFrame, type Field, grafanaData } from '../../grafana/grafana-data.ts';
import { fieldNamed } from '../../grafana/drawing.ts';
import type { PanelData } from '../../grafana/pipeline.ts';
import { isJsonObject } from '../../json/object.ts';
import { compareText } from '../../text/compare.ts';
import { plural } from '../../text/plural.ts';
import { fit, text } from '../render.ts';
import { el, type SvgElement } from '../svg.ts';
import { utcClock, utcDate } from './time.ts';

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DrawnPanel {
  readonly elements: SvgElement[];
  /** Grafana shows "No data" (or the panel's `noValue`) in this panel. */
  readonly noData: boolean;
}

export interface DrawContext {
  readonly fromMs: number;
  readonly toMs: number;
}

/** The dark theme's colours, as Grafana draws panels. */
export const colors = {
  canvas: '#111217',
  panel: '#181b1f',
  border: 'rgba(204, 204, 220, 0.12)',
  grid: 'rgba(204, 204, 220, 0.08)',
  text: 'rgb(204, 204, 220)',
  secondary: 'rgba(204, 204, 220, 0.65)',
  track: 'rgba(204, 204, 220, 0.1)',
  error: '#F2495C',
};

const numeric = (field: Field) => field.type === 'number';
const isTime = (field: Field) => field.type === 'time';
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function centered(area: Area, message: string, color = colors.secondary, size = 14): SvgElement {
  return text(area.x + area.width / 2, area.y + area.height / 2 + size / 3, size, fit(message, area.width, size), { fill: color, 'text-anchor': 'middle' });
}

/** What Grafana's panels show when every frame is empty ("No data", or the panel's `noValue`). */
function noDataText(panel: PanelInfo): string {
  const { defaults } = panelFieldConfig(panel);
  return typeof defaults.noValue === 'string' && defaults.noValue !== '' ? defaults.noValue : 'No data';
}

const noRows = (frames: readonly DataFrame[]): boolean => frames.every((frame) => frame.length === 0);

function noData(panel: PanelInfo, area: Area): DrawnPanel {
  return { elements: [centered(area, noDataText(panel))], noData: true };
}

/** About four round steps (1, 2, 2.5, 5 x 10^n) from `low` to `high`. */
function ticks(low: number, high: number, count = 4): number[] {
  const raw = (high - low) / count;
  if (!(raw > 0) || !Number.isFinite(raw)) return [low];
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? raw;
  const values: number[] = [];
  for (let value = Math.ceil(low / step) * step; value <= high + step * 1e-9; value += step) values.push(Number(value.toPrecision(12)));
  return values;
}

interface Series {
  readonly name: string;
  readonly color: string;
  readonly points: readonly (readonly [number, number])[];
  readonly field: Field;
}

function timeSeriesOf(frames: readonly DataFrame[]): Series[] {
  const { getFieldDisplayName } = grafanaData();
  const series: Series[] = [];
  for (const frame of frames) {
    const time = frame.fields.find(isTime);
    if (time === undefined) continue;
    for (const field of frame.fields.filter(numeric)) {
      if (field.config.custom?.hideFrom?.viz === true) continue;
      const points: [number, number][] = [];
      field.values.forEach((value, index) => {
        if (finite(value) && finite(time.values[index])) points.push([time.values[index], value]);
      });
      const color = field.display?.(points[0]?.[1] ?? 0).color ?? colors.text;
      series.push({ name: getFieldDisplayName(field, frame, [...frames]), color, points, field });
    }
  }
  return series;
}

interface LegendItem {
  readonly name: string;
  readonly color: string;
  readonly value?: string;
}

const legendFont = 11;
const charWidth = (size: number) => size * 0.6;

/** A legend below the plot, items flowing in lines; returns the elements and the height used. */
function bottomLegend(items: readonly LegendItem[], area: Area, maxLines: number): { elements: SvgElement[]; height: number } {
  const lineHeight = 16;
  const placed: { item: LegendItem; label: string; line: number; left: number }[] = [];
  let line = 0;
  let cursor = 0;
  for (const item of items) {
    const label = item.value === undefined ? item.name : `${item.name} ${item.value}`;
    const width = Math.min(area.width, 18 + [...label].length * charWidth(legendFont) + 14);
    if (cursor > 0 && cursor + width > area.width) {
      line += 1;
      cursor = 0;
    }
    if (line >= maxLines) break;
    placed.push({ item, label, line, left: cursor });
    cursor += width;
  }
  const lines = placed.length === 0 ? 0 : placed[placed.length - 1].line + 1;
  const top = area.y + area.height - lines * lineHeight;
  const elements = placed.flatMap(({ item, label, line: index, left }) => [
    el('rect', { x: area.x + left, y: top + index * lineHeight + 4, width: 12, height: 4, rx: 1, fill: item.color }),
    text(area.x + left + 18, top + index * lineHeight + 10, legendFont, fit(label, area.width - left - 18, legendFont), { fill: colors.text }),
  ]);
  if (placed.length < items.length) {
    elements.push(text(area.x + area.width, area.y + area.height - 2, 10, `+${items.length - placed.length} more`, { fill: colors.secondary, 'text-anchor': 'end' }));
  }
  return { elements, height: lines * lineHeight };
}

function legendShown(panel: PanelInfo): boolean {
  const legend = isJsonObject(panel.options?.legend) ? panel.options.legend : {};
  return legend.showLegend !== false && legend.displayMode !== 'hidden';
}

function timeAxis(plot: Area, context: DrawContext): SvgElement[] {
  const elements: SvgElement[] = [];
  const span = context.toMs - context.fromMs;
  const count = Math.max(2, Math.min(6, Math.floor(plot.width / 90)));
  for (let index = 0; index <= count; index++) {
    const ms = context.fromMs + (span * index) / count;
    const x = plot.x + (plot.width * index) / count;
    const label = span >= 3_600_000 ? utcClock(ms).slice(0, 5) : utcClock(ms);
    const anchor = index === 0 ? 'start' : index === count ? 'end' : 'middle';
    elements.push(text(x, plot.y + plot.height + 13, 10, label, { fill: colors.secondary, 'text-anchor': anchor }));
  }
  return elements;
}

/** The y range: the panel's min/max where set, else the data's, widened when flat. */
function valueRange(values: readonly number[], field: Field | undefined): [number, number] {
  const low = finite(field?.config.min) ? field.config.min : Math.min(...values);
  const high = finite(field?.config.max) ? field.config.max : Math.max(...values);
  if (high > low) return [low, high];
  return low === 0 ? [0, 1] : [Math.min(0, low), Math.max(0, high) * 1.1 || 1];
}

function thresholdLines(field: Field | undefined): boolean {
  const mode = field?.config.custom?.thresholdsStyle?.mode;
  return typeof mode === 'string' && mode !== 'off';
}

function drawTimeSeries(panel: PanelInfo, frames: readonly DataFrame[], area: Area, context: DrawContext): DrawnPanel {
  const configured = withFieldConfig(panel, frames);
  const series = timeSeriesOf(configured);
  if (noRows(frames) || series.length === 0) return noData(panel, area);
  const elements: SvgElement[] = [];
  const legendLines = legendShown(panel) ? Math.max(1, Math.min(3, Math.floor(area.height / 80))) : 0;
  const legend = legendLines > 0 ? bottomLegend(series.map((entry) => ({ name: entry.name, color: entry.color })), area, legendLines) : { elements: [], height: 0 };
  const first = series[0].field;
  const values = series.flatMap((entry) => entry.points.map(([, value]) => value));
  const [low, high] = valueRange(values.length > 0 ? values : [0], first);
  const yTicks = ticks(low, high);
  const unit = typeof first.config.unit === 'string' ? first.config.unit : undefined;
  const labels = yTicks.map((tick) => formatValue(unit, tick));
  const labelWidth = Math.max(...labels.map((label) => [...label].length)) * charWidth(10) + 8;
  const plot: Area = { x: area.x + labelWidth, y: area.y + 4, width: area.width - labelWidth - 4, height: area.height - legend.height - 24 };
  if (plot.height < 10 || plot.width < 20) return { elements: [centered(area, plural(series.length, 'series', 'series'))], noData: false };
  const xOf = (ms: number) => plot.x + ((ms - context.fromMs) / (context.toMs - context.fromMs)) * plot.width;
  const yOf = (value: number) => plot.y + plot.height - ((Math.min(Math.max(value, low), high) - low) / (high - low)) * plot.height;
  yTicks.forEach((tick, index) => {
    const y = yOf(tick);
    elements.push(el('line', { x1: plot.x, y1: y, x2: plot.x + plot.width, y2: y, stroke: colors.grid }));
    elements.push(text(plot.x - 6, y + 3, 10, labels[index], { fill: colors.secondary, 'text-anchor': 'end' }));
  });
  elements.push(...timeAxis(plot, context));
  if (thresholdLines(first)) {
    for (const step of first.config.thresholds?.steps ?? []) {
      if (!finite(step.value) || step.value < low || step.value > high) continue;
      const y = yOf(step.value);
      elements.push(el('line', { x1: plot.x, y1: y, x2: plot.x + plot.width, y2: y, stroke: colorOf(step.color), 'stroke-dasharray': '6 4' }));
    }
  }
  for (const entry of series) {
    if (entry.points.length === 0) continue;
    const path = entry.points.map(([ms, value], index) => `${index === 0 ? 'M' : 'L'}${round(xOf(ms))} ${round(yOf(value))}`).join(' ');
    const points = entry.points.length === 1 ? [el('circle', { cx: xOf(entry.points[0][0]), cy: yOf(entry.points[0][1]), r: 2, fill: entry.color })] : [];
    elements.push(el('path', { d: path, fill: 'none', stroke: entry.color, 'stroke-width': 1.5 }), ...points);
  }
  elements.push(...legend.elements);
  return { elements, noData: false };
}

const round = (value: number): string => String(Math.round(value * 100) / 100);

/** Single values laid out side by side when the area is wide, stacked when it is tall (orientation auto). */
function cells(area: Area, count: number): Area[] {
  const horizontal = area.width >= area.height;
  const result: Area[] = [];
  for (let index = 0; index < count; index++) {
    result.push(
      horizontal
        ? { x: area.x + (area.width / count) * index, y: area.y, width: area.width / count, height: area.height }
        : { x: area.x, y: area.y + (area.height / count) * index, width: area.width, height: area.height / count },
    );
  }
  return result;
}

function fittingSize(label: string, width: number, height: number, largest: number): number {
  return Math.max(8, Math.min(largest, height, width / Math.max(1, [...label].length * 0.6)));
}

function drawStat(panel: PanelInfo, shown: readonly ShownValue[], area: Area): SvgElement[] {
  const colorMode = typeof panel.options?.colorMode === 'string' ? panel.options.colorMode : 'value';
  const elements: SvgElement[] = [];
  const showTitles = shown.length > 1;
  cells(area, shown.length).forEach((cell, index) => {
    const value = shown[index];
    const background = colorMode.startsWith('background') && !value.noData;
    if (background) elements.push(el('rect', { x: cell.x + 2, y: cell.y + 2, width: cell.width - 4, height: cell.height - 4, rx: 2, fill: value.color }));
    const textColor = background ? '#ffffff' : colorMode === 'none' || value.noData ? colors.text : value.color;
    const titleHeight = showTitles ? Math.min(16, cell.height * 0.25) : 0;
    if (showTitles) elements.push(text(cell.x + cell.width / 2, cell.y + titleHeight, Math.max(8, titleHeight - 3), fit(value.title, cell.width - 8, Math.max(8, titleHeight - 3)), { fill: background ? '#ffffff' : colors.text, 'text-anchor': 'middle' }));
    const size = fittingSize(value.text, cell.width - 16, (cell.height - titleHeight) * 0.6, 44);
    elements.push(text(cell.x + cell.width / 2, cell.y + titleHeight + (cell.height - titleHeight) / 2 + size / 3, size, value.text, { fill: textColor, 'font-weight': 500, 'text-anchor': 'middle' }));
  });
  return elements;
}

/** A point on a circle, angle in degrees clockwise from 12 o'clock. */
function polar(cx: number, cy: number, radius: number, degrees: number): [number, number] {
  const radians = ((degrees - 90) * Math.PI) / 180;
  return [cx + radius * Math.cos(radians), cy + radius * Math.sin(radians)];
}

function arc(cx: number, cy: number, radius: number, from: number, to: number): string {
  const [x1, y1] = polar(cx, cy, radius, from);
  const [x2, y2] = polar(cx, cy, radius, to);
  return `M${round(x1)} ${round(y1)} A${round(radius)} ${round(radius)} 0 ${to - from > 180 ? 1 : 0} 1 ${round(x2)} ${round(y2)}`;
}

/** Grafana's gauge: a 240 degree arc from min to max, threshold colours on an outer band, the value inside. */
function drawGauge(panel: PanelInfo, shown: readonly ShownValue[], area: Area): SvgElement[] {
  const elements: SvgElement[] = [];
  const sweep = 240;
  const start = -sweep / 2;
  const markers = panel.options?.showThresholdMarkers !== false;
  cells(area, shown.length).forEach((cell, index) => {
    const value = shown[index];
    const titleHeight = shown.length > 1 ? 14 : 0;
    if (titleHeight > 0) elements.push(text(cell.x + cell.width / 2, cell.y + 11, 11, fit(value.title, cell.width - 8, 11), { fill: colors.text, 'text-anchor': 'middle' }));
    const radius = Math.max(10, Math.min(cell.width / 2 - 8, (cell.height - titleHeight) / 1.6 - 4));
    const cx = cell.x + cell.width / 2;
    const cy = cell.y + titleHeight + radius + 8;
    const band = Math.max(3, radius * 0.18);
    elements.push(el('path', { d: arc(cx, cy, radius - band, start, start + sweep), fill: 'none', stroke: colors.track, 'stroke-width': band }));
    if (!value.noData) {
      const angle = start + sweep * Math.min(1, Math.max(0, value.percent));
      if (angle > start) elements.push(el('path', { d: arc(cx, cy, radius - band, start, angle), fill: 'none', stroke: value.color, 'stroke-width': band }));
    }
    if (markers && value.min !== undefined && value.max !== undefined && value.max > value.min) {
      const steps = value.thresholds;
      steps.forEach((step, stepIndex) => {
        const lowFraction = Math.max(0, (Math.max(step.value, value.min!) - value.min!) / (value.max! - value.min!));
        const next = steps[stepIndex + 1]?.value ?? value.max!;
        const highFraction = Math.min(1, (Math.min(next, value.max!) - value.min!) / (value.max! - value.min!));
        if (highFraction <= lowFraction) return;
        elements.push(el('path', { d: arc(cx, cy, radius + 1, start + sweep * lowFraction, start + sweep * highFraction), fill: 'none', stroke: step.color, 'stroke-width': 3 }));
      });
    }
    const size = fittingSize(value.text, radius * 1.3, radius * 0.5, 40);
    elements.push(text(cx, cy + size / 3, size, value.text, { fill: value.noData ? colors.text : value.color, 'font-weight': 500, 'text-anchor': 'middle' }));
  });
  return elements;
}

/** Horizontal bars, one per value: the name above, the bar filled to the value's share of min..max, the value. */
function drawBarGauge(shown: readonly ShownValue[], area: Area): SvgElement[] {
  const elements: SvgElement[] = [];
  const rowHeight = Math.max(22, Math.min(48, area.height / shown.length));
  const rows = Math.min(shown.length, Math.floor(area.height / rowHeight));
  const valueWidth = Math.max(...shown.map((value) => [...value.text].length)) * charWidth(13) + 8;
  for (let index = 0; index < rows; index++) {
    const value = shown[index];
    const y = area.y + index * rowHeight;
    const barHeight = Math.max(6, rowHeight - 18);
    const trackWidth = area.width - valueWidth;
    elements.push(text(area.x, y + 11, 11, fit(value.title, area.width, 11), { fill: colors.text }));
    elements.push(el('rect', { x: area.x, y: y + 14, width: trackWidth, height: barHeight, fill: colors.track }));
    elements.push(el('rect', { x: area.x, y: y + 14, width: trackWidth * Math.min(1, Math.max(0, value.percent)), height: barHeight, fill: value.color }));
    elements.push(text(area.x + area.width, y + 14 + barHeight / 2 + 4, 13, value.text, { fill: value.color, 'text-anchor': 'end', 'font-weight': 500 }));
  }
  if (rows < shown.length) elements.push(text(area.x + area.width, area.y + area.height, 10, `+${shown.length - rows} more`, { fill: colors.secondary, 'text-anchor': 'end' }));
  return elements;
}

/** What a slice's label says (`displayLabels`: percent, value, name), as the pie chart writes it. */
function sliceLabel(value: ShownValue, share: number, labels: readonly unknown[]): string {
  const parts: string[] = [];
  if (labels.includes('name')) parts.push(value.title);
  if (labels.includes('value')) parts.push(value.text);
  if (labels.includes('percent')) parts.push(formatValue('percentunit', share, 0));
  return parts.join(' ');
}

/** Slices in the values' proportions (a donut when `pieType` is donut), labelled, a legend of names on the right. */
function drawPieChart(panel: PanelInfo, shown: readonly ShownValue[], area: Area): SvgElement[] {
  const elements: SvgElement[] = [];
  const labels: unknown[] = Array.isArray(panel.options?.displayLabels) ? panel.options.displayLabels : [];
  const total = shown.reduce((sum, value) => sum + (value.numeric > 0 ? value.numeric : 0), 0);
  const longest = Math.max(0, ...shown.map((value) => [...value.title].length));
  const legendWidth = legendShown(panel) ? Math.min(area.width * 0.45, 24 + longest * charWidth(legendFont)) : 0;
  const radius = Math.max(10, Math.min((area.width - legendWidth) / 2, area.height / 2) - 6);
  const cx = area.x + (area.width - legendWidth) / 2;
  const cy = area.y + area.height / 2;
  const inner = panel.options?.pieType === 'donut' ? radius * 0.6 : 0;
  const sliceLabels: SvgElement[] = [];
  let angle = 0;
  for (const value of shown) {
    if (!(value.numeric > 0) || total <= 0) continue;
    const share = value.numeric / total;
    const next = angle + share * 360;
    if (share >= 0.9999) elements.push(el('circle', { cx, cy, r: radius, fill: value.color }));
    else {
      const [x1, y1] = polar(cx, cy, radius, angle);
      const [x2, y2] = polar(cx, cy, radius, next);
      elements.push(el('path', { d: `M${round(cx)} ${round(cy)} L${round(x1)} ${round(y1)} A${round(radius)} ${round(radius)} 0 ${next - angle > 180 ? 1 : 0} 1 ${round(x2)} ${round(y2)} Z`, fill: value.color, stroke: colors.panel }));
    }
    const label = sliceLabel(value, share, labels);
    // Labels sit in the middle of the ring; slices too thin for one go without, as in Grafana.
    if (label !== '' && share >= 0.04) {
      const [lx, ly] = polar(cx, cy, (radius + inner) / 2, (angle + next) / 2);
      sliceLabels.push(text(lx, ly + 4, 11, label, { fill: '#ffffff', 'text-anchor': 'middle', 'font-weight': 500 }));
    }
    angle = next;
  }
  if (inner > 0) elements.push(el('circle', { cx, cy, r: inner, fill: colors.panel }));
  elements.push(...sliceLabels);
  if (legendWidth > 0) {
    const lineHeight = 16;
    const lines = Math.min(shown.length, Math.floor(area.height / lineHeight));
    const top = area.y + Math.max(0, (area.height - lines * lineHeight) / 2);
    shown.slice(0, lines).forEach((value, index) => {
      const y = top + index * lineHeight;
      elements.push(el('rect', { x: area.x + area.width - legendWidth, y: y + 4, width: 12, height: 4, rx: 1, fill: value.color }));
      elements.push(text(area.x + area.width - legendWidth + 18, y + 10, legendFont, fit(value.title, legendWidth - 18, legendFont), { fill: colors.text }));
    });
  }
  return elements;
}

function cellText(field: Field, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isTime(field) && finite(value)) return `${utcDate(value)} ${utcClock(value)}`;
  if (numeric(field)) return displayText(field, value);
  return String(value);
}

/** The first frame (or `frameIndex`), its visible columns by display name, and the rows that fit. */
function drawTable(panel: PanelInfo, frames: readonly DataFrame[], area: Area): DrawnPanel {
  const { getFieldDisplayName } = grafanaData();
  const configured = withFieldConfig(panel, frames).filter((frame) => frame.fields.length > 0);
  const index = typeof panel.options?.frameIndex === 'number' ? panel.options.frameIndex : 0;
  const frame = configured[index] ?? configured[0];
  if (frame === undefined || frame.length === 0) return noData(panel, area);
  const fields = frame.fields.filter((field) => field.config.custom?.hidden !== true);
  const rowHeight = 22;
  const elements: SvgElement[] = [];
  const header = fields.map((field) => getFieldDisplayName(field, frame, configured));
  const rows = Math.min(frame.length, Math.max(0, Math.floor((area.height - rowHeight) / rowHeight) - (frame.length * rowHeight > area.height - rowHeight ? 1 : 0)));
  const texts = Array.from({ length: rows }, (_, row) => fields.map((field) => cellText(field, field.values[row])));
  // Columns share the width in proportion to their longest text, as an auto-sized table does.
  const weights = fields.map((_, column) => Math.max(4, Math.min(40, [...header[column]].length, ...texts.map((cells) => [...cells[column]].length)) + 2));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  let x = area.x;
  fields.forEach((field, column) => {
    const width = (area.width * weights[column]) / totalWeight;
    const right = numeric(field);
    const anchorX = right ? x + width - 6 : x + 6;
    const anchor = right ? 'end' : 'start';
    elements.push(text(anchorX, area.y + 15, 12, fit(header[column], width - 12, 12), { fill: colors.text, 'font-weight': 500, 'text-anchor': anchor }));
    const colored = field.config.custom?.cellOptions?.type === 'color-text';
    texts.forEach((cells, row) => {
      const value = field.values[row];
      const fill = colored && field.display !== undefined ? (field.display(value).color ?? colors.text) : colors.text;
      elements.push(text(anchorX, area.y + rowHeight * (row + 1) + 15, 12, fit(cells[column], width - 12, 12), { fill, 'text-anchor': anchor }));
    });
    x += width;
  });
  for (let row = 0; row <= rows; row++) {
    const y = area.y + rowHeight * (row + 1);
    elements.push(el('line', { x1: area.x, y1: y, x2: area.x + area.width, y2: y, stroke: colors.border }));
  }
  if (rows < frame.length) elements.push(text(area.x + 6, area.y + rowHeight * (rows + 1) + 15, 11, `+${plural(frame.length - rows, 'more row')}`, { fill: colors.secondary }));
  return { elements, noData: false };
}

/** Grafana's "Oranges" heatmap colours in the dark theme: dark for few, bright for many (exponential scale, 0.5). */
function heatColor(fraction: number): string {
  const low = [82, 38, 6];
  const high = [255, 196, 128];
  const t = Math.sqrt(Math.min(1, Math.max(0, fraction)));
  const channel = (index: number) => Math.round(low[index] + (high[index] - low[index]) * t);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/** Heatmap rows: one column per time, one row per bucket (`le`), zero cells left empty as Grafana hides them. */
function drawHeatmap(panel: PanelInfo, frames: readonly DataFrame[], area: Area, context: DrawContext): DrawnPanel {
  const frame = frames.find((candidate) => candidate.length > 0 && candidate.fields.some(isTime));
  if (noRows(frames) || frame === undefined) return noData(panel, area);
  const time = frame.fields.find(isTime)!;
  const buckets = frame.fields.filter(numeric);
  const yAxis = isJsonObject(panel.options?.yAxis) ? panel.options.yAxis : {};
  const unit = typeof yAxis.unit === 'string' ? yAxis.unit : undefined;
  const labels = buckets.map((bucket) => (Number.isFinite(Number(bucket.name)) ? formatValue(unit, Number(bucket.name)) : bucket.name));
  const labelWidth = Math.max(...labels.map((label) => [...label].length)) * charWidth(10) + 8;
  const plot: Area = { x: area.x + labelWidth, y: area.y + 4, width: area.width - labelWidth - 4, height: area.height - 24 };
  const max = Math.max(0, ...buckets.flatMap((bucket) => bucket.values.filter(finite)));
  const elements: SvgElement[] = [];
  const stepMs = typeof time.config.interval === 'number' ? time.config.interval : (context.toMs - context.fromMs) / Math.max(1, frame.length);
  const xOf = (ms: number) => plot.x + ((ms - context.fromMs) / (context.toMs - context.fromMs)) * plot.width;
  const cellHeight = plot.height / buckets.length;
  buckets.forEach((bucket, row) => {
    const y = plot.y + plot.height - (row + 1) * cellHeight;
    bucket.values.forEach((count, column) => {
      if (!finite(count) || count <= 1e-9 || max <= 0) return;
      const left = Math.max(plot.x, xOf(time.values[column] - stepMs));
      const right = Math.min(plot.x + plot.width, xOf(time.values[column]));
      if (right <= left) return;
      const cellGap = right - left > 4 ? 1 : 0;
      elements.push(el('rect', { x: left, y: y + 0.5, width: Math.max(0.5, right - left - cellGap), height: Math.max(1, cellHeight - 1), fill: heatColor(count / max) }));
    });
    if (cellHeight >= 10 || row === 0 || row === buckets.length - 1) {
      elements.push(text(plot.x - 6, y + cellHeight / 2 + 3, 10, labels[row], { fill: colors.secondary, 'text-anchor': 'end' }));
    }
  });
  elements.push(...timeAxis(plot, context));
  return { elements, noData: false };
}

interface GraphNode {
  readonly id: string;
  readonly title: string;
  readonly stat: string;
}

/** Layers by the longest path from a node without incoming edges (cycles cut), nodes sorted by id in a layer. */
function layers(nodes: readonly GraphNode[], edges: readonly [string, string][]): GraphNode[][] {
  const depth = new Map(nodes.map((node) => [node.id, 0]));
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const [source, target] of edges) {
      const next = (depth.get(source) ?? 0) + 1;
      if (depth.has(target) && next > depth.get(target)! && next < nodes.length) {
        depth.set(target, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const result: GraphNode[][] = [];
  for (const node of [...nodes].sort((a, b) => compareText(a.id, b.id))) (result[depth.get(node.id)!] ??= []).push(node);
  return result.filter((layer) => layer !== undefined);
}

/** The node graph: nodes (id, title, main stat) in layers from sources to targets, edges as lines. */
function drawNodeGraph(panel: PanelInfo, frames: readonly DataFrame[], area: Area): DrawnPanel {
  const names = grafanaData().NodeGraphDataFrameFieldNames;
  const edgeFrames = frames.filter((frame) => fieldNamed(frame, names.source) !== undefined);
  const nodeFrames = frames.filter((frame) => !edgeFrames.includes(frame));
  const nodeUnit = isJsonObject(panel.options?.nodes) && typeof panel.options.nodes.mainStatUnit === 'string' ? panel.options.nodes.mainStatUnit : undefined;
  const nodes: GraphNode[] = nodeFrames.flatMap((frame) => {
    const ids = fieldNamed(frame, names.id);
    if (ids === undefined) return [];
    const titles = fieldNamed(frame, names.title);
    const stats = fieldNamed(frame, names.mainStat);
    return ids.values.map((id, row) => ({
      id: String(id),
      title: String(titles?.values[row] ?? id),
      stat: finite(stats?.values[row]) ? formatValue(nodeUnit, stats.values[row]) : '',
    }));
  });
  const edges: [string, string][] = edgeFrames.flatMap((frame) => {
    const sources = fieldNamed(frame, names.source)!;
    const targets = fieldNamed(frame, names.target);
    return sources.values.map((source, row): [string, string] => [String(source), String(targets?.values[row] ?? '')]);
  });
  if (nodes.length === 0 && edges.length === 0) return noData(panel, area);
  const elements: SvgElement[] = [text(area.x + area.width, area.y + 10, 11, `${plural(nodes.length, 'node')}, ${plural(edges.length, 'edge')}`, { fill: colors.secondary, 'text-anchor': 'end' })];
  const columns = layers(nodes, edges);
  const top = area.y + 16;
  const height = area.height - 16;
  const columnWidth = area.width / columns.length;
  const tallest = Math.max(...columns.map((column) => column.length));
  const radius = Math.max(4, Math.min(16, height / tallest / 2 - 2, columnWidth / 8));
  const position = new Map<string, [number, number]>();
  columns.forEach((column, index) => {
    const spacing = height / column.length;
    column.forEach((node, row) => position.set(node.id, [area.x + columnWidth * index + radius + 4, top + spacing * (row + 0.5)]));
  });
  for (const [source, target] of edges) {
    const from = position.get(source);
    const to = position.get(target);
    if (from === undefined || to === undefined) continue;
    elements.push(el('line', { x1: from[0], y1: from[1], x2: to[0], y2: to[1], stroke: 'rgba(204, 204, 220, 0.35)', 'stroke-width': 1 }));
  }
  const labelSize = Math.max(7, Math.min(11, radius * 0.9));
  for (const column of columns) {
    for (const node of column) {
      const [cx, cy] = position.get(node.id)!;
      elements.push(el('circle', { cx, cy, r: radius, fill: colors.panel, stroke: colorOf('green'), 'stroke-width': 2 }));
      const label = node.stat === '' ? node.title : `${node.title} · ${node.stat}`;
      elements.push(text(cx + radius + 4, cy + labelSize / 3, labelSize, fit(label, columnWidth - 2 * radius - 10, labelSize), { fill: colors.text }));
    }
  }
  return { elements, noData: false };
}

function drawSingleValues(panel: PanelInfo, frames: readonly DataFrame[], area: Area): DrawnPanel {
  const shown = shownValues(panel, frames);
  if (shown.length === 1 && shown[0].noData) return { elements: [centered(area, shown[0].text, colors.text, 20)], noData: true };
  const values = shown.filter((value) => !value.noData);
  switch (panel.type) {
    case 'gauge':
      return { elements: drawGauge(panel, values, area), noData: false };
    case 'bargauge':
      return { elements: drawBarGauge(values, area), noData: false };
    case 'piechart':
      return { elements: drawPieChart(panel, values, area), noData: false };
    default:
      return { elements: drawStat(panel, values, area), noData: false };
  }
}

/** Panel types drawn with their data. */
const drawnTypes: ReadonlySet<string> = new Set(['timeseries', 'stat', 'gauge', 'bargauge', 'piechart', 'table', 'heatmap', 'nodeGraph']);

/**
 * Draws a panel's data into `area`. `data` is undefined for a panel without Prometheus queries (the preview
 * runs only those); a panel whose query failed shows the error, as Grafana's panel does.
 */
export function drawPanelData(panel: PanelInfo, data: PanelData | undefined, area: Area, context: DrawContext): DrawnPanel {
  if (data === undefined) {
    const kinds = [...new Set(panel.queries.map((query) => query.datasource?.type ?? panel.datasource?.type).filter((kind) => kind !== undefined))];
    const why = panel.queries.length === 0 ? 'no queries' : `${kinds.join(', ') || 'non-Prometheus'} queries are not run by the preview`;
    return { elements: [centered(area, `(${why})`, colors.secondary, 12)], noData: false };
  }
  if (data.failure !== undefined) return { elements: [centered(area, data.failure, colors.error, 12)], noData: false };
  if (!drawnTypes.has(panel.type)) return { elements: [centered(area, `(the ${panel.type} panel is not drawn: ${data.drawing.line})`, colors.secondary, 12)], noData: false };
  switch (panel.type) {
    case 'timeseries':
      return drawTimeSeries(panel, data.frames, area, context);
    case 'table':
      return drawTable(panel, data.frames, area);
    case 'heatmap':
      return drawHeatmap(panel, data.frames, area, context);
    case 'nodeGraph':
      return drawNodeGraph(panel, data.frames, area);
    default:
      return drawSingleValues(panel, data.frames, area);
  }
}
