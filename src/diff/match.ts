/**
 * Pairs the panels of two versions of a dashboard. Panel ids and v2 element names are only hints: a generator
 * that numbers panels in order shifts every id after an inserted panel, so a key match whose title disagrees
 * loses to a title match, and renames are recognised by unchanged content.
 */
import type { PanelInfo } from '../dashboard/model.ts';
import { fingerprint, panelFields } from './fields.ts';
import { diffSequences } from '../text/diff-sequences.ts';
import { compareRanks } from './rank.ts';

export interface PanelPair {
  readonly before: PanelInfo;
  readonly after: PanelInfo;
}

export interface PanelMatch {
  readonly pairs: readonly PanelPair[];
  readonly added: readonly PanelInfo[];
  readonly removed: readonly PanelInfo[];
}

interface Candidate {
  readonly before: number;
  readonly after: number;
}

interface Side {
  readonly panels: readonly PanelInfo[];
  /** Each panel's content as a number: equal numbers on both sides are equal content. */
  readonly prints: readonly number[];
  readonly taken: boolean[];
}

interface Group {
  readonly before: number[];
  readonly after: number[];
}

/**
 * The evidence of one tier as a key: two panels are candidates in that tier exactly when their keys are equal, so a
 * tier groups panels in one pass instead of comparing every pair. Strongest evidence first; each tier only pairs
 * panels that earlier tiers left alone. Same content outranks the same key, because keys (v1 ids) get renumbered when
 * panels are inserted.
 */
type Tier = (panel: PanelInfo, print: number) => readonly unknown[];

const tiers: readonly Tier[] = [
  (panel, print) => [panel.title, panel.tab, print],
  (panel) => [panel.title, panel.tab, panel.key],
  (panel) => [panel.title, panel.tab],
  (panel, print) => [panel.title, print],
  (panel) => [panel.title, panel.key],
  (panel) => [panel.title],
  // Renamed: everything but the title is the same.
  (_panel, print) => [print],
  // Renamed and edited: only the key and the panel type say it is the same panel.
  (panel) => [panel.key, panel.type],
];

/**
 * Past this many candidate pairs in one group (a thousand panels sharing one title, say), the group is paired by
 * sorting instead of ranking every pair: same tab and content first, then reading order.
 */
const maxRankedPairs = 20_000;

function take(before: Side, after: Side, candidate: Candidate, pairs: Candidate[]): void {
  before.taken[candidate.before] = true;
  after.taken[candidate.after] = true;
  pairs.push(candidate);
}

/** Every pair of the group ranked: the same tab, the same content, the nearest position, then the same key. */
function pairRanked(before: Side, after: Side, group: Group, pairs: Candidate[]): void {
  const ranked: { candidate: Candidate; rank: number[] }[] = [];
  for (const i of group.before) {
    for (const j of group.after) {
      const b = before.panels[i];
      const a = after.panels[j];
      ranked.push({
        candidate: { before: i, after: j },
        rank: [b.tab === a.tab ? 0 : 1, before.prints[i] === after.prints[j] ? 0 : 1, Math.abs(b.order - a.order), b.key === a.key ? 0 : 1, i, j],
      });
    }
  }
  ranked.sort((x, y) => compareRanks(x.rank, y.rank));
  for (const { candidate } of ranked) {
    if (!before.taken[candidate.before] && !after.taken[candidate.after]) take(before, after, candidate, pairs);
  }
}

/**
 * A large group, in O(n log n): within the same tab and content, then the same tab, then anywhere; in each, panels at
 * the same place are paired first and the rest in reading order.
 */
function pairSorted(before: Side, after: Side, group: Group, pairs: Candidate[]): void {
  const refinements: ((side: Side, index: number) => string)[] = [
    (side, index) => JSON.stringify([side.panels[index].tab ?? null, side.prints[index]]),
    (side, index) => JSON.stringify([side.panels[index].tab ?? null]),
    () => '',
  ];
  for (const refine of refinements) {
    const buckets = new Map<string, { before: number[]; after: number[] }>();
    const bucket = (key: string) => buckets.get(key) ?? buckets.set(key, { before: [], after: [] }).get(key)!;
    for (const i of group.before) if (!before.taken[i]) bucket(refine(before, i)).before.push(i);
    for (const j of group.after) if (!after.taken[j]) bucket(refine(after, j)).after.push(j);
    for (const { before: is, after: js } of buckets.values()) {
      // The same place first (an edited panel among identical ones stays paired with itself), then reading order.
      const afterAt = new Map<number, number>();
      for (const j of js) if (!afterAt.has(after.panels[j].order)) afterAt.set(after.panels[j].order, j);
      for (const i of is) {
        const j = afterAt.get(before.panels[i].order);
        if (j !== undefined && !after.taken[j]) take(before, after, { before: i, after: j }, pairs);
      }
      const byOrder = (side: Side) => (x: number, y: number) => side.panels[x].order - side.panels[y].order || x - y;
      const restBefore = is.filter((i) => !before.taken[i]).sort(byOrder(before));
      const restAfter = js.filter((j) => !after.taken[j]).sort(byOrder(after));
      for (let k = 0; k < Math.min(restBefore.length, restAfter.length); k++) take(before, after, { before: restBefore[k], after: restAfter[k] }, pairs);
    }
  }
}

/** Equal content gets one number, so that tiers compare numbers instead of long canonical strings. */
function numberPrints(before: readonly PanelInfo[], after: readonly PanelInfo[]): { before: number[]; after: number[] } {
  const ids = new Map<string, number>();
  const id = (panel: PanelInfo) => {
    const print = fingerprint(panelFields(panel));
    return ids.get(print) ?? ids.set(print, ids.size).get(print)!;
  };
  return { before: before.map(id), after: after.map(id) };
}

export function matchPanels(beforePanels: readonly PanelInfo[], afterPanels: readonly PanelInfo[]): PanelMatch {
  const prints = numberPrints(beforePanels, afterPanels);
  const before: Side = { panels: beforePanels, prints: prints.before, taken: new Array<boolean>(beforePanels.length).fill(false) };
  const after: Side = { panels: afterPanels, prints: prints.after, taken: new Array<boolean>(afterPanels.length).fill(false) };
  const pairs: Candidate[] = [];
  for (const tier of tiers) {
    // A panel has one key per tier, so groups never compete for a panel and can be paired one at a time.
    const groups = new Map<string, Group>();
    before.panels.forEach((panel, i) => {
      if (before.taken[i]) return;
      const key = JSON.stringify(tier(panel, before.prints[i]));
      (groups.get(key) ?? groups.set(key, { before: [], after: [] }).get(key)!).before.push(i);
    });
    after.panels.forEach((panel, j) => {
      if (after.taken[j]) return;
      groups.get(JSON.stringify(tier(panel, after.prints[j])))?.after.push(j);
    });
    for (const group of groups.values()) {
      if (group.after.length === 0) continue;
      if (group.before.length * group.after.length <= maxRankedPairs) pairRanked(before, after, group, pairs);
      else pairSorted(before, after, group, pairs);
    }
  }
  pairs.sort((x, y) => x.after - y.after);
  return {
    pairs: pairs.map(({ before: i, after: j }) => ({ before: beforePanels[i], after: afterPanels[j] })),
    added: afterPanels.filter((_, j) => !after.taken[j]),
    removed: beforePanels.filter((_, i) => !before.taken[i]),
  };
}

/**
 * The items that changed place: those outside a longest common subsequence of the two orders, so that one
 * moved item is reported once and items that merely shifted because of it are not reported at all.
 */
export function movedItems<T>(beforeOrder: readonly T[], afterOrder: readonly T[]): Set<T> {
  const ids = new Map<T, number>();
  beforeOrder.forEach((item, index) => ids.set(item, index));
  const moved = new Set<T>();
  // Bounded: past 1,000 edits (dashboards of more than 500 panels, reshuffled) every panel counts as moved.
  const parts = diffSequences(
    beforeOrder.map((item) => ids.get(item) as number),
    afterOrder.map((item) => ids.get(item) ?? -1),
  );
  let afterIndex = 0;
  for (const part of parts) {
    if (part.removed) continue;
    for (let k = 0; k < part.count; k++) {
      if (part.added) moved.add(afterOrder[afterIndex]);
      afterIndex++;
    }
  }
  return moved;
}
