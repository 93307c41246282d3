import type { DashboardRule } from '../rule.ts';

/** Panels that explain themselves; list panels may carry an empty placeholder query. */
const selfExplanatory: ReadonlySet<string> = new Set(['text', 'news', 'dashlist', 'alertlist', 'annolist', 'welcome', 'gettingstarted']);

export const panelDescriptionMissing: DashboardRule = {
  scope: 'dashboard',
  id: 'panel-description-missing',
  severity: 'warning',
  description: 'A panel that shows data has no description to explain what it measures',
  rationale:
    'The description is the panel\'s help text: what it measures and how to read it. Without one, a viewer has to reverse-engineer the query.',
  origins: [{ tool: 'grafana/dashboard-linter', check: 'panel-title-description-rule' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "stat", "title": "Error ratio", "targets": [...]}',
    good: '{"type": "stat", "title": "Error ratio", "description": "Failed executions / all executions, last 5m", "targets": [...]}',
  },
  check({ dashboard }, report) {
    for (const panel of dashboard.panels) {
      if (panel.queries.length === 0 || selfExplanatory.has(panel.type) || (panel.description ?? '').trim() !== '') continue;
      report({
        message: `the panel has no description`,
        suggestion: 'say what the panel measures and how to read it; Grafana shows it behind the (i) icon',
        panel,
      });
    }
  },
};
