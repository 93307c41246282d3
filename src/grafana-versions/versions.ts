/**
 * The Grafana release lines the output is built for and checked against. Every fact here is read from the
 * line's published `@grafana/schema` package (installed under the alias in `schemaPackage`) or from
 * Grafana's source, and test/grafana-versions/versions.test.ts checks each one against the package.
 */
export interface GrafanaLine {
  /** `major.minor`, as `--grafana` takes it. */
  readonly id: string;
  /** The npm package (or alias) holding this line's `@grafana/schema`. */
  readonly schemaPackage: string;
  /**
   * The classic dashboard's `schemaVersion`: the last migration of the line's DashboardMigrator, which
   * `@grafana/schema` publishes as `defaultDashboard.schemaVersion` (41 in 11.6; 42, migration V42, from 12.2).
   */
  readonly schemaVersion: number;
  /**
   * The v2 dashboard API version the line serves, or undefined when it has none. v2beta1 first appears in
   * `@grafana/schema` 12.2.0 (12.0 and 12.1 ship only v2alpha versions); 12.4's `schema/dashboard/v2` only
   * re-exports v2beta1, and 13.x ships `v2` as its own spec (with `Transformation` kinds), the stable API.
   */
  readonly v2ApiVersion?: 'dashboard.grafana.app/v2beta1' | 'dashboard.grafana.app/v2';
  /**
   * Where the table panel's footer lives: in the panel options up to 11.x; from 12.2 the table's `Options`
   * lost `footer` and each field carries `fieldConfig.defaults.custom.footer` (`TableFieldOptions`).
   */
  readonly tableFooter: 'options' | 'fieldConfig';
  /** Whether the classic `AnnotationQuery` has `placement` (where the toggle is shown): from 12.4. */
  readonly annotationPlacement: boolean;
  /** Whether the v2 `QueryVariableSpec` has `regexApplyTo` (which the foundation SDK always writes): from 12.4. */
  readonly variableRegexApplyTo: boolean;
}

export const grafanaLines: readonly GrafanaLine[] = [
  { id: '11.6', schemaPackage: 'grafana-schema-11', schemaVersion: 41, tableFooter: 'options', annotationPlacement: false, variableRegexApplyTo: false },
  { id: '12.2', schemaPackage: 'grafana-schema-12.2', schemaVersion: 42, v2ApiVersion: 'dashboard.grafana.app/v2beta1', tableFooter: 'fieldConfig', annotationPlacement: false, variableRegexApplyTo: false },
  { id: '12.4', schemaPackage: 'grafana-schema-12.4', schemaVersion: 42, v2ApiVersion: 'dashboard.grafana.app/v2beta1', tableFooter: 'fieldConfig', annotationPlacement: true, variableRegexApplyTo: true },
  { id: '13.2', schemaPackage: '@grafana/schema', schemaVersion: 42, v2ApiVersion: 'dashboard.grafana.app/v2', tableFooter: 'fieldConfig', annotationPlacement: true, variableRegexApplyTo: true },
];

/** The newest supported line: the default of `--grafana`. */
export const newestGrafanaLine: GrafanaLine = grafanaLines[grafanaLines.length - 1] as GrafanaLine;

/** The line of a version written `major.minor` or `major.minor.patch` (`12.4`, `12.4.11`), if supported. */
export function findGrafanaLine(version: string): GrafanaLine | undefined {
  const match = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  if (match === null) return undefined;
  const id = `${Number(match[1])}.${Number(match[2])}`;
  return grafanaLines.find((line) => line.id === id);
}
