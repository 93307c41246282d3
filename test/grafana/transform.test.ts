/** A panel's transformations run through @grafana/data's own transformers, in order. */
import { describe, expect, test } from 'vitest';
import { prometheusFrames, type PrometheusTarget } from '../../src/grafana/frames.ts';
import { applyTransformations, knownTransformationIds, TransformationError } from '../../src/grafana/transform.ts';

const table = (refId: string): PrometheusTarget => ({ refId, expr: refId, format: 'table' });

/** A node graph's two table queries, as the datasource hands them over: nodes a, b, c and edges a->b, b->c. */
function nodeGraphFrames() {
  const nodes = table('A');
  const edges = table('B');
  return prometheusFrames(
    [
      { target: nodes, stepMs: 1000, data: { resultType: 'vector', result: ['a', 'b', 'c'].map((id, index) => ({ metric: { id, title: id }, value: [10, String(index + 1)] as const })) } },
      {
        target: edges,
        stepMs: 1000,
        data: { resultType: 'vector', result: [['a', 'b'], ['b', 'c']].map(([source, target]) => ({ metric: { id: `${source}->${target}`, source, target }, value: [10, '5'] as const })) },
      },
    ],
    [nodes, edges],
  );
}

const mainstat = (timeSeries?: boolean) => ({
  id: 'calculateField',
  options: { mode: 'reduceRow', reduce: { reducer: 'sum' }, alias: 'mainstat', replaceFields: false, ...(timeSeries === undefined ? {} : { timeSeries }) },
});

const names = (frames: Awaited<ReturnType<typeof applyTransformations>>) => frames.map((frame) => frame.fields.map((field) => field.name));

describe('applyTransformations', () => {
  test('calculateField joins every frame on time unless told timeSeries: false (the service map fault of issue 9)', async () => {
    const joined = await applyTransformations(nodeGraphFrames(), [mainstat()]);
    expect(joined).toHaveLength(1);
    expect(names(joined)[0]).toContain('source');
    const apart = await applyTransformations(nodeGraphFrames(), [mainstat(false)]);
    expect(names(apart)).toEqual([
      ['Time', 'id', 'title', 'Value #A', 'mainstat'],
      ['Time', 'id', 'source', 'target', 'Value #B', 'mainstat'],
    ]);
    expect([...apart[0].fields[4].values]).toEqual([1, 2, 3]);
  });

  test('in order, skipping disabled ones; none at all leaves the frames as they are', async () => {
    const frames = nodeGraphFrames();
    expect(await applyTransformations(frames, undefined)).toEqual(frames);
    const organized = await applyTransformations(nodeGraphFrames(), [
      { id: 'merge', options: {}, disabled: true },
      { id: 'organize', options: { excludeByName: { Time: true } } },
      { id: 'organize', options: { renameByName: { id: 'Node' } } },
    ]);
    // organize renames only the display name: the field stays `id`, which is why node graphs rename in PromQL.
    expect(names(organized)).toEqual([
      ['id', 'title', 'Value #A'],
      ['id', 'source', 'target', 'Value #B'],
    ]);
    expect(organized.map((frame) => frame.fields[0].config.displayName)).toEqual(['Node', 'Node']);
  });

  test('an id @grafana/data does not have is an error naming it, with the nearest id', async () => {
    await expect(applyTransformations([], [{ id: 'calculateFeild', options: {} }])).rejects.toThrow(
      new TransformationError('transformation 1: "calculateFeild" is not a transformation of @grafana/data (did you mean "calculateField"?)'),
    );
    await expect(applyTransformations([], [{ id: 'merge' }, { id: 'extractFields', options: {} }])).rejects.toThrow('transformation 2: "extractFields" is not a transformation');
    await expect(applyTransformations([], { id: 'merge' })).rejects.toThrow('transformations is not an array');
    await expect(applyTransformations([], [{ id: 'merge', options: [] }])).rejects.toThrow('transformation 1 (merge): options must be an object');
    await expect(applyTransformations([], [{ id: 'merge', filter: { id: 'byRefId', options: 'A' } }])).rejects.toThrow('frame filters are not reproduced');
  });

  test('knows the transformations @grafana/data ships, once each', () => {
    const ids = knownTransformationIds();
    expect(ids).toEqual(expect.arrayContaining(['calculateField', 'merge', 'organize', 'seriesToRows', 'sortBy', 'joinByField', 'reduce']));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
