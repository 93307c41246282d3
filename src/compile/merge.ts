export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges option objects left to right: later layers win, nested objects merge, arrays are replaced. */
export function mergeOptions(...layers: readonly Readonly<JsonObject>[]): JsonObject {
  const result: JsonObject = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const current = result[key];
      result[key] = isPlainObject(current) && isPlainObject(value) ? mergeOptions(current, value) : copy(value);
    }
  }
  return result;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value)) return mergeOptions(value);
  return value;
}
