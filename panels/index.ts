import type { DashboardDefinition } from '../src/builder/model.ts';
import { labelValues, matchesVariable, select } from '../src/builder/promql/index.ts';
import { ttaCatalog } from '../queries/catalog.ts';
import { variableNames } from '../queries/filters.ts';
import { overviewTab } from './overview.ts';
import { primitivesTab } from './primitives.ts';
import { resourcesTab } from './resources.ts';
import { traceServiceVariable, workflowsTab } from './workflows.ts';

const { executions } = ttaCatalog.metrics;

export const ttaDashboard: DashboardDefinition = {
  uid: 'tta-agent-observability',
  title: 'TTA.dev Agent Observability',
  description:
    'Health, workflows, primitives and resource use of TTA.dev agent workflows, from the metrics the TTA.dev SDK ' +
    'emits (meter tta.primitives) and the traces it sends to Jaeger.',
  tags: ['tta', 'agents', 'opentelemetry'],
  time: { from: 'now-1h', to: 'now' },
  refresh: '30s',
  variables: [
    { kind: 'datasource', name: variableNames.prometheus, label: 'Prometheus', pluginId: 'prometheus' },
    { kind: 'datasource', name: variableNames.jaeger, label: 'Jaeger', pluginId: 'jaeger' },
    {
      kind: 'query',
      name: variableNames.job,
      label: 'Job',
      datasource: variableNames.prometheus,
      query: labelValues(select(executions), 'job'),
      multi: true,
      includeAll: true,
      allValue: '.*',
    },
    {
      kind: 'query',
      name: variableNames.agentType,
      label: 'Agent type',
      datasource: variableNames.prometheus,
      query: labelValues(select(executions, { job: matchesVariable(variableNames.job) }), 'agent.type'),
      multi: true,
      includeAll: true,
      // `.*` also matches executions recorded without an agent type (agent.type is optional).
      allValue: '.*',
    },
    traceServiceVariable,
  ],
  datasources: { prometheus: variableNames.prometheus, jaeger: variableNames.jaeger },
  tabs: [overviewTab, workflowsTab, primitivesTab, resourcesTab],
};
