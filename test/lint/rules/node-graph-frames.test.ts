import { describe, expect, it } from 'vitest';
import { nodeGraphFrames } from '../../../src/lint/rules/node-graph-frames.ts';
import { checkExample, lintPanels } from './display-lint.ts';

const nodes = 'sum by (id) (label_replace(increase(primitive_execution_count_total[$__range]), "id", "$1", "primitive_name", "(.*)"))';
const edges = 'sum by (id, source, target) (label_join(label_replace(label_replace(increase(primitive_connection_count_total[$__range]), "source", "$1", "source_primitive", "(.*)"), "target", "$1", "target_primitive", "(.*)"), "id", "->", "source", "target"))';
const table = (expr: string) => ({ expr, format: 'table', instant: true });

describe('node-graph-frames', () => {
  it('documents a true example', () => checkExample(nodeGraphFrames));

  it('reports time series queries, and tables that lack the node or edge fields', () => {
    const findings = lintPanels(nodeGraphFrames, [
      { type: 'nodeGraph', targets: [{ expr: 'sum by (source_primitive, target_primitive) (rate(primitive_connection_count_total[5m]))' }] },
      { type: 'nodeGraph', targets: [table(nodes), table('sum by (source_primitive, target_primitive) (increase(primitive_connection_count_total[$__range]))')] },
    ]);
    expect(findings.map((finding) => [finding.panelId, finding.message])).toEqual([
      [1, 'the query gives time series (format "time_series"); a node graph reads tables of nodes and edges, not series'],
      [2, 'no query gives an edges table with the fields `id`, `source` and `target`'],
    ]);
  });

  it('accepts node and edge tables, and labels it cannot know', () => {
    expect(
      lintPanels(nodeGraphFrames, [
        { type: 'nodeGraph', targets: [table(nodes), table(edges)] },
        { type: 'nodeGraph', targets: [table('some_nodes'), table('some_edges')] },
      ]),
    ).toEqual([]);
  });
});
