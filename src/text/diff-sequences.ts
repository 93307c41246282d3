import { type ArrayChange, diffArrays } from 'diff';

/**
 * Myers' diff costs O(N·D): two long, unrelated queries (100,000 tokens each) took minutes. Past this many edits
 * the two sides are shown as wholly replaced, which is what a reader would make of such a diff anyway.
 */
const maxEdits = 1000;

/** diffArrays, bounded: the same result for ordinary changes, "all removed, all added" beyond `maxEdits`. */
export function diffSequences<T>(before: T[], after: T[]): ArrayChange<T>[] {
  return (
    diffArrays(before, after, { maxEditLength: maxEdits }) ?? [
      { value: before, count: before.length, added: false, removed: true },
      { value: after, count: after.length, added: true, removed: false },
    ]
  );
}
