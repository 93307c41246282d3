import type { NamingProfile } from '../naming/profiles.ts';

/**
 * The neutral, typed definition of a dashboard that content files write and the compilers
 * (src/compile) turn into classic v1 JSON and a v2 resource. Queries stay unrendered until
 * compile time, because the series and label names depend on the naming profile.
 */

/** A PromQL expression that renders under a naming profile. */
export interface QueryExpr {
  render(profile: NamingProfile): string;
}

/**
 * Text that names labels and so depends on the profile, such as a legend `{{primitive_name}}`
 * (`{{primitive.name}}` under the UTF-8 profiles). Compilers call `render` like they do for queries.
 */
export interface ProfileText {
  render(profile: NamingProfile): string;
}

/** Grafana panel plugin ids the compilers know how to lay out and validate. */
export type PanelType =
  | 'timeseries'
  | 'stat'
  | 'gauge'
  | 'bargauge'
  | 'table'
  | 'piechart'
  | 'barchart'
  | 'heatmap'
  | 'nodeGraph'
  | 'traces'
  | 'text';

export interface ThresholdStep {
  /** null is the base step (minus infinity). */
  readonly value: number | null;
  readonly color: string;
}

export interface Thresholds {
  readonly mode: 'absolute' | 'percentage';
  readonly steps: readonly ThresholdStep[];
  /** Draw the thresholds as lines or areas on time series. */
  readonly style?: 'line' | 'area' | 'line+area';
}

export interface LegendDefinition {
  readonly mode: 'list' | 'table' | 'hidden';
  readonly placement?: 'bottom' | 'right';
  readonly calcs?: readonly string[];
}

/** A query against the Prometheus datasource variable. */
export interface PrometheusTarget {
  readonly kind: 'prometheus';
  readonly expr: QueryExpr;
  /** A plain string when it names no attribute label (`{{le}}`, `errors`), else profile-rendered text. */
  readonly legendFormat?: string | ProfileText;
  readonly format?: 'time_series' | 'table' | 'heatmap';
  readonly instant?: boolean;
  /** Defaults to true for time series, false for instant queries. */
  readonly range?: boolean;
}

/** A query against a tracing datasource (Jaeger), in the datasource plugin's own query model. */
export interface TraceTarget {
  readonly kind: 'jaeger';
  readonly query: Readonly<Record<string, unknown>>;
}

export type TargetDefinition = PrometheusTarget | TraceTarget;

export interface FieldOverride {
  readonly matcher: { readonly id: string; readonly options: unknown };
  readonly properties: readonly { readonly id: string; readonly value: unknown }[];
}

export interface Transformation {
  readonly id: string;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface PanelDefinition {
  readonly title: string;
  /** What question the panel answers and how to read it. */
  readonly description: string;
  readonly type: PanelType;
  /** Grafana unit id (`percentunit`, `reqps`, `ms`, `currencyUSD`, `short`, ...). */
  readonly unit?: string;
  readonly decimals?: number;
  readonly min?: number;
  readonly max?: number;
  readonly thresholds?: Thresholds;
  readonly legend?: LegendDefinition;
  /** Grid size in Grafana's 24-column grid. */
  readonly size: { readonly w: number; readonly h: number };
  readonly targets: readonly TargetDefinition[];
  /** Panel-plugin options (`options` in Grafana JSON), merged over the compiler's defaults for the type. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** `fieldConfig.defaults.custom`. */
  readonly custom?: Readonly<Record<string, unknown>>;
  readonly overrides?: readonly FieldOverride[];
  readonly transformations?: readonly Transformation[];
}

export interface TabDefinition {
  readonly title: string;
  readonly panels: readonly PanelDefinition[];
}

export type VariableDefinition =
  | {
      readonly kind: 'datasource';
      readonly name: string;
      readonly label: string;
      /** Datasource plugin id: `prometheus`, `jaeger`, ... */
      readonly pluginId: string;
      /** uid of the datasource selected by default (the provisioned one). */
      readonly defaultUid?: string;
    }
  | {
      readonly kind: 'query';
      readonly name: string;
      readonly label: string;
      /** Name of the datasource variable to query. */
      readonly datasource: string;
      /** The variable query (`label_values(...)`), rendered under the profile like panel queries. */
      readonly query: QueryExpr;
      readonly multi: boolean;
      readonly includeAll: boolean;
      /** Value used for All; `.*` lets `=~"$var"` match series without the label too when combined with `|^$`. */
      readonly allValue?: string;
    }
  | {
      /** A fixed list of values to pick one from, for datasources whose plugin cannot list them in a variable query. */
      readonly kind: 'custom';
      readonly name: string;
      readonly label: string;
      /** The values offered, in order; Grafana's custom-variable syntax reserves `,` and ` : ` inside them. */
      readonly values: readonly string[];
      /** The value selected when the dashboard opens; one of `values`. */
      readonly defaultValue: string;
    };

export interface DashboardDefinition {
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly time: { readonly from: string; readonly to: string };
  readonly refresh: string;
  readonly variables: readonly VariableDefinition[];
  /** Datasource variable names that targets of each kind use. */
  readonly datasources: { readonly prometheus: string; readonly jaeger?: string };
  readonly tabs: readonly TabDefinition[];
}
