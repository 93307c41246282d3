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

type Tier = (before: PanelInfo, after: PanelInfo, sameContent: boolean) => boolean;

/**
 * Strongest evidence first; each tier only pairs panels that earlier tiers left alone. Same content outranks
 * the same key, because keys (v1 ids) get renumbered when panels are inserted.
 */
const tiers: readonly Tier[] = [
  (b, a, sameContent) => b.title === a.title && b.tab === a.tab && sameContent,
  (b, a) => b.title === a.title && b.tab === a.tab && b.key === a.key,
  (b, a) => b.title === a.title && b.tab === a.tab,
  (b, a, sameContent) => b.title === a.title && sameContent,
  (b, a) => b.title === a.title && b.key === a.key,
  (b, a) => b.title === a.title,
  // Renamed: everything but the title is the same.
  (_before, _after, sameContent) => sameContent,
  // Renamed and edited: only the key and the panel type say it is the same panel.
  (b, a) => b.key === a.key && b.type === a.type,
];

export function matchPanels(before: readonly PanelInfo[], after: readonly PanelInfo[]): PanelMatch {
  const beforePrints = before.map((panel) => fingerprint(panelFields(panel)));
  const afterPrints = after.map((panel) => fingerprint(panelFields(panel)));
  const beforeTaken = new Array<boolean>(before.length).fill(false);
  const afterTaken = new Array<boolean>(after.length).fill(false);
  const pairs: Candidate[] = [];
  for (const tier of tiers) {
    const candidates: Candidate[] = [];
    before.forEach((b, i) => {
      if (beforeTaken[i]) return;
      after.forEach((a, j) => {
        if (!afterTaken[j] && tier(b, a, beforePrints[i] === afterPrints[j])) candidates.push({ before: i, after: j });
      });
    });
    // Among equal evidence, prefer the same tab, the same content, the nearest position, then the same key.
    const rank = ({ before: i, after: j }: Candidate) => [
      before[i].tab === after[j].tab ? 0 : 1,
      beforePrints[i] === afterPrints[j] ? 0 : 1,
      Math.abs(before[i].order - after[j].order),
      before[i].key === after[j].key ? 0 : 1,
      i,
      j,
    ];
    const ranked = candidates.map((candidate) => ({ candidate, rank: rank(candidate) }));
    ranked.sort((x, y) => compareRanks(x.rank, y.rank));
    for (const { candidate } of ranked) {
      if (beforeTaken[candidate.before] || afterTaken[candidate.after]) continue;
      beforeTaken[candidate.before] = true;
      afterTaken[candidate.after] = true;
      pairs.push(candidate);
    }
  }
  pairs.sort((x, y) => x.after - y.after);
  return {
    pairs: pairs.map(({ before: i, after: j }) => ({ before: before[i], after: after[j] })),
    added: after.filter((_, j) => !afterTaken[j]),
    removed: before.filter((_, i) => !beforeTaken[i]),
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
