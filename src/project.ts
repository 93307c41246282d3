import type { DashboardDefinition } from './build/model.ts';
import type { Catalog } from './catalog/model.ts';

/**
 * What the CLI works on: a catalog and the content built from it.
 * The engine knows projects only through this interface; `dashboards.config.ts` is the TTA one.
 */
export interface Project {
  readonly name: string;
  readonly catalog: Catalog;
  /** Naming profile used when `--profile` is not given. */
  readonly defaultProfile: string;
  /** Where `generate-dashboards` writes, relative to the working directory. */
  readonly outDir: string;
  readonly dashboards: readonly DashboardDefinition[];
}

export function defineProject<const P extends Project>(project: P): P {
  return project;
}
