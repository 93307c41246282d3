/**
 * Prometheus rule files (`groups[].rules[]` with `record` or `alert` and `expr`) read for lint: every rule's
 * expression goes through the same analysis and query rules as a dashboard query, and findings are placed at
 * their line and column in the YAML file.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Scalar } from 'yaml';
import { type DashboardInfo, DashboardReadError, type PanelInfo } from '../dashboard/model.ts';
import type { PlacedFinding } from '../lint/formats.ts';
import { type Finding, lintDashboard, type LintOptions } from '../lint/run.ts';
import { rules as registry } from '../lint/rules/index.ts';
import type { NamingContext } from '../naming/series.ts';
import { lineColumnAt } from '../text/position.ts';
import type { RuleFileDocument } from './file.ts';

let yaml: typeof Yaml | undefined;

/**
 * The YAML library, loaded on first use: loading it takes about 60 ms, which every command paid at start-up
 * although only reading a rule file from disk needs it (the generator lints its own rule file as an object).
 */
function yamlLibrary(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}

/** Query rules about Grafana's conventions (`$__rate_interval`, legends): rule files run outside Grafana. */
const grafanaOnlyRules: ReadonlySet<string> = new Set(['rate-interval', 'legend-unknown-label', 'selector-job-matcher']);

/** The query rules that apply to a rule file's expressions. */
export const ruleFileRules = registry.filter((rule) => rule.scope === 'query' && !grafanaOnlyRules.has(rule.id));

export interface RuleFileInfo {
  /** The rules seen as panels of one query each (title `record <name>` or `alert <name>`, tab the group), for lint. */
  readonly dashboard: DashboardInfo;
  /** Position in the file of a place inside a rule's expression, by the query's pointer. */
  locate(pointer: string, line: number | undefined, column: number | undefined): { line: number; column: number };
}

/** Whether a YAML text looks like a Prometheus rule file: a top-level `groups:` key. */
export function looksLikeRuleFile(text: string): boolean {
  return /^groups\s*:/m.test(text);
}

/**
 * The file offset of `target` (an offset in the scalar's value), found by walking the value and its source
 * together: source characters the value does not have (indentation, line folding, quotes, escapes) are skipped.
 */
function sourceOffset(text: string, node: Scalar, target: number): number {
  const value = String(node.value);
  const [start, end] = node.range ?? [0, 0];
  let source = start;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') source = text.indexOf('\n', start) + 1;
  else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') source = start + 1;
  for (let index = 0; index < target && source < end; source++) {
    if (value[index] === text[source]) index++;
  }
  while (source < end && /\s/.test(text[source]) && !/\s/.test(value[target] ?? '')) source++;
  return source;
}

/** A rule seen as a panel with one query, its expression. */
function rulePanel(pointer: string, tab: string, order: number, title: string, alert: unknown, record: unknown, expr: string): PanelInfo {
  // Only what lint reads; the whole rule could hold aliases that expand far beyond the file's size.
  const raw = { [typeof alert === 'string' ? 'alert' : 'record']: typeof alert === 'string' ? alert : record, expr };
  return {
    key: pointer,
    title,
    type: 'rule',
    tab,
    order,
    datasource: { type: 'prometheus' },
    queries: [{ refId: 'expr', expr, datasource: { type: 'prometheus' }, pointer, raw }],
    pointer,
    raw,
  };
}

function rulesDashboard(file: string, tabs: string[], panels: PanelInfo[]): DashboardInfo {
  return { file, format: 'v1', title: '', tabs, panels, variables: [], settings: {}, pointer: '' };
}

/** Reads a rule file; a file that is not YAML or has no `groups` list is a DashboardReadError with its position. */
export function readRuleFileText(text: string, file: string): RuleFileInfo {
  const { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error !== undefined) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new DashboardReadError(file, `malformed YAML: ${error.message.split('\n')[0]}`, line, col);
  }
  const fail = (message: string, node?: unknown): never => {
    const offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
    const { line, column } = lineColumnAt(text, offset);
    throw new DashboardReadError(file, message, line, column);
  };
  const groups = isMap(document.contents) ? document.contents.get('groups', true) : undefined;
  if (!isSeq(groups)) return fail('not a rule file: expected a top-level `groups` list');
  const panels: PanelInfo[] = [];
  const expressions = new Map<string, Scalar>();
  const tabs: string[] = [];
  groups.items.forEach((group, groupIndex) => {
    if (!isMap(group)) return fail(`groups[${groupIndex}] is not a mapping`, group);
    const name = group.get('name');
    const tab = typeof name === 'string' ? name : `group ${groupIndex + 1}`;
    tabs.push(tab);
    const rules = group.get('rules', true);
    if (rules === undefined || rules === null) return;
    if (!isSeq(rules)) return fail(`group "${tab}": \`rules\` is not a list`, rules);
    rules.items.forEach((rule, ruleIndex) => {
      if (!isMap(rule)) return fail(`group "${tab}", rule ${ruleIndex + 1} is not a mapping`, rule);
      const expr = rule.get('expr', true);
      const record = rule.get('record');
      const alert = rule.get('alert');
      const title = typeof alert === 'string' ? `alert ${alert}` : `record ${String(record)}`;
      // Prometheus reads any scalar as the expression's text (`expr: 1` is the query `1`).
      if (!isScalar(expr) || expr.value === null || typeof expr.value === 'object') {
        return fail(`group "${tab}", ${title}: \`expr\` must be a PromQL string`, expr ?? rule);
      }
      const pointer = `/groups/${groupIndex}/rules/${ruleIndex}`;
      expressions.set(pointer, expr);
      panels.push(rulePanel(pointer, tab, ruleIndex, title, alert, record, String(expr.value)));
    });
  });
  const dashboard = rulesDashboard(file, tabs, panels);
  return {
    dashboard,
    locate(pointer, line, column) {
      const node = expressions.get(pointer.replace(/\/expr$/, ''));
      if (node === undefined) return { line: 1, column: 1 };
      const value = String(node.value);
      const lines = value.split('\n');
      const inValue =
        line === undefined || column === undefined ? 0 : lines.slice(0, line - 1).reduce((total, text) => total + text.length + 1, 0) + column - 1;
      return lineColumnAt(text, sourceOffset(text, node, Math.min(inValue, value.length)));
    },
  };
}

/** Lints a rule file's expressions with the query rules that apply outside Grafana. */
export function lintRuleFile(info: RuleFileInfo, options: LintOptions): Finding[] {
  return lintDashboard(info.dashboard, { ...options, rules: ruleFileRules });
}

/** A `.yaml`/`.yml` path: lint reads it as a Prometheus rule file. */
export function isRuleFileName(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/**
 * Reads and lints a rule file's text. Findings name the rule (`alert X (group g)`) and carry their position in the
 * file, which the text report shows as `file:line:col`.
 */
export function lintRuleFileText(text: string, file: string, options: LintOptions): { findings: PlacedFinding[]; queries: number } {
  const info = readRuleFileText(text, file);
  const exprs = new Map(info.dashboard.panels.map((panel) => [`${panel.pointer}/expr`, panel]));
  const findings = lintRuleFile(info, options).map((finding): PlacedFinding => {
    const panel = finding.pointer === undefined ? undefined : exprs.get(finding.pointer);
    const position = info.locate(finding.pointer ?? '', finding.line, finding.column);
    return {
      finding: { ...finding, panel: panel === undefined ? finding.panel : `${panel.title} (group ${panel.tab})`, refId: undefined },
      query: panel?.queries[0].expr,
      fileLine: position.line,
      fileColumn: position.column,
      showPosition: true,
    };
  });
  return { findings, queries: info.dashboard.panels.length };
}

/** Lints a rule file built in memory (the generator's own), under a naming context. */
export function lintRuleDocument(document: RuleFileDocument, file: string, naming: NamingContext): Finding[] {
  // Positions do not matter here (the generator reports findings by rule), so no YAML is written or read.
  const tabs = document.groups.map((group) => group.name);
  const panels = document.groups.flatMap((group, groupIndex) =>
    group.rules.map((rule, ruleIndex) => {
      const title = typeof rule.alert === 'string' ? `alert ${rule.alert}` : `record ${String(rule.record)}`;
      return rulePanel(`/groups/${groupIndex}/rules/${ruleIndex}`, group.name, ruleIndex, title, rule.alert, rule.record, String(rule.expr));
    }),
  );
  return lintDashboard(rulesDashboard(file, tabs, panels), { naming, rules: ruleFileRules });
}
