import type { Rule } from '../rule.ts';
import { dashboardUid } from './dashboard-uid.ts';
import { datasourceHardcoded } from './datasource-hardcoded.ts';
import { panelDescriptionMissing } from './panel-description-missing.ts';
import { panelIdUnique } from './panel-id-unique.ts';
import { panelUnitMissing } from './panel-unit-missing.ts';
import { queryRules } from './query-rules.ts';
import { undefinedVariable } from './undefined-variable.ts';

/** Every lint rule. Ids are stable: a retired rule's id is never reused. */
export const rules: readonly Rule[] = [
  ...queryRules,
  // Dashboard rules.
  undefinedVariable,
  datasourceHardcoded,
  panelUnitMissing,
  panelDescriptionMissing,
  panelIdUnique,
  dashboardUid,
];
