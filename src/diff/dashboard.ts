import type { DashboardInfo, PanelInfo, VariableInfo } from '../dashboard/model.ts';
import { changedFields, panelFields, settingsFields, variableFields, type Fields } from './fields.ts';
import { matchPanels, movedItems, type PanelPair } from './match.ts';
import type { Change, DashboardDiff, FieldChange } from './model.ts';
import { compareRanks } from './rank.ts';

/**
 * The pretty-printer walks a query's syntax tree recursively and indents each operand of a chain of binary operators
 * one step deeper, so its work grows with nesting and with the square of a chain's length. Past these bounds (no
 * dashboard query comes close: the TTA cost query is about 1,500 characters) a changed query is shown as its before
 * and after text instead, so that no input can overflow the stack or print megabytes.
 */
const maxPrettyNesting = 100;
const maxPrettyOperators = 1_000;

/** Brackets nested at most `maxPrettyNesting` deep and at most `maxPrettyOperators` operators, outside string literals. */
function smallEnoughToPrettyPrint(query: unknown): boolean {
  if (typeof query !== 'string') return false;
  let depth = 0;
  let operators = 0;
  let quote: string | undefined;
  for (let index = 0; index < query.length; index++) {
    const char = query[index]!;
    if (quote !== undefined) {
      if (char === '\\' && quote !== '`') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '(' || char === '[' || char === '{') {
      if (++depth > maxPrettyNesting) return false;
    } else if (char === ')' || char === ']' || char === '}') depth--;
    // Symbols and the first letter of `and`, `or`, `unless`, `atan2` after a space: an estimate, which is all a bound needs.
    else if ('+-*/%^<>=!'.includes(char) || (query[index - 1] === ' ' && /^(?:and|or|unless|atan2) /.test(query.slice(index, index + 7)))) {
      if (++operators > maxPrettyOperators) return false;
    }
  }
  return true;
}

function details(before: Fields, after: Fields, names: readonly string[], prefix = ''): FieldChange[] {
  return names.map((name) => {
    const [old, current] = [before.get(name), after.get(name)];
    const promql = /^query\.[^.]+$/.test(name) && prefix === '' && smallEnoughToPrettyPrint(old) && smallEnoughToPrettyPrint(current);
    return { field: prefix + name, before: old, after: current, ...(promql ? { promql: true } : {}) };
  });
}

function fieldChange(field: string, before: unknown, after: unknown): FieldChange {
  return { field, before, after };
}

/** Where each item first appears: `indexOf` for every item in one pass, so that large dashboards stay linear. */
function firstIndexes<T>(items: readonly T[]): Map<T, number> {
  const indexes = new Map<T, number>();
  items.forEach((item, index) => {
    if (!indexes.has(item)) indexes.set(item, index);
  });
  return indexes;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * A tab whose panels all went to one new tab was renamed, not emptied. Returns old title -> new title.
 */
function tabRenames(before: DashboardInfo, after: DashboardInfo, pairs: readonly PanelPair[]): Map<string, string> {
  const renames = new Map<string, string>();
  const beforeTabs = new Set(before.tabs);
  const afterTabs = new Set(after.tabs);
  const goneTabs = before.tabs.filter((tab) => !afterTabs.has(tab));
  const newTabs = new Set(after.tabs.filter((tab) => !beforeTabs.has(tab)));
  const destinationsOf = groupBy(pairs, (pair) => pair.before.tab);
  for (const tab of goneTabs) {
    const destinations = new Set((destinationsOf.get(tab) ?? []).map((pair) => pair.after.tab));
    const [only] = destinations;
    if (destinations.size === 1 && only !== undefined && newTabs.has(only)) {
      renames.set(tab, only);
      newTabs.delete(only);
    }
  }
  // Without panels to follow, a single vanished tab in the place of a single new one is a rename too.
  const unpaired = goneTabs.filter((tab) => !renames.has(tab));
  if (unpaired.length === 1 && newTabs.size === 1) {
    const [gone] = unpaired;
    const [created] = newTabs;
    if (before.tabs.indexOf(gone) === after.tabs.indexOf(created)) renames.set(gone, created);
  }
  return renames;
}

function tabChanges(before: DashboardInfo, after: DashboardInfo, renames: ReadonlyMap<string, string>): Change[] {
  const renamedBefore = before.tabs.map((tab) => renames.get(tab) ?? tab);
  const renamedBeforeSet = new Set(renamedBefore);
  const afterTabs = new Set(after.tabs);
  const changes: Change[] = [];
  for (const [old, renamed] of renames) {
    changes.push({ kind: 'renamed', subject: 'tab', tab: renamed, fields: ['tab'], details: [fieldChange('tab', old, renamed)] });
  }
  for (const tab of after.tabs) {
    if (!renamedBeforeSet.has(tab)) changes.push({ kind: 'added', subject: 'tab', tab, fields: ['tab'], details: [] });
  }
  before.tabs.forEach((tab, index) => {
    if (!afterTabs.has(renamedBefore[index])) changes.push({ kind: 'removed', subject: 'tab', tab, fields: ['tab'], details: [] });
  });
  const common = after.tabs.filter((tab) => renamedBeforeSet.has(tab));
  const commonSet = new Set(common);
  const moved = movedItems(
    renamedBefore.filter((tab) => commonSet.has(tab)),
    common,
  );
  const beforeIndex = firstIndexes(renamedBefore);
  const afterIndex = firstIndexes(after.tabs);
  for (const tab of common) {
    if (moved.has(tab)) {
      const from = beforeIndex.get(tab)!;
      const to = afterIndex.get(tab)!;
      changes.push({ kind: 'moved', subject: 'tab', tab, fields: ['order'], details: [fieldChange('order', from, to)] });
    }
  }
  return changes;
}

function panelChanges(before: DashboardInfo, after: DashboardInfo): { panels: Change[]; tabs: Change[] } {
  const { pairs, added, removed } = matchPanels(before.panels, after.panels);
  const renames = tabRenames(before, after, pairs);
  const tabOf = (panel: PanelInfo) => (panel.tab === undefined ? undefined : (renames.get(panel.tab) ?? panel.tab));
  const changes: Change[] = [];
  for (const panel of added) changes.push({ kind: 'added', subject: 'panel', panel: panel.title, tab: panel.tab, fields: [], details: [], after: panel });
  for (const panel of removed) changes.push({ kind: 'removed', subject: 'panel', panel: panel.title, tab: panel.tab, fields: [], details: [], before: panel });

  const stayed = pairs.filter((pair) => tabOf(pair.before) === pair.after.tab);
  const movedWithinTab = new Set<PanelPair>();
  for (const inTab of groupBy(stayed, (pair) => pair.after.tab).values()) {
    const beforeOrder = [...inTab].sort((x, y) => x.before.order - y.before.order);
    const afterOrder = [...inTab].sort((x, y) => x.after.order - y.after.order);
    for (const pair of movedItems(beforeOrder, afterOrder)) movedWithinTab.add(pair);
  }

  for (const pair of pairs) {
    const common = { subject: 'panel' as const, panel: pair.after.title, tab: pair.after.tab, before: pair.before, after: pair.after };
    if (pair.before.title !== pair.after.title) {
      changes.push({ ...common, kind: 'renamed', fields: ['title'], details: [fieldChange('title', pair.before.title, pair.after.title)] });
    }
    if (tabOf(pair.before) !== pair.after.tab) {
      changes.push({ ...common, kind: 'moved', fields: ['tab'], details: [fieldChange('tab', pair.before.tab, pair.after.tab)] });
    } else if (movedWithinTab.has(pair)) {
      changes.push({ ...common, kind: 'moved', fields: ['order'], details: [fieldChange('order', pair.before.order, pair.after.order)] });
    }
    const beforeFields = panelFields(pair.before);
    const afterFields = panelFields(pair.after);
    const fields = changedFields(beforeFields, afterFields);
    if (fields.length > 0) changes.push({ ...common, kind: 'changed', fields, details: details(beforeFields, afterFields, fields) });
  }
  return { panels: sortByPlace(changes, before, after), tabs: tabChanges(before, after, renames) };
}

const kindOrder = ['removed', 'added', 'renamed', 'moved', 'changed'];

/** Tab by tab in the new order (tabs that are gone last), panels in reading order; removed ones where they were. */
function sortByPlace(changes: Change[], before: DashboardInfo, after: DashboardInfo): Change[] {
  const afterIndex = firstIndexes(after.tabs);
  const beforeIndex = firstIndexes(before.tabs);
  const tabRank = (tab: string | undefined) => {
    if (tab === undefined) return -1;
    return afterIndex.get(tab) ?? after.tabs.length + (beforeIndex.get(tab) ?? -1);
  };
  const place = (change: Change) => [
    tabRank(change.tab),
    change.after?.order ?? change.before?.order ?? 0,
    change.after ? 1 : 0,
    kindOrder.indexOf(change.kind),
  ];
  return changes
    .map((change, index) => ({ change, key: [...place(change), index] }))
    .sort((x, y) => compareRanks(x.key, y.key))
    .map(({ change }) => change);
}

/** Variables by name; a name used twice (it happens in the wild) pairs its first uses, then its second ones. */
function occurrenceKeys(variables: readonly VariableInfo[]): string[] {
  const seen = new Map<string, number>();
  return variables.map((variable) => {
    const count = seen.get(variable.name) ?? 0;
    seen.set(variable.name, count + 1);
    return `${variable.name}#${count}`;
  });
}

function variableChanges(before: readonly VariableInfo[], after: readonly VariableInfo[]): Change[] {
  const changes: Change[] = [];
  const beforeKeys = occurrenceKeys(before);
  const afterKeys = occurrenceKeys(after);
  const beforeIndex = firstIndexes(beforeKeys);
  const afterIndex = firstIndexes(afterKeys);
  const common = afterKeys.filter((key) => beforeIndex.has(key));
  const moved = movedItems(
    beforeKeys.filter((key) => afterIndex.has(key)),
    common,
  );
  before.forEach((variable, index) => {
    if (!afterIndex.has(beforeKeys[index])) {
      changes.push({ kind: 'removed', subject: 'variable', fields: [`variables.${variable.name}`], details: [] });
    }
  });
  after.forEach((variable, index) => {
    const name = `variables.${variable.name}`;
    const oldIndex = beforeIndex.get(afterKeys[index]) ?? -1;
    if (oldIndex < 0) {
      changes.push({ kind: 'added', subject: 'variable', fields: [name], details: [] });
      return;
    }
    if (moved.has(afterKeys[index])) {
      changes.push({ kind: 'moved', subject: 'variable', fields: [name], details: [fieldChange(`${name}.order`, oldIndex, index)] });
    }
    const beforeFields = variableFields(before[oldIndex]);
    const afterFields = variableFields(variable);
    const fields = changedFields(beforeFields, afterFields);
    if (fields.length > 0) {
      changes.push({
        kind: 'changed',
        subject: 'variable',
        fields: fields.map((field) => `${name}.${field}`),
        details: details(beforeFields, afterFields, fields, `${name}.`),
      });
    }
  });
  return changes;
}

function settingsChanges(before: DashboardInfo, after: DashboardInfo): Change[] {
  const beforeFields = settingsFields(before.settings);
  const afterFields = settingsFields(after.settings);
  const fields = changedFields(beforeFields, afterFields);
  if (fields.length === 0) return [];
  return [
    {
      kind: 'changed',
      subject: 'settings',
      fields: fields.map((field) => `settings.${field}`),
      details: details(beforeFields, afterFields, fields, 'settings.'),
    },
  ];
}

/**
 * What changed between two versions of a dashboard; either side may be missing (a dashboard added or removed).
 * Changes come settings first, then variables, tabs, and panels tab by tab in reading order.
 */
export function diffDashboards(before: DashboardInfo | undefined, after: DashboardInfo | undefined): DashboardDiff {
  const info = after ?? before;
  if (info === undefined) throw new Error('diffDashboards needs at least one dashboard');
  const identity = { file: info.file, uid: info.uid, title: info.title, before, after };
  if (before === undefined) return { ...identity, status: 'added', changes: [] };
  if (after === undefined) return { ...identity, status: 'removed', changes: [] };
  const { panels, tabs } = panelChanges(before, after);
  const changes = [...settingsChanges(before, after), ...variableChanges(before.variables, after.variables), ...tabs, ...panels];
  return { ...identity, status: changes.length > 0 ? 'changed' : 'unchanged', changes };
}
