/** Runs query rules on one PromQL text, without a dashboard file: analyzeQuery + rule.check, as the runner does. */
import { ttaCatalog } from '../../../queries/catalog.ts';
import type { DashboardInfo, PanelInfo, QueryInfo } from '../../../src/dashboard/model.ts';
import type { QueryRule, RuleReport } from '../../../src/lint/rule.ts';
import { queryRules } from '../../../src/lint/rules/query-rules.ts';
import { findProfile, profiles } from '../../../src/naming/profiles.ts';
import { buildNamingContext, type NamingContext } from '../../../src/naming/series.ts';
import { analyzeQuery, type QueryAnalysis } from '../../../src/promql/analyze.ts';

export interface QueryFinding extends RuleReport {
  readonly rule: string;
  /** The reported part of the query. */
  readonly at?: string;
}

const contexts = new Map<string, NamingContext>();

export function namingFor(profileId = 'otel-python'): NamingContext {
  let naming = contexts.get(profileId);
  if (naming === undefined) {
    naming = buildNamingContext(ttaCatalog, findProfile(profileId)!, profiles);
    contexts.set(profileId, naming);
  }
  return naming;
}

export interface LintQueryOptions {
  /** A profile id, or `none` for catalog-free linting. */
  readonly profile?: string;
  readonly legendFormat?: string;
  /** Default: the rules enabled by default. */
  readonly rules?: readonly QueryRule[];
}

export function lintQuery(expr: string, options: LintQueryOptions = {}): QueryFinding[] {
  const naming = options.profile === 'none' ? undefined : namingFor(options.profile);
  return lintAnalysis(analyzeQuery(expr, naming), options);
}

/** The query rules' findings on an analysis made with `namingFor(options.profile)`. */
export function lintAnalysis(analysis: QueryAnalysis, options: LintQueryOptions = {}): QueryFinding[] {
  const naming = analysis.naming;
  const expr = analysis.text;
  const query: QueryInfo = { refId: 'A', expr, pointer: '/panels/0/targets/0', raw: {}, ...(options.legendFormat === undefined ? {} : { legendFormat: options.legendFormat }) };
  const panel: PanelInfo = { key: 'id:1', id: 1, title: 'Panel', type: 'timeseries', order: 0, queries: [query], pointer: '/panels/0', raw: {} };
  const dashboard: DashboardInfo = { file: 'test.json', format: 'v1', title: 'Test', tabs: [], panels: [panel], variables: [], settings: {}, pointer: '' };
  const rules = options.rules ?? queryRules.filter((rule) => rule.enabledByDefault);
  const findings: QueryFinding[] = [];
  for (const rule of rules) {
    if (rule.needsCatalog && naming === undefined) continue;
    rule.check({ analysis, query, panel, dashboard, ...(naming === undefined ? {} : { naming }) }, (report) => {
      findings.push({ rule: rule.id, ...report, ...(report.from === undefined ? {} : { at: expr.slice(report.from, report.to) }) });
    });
  }
  return findings;
}
