import { filterSet, matchesVariable } from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';

/** Dashboard variable names, shared by the variable definitions and the filters that use them. */
export const variableNames = {
  prometheus: 'prometheus',
  jaeger: 'jaeger',
  job: 'job',
  agentType: 'agent_type',
  service: 'service',
} as const;

/**
 * The dashboard's filters, written once: every panel query gets them on each selector whose metric
 * carries the label. `job` is a scrape label, so it filters everything; `agent.type` is only recorded on
 * executions, their durations and active workflows, so token and cache panels ignore the agent filter.
 */
export const dashboardFilters = filterSet(ttaCatalog, {
  job: matchesVariable(variableNames.job),
  'agent.type': matchesVariable(variableNames.agentType),
});
