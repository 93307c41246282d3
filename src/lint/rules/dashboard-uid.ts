import { isValidDashboardUid } from '../../dashboard/model.ts';
import type { DashboardRule } from '../rule.ts';

export const dashboardUid: DashboardRule = {
  scope: 'dashboard',
  id: 'dashboard-uid',
  severity: 'warning',
  description: 'The dashboard has no stable uid, or one Grafana rejects (at most 40 letters, digits, "-" and "_")',
  rationale:
    'Links, bookmarks, embeds, alerts and provisioning find a dashboard by its uid. Without one Grafana invents a new uid on every import, and a uid Grafana rejects stops the import.',
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: '{"title": "Agent workflows", "uid": null}',
    good: '{"title": "Agent workflows", "uid": "tta-agent-workflows"}',
  },
  check({ dashboard }, report) {
    const pointer = dashboard.pointer === '/spec' ? '/metadata/name' : `${dashboard.pointer}/uid`;
    if (dashboard.uid === undefined || dashboard.uid === '') {
      report({
        message: 'the dashboard has no uid, so Grafana makes up a new one on every import and links to it break',
        suggestion: 'set a stable uid derived from the dashboard name, for example "checkout-overview"',
        pointer: dashboard.pointer,
      });
    } else if (!isValidDashboardUid(dashboard.uid)) {
      report({
        message: `the dashboard uid "${dashboard.uid}" is not accepted by Grafana`,
        suggestion: 'use at most 40 characters among letters, digits, "-" and "_"',
        pointer,
      });
    }
  },
};
