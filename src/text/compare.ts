/**
 * Orders strings by UTF-16 code units, the same on every machine: `localeCompare` would make generated files and
 * reports depend on the user's locale.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
