/**
 * A format-neutral view of a Grafana dashboard (classic v1, or v2 with tabs), read by lint, diff and preview.
 * `raw` fields keep the original objects so that nothing a rule or a diff might need is lost.
 */

export interface DatasourceRef {
  readonly type?: string;
  readonly uid?: string;
}

/** Grafana's rule for dashboard uids: they end up in URLs and resource names. */
export function isValidDashboardUid(uid: string): boolean {
  return /^[A-Za-z0-9_-]{1,40}$/.test(uid);
}

/** Grafana lays panels out on a grid this many columns wide. */
export const gridColumns = 24;

export interface GridPos {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface QueryInfo {
  readonly refId: string;
  /** The PromQL expression, for Prometheus queries (`expr`); absent for other datasources. */
  readonly expr?: string;
  readonly datasource?: DatasourceRef;
  readonly legendFormat?: string;
  readonly format?: string;
  readonly instant?: boolean;
  readonly range?: boolean;
  readonly hidden?: boolean;
  /** JSON pointer of the query object inside the file. */
  readonly pointer: string;
  readonly raw: Readonly<Record<string, unknown>>;
}

/** A threshold step: `value` null is the base step, below every other. */
export interface ThresholdStep {
  readonly value: number | null;
  readonly color?: string;
}

/** The display settings lint checks against what a query measures: from `fieldConfig.defaults` or an override. */
export interface FieldDisplay {
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  /** `absolute` (the default) or `percentage` (steps in percent of min..max). */
  readonly thresholdsMode?: string;
  readonly thresholdSteps?: readonly ThresholdStep[];
  /** How a time series panel draws its thresholds (`custom.thresholdsStyle.mode`): `off` (the default), `line`, `area`, ... */
  readonly thresholdsStyle?: string;
  /** JSON pointer of `defaults`, or of the override. */
  readonly pointer: string;
}

/** A field override: which fields (`byName`, `byFrameRefID`, `byRegexp`, ...) and the display it sets. */
export interface FieldOverride extends FieldDisplay {
  readonly matcher: { readonly id: string; readonly options?: unknown };
}

export interface PanelInfo {
  /** Stable key for matching across versions: `id:<n>` for v1 panels with an id, the element name in v2. */
  readonly key: string;
  readonly id?: number;
  readonly title: string;
  readonly type: string;
  /** Title of the row (v1) or tab (v2) that holds the panel; undefined at the top level. */
  readonly tab?: string;
  /** Position among the panels of the same tab, in reading order (0-based). */
  readonly order: number;
  readonly gridPos?: GridPos;
  readonly unit?: string;
  readonly description?: string;
  readonly datasource?: DatasourceRef;
  readonly queries: readonly QueryInfo[];
  /** `fieldConfig.defaults` (v2: `vizConfig.spec.fieldConfig.defaults`), when the panel has one. */
  readonly fieldDefaults?: FieldDisplay;
  readonly fieldOverrides?: readonly FieldOverride[];
  /** The panel plugin's options (`options`; v2 `vizConfig.spec.options`): reduce options, legend, heatmap settings. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** Ids of the panel's transformations, in order. */
  readonly transformations?: readonly string[];
  /** JSON pointer of the panel (v1) or element (v2) inside the file. */
  readonly pointer: string;
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface VariableInfo {
  readonly name: string;
  /** `query`, `datasource`, `custom`, `constant`, `interval`, `textbox`, `adhoc`, ... */
  readonly type: string;
  readonly label?: string;
  /** The query text of a query variable, when it is a string or has `query`/`expr` inside. */
  readonly query?: string;
  readonly datasource?: DatasourceRef;
  readonly multi: boolean;
  readonly includeAll: boolean;
  readonly pointer: string;
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface DashboardInfo {
  readonly file: string;
  readonly format: 'v1' | 'v2';
  readonly uid?: string;
  readonly title: string;
  /** Rows (v1) or tabs (v2) in order. */
  readonly tabs: readonly string[];
  readonly panels: readonly PanelInfo[];
  readonly variables: readonly VariableInfo[];
  /** Dashboard-level settings other than panels, layout and variables (time, refresh, tags, links, ...). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** JSON pointer of the dashboard object inside the file (`/dashboard` for the API wrapper, `/spec` for a resource). */
  readonly pointer: string;
}

/** A file that is not a dashboard we can read, with a position when there is one. */
export class DashboardReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'DashboardReadError';
  }

  /** `file:line:col: message`, as compilers print it. */
  location(): string {
    return this.line === undefined ? this.file : `${this.file}:${this.line}:${this.column ?? 1}`;
  }
}
