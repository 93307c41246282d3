import { badFrom, goodFrom } from '../src/builder/thresholds.ts';
import type { PanelDefinition, TabDefinition } from '../src/builder/model.ts';
import {
  activeWorkflowsByAgentType,
  availability,
  errorRatio,
  executionsPerSecondByStatus,
  healthScore,
  latencySloCompliance,
} from '../queries/executions.ts';
import { serviceMapEdges, serviceMapNodes } from '../queries/serviceMap.ts';
import { percentText, sloRecorded, sloTargets, ttaSlos } from '../queries/slo.ts';
import { clampMin, div, type Expr, max, min, or, select } from '../src/builder/promql/index.ts';
import { burnAlertPolicies } from '../src/rules/model.ts';
import { budgetOf } from '../src/rules/recordings.ts';
import { prometheus } from './common.ts';

const slo = {
  availability: percentText(sloTargets.availability),
  latency: `${percentText(sloTargets.latency)} of executions under ${sloTargets.latencyThresholdMs} ms`,
};

const healthScorePanel: PanelDefinition = {
  title: 'Health score',
  description:
    `Are the primitives meeting their SLOs over the selected time range? 100 % means both are met: availability ` +
    `(target ${slo.availability}) and latency (target ${slo.latency}). Each SLI is divided by its target, capped ` +
    `at 100 %, and the two are averaged, so a shortfall on either lowers the score. Green from 95 %, yellow from 90 %, ` +
    'red below. Computed from the executions counter and the duration histogram (the SDK does not emit slo.compliance).',
  type: 'gauge',
  unit: 'percentunit',
  decimals: 1,
  min: 0,
  max: 1,
  thresholds: goodFrom(0.95, { warnFrom: 0.9 }),
  size: { w: 8, h: 8 },
  targets: [prometheus.instant(healthScore)],
};

const availabilityPanel: PanelDefinition = {
  title: 'Availability',
  description:
    `What share of executions succeeded over the selected time range? Red below the availability SLO target ` +
    `(${slo.availability}), green at or above it. A range without failures reads 100 %; without executions, no data.`,
  type: 'stat',
  unit: 'percentunit',
  decimals: 2,
  thresholds: goodFrom(sloTargets.availability),
  size: { w: 8, h: 8 },
  targets: [prometheus.instant(availability)],
};

const latencyCompliancePanel: PanelDefinition = {
  title: `Executions under ${sloTargets.latencyThresholdMs} ms`,
  description:
    `What share of executions finished within ${sloTargets.latencyThresholdMs} ms over the selected time range? ` +
    `Read from the duration histogram's ${sloTargets.latencyThresholdMs} ms bucket. The latency SLO target is ` +
    `${slo.latency}: red below it, green at or above it.`,
  type: 'stat',
  unit: 'percentunit',
  decimals: 2,
  thresholds: goodFrom(sloTargets.latency),
  size: { w: 8, h: 8 },
  targets: [prometheus.instant(latencySloCompliance)],
};

const sloDefinitions = ttaSlos(sloTargets).slos;
/** One `slo`-labelled series set per SLO, joined with `or` (their `slo` labels differ, so none hides another). */
const perSlo = (recorded: (slo: (typeof sloDefinitions)[number]) => Expr) =>
  sloDefinitions.map(recorded).reduce((all, next) => or(all, next));
const burnWindow = burnAlertPolicies[0].windows[0];
const needsRules = `Reads the SLO recording rules (generated/rules/tta-slo.rules.yaml); without them loaded into Prometheus it shows no data.`;

const errorBudgetPanel: PanelDefinition = {
  title: 'Error budget left',
  description:
    `How much of each SLO's error budget over the last ${sloTargets.window} is left? 100 % is untouched; 0 % is spent ` +
    `or overspent, and the SLO is missed. Green from 25 % left, yellow from 5 %, red below. Availability target ` +
    `${slo.availability}, latency target ${slo.latency}. ` +
    `The worst of the selected jobs is shown. ${needsRules}`,
  type: 'stat',
  unit: 'percentunit',
  decimals: 1,
  thresholds: goodFrom(0.25, { warnFrom: 0.05 }),
  size: { w: 8, h: 6 },
  targets: [
    // The recording goes below 0 once the budget is overspent (the alerts say by how much); the stat stops at 0.
    prometheus.instant(clampMin(min(perSlo((definition) => select(sloRecorded.budgetRemaining[definition.id]))).by('slo'), 0), {
      legend: '{{slo}}',
    }),
  ],
};

const burnRatePanel: PanelDefinition = {
  title: 'SLO burn rate',
  description:
    `How fast is each SLO spending its error budget? The error ratio over the last ${burnWindow.long} divided by the ` +
    `budget (1 - target): 1 spends exactly the ${sloTargets.window} budget over ${sloTargets.window}; yellow from 1, red ` +
    `from ${burnWindow.factor}, where the page alert fires (with the ${burnWindow.short} ratio above it too). The ` +
    `worst of the selected jobs is shown. ${needsRules}`,
  type: 'timeseries',
  unit: 'suffix:x',
  min: 0,
  thresholds: {
    mode: 'absolute',
    style: 'line',
    steps: [
      { value: null, color: 'green' },
      { value: 1, color: 'yellow' },
      { value: burnWindow.factor, color: 'red' },
    ],
  },
  legend: { mode: 'list', placement: 'bottom' },
  size: { w: 16, h: 6 },
  targets: [
    prometheus.timeSeries(
      max(
        perSlo((definition) => div(select(sloRecorded.errorRatio[definition.id][burnWindow.long]), budgetOf(definition))),
      ).by('slo'),
      { legend: '{{slo}}' },
    ),
  ],
};

const serviceMapPanel: PanelDefinition = {
  title: 'Service map',
  description:
    'How do the primitives call each other? Each node is a primitive, its number the executions over the selected ' +
    'time range; each arrow is a composition edge (primitive.connection.count), its number the calls made along it. ' +
    'Thick clusters show where the workflows spend their calls. Node and edge figures are plain counts. With an ' +
    'agent type selected, the map shows that agent type\'s primitives and the calls between them.',
  type: 'nodeGraph',
  size: { w: 24, h: 12 },
  targets: [prometheus.table(serviceMapNodes), prometheus.table(serviceMapEdges)],
  // The node graph reads fields named mainstat; the Prometheus value column is renamed through a calculation.
  // timeSeries: false keeps the nodes and edges frames apart: by default the calculation first joins all
  // frames on their time field, and the node graph would get one merged frame, read as edges only.
  transformations: [
    {
      id: 'calculateField',
      options: { mode: 'reduceRow', reduce: { reducer: 'sum' }, alias: 'mainstat', replaceFields: false, timeSeries: false },
    },
  ],
  options: { nodes: { mainStatUnit: 'short' }, edges: { mainStatUnit: 'short' } },
};

const throughputPanel: PanelDefinition = {
  title: 'Throughput',
  description:
    'How many primitive executions per second succeed and fail? Stacked: the top of the stack is the total rate, ' +
    'the red band the failing part.',
  type: 'timeseries',
  unit: 'ops',
  min: 0,
  legend: { mode: 'list', placement: 'bottom' },
  size: { w: 8, h: 8 },
  targets: [prometheus.timeSeries(executionsPerSecondByStatus, { legend: '{{execution.status}}' })],
  custom: { stacking: { mode: 'normal', group: 'A' }, fillOpacity: 20 },
  overrides: [
    {
      matcher: { id: 'byName', options: 'success' },
      properties: [{ id: 'color', value: { mode: 'fixed', fixedColor: 'green' } }],
    },
    {
      matcher: { id: 'byName', options: 'error' },
      properties: [{ id: 'color', value: { mode: 'fixed', fixedColor: 'red' } }],
    },
  ],
};

const errorRatePanel: PanelDefinition = {
  title: 'Error rate',
  description:
    'Which share of executions fails, over time? The red line marks 5 %: above it, look at the Workflows tab for the ' +
    'failing workflows and error types. 0 while executions run without failures; a gap when nothing runs.',
  type: 'timeseries',
  unit: 'percentunit',
  min: 0,
  thresholds: badFrom(0.05, { style: 'line' }),
  legend: { mode: 'list', placement: 'bottom' },
  size: { w: 8, h: 8 },
  targets: [prometheus.timeSeries(errorRatio(), { legend: 'error rate' })],
};

const activeWorkflowsPanel: PanelDefinition = {
  title: 'Active workflows by agent type',
  description:
    'How many workflows are running right now, per agent type? Workflows started without an agent type are shown ' +
    'as "unspecified". A line that only climbs suggests workflows that never finish.',
  type: 'timeseries',
  unit: 'short',
  decimals: 0,
  min: 0,
  legend: { mode: 'list', placement: 'bottom' },
  size: { w: 8, h: 8 },
  targets: [prometheus.timeSeries(activeWorkflowsByAgentType, { legend: '{{agent.type}}' })],
};

export const overviewTab: TabDefinition = {
  title: 'Overview',
  panels: [
    healthScorePanel,
    availabilityPanel,
    latencyCompliancePanel,
    errorBudgetPanel,
    burnRatePanel,
    serviceMapPanel,
    throughputPanel,
    errorRatePanel,
    activeWorkflowsPanel,
  ],
};
