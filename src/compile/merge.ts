import { isJsonObject, type JsonObject } from '../json/object.ts';

/** Deep-merges option objects left to right: later layers win, nested objects merge, arrays are replaced. */
export function mergeOptions(...layers: readonly Readonly<JsonObject>[]): JsonObject {
  const result: JsonObject = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const current = result[key];
      result[key] = isJsonObject(current) && isJsonObject(value) ? mergeOptions(current, value) : copy(value);
    }
  }
  return result;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isJsonObject(value)) return mergeOptions(value);
  return value;
}
