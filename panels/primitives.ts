import { badFrom } from '../src/builder/thresholds.ts';
import type { PanelDefinition, TabDefinition } from '../src/builder/model.ts';
import { cacheHitRatioByPrimitive, cacheHitsPerSecond, cacheLookupsPerSecond } from '../queries/cache.ts';
import { bottleneckPrimitivesByP95, executionDurationHeatmap, wrappingFamilies } from '../queries/latency.ts';
import { executionsByPrimitiveType, recoveryExecutionsPerSecond } from '../queries/primitives.ts';
import { sloTargets } from '../queries/slo.ts';
import { primitiveClasses, prometheus, rankedBars } from './common.ts';

const latencyHeatmapPanel: PanelDefinition = {
  title: 'Execution time distribution',
  description:
    'How long do executions take, and is that changing? Each column is a time interval, each row a duration bucket ' +
    '(upper bound in ms, from the SDK histogram); the colour is the number of executions in it. A band moving up ' +
    'means executions got slower; a second band means two populations (for example cache hits and misses).',
  type: 'heatmap',
  unit: 'short',
  size: { w: 16, h: 10 },
  targets: [prometheus.heatmap(executionDurationHeatmap)],
  options: {
    calculate: false,
    yAxis: { unit: 'ms' },
    rowsFrame: { layout: 'le' },
    cellValues: { unit: 'short' },
    color: { mode: 'scheme', scheme: 'Oranges', steps: 64 },
    tooltip: { mode: 'single', yHistogram: true },
  },
};

const usagePanel: PanelDefinition = {
  title: 'Executions by primitive type',
  description:
    'Which kinds of primitive do the workflows use most? Executions over the selected range per primitive class ' +
    `(primitive.type). Composing primitives (${primitiveClasses('composition')}) count once per run, plus each ` +
    'child they call.',
  type: 'piechart',
  unit: 'short',
  decimals: 0,
  legend: { mode: 'table', placement: 'right' },
  size: { w: 8, h: 10 },
  targets: [prometheus.instant(executionsByPrimitiveType, { legend: '{{primitive.type}}' })],
  options: { pieType: 'donut', displayLabels: ['percent'] },
};

const cacheHitRatioPanel: PanelDefinition = {
  title: 'Cache hit ratio by cache',
  description:
    'How often does each cache primitive answer from its cache? Hits / lookups per cache primitive. 0 % means ' +
    'lookups without hits (for example a cold cache or keys that never repeat); no line means no lookups.',
  type: 'timeseries',
  unit: 'percentunit',
  min: 0,
  max: 1,
  legend: { mode: 'table', placement: 'right', calcs: ['mean', 'lastNotNull'] },
  size: { w: 12, h: 8 },
  targets: [prometheus.timeSeries(cacheHitRatioByPrimitive, { legend: '{{primitive.name}}' })],
};

const cacheTrafficPanel: PanelDefinition = {
  title: 'Cache hits vs lookups',
  description:
    'How much cache traffic is there, and how much of it hits? Lookups and hits per second over all cache ' +
    'primitives; the gap between the lines is the miss rate.',
  type: 'timeseries',
  unit: 'ops',
  min: 0,
  legend: { mode: 'list', placement: 'bottom' },
  size: { w: 12, h: 8 },
  targets: [
    prometheus.timeSeries(cacheLookupsPerSecond, { legend: 'lookups' }),
    prometheus.timeSeries(cacheHitsPerSecond, { legend: 'hits' }),
  ],
};

const retryFallbackPanel: PanelDefinition = {
  title: 'Retry and fallback activity',
  description:
    'How often do workflows retry or fall back, and does it help? Executions per second of the recovery primitives ' +
    `(${primitiveClasses('recovery')}) by class and outcome. The SDK records no retry attempt or fallback flag; ` +
    'these executions are the signal. A rising error line means retries and fallbacks are exhausted.',
  type: 'timeseries',
  unit: 'ops',
  min: 0,
  legend: { mode: 'list', placement: 'bottom' },
  size: { w: 12, h: 8 },
  targets: [
    prometheus.timeSeries(recoveryExecutionsPerSecond, { legend: '{{primitive.type}} {{execution.status}}' }),
  ],
};

const bottlenecksPanel: PanelDefinition = {
  title: 'Bottlenecks: slowest primitives (P95)',
  description:
    'Which primitives hold the workflows up? The 5 primitives with the highest 95th-percentile execution time ' +
    `over the selected range, leaving out the primitives that wrap others (${primitiveClasses(...wrappingFamilies)}), ` +
    `whose time includes their children's. Red bars exceed the latency SLO threshold of ${sloTargets.latencyThresholdMs} ms.`,
  type: 'bargauge',
  unit: 'ms',
  thresholds: badFrom(sloTargets.latencyThresholdMs),
  size: { w: 12, h: 8 },
  targets: [prometheus.instant(bottleneckPrimitivesByP95, { legend: '{{primitive.name}}' })],
  ...rankedBars,
};

export const primitivesTab: TabDefinition = {
  title: 'Primitives',
  panels: [
    latencyHeatmapPanel,
    usagePanel,
    cacheHitRatioPanel,
    cacheTrafficPanel,
    retryFallbackPanel,
    bottlenecksPanel,
  ],
};
