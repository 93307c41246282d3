import { aliasLabel, increase, labelJoin, select, sum } from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';

const { connections, executions } = ttaCatalog.metrics;

/**
 * Node-graph edges: calls from one primitive to the next over the time range, with the field names the
 * node graph panel requires (`id`, `source`, `target`) made in PromQL, since Grafana renames only display names.
 */
export const serviceMapEdges = sum(
  labelJoin(
    aliasLabel(aliasLabel(increase(select(connections)), 'source', 'source.primitive'), 'target', 'target.primitive'),
    'id',
    '->',
    'source',
    'target',
  ),
).by('id', 'source', 'target');

/** Node-graph nodes: one per primitive (`id`, `title`), valued by its executions over the time range. */
export const serviceMapNodes = sum(
  aliasLabel(aliasLabel(increase(select(executions)), 'id', 'primitive.name'), 'title', 'primitive.name'),
).by('id', 'title');
