import { badFrom } from '../src/builder/thresholds.ts';
import type { PanelDefinition, TabDefinition, VariableDefinition } from '../src/builder/model.ts';
import { variableNames } from '../queries/filters.ts';
import { slowestWorkflowsByP95 } from '../queries/latency.ts';
import { percentText, sloTargets } from '../queries/slo.ts';
import { errorsByErrorType, workflowSuccessTable } from '../queries/workflows.ts';
import { primitiveClasses, prometheus, rankedBars } from './common.ts';

const workflowClasses = primitiveClasses('composition');

/** Opens a trace from its ID in Explore, on the dashboard's Jaeger datasource and time range. */
const traceExploreUrl =
  '/explore?schemaVersion=1&panes={"trace":{"datasource":"${' +
  variableNames.jaeger +
  '}","queries":[{"refId":"A","datasource":{"type":"jaeger","uid":"${' +
  variableNames.jaeger +
  '}"},"query":"${__value.raw}"}],"range":{"from":"${__from}","to":"${__to}"}}}';

/**
 * The service whose traces the trace list shows. TTA.dev's code names its tracer's service `tta-workflow`,
 * `ai-workflow-primitives` or `tta` depending on the entry point (the design's `tta-workflow-engine` appears
 * only in documents), so no one name is right for every deployment. A custom variable with the known names,
 * because Grafana's Jaeger datasource cannot list services for a variable: it has no variable support
 * (neither `variables` nor `metricFindQuery` in its datasource, through Grafana 13), so a query variable on it
 * would offer nothing. Grafana lets the user type another name into the picker (`allowCustomValue`).
 */
export const traceServiceVariable: VariableDefinition = {
  kind: 'custom',
  name: variableNames.service,
  label: 'Service',
  values: ['tta-workflow', 'ai-workflow-primitives', 'tta'],
  defaultValue: 'tta-workflow',
};

const executionTimelinePanel: PanelDefinition = {
  title: 'Recent workflow executions',
  description:
    'Which workflow executions ran recently, and how long did each take? The latest traces in Jaeger of the ' +
    'service picked in the Service variable, newest first. Click a trace ID to open its timeline (every primitive ' +
    'as a span) in Explore. The Jaeger search covers the dashboard time range; the job and agent filters do not apply.',
  type: 'table',
  size: { w: 24, h: 9 },
  // The Jaeger datasource returns the traces newest first, as traceID, traceName, startTime and duration (µs).
  // Grafana's Jaeger datasource fills in template variables in `service` before it searches.
  targets: [{ kind: 'jaeger', query: { queryType: 'search', service: `$${variableNames.service}`, limit: 20 } }],
  overrides: [
    {
      matcher: { id: 'byName', options: 'traceID' },
      properties: [{ id: 'links', value: [{ title: 'Open trace ${__value.raw}', url: traceExploreUrl }] }],
    },
  ],
};

const slowestWorkflowsPanel: PanelDefinition = {
  title: 'Slowest workflows (P95)',
  description:
    `Which workflows take longest? The 10 workflow-level primitives (classes ${workflowClasses}; the SDK records no ` +
    'workflow name, so a workflow is its top composing primitive) with the highest 95th-percentile execution time ' +
    `over the selected range. Red bars exceed the latency SLO threshold of ${sloTargets.latencyThresholdMs} ms. ` +
    'Percentiles are interpolated within histogram buckets, so values are estimates.',
  type: 'bargauge',
  unit: 'ms',
  thresholds: badFrom(sloTargets.latencyThresholdMs),
  size: { w: 12, h: 10 },
  targets: [prometheus.instant(slowestWorkflowsByP95, { legend: '{{primitive.name}}' })],
  ...rankedBars,
};

const errorTypesPanel: PanelDefinition = {
  title: 'Errors by type',
  description:
    'What fails? Failed executions of all primitives over the selected range by exception class (error.type). ' +
    'Failures recorded without an exception class are "unspecified". One failure can count at several levels ' +
    'when it propagates up through composing primitives.',
  type: 'piechart',
  unit: 'short',
  decimals: 0,
  legend: { mode: 'table', placement: 'right' },
  size: { w: 12, h: 10 },
  targets: [prometheus.instant(errorsByErrorType, { legend: '{{error.type}}' })],
  options: { pieType: 'donut', displayLabels: ['percent'] },
};

const successColumns = {
  executions: 'Executions',
  successRatio: 'Success',
  p95Ms: 'P95',
  errors: 'Errors',
} as const satisfies Record<keyof typeof workflowSuccessTable, string>;
const columnKeys = Object.keys(successColumns) as (keyof typeof successColumns)[];
// The compiler gives targets refIds A, B, C... in order; Grafana names each table's value column `Value #<refId>`.
const valueColumn = (index: number) => `Value #${String.fromCharCode(65 + index)}`;
const byColumn = (key: keyof typeof successColumns, properties: { id: string; value: unknown }[]) => ({
  matcher: { id: 'byName', options: successColumns[key] },
  properties,
});

const successRatePanel: PanelDefinition = {
  title: 'Workflow success rates',
  description:
    `How reliable and how fast is each workflow? One row per workflow-level primitive (classes ${workflowClasses}) over ` +
    `the selected range: executions, share that succeeded (red below the ${percentText(sloTargets.availability)} ` +
    'availability target), 95th-percentile execution time and failed executions. Sort by clicking a column header.',
  type: 'table',
  unit: 'short',
  size: { w: 24, h: 10 },
  targets: columnKeys.map((key) => prometheus.table(workflowSuccessTable[key])),
  transformations: [
    { id: 'merge', options: {} },
    {
      id: 'filterFieldsByName',
      options: { include: { names: ['primitive', ...columnKeys.map((_, index) => valueColumn(index))] } },
    },
    {
      id: 'organize',
      options: {
        renameByName: Object.fromEntries([
          ['primitive', 'Workflow'],
          ...columnKeys.map((key, index) => [valueColumn(index), successColumns[key]]),
        ]),
        indexByName: Object.fromEntries(
          ['primitive', ...columnKeys.map((_, index) => valueColumn(index))].map((name, index) => [name, index]),
        ),
      },
    },
    { id: 'sortBy', options: { sort: [{ field: successColumns.successRatio, desc: false }] } },
  ],
  overrides: [
    byColumn('executions', [{ id: 'decimals', value: 0 }]),
    byColumn('errors', [{ id: 'decimals', value: 0 }]),
    byColumn('p95Ms', [{ id: 'unit', value: 'ms' }]),
    byColumn('successRatio', [
      { id: 'unit', value: 'percentunit' },
      { id: 'decimals', value: 2 },
      { id: 'custom.cellOptions', value: { type: 'color-text' } },
      {
        id: 'thresholds',
        value: {
          mode: 'absolute',
          steps: [
            { value: null, color: 'red' },
            { value: sloTargets.availability, color: 'green' },
          ],
        },
      },
    ]),
  ],
};

export const workflowsTab: TabDefinition = {
  title: 'Workflows',
  panels: [executionTimelinePanel, slowestWorkflowsPanel, errorTypesPanel, successRatePanel],
};
