import type { PanelDefinition } from '../src/builder/model.ts';
import { familyMembers, prometheusTargets } from '../src/builder/promql/index.ts';
import { ttaCatalog } from '../queries/catalog.ts';
import { dashboardFilters } from '../queries/filters.ts';
import type { PrimitiveFamily } from '../queries/latency.ts';

/** Prometheus targets for this dashboard: every query they wrap gets the dashboard filters (`job`, `agent.type`). */
export const prometheus = prometheusTargets(dashboardFilters);

/** The primitive classes of catalog families, for descriptions: "SequentialPrimitive, ParallelPrimitive, ...". */
export function primitiveClasses(...families: PrimitiveFamily[]): string {
  return familyMembers(ttaCatalog.metrics.executions, 'primitive.type', families).join(', ');
}

/**
 * A bar gauge of one bar per series, largest first: a bar gauge otherwise keeps the order Prometheus
 * returns, so the series become rows (`Metric`, `Value`) sorted by value.
 */
export const rankedBars: Pick<PanelDefinition, 'transformations' | 'options'> = {
  transformations: [
    { id: 'seriesToRows', options: {} },
    { id: 'sortBy', options: { sort: [{ field: 'Value', desc: true }] } },
  ],
  options: {
    orientation: 'horizontal',
    displayMode: 'gradient',
    reduceOptions: { values: true, calcs: [], fields: '/^Value$/' },
  },
};
