/** `1 file`, `2 files`; irregular plurals name their own form (`query`, `queries`). */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
