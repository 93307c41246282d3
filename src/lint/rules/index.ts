import type { Rule } from '../rule.ts';
import { dashboardDatasourceVariable } from './dashboard-datasource-variable.ts';
import { dashboardJobInstanceVariables } from './dashboard-job-instance-variables.ts';
import { dashboardUid } from './dashboard-uid.ts';
import { datasourceHardcoded } from './datasource-hardcoded.ts';
import { heatmapNeedsBuckets } from './heatmap-needs-buckets.ts';
import { legendFormatMissing } from './legend-format-missing.ts';
import { nodeGraphFrames } from './node-graph-frames.ts';
import { panelDescriptionMissing } from './panel-description-missing.ts';
import { panelIdUnique } from './panel-id-unique.ts';
import { panelNoQueries } from './panel-no-queries.ts';
import { panelUnitInvalid } from './panel-unit-invalid.ts';
import { panelUnitMissing } from './panel-unit-missing.ts';
import { queryRules } from './query-rules.ts';
import { rangeMacroOverTime } from './range-macro-over-time.ts';
import { reductionMismatch } from './reduction-mismatch.ts';
import { thresholdsOutsideRange } from './thresholds-outside-range.ts';
import { timeseriesInstantQuery } from './timeseries-instant-query.ts';
import { undefinedVariable } from './undefined-variable.ts';
import { unitDimensionMismatch } from './unit-dimension-mismatch.ts';
import { unitScaleMismatch } from './unit-scale-mismatch.ts';
import { variableRefreshOnTimeChange } from './variable-refresh-on-time-change.ts';

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
  // What panels show against what their queries measure (units, ranges, panel shapes).
  unitScaleMismatch,
  unitDimensionMismatch,
  thresholdsOutsideRange,
  heatmapNeedsBuckets,
  nodeGraphFrames,
  timeseriesInstantQuery,
  rangeMacroOverTime,
  reductionMismatch,
  legendFormatMissing,
  // Checks of grafana/dashboard-linter.
  panelUnitInvalid,
  panelNoQueries,
  dashboardDatasourceVariable,
  dashboardJobInstanceVariables,
  variableRefreshOnTimeChange,
];
