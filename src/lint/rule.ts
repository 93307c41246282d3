import type { DashboardInfo, PanelInfo, QueryInfo } from '../dashboard/model.ts';
import type { NamingContext } from '../naming/series.ts';
import type { QueryAnalysis } from '../promql/analyze.ts';

export type Severity = 'error' | 'warning' | 'info';

/** What every rule declares: a stable id (never reused), a default severity and a one-line description. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  /** Opinionated rules are off unless asked for. */
  readonly enabledByDefault: boolean;
  /** Needs a catalog; skipped under `--catalog none`. */
  readonly needsCatalog: boolean;
  /** Why what it catches matters: the first paragraph of the rule's page (`docs/rules/<id>.md`). */
  readonly rationale: string;
  /** Shown on the rule's page and checked by a test: something the rule reports, and the fix. */
  readonly example: RuleExample;
  /** The checks of other tools this rule matches; absent for this project's own checks. */
  readonly origins?: readonly RuleOrigin[];
}

/** A check of another linter that a rule matches, named as that tool names it. */
export interface RuleOrigin {
  readonly tool: 'grafana/dashboard-linter' | 'pint' | 'prometheus';
  /** `panel-units-rule`, `promql/regexp`, `parser`. */
  readonly check: string;
}

/** Query text for query rules, a JSON fragment for dashboard rules. */
export interface RuleExample {
  readonly bad: string;
  readonly good: string;
}

/** A problem a rule found. Offsets are into the query text as written (before macro substitution). */
export interface RuleReport {
  readonly message: string;
  readonly suggestion?: string;
  readonly from?: number;
  readonly to?: number;
}

export interface QueryContext {
  readonly analysis: QueryAnalysis;
  readonly query: QueryInfo;
  readonly panel: PanelInfo;
  readonly dashboard: DashboardInfo;
  /** Absent under `--catalog none`. */
  readonly naming?: NamingContext;
}

export interface DashboardContext {
  readonly dashboard: DashboardInfo;
  /** The analysis of every Prometheus query, by query. */
  readonly analyses: ReadonlyMap<QueryInfo, QueryAnalysis>;
  readonly naming?: NamingContext;
}

export interface DashboardReport extends RuleReport {
  readonly panel?: PanelInfo;
  readonly query?: QueryInfo;
  /** JSON pointer of what is reported when it is neither a panel nor a query (a variable, a setting). */
  readonly pointer?: string;
}

export interface QueryRule extends RuleMeta {
  readonly scope: 'query';
  check(context: QueryContext, report: (finding: RuleReport) => void): void;
}

export interface DashboardRule extends RuleMeta {
  readonly scope: 'dashboard';
  check(context: DashboardContext, report: (finding: DashboardReport) => void): void;
}

export type Rule = QueryRule | DashboardRule;
