import type { Catalog } from '../catalog/model.ts';
import type { Random } from './random.ts';
import type { CatalogRecorder } from './recorder.ts';

/** Advances the simulation to `nowMs` (simulated milliseconds since the start), recording what happened. */
export type WorkloadTick = (nowMs: number) => void;

/**
 * A simulated application that records a catalog's metrics, for the `demo` command.
 * Projects supply one (TTA: demo/workload.ts); the engine only drives it.
 */
export interface Workload<C extends Catalog = Catalog> {
  /** `service.name` of the simulated service, on the `target_info` series. */
  readonly serviceName: string;
  /** Builds a fresh simulation; all randomness must come from `random` so that runs repeat for a seed. */
  start(metrics: CatalogRecorder<C>, random: Random): WorkloadTick;
}

export function defineWorkload<C extends Catalog>(_catalog: C, workload: Workload<C>): Workload<C> {
  return workload;
}
