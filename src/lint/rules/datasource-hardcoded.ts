import type { DatasourceRef } from '../../dashboard/model.ts';
import { datasourceKind, datasourceVariable, isBuiltInDatasource } from '../datasource.ts';
import type { DashboardRule } from '../rule.ts';

/** A datasource picked by literal uid or name: the dashboard breaks on every Grafana where that uid differs. */
function literalUid(ref: DatasourceRef | undefined): string | undefined {
  const uid = ref?.uid;
  if (uid === undefined || uid.trim() === '' || isBuiltInDatasource(ref)) return undefined;
  return datasourceVariable(uid) === undefined ? uid : undefined;
}

const suggestion = 'choose the datasource with a template variable: "datasource": {"type": "prometheus", "uid": "${datasource}"}';

export const datasourceHardcoded: DashboardRule = {
  scope: 'dashboard',
  id: 'datasource-hardcoded',
  severity: 'warning',
  description: 'A Prometheus panel, query or variable names its datasource by a literal uid instead of a template variable',
  rationale:
    'A literal datasource uid only exists in the Grafana it was exported from: anywhere else the panel shows "datasource not found". A datasource variable lets each Grafana, and each viewer, pick its own Prometheus.',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'panel-datasource-rule' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '"datasource": {"type": "prometheus", "uid": "P1809F7CD0C75ACF3"}',
    good: '"datasource": {"type": "prometheus", "uid": "${datasource}"}',
  },
  check({ dashboard, analyses }, report) {
    for (const variable of dashboard.variables) {
      const uid = literalUid(variable.datasource);
      if (uid === undefined || variable.type !== 'query' || datasourceKind(variable.datasource, dashboard) === 'other') continue;
      report({
        message: `variable "${variable.name}" uses the hard-coded datasource uid "${uid}"`,
        suggestion,
        pointer: `${variable.pointer}/datasource`,
      });
    }
    for (const panel of dashboard.panels) {
      const queries = panel.queries.filter((query) => analyses.has(query));
      if (queries.length === 0) continue;
      const panelUid = literalUid(panel.datasource);
      if (panelUid !== undefined && dashboard.format === 'v1') {
        report({ message: `the panel uses the hard-coded datasource uid "${panelUid}"`, suggestion, panel });
      }
      for (const query of queries) {
        const uid = literalUid(query.datasource);
        // v2 panels have no datasource of their own: theirs is their first query's, reported here.
        if (uid === undefined || (uid === panelUid && dashboard.format === 'v1')) continue;
        report({ message: `the query uses the hard-coded datasource uid "${uid}"`, suggestion, panel, query });
      }
    }
  },
};
