/**
 * The README's data pictures (docs/data-preview-<tab>.svg, made by `node --import tsx scripts/data-previews.ts`
 * from the demo): each must draw (resvg), and show what the demo's data must give: the service map with one
 * node per primitive of the demo's workflows, the stats printed in their units as Grafana prints them.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { type Step, workflows } from '../../demo/topology.ts';

const tabs = ['overview', 'workflows', 'primitives', 'resources'];
const regenerate = 'regenerate them with `node --import tsx scripts/data-previews.ts`';

const picture = (tab: string): string => readFileSync(new URL(`../../docs/data-preview-${tab}.svg`, import.meta.url), 'utf8');
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1].replace(/&amp;/g, '&'));

/** The text drawn after a panel's title: its value, for a single stat. */
function valueAfter(all: readonly string[], title: string): string {
  const index = all.indexOf(title);
  expect(index, `panel "${title}" in the picture`).toBeGreaterThanOrEqual(0);
  return all[index + 1];
}

/**
 * Every primitive of a workflow: the step and whatever steps it holds, under any field. `rare` collects the
 * backups of fallbacks (every step after the first), which run only when all before them failed: a short
 * window may not see them.
 */
function primitiveNames(step: Step, all: Set<string>, rare: Set<string>, isRare = false): void {
  all.add(step.name);
  if (isRare) rare.add(step.name);
  for (const value of Object.values(step)) {
    const children = (Array.isArray(value) ? value : [value]).filter((child): child is Step => typeof child === 'object' && child !== null && 'type' in child && 'name' in child);
    children.forEach((child, index) => primitiveNames(child, all, rare, isRare || (step.type === 'fallback' && index > 0)));
  }
}

describe('the README data pictures', () => {
  it('each tab converts to a PNG 1232 px wide (resvg)', () => {
    for (const tab of tabs) {
      const image = new Resvg(picture(tab), { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render();
      expect(image.width).toBe(1232);
      expect(image.asPng().length).toBeGreaterThan(20_000);
    }
  });

  it("the service map has a node for each primitive of the demo's workflows that ran: all but rare fallback backups at least", () => {
    const all = new Set<string>();
    const rare = new Set<string>();
    for (const workflow of workflows) primitiveNames(workflow.root, all, rare);
    const overview = texts(picture('overview'));
    const drawn = overview.flatMap((text) => /^(\S+) · \S+/.exec(text)?.[1] ?? []);
    const counted = overview.find((text) => / nodes?, \d+ edges?$/.test(text));
    expect(counted).toBe(`${drawn.length} nodes, ${counted?.split(', ')[1]}`);
    expect(drawn.filter((name) => !all.has(name)), `the pictures are out of date with demo/topology.ts: ${regenerate}`).toEqual([]);
    expect([...all].filter((name) => !rare.has(name) && !drawn.includes(name)), `the pictures are out of date with demo/topology.ts: ${regenerate}`).toEqual([]);
  });

  it('the stats show their values in their units, as Grafana prints them', () => {
    const overview = texts(picture('overview'));
    // percentunit with 2 decimals; the demo fails about 5 % of executions.
    expect(valueAfter(overview, 'Availability')).toMatch(/^9\d\.\d\d%$/);
    expect(valueAfter(overview, 'Executions under 1000 ms')).toMatch(/^\d{1,3}\.\d\d%$/);
    // currencyUSD with 2 decimals.
    expect(valueAfter(texts(picture('resources')), 'Estimated savings from caching')).toMatch(/^\$\d+\.\d\d$/);
    // Durations in ms scaled to seconds, as the bar gauge prints them.
    expect(texts(picture('workflows'))).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+(\.\d+)? s$/)]));
    for (const tab of tabs) expect(texts(picture(tab)), `${tab}: ${regenerate}`).not.toContain('No data');
  });
});
