export type JsonObject = Record<string, unknown>;

/** A JSON object as parsed (not an array, not null): the one shape whose keys can be read. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets an optional property of an object under construction only when there is a value, so the key stays absent
 * otherwise, as `...(value === undefined ? {} : { key: value })` leaves it. Much cheaper than that spread where it
 * runs for every node of every query: V8 copies a spread object into a literal's middle through a slow generic path
 * (about 250 against 10 ns on Node 20).
 */
export function setDefined<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) (target as Record<K, T[K]>)[key] = value;
}
