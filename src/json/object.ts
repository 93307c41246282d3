export type JsonObject = Record<string, unknown>;

/** A JSON object as parsed (not an array, not null): the one shape whose keys can be read. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
