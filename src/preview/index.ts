/** Layout pictures (SVG) of dashboards and of dashboard diffs. */
export { renderDiffPreview, renderPreview } from './render.ts';
