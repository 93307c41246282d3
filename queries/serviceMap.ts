import { aliasLabel, and, increase, labelJoin, select, sum } from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';

const { connections, executions } = ttaCatalog.metrics;

/** Node-graph nodes: one per primitive (`id`, `title`), valued by its executions over the time range. */
export const serviceMapNodes = sum(
  aliasLabel(aliasLabel(increase(select(executions)), 'id', 'primitive.name'), 'title', 'primitive.name'),
).by('id', 'title');

/** The primitives that are nodes, under the name an edge endpoint (`source` or `target`) gives them. */
const nodesAs = <E extends 'source' | 'target'>(endpoint: E) =>
  sum(aliasLabel(increase(select(executions)), endpoint, 'primitive.name')).by(endpoint);

/**
 * Node-graph edges: calls from one primitive to the next over the time range, with the field names the
 * node graph panel requires (`id`, `source`, `target`) made in PromQL, since Grafana renames only display names.
 * Connections carry no `agent.type`, so the dashboard's agent filter cannot reach them: an edge is kept only
 * when both of its ends are nodes under the same filters, or Grafana refuses the whole graph ("edges
 * reference missing nodes").
 */
export const serviceMapEdges = and(
  and(
    sum(
      labelJoin(
        aliasLabel(aliasLabel(increase(select(connections)), 'source', 'source.primitive'), 'target', 'target.primitive'),
        'id',
        '->',
        'source',
        'target',
      ),
    ).by('id', 'source', 'target'),
    nodesAs('source'),
  ).on('source'),
  nodesAs('target'),
).on('target');
