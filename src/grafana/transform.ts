/**
 * A panel's `transformations`, applied with Grafana's own transformers from `@grafana/data`, in order, as the
 * panel does before it draws. Only the transformers `@grafana/data` ships are known here; the few that live in
 * Grafana's application code (`extractFields`, `rowsToFields`, `partitionByValues`, ...) are reported as unknown.
 */
import { closest } from '../text/closest.ts';
import { type DataFrame, grafanaData } from './grafana-data.ts';

/** A transformation that cannot be applied: unknown id, malformed entry, or a transformer that failed. */
export class TransformationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransformationError';
  }
}

type Transformer = ReturnType<typeof grafanaData>['standardTransformers']['calculateFieldTransformer'];

let transformers: ReadonlyMap<string, Transformer> | undefined;

/** `@grafana/data`'s transformers by id (two exports share `joinByField`: it is listed once). */
function standardTransformers(): ReadonlyMap<string, Transformer> {
  transformers ??= new Map(Object.values(grafanaData().standardTransformers).map((info) => [info.id, info as Transformer]));
  return transformers;
}

/** The transformation ids `@grafana/data` knows, sorted. */
export function knownTransformationIds(): string[] {
  return [...standardTransformers().keys()].sort();
}

interface TransformationEntry {
  readonly id: string;
  readonly options: Record<string, unknown>;
  readonly disabled: boolean;
}

function readEntry(entry: unknown, index: number): TransformationEntry {
  const where = `transformation ${index + 1}`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new TransformationError(`${where} is not an object`);
  const { id, options, disabled, filter } = entry as Record<string, unknown>;
  if (typeof id !== 'string') throw new TransformationError(`${where} has no string id`);
  if (!standardTransformers().has(id)) {
    const near = closest(id, standardTransformers().keys());
    throw new TransformationError(`${where}: "${id}" is not a transformation of @grafana/data${near === undefined ? '' : ` (did you mean "${near}"?)`}`);
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new TransformationError(`${where} (${id}): options must be an object`);
  }
  // A frame filter changes which frames a transformation sees and where its output goes; not reproduced.
  if (filter !== undefined && filter !== null) throw new TransformationError(`${where} (${id}): frame filters are not reproduced`);
  return { id, options: (options ?? {}) as Record<string, unknown>, disabled: disabled === true };
}

/**
 * Applies `transformations` (a panel's JSON array) to `frames` with Grafana's transformers; the input frames
 * may be changed. Options are taken as written: Grafana's dashboards (scenes) do not interpolate variables in them.
 */
export function applyTransformations(frames: readonly DataFrame[], transformations: unknown): Promise<DataFrame[]> {
  if (transformations === undefined || transformations === null) return Promise.resolve([...frames]);
  if (!Array.isArray(transformations)) return Promise.reject(new TransformationError('transformations is not an array'));
  let entries: TransformationEntry[];
  try {
    entries = transformations.map(readEntry);
  } catch (error) {
    return Promise.reject(error);
  }
  const context = { interpolate: (text: string) => text };
  // transformDataFrame with no transformations is the stream of the frames; each transformer is an operator on it.
  // (With transformations, it reads `window` to tell scenes apart and fails outside a browser.)
  let stream = grafanaData().transformDataFrame([], [...frames]);
  for (const entry of entries.filter((candidate) => !candidate.disabled)) {
    const transformer = standardTransformers().get(entry.id)!;
    stream = stream.pipe(transformer.operator({ ...(transformer.defaultOptions ?? {}), ...entry.options }, context));
  }
  return new Promise((resolve, reject) => {
    let result: DataFrame[] | undefined;
    stream.subscribe({
      next: (value) => (result = value),
      error: (error: unknown) => reject(new TransformationError(`a transformation failed: ${(error as Error).message ?? String(error)}`)),
      complete: () => (result === undefined ? reject(new TransformationError('the transformations gave no result')) : resolve(result)),
    });
  });
}
