import type { PanelInfo } from '../../dashboard/model.ts';
import type { DashboardRule } from '../rule.ts';

export const panelIdUnique: DashboardRule = {
  scope: 'dashboard',
  id: 'panel-id-unique',
  severity: 'warning',
  description: 'A classic dashboard panel has no id, id 0, or the id of another panel (links, embeds and alerts use it)',
  rationale:
    'Panel links (`viewPanel`), embeds, library panels and alert rules refer to a classic panel by its id; a missing, zero or duplicated id makes them open the wrong panel or none.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '"panels": [{"id": 2, "title": "Rate"}, {"id": 2, "title": "Errors"}]',
    good: '"panels": [{"id": 1, "title": "Rate"}, {"id": 2, "title": "Errors"}]',
  },
  check({ dashboard }, report) {
    // v2 dashboards name their elements; the element key is the panel's identity there.
    if (dashboard.format !== 'v1') return;
    const firstWithId = new Map<number, PanelInfo>();
    for (const panel of dashboard.panels) {
      if (panel.id === undefined || panel.id === 0) {
        // `"id": "3"` is there, but of the wrong type (Grafana's dashboard schema types the id as a number).
        const written = panel.raw.id;
        const message = typeof written === 'string' ? `the panel id is the string ${JSON.stringify(written)}, not a number` : 'the panel has no id';
        report({ message, suggestion: 'give every panel a unique, non-zero integer id', panel });
        continue;
      }
      const first = firstWithId.get(panel.id);
      if (first === undefined) {
        firstWithId.set(panel.id, panel);
        continue;
      }
      report({
        message: `panel id ${panel.id} is also the id of panel "${first.title}"`,
        suggestion: 'give every panel a unique, non-zero integer id',
        panel,
      });
    }
  },
};
