import type { DashboardInfo, PanelInfo, QueryInfo } from '../dashboard/model.ts';
import type { NamingContext } from '../naming/series.ts';
import { analyzeQuery, type QueryAnalysis } from '../promql/analyze.ts';
import { compareText } from '../text/compare.ts';
import { lineColumnAt } from '../text/position.ts';
import { prometheusQueries } from './datasource.ts';
import { type VariablePromQL, variablePromQL } from './variable-queries.ts';
import type { DashboardReport, DashboardRule, QueryRule, Rule, RuleReport, Severity } from './rule.ts';
import { rules as registry } from './rules/index.ts';

export interface Finding {
  readonly file: string;
  readonly dashboard?: string;
  /** The panel's title. */
  readonly panel?: string;
  readonly panelId?: number;
  readonly refId?: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly suggestion?: string;
  /** 1-based position inside the query text; absent for findings that are not about a place in a query. */
  readonly line?: number;
  readonly column?: number;
  /** JSON pointer of what the finding is about (a query's `expr`, a panel, a variable), to place it in the file. */
  readonly pointer?: string;
}

export interface LintOptions {
  /** Absent: catalog-free linting; rules that need a catalog are skipped. */
  readonly naming?: NamingContext;
  /** Rule ids to turn on in addition to the default ones. */
  readonly enable?: readonly string[];
  readonly disable?: readonly string[];
  /** The rules to choose from; the full registry unless a test narrows it. */
  readonly rules?: readonly Rule[];
}

/** The rule id of findings that report a rule which threw, instead of crashing the run. */
export const internalErrorRule = 'internal-error';

function activeRules(options: LintOptions): Rule[] {
  const enable = new Set(options.enable ?? []);
  const disable = new Set(options.disable ?? []);
  return (options.rules ?? registry).filter(
    (rule) =>
      (rule.enabledByDefault || enable.has(rule.id)) &&
      !disable.has(rule.id) &&
      (!rule.needsCatalog || options.naming !== undefined),
  );
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface RuleIdentity {
  readonly id: string;
  readonly severity: Severity;
}

const internalError: RuleIdentity = { id: internalErrorRule, severity: 'error' };

function finding(dashboard: DashboardInfo, rule: RuleIdentity, report: DashboardReport): Finding {
  const { panel, query } = report;
  const position =
    query?.expr !== undefined && report.from !== undefined ? lineColumnAt(query.expr, report.from) : undefined;
  return {
    file: dashboard.file,
    dashboard: dashboard.title || undefined,
    panel: panel?.title,
    panelId: panel?.id,
    refId: query?.refId,
    rule: rule.id,
    severity: rule.severity,
    message: report.message,
    suggestion: report.suggestion,
    line: position?.line,
    column: position?.column,
    pointer: report.pointer ?? (query ? `${query.pointer}/expr` : panel?.pointer),
  };
}

interface Located {
  readonly finding: Finding;
  readonly panelIndex: number;
  readonly queryIndex: number;
}

function compareLocated(a: Located, b: Located): number {
  const x = a.finding;
  const y = b.finding;
  return (
    a.panelIndex - b.panelIndex ||
    a.queryIndex - b.queryIndex ||
    (x.line ?? 0) - (y.line ?? 0) ||
    (x.column ?? 0) - (y.column ?? 0) ||
    compareText(x.rule, y.rule) ||
    compareText(x.message, y.message)
  );
}

/** A PromQL text to run the query rules on, and how its findings are told. */
interface QueryTarget {
  readonly panel: PanelInfo;
  readonly query: QueryInfo;
  /** Panel queries feed the dashboard rules; variable queries do not. */
  readonly inPanel: boolean;
  locate(rule: RuleIdentity, report: RuleReport): Located;
}

/**
 * A variable's PromQL seen as a query of a stand-in panel, so that query rules need not know variables. Its
 * findings name the variable in the message, have no panel, and are placed in the variable's query text.
 */
function variableTarget(dashboard: DashboardInfo, target: VariablePromQL, index: number): QueryTarget {
  const { variable } = target;
  const query: QueryInfo = { refId: variable.name, expr: target.expr, datasource: variable.datasource, pointer: target.pointer, raw: variable.raw };
  const panel: PanelInfo = {
    key: `variable:${variable.name}`,
    title: `variable ${variable.name}`,
    type: 'variable',
    order: index,
    datasource: variable.datasource,
    queries: [query],
    pointer: variable.pointer,
    raw: variable.raw,
  };
  return {
    panel,
    query,
    inPanel: false,
    locate: (rule, report) => {
      const position = lineColumnAt(target.text, target.offset + (report.from ?? 0));
      return {
        finding: {
          file: dashboard.file,
          dashboard: dashboard.title || undefined,
          rule: rule.id,
          severity: rule.severity,
          message: `variable "${variable.name}": ${report.message}`,
          suggestion: report.suggestion,
          line: report.from === undefined ? undefined : position.line,
          column: report.from === undefined ? undefined : position.column,
          pointer: target.pointer,
        },
        panelIndex: -1,
        queryIndex: index,
      };
    },
  };
}

/**
 * Lints one dashboard: every PromQL query (of panels, and of query variables) is analysed once and goes
 * through the query rules, then the dashboard rules run. Never throws. Findings come in reading order:
 * dashboard-wide and variable ones first, then by panel, query, position, rule id.
 */
export function lintDashboard(dashboard: DashboardInfo, options: LintOptions): Finding[] {
  const active = activeRules(options);
  const queryRules = active.filter((rule): rule is QueryRule => rule.scope === 'query');
  const dashboardRules = active.filter((rule): rule is DashboardRule => rule.scope === 'dashboard');
  const panelIndex = new Map(dashboard.panels.map((panel, index) => [panel, index]));
  const located: Located[] = [];
  const locate = (rule: RuleIdentity, report: DashboardReport): Located => {
    const { panel, query } = report;
    return {
      finding: finding(dashboard, rule, report),
      panelIndex: panel ? (panelIndex.get(panel) ?? -1) : -1,
      queryIndex: panel && query ? panel.queries.indexOf(query) : -1,
    };
  };
  const crashReport = (rule: Rule, message: string): RuleReport => ({
    message: `rule ${rule.id} failed: ${message}`,
    suggestion: 'this is a bug in the linter; disable the rule with --disable to get past it',
  });

  const targets: QueryTarget[] = [
    ...dashboard.variables.flatMap((variable, index) => {
      const target = variablePromQL(variable, dashboard);
      return target ? [variableTarget(dashboard, target, index)] : [];
    }),
    ...prometheusQueries(dashboard).map(({ panel, query }) => ({
      panel,
      query,
      inPanel: true,
      locate: (rule: RuleIdentity, report: RuleReport) => locate(rule, { ...report, panel, query }),
    })),
  ];
  const analyses = new Map<QueryInfo, QueryAnalysis>();
  for (const target of targets) {
    const { panel, query } = target;
    let analysis: QueryAnalysis;
    try {
      analysis = analyzeQuery(query.expr ?? '', options.naming);
    } catch (error) {
      located.push(target.locate(internalError, { message: `query analysis failed: ${describeError(error)}` }));
      continue;
    }
    if (target.inPanel) analyses.set(query, analysis);
    const context = { analysis, query, panel, dashboard, naming: options.naming };
    // One report function per query, not per rule and query: this loop runs for every rule on every query.
    let current: Rule = queryRules[0];
    const report = (found: RuleReport) => void located.push(target.locate(current, found));
    for (const rule of queryRules) {
      current = rule;
      try {
        rule.check(context, report);
      } catch (error) {
        located.push(target.locate(internalError, crashReport(rule, describeError(error))));
      }
    }
  }
  const context = { dashboard, analyses, naming: options.naming };
  for (const rule of dashboardRules) {
    try {
      rule.check(context, (report) => void located.push(locate(rule, report)));
    } catch (error) {
      located.push(locate(internalError, crashReport(rule, describeError(error))));
    }
  }
  return located.sort(compareLocated).map((entry) => entry.finding);
}
