import type { DashboardDefinition } from './builder/model.ts';
import type { Catalog } from './catalog/model.ts';
import type { Workload } from './demo/workload.ts';
import type { SloSet } from './rules/model.ts';

/** A datasource that `generate-dashboards` provisions next to the dashboards. */
export interface DatasourceProvisioning {
  readonly name: string;
  /** Datasource plugin id: `prometheus`, `jaeger`, ... */
  readonly type: string;
  /** Fixed uid, so that the dashboards' datasource variables select it by default. */
  readonly uid: string;
  /** Environment variable Grafana expands into the URL when it loads the file (`PROMETHEUS_URL`). */
  readonly urlEnv: string;
  /** The URL to pass in `urlEnv` when nothing else is known; documented in the file, not substituted. */
  readonly defaultUrl: string;
  readonly isDefault?: boolean;
  readonly jsonData?: Readonly<Record<string, unknown>>;
}

/** How a stock Grafana loads the generated files (classic file provisioning). */
export interface ProvisioningSettings {
  /** Provider name and file stem of the provisioning YAML files. */
  readonly name: string;
  /** Grafana folder the dashboards are placed in. */
  readonly folder: string;
  /** Where the container sees the generated `dashboards/` directory (`options.path`). */
  readonly dashboardsPath: string;
  readonly datasources: readonly DatasourceProvisioning[];
}

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
  /** Absent: no provisioning files are generated. */
  readonly provisioning?: ProvisioningSettings;
  /**
   * Where `generate-dashboards` writes the catalog's Python module (instruments and typed recording functions),
   * relative to `outDir`; absent: no module.
   */
  readonly pythonModule?: string;
  /** The simulated application that `generate-dashboards demo` runs; absent: no demo. */
  readonly workload?: Workload;
  /** Service-level objectives: their recording rules and burn-rate alerts go to `rules/`. Absent: no rule files. */
  readonly slos?: SloSet;
}

export function defineProject<const P extends Project>(project: P): P {
  return project;
}
