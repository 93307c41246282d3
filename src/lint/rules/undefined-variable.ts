import type { DashboardInfo, DatasourceRef } from '../../dashboard/model.ts';
import { substituteTemplates } from '../../promql/substitute.ts';
import { closest } from '../../text/closest.ts';
import { datasourceVariable } from '../datasource.ts';
import type { DashboardReport, DashboardRule } from '../rule.ts';

/**
 * Grafana reserves the `__` prefix for its global variables ($__rate_interval, $__range, $__from, $__user, ...);
 * `$interval`, `$interval_ms` and `$timeFilter` are their deprecated spellings, still filled in.
 */
const deprecatedGlobals: ReadonlySet<string> = new Set(['interval', 'interval_ms', 'timeFilter']);

function isGlobal(name: string): boolean {
  return name.startsWith('__') || deprecatedGlobals.has(name);
}

/** `\\$SYS` in a regex matches a literal dollar; Grafana leaves names it does not know as written. */
function isEscapedDollar(text: string, from: number): boolean {
  return text[from - 1] === '\\';
}

/**
 * Query fields other than PromQL that the datasource fills variables into (Jaeger's `service`, `operation`,
 * `tags`, ...): every top-level string of the query model except the PromQL (`expr`, analysed as such), the
 * datasource (checked on its own) and `refId`.
 */
const notTemplatedFields: ReadonlySet<string> = new Set(['expr', 'datasource', 'refId']);

/** Grafana's references all start with `$` or `[[`: text without either is passed over unscanned. */
function mayReferToVariable(text: string): boolean {
  return text.includes('$') || text.includes('[[');
}

/** Template variables, plus the `__inputs` placeholders (`${DS_PROMETHEUS}`) that an import fills in. */
function definedNames(dashboard: DashboardInfo): Set<string> {
  const names = new Set(dashboard.variables.map((variable) => variable.name));
  const inputs = dashboard.settings.__inputs;
  if (Array.isArray(inputs)) {
    for (const input of inputs) {
      const name = (input as { name?: unknown } | null)?.name;
      if (typeof name === 'string') names.add(name);
    }
  }
  return names;
}

export const undefinedVariable: DashboardRule = {
  scope: 'dashboard',
  id: 'undefined-variable',
  severity: 'error',
  description: 'A query, datasource or variable refers to a template variable the dashboard does not define',
  rationale:
    'Grafana leaves an unknown `$variable` as written, so the query reaches Prometheus with a literal `$` and fails, or matches nothing.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'sum by (job) (rate(http_requests_total{cluster="$clutser"}[$__rate_interval]))',
    good: 'sum by (job) (rate(http_requests_total{cluster="$cluster"}[$__rate_interval]))',
  },
  check({ dashboard, analyses }, report) {
    const defined = definedNames(dashboard);
    const undefinedName = (name: string): string | undefined => {
      const cut = name.search(/[.:]/);
      const base = cut === -1 ? name : name.slice(0, cut);
      return isGlobal(base) || defined.has(base) ? undefined : base;
    };
    const problem = (name: string, where: string): Pick<DashboardReport, 'message' | 'suggestion'> => {
      const nearest = closest(name, defined);
      return {
        message: `${where} uses $${name}, which is not a variable of this dashboard`,
        suggestion: nearest !== undefined ? `did you mean $${nearest}?` : `define a template variable named "${name}"`,
      };
    };
    const datasourceProblem = (ref: DatasourceRef | undefined, where: string) => {
      const variable = datasourceVariable(ref?.uid);
      const name = variable === undefined ? undefined : undefinedName(variable);
      return name === undefined ? undefined : problem(name, where);
    };

    for (const variable of dashboard.variables) {
      const pointer = variable.pointer;
      const datasource = datasourceProblem(variable.datasource, `the datasource of variable "${variable.name}"`);
      if (datasource) report({ ...datasource, pointer });
      if (variable.type !== 'query' || variable.query === undefined) continue;
      const reported = new Set<string>();
      // Variable queries are `label_values(...)`/`query_result(...)`, not PromQL: only their references matter.
      for (const reference of substituteTemplates(variable.query).references) {
        if (isEscapedDollar(variable.query, reference.from)) continue;
        const name = undefinedName(reference.name);
        if (name === undefined || reported.has(name)) continue;
        reported.add(name);
        report({ ...problem(name, `the query of variable "${variable.name}"`), pointer });
      }
    }

    for (const panel of dashboard.panels) {
      // The datasource variables of the panel and of its queries, each once.
      const names = new Set<string>();
      const addDatasource = (ref: DatasourceRef | undefined): void => {
        const name = datasourceVariable(ref?.uid);
        if (name !== undefined) names.add(name);
      };
      addDatasource(panel.datasource);
      for (const query of panel.queries) addDatasource(query.datasource);
      for (const name of [...names].sort()) {
        const missing = undefinedName(name);
        if (missing !== undefined) report({ ...problem(missing, 'the datasource'), panel });
      }
      for (const query of panel.queries) {
        for (const key in query.raw) {
          const value = query.raw[key];
          // Most fields (legends, intervals, formats) name no variable: nothing to collect.
          if (typeof value !== 'string' || !mayReferToVariable(value) || notTemplatedFields.has(key)) continue;
          const { references } = substituteTemplates(value);
          if (references.length === 0) continue;
          const names = new Set(references.filter((reference) => !isEscapedDollar(value, reference.from)).map((reference) => reference.name));
          for (const missing of [...names].flatMap((name) => undefinedName(name) ?? [])) {
            report({ ...problem(missing, `the query's \`${key}\``), panel, query, pointer: `${query.pointer}/${key}` });
          }
        }
        const analysis = analyses.get(query);
        if (!analysis) continue;
        const reported = new Set<string>();
        for (const reference of analysis.variables) {
          if (isEscapedDollar(analysis.text, reference.from)) continue;
          const name = undefinedName(reference.name);
          if (name === undefined || reported.has(name)) continue;
          reported.add(name);
          report({ ...problem(name, 'the query'), panel, query, from: reference.from, to: reference.to });
        }
      }
    }
  },
};
