import type { DashboardRule } from '../rule.ts';

export const panelDescriptionMissing: DashboardRule = {
  scope: 'dashboard',
  id: 'panel-description-missing',
  severity: 'warning',
  description: 'A panel that shows data has no description to explain what it measures',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"type": "stat", "title": "Error ratio", "targets": [...]}',
    good: '{"type": "stat", "title": "Error ratio", "description": "Failed executions / all executions, last 5m", "targets": [...]}',
  },
  check({ dashboard }, report) {
    for (const panel of dashboard.panels) {
      // Text, news and list panels have no queries and explain themselves.
      if (panel.queries.length === 0 || (panel.description ?? '').trim() !== '') continue;
      report({
        message: `the panel has no description`,
        suggestion: 'say what the panel measures and how to read it; Grafana shows it behind the (i) icon',
        panel,
      });
    }
  },
};
