/** Lints panels given as JSON fragments with one dashboard rule, as the runner does; for the display rules' tests. */
import { expect } from 'vitest';
import type { DashboardRule } from '../../../src/lint/rule.ts';
import { type Finding, lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1 } from '../fixtures.ts';
import { namingFor } from './query-lint.ts';

type Json = Record<string, unknown>;

/** Panels from fragments that replace the defaults of the shared fixture panel (targets get refIds A, B, ...). */
export function lintPanels(rule: DashboardRule, fragments: Json[], catalog: 'tta' | 'none' = 'tta'): Finding[] {
  const panels = fragments.map((fragment, index) => {
    const targets = Array.isArray(fragment.targets)
      ? fragment.targets.map((target: Json, targetIndex: number) => ({ refId: String.fromCharCode(65 + targetIndex), ...target }))
      : undefined;
    return panel(index + 1, 'up', { ...fragment, ...(targets === undefined ? {} : { targets }) });
  });
  return lintDashboard(read(v1(panels)), { rules: [rule], ...(catalog === 'tta' ? { naming: namingFor('otel-python') } : {}) });
}

/** The rule's documented example is true: the bad fragment is reported, the good one is not. */
export function checkExample(rule: DashboardRule): void {
  expect(lintPanels(rule, [JSON.parse(rule.example.bad) as Json])).not.toEqual([]);
  expect(lintPanels(rule, [JSON.parse(rule.example.good) as Json])).toEqual([]);
}
