/** Lints a dashboard rule's documented example: a panel fragment, or a dashboard fragment (`panels`/`templating`). */
import type { DashboardRule } from '../../../src/lint/rule.ts';
import { type Finding, lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1 } from '../fixtures.ts';

export function lintExample(rule: DashboardRule, fragment: string): Finding[] {
  const json = JSON.parse(fragment) as Record<string, unknown>;
  const document = 'panels' in json || 'templating' in json ? { ...v1([]), ...json } : v1([{ ...panel(1, 'up'), ...json }]);
  return lintDashboard(read(document), { rules: [rule], enable: [rule.id] });
}
