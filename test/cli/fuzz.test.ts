/**
 * Fuzz of deeply nested and huge dashboards through lint, diff and preview: whatever the input, each command ends
 * with exit code 0, 1 or 2 and never prints a stack trace. Many cases run in-process (fast), then all of them once
 * more through the real bin as folders.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import project from '../../dashboards.config.ts';
import { runCapturing } from './capture.ts';
import { buildOnce, runBin, stackTrace } from './run-bin.ts';

const work = mkdtempSync(join(tmpdir(), 'fuzz-'));
beforeAll(buildOnce, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Where a nested value goes in a dashboard; `@` marks the place in the JSON text. */
const places = {
  panelOption: (inner: string) => `{"uid":"f","title":"F","panels":[{"id":1,"type":"stat","title":"P","options":{"x":${inner}},"targets":[{"refId":"A","expr":"up"}]}]}`,
  targetField: (inner: string) => `{"uid":"f","title":"F","panels":[{"id":1,"type":"stat","title":"P","targets":[{"refId":"A","expr":"up","extra":${inner}}]}]}`,
  variable: (inner: string) => `{"uid":"f","title":"F","panels":[],"templating":{"list":[{"name":"v","type":"custom","query":"a","options":${inner}}]}}`,
  setting: (inner: string) => `{"uid":"f","title":"F","panels":[],"links":${inner}}`,
  v2Tabs: (inner: string) => inner,
} as const;

type Place = keyof typeof places;

function nestedArrays(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

function nestedObjects(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function nestedTabs(depth: number): string {
  const grid = '{"kind":"GridLayout","spec":{"items":[{"kind":"GridLayoutItem","spec":{"x":0,"y":0,"width":24,"height":8,"element":{"kind":"ElementReference","name":"p"}}}]}}';
  const open = '{"kind":"TabsLayout","spec":{"tabs":[{"kind":"TabsLayoutTab","spec":{"title":"T","layout":';
  const element = '{"kind":"Panel","spec":{"id":1,"title":"P","vizConfig":{"kind":"VizConfig","group":"stat","spec":{}},"data":{"kind":"QueryGroup","spec":{"queries":[]}}}}';
  return `{"apiVersion":"dashboard.grafana.app/v2beta1","kind":"Dashboard","metadata":{"name":"d"},"spec":{"title":"D","elements":{"p":${element}},"layout":${open.repeat(depth)}${grid}${'}}]}}'.repeat(depth)}}}`;
}

/** A dashboard that is huge rather than deep: long titles and queries, many panels, variables or tabs. */
function huge(kind: 'title' | 'query' | 'panels' | 'variables', size: number): string {
  switch (kind) {
    case 'title':
      return JSON.stringify({ uid: 'h', title: 'T'.repeat(size), panels: [{ id: 1, type: 'stat', title: '\u001b'.repeat(size), targets: [] }] });
    case 'query':
      return JSON.stringify({ uid: 'h', title: 'H', panels: [{ id: 1, type: 'stat', title: 'P', targets: [{ refId: 'A', expr: `sum(${'('.repeat(size)}up${')'.repeat(size)})` }] }] });
    case 'panels':
      return JSON.stringify({ uid: 'h', title: 'H', panels: Array.from({ length: size }, (_, index) => ({ id: index % 7, type: 'stat', title: index % 3 === 0 ? '' : `P${index % 11}`, targets: [{ refId: 'A', expr: 'up' }] })) });
    case 'variables':
      return JSON.stringify({ uid: 'h', title: 'H', panels: [], templating: { list: Array.from({ length: size }, (_, index) => ({ name: `v${index % 13}`, type: 'query', query: 'label_values(up, job)' })) } });
  }
}

const deep = fc.record({
  place: fc.constantFrom<Place>(...(Object.keys(places) as Place[])),
  depth: fc.constantFrom(1, 50, 199, 200, 201, 1_000, 10_000, 100_000),
  objects: fc.boolean(),
});
const large = fc.record({ kind: fc.constantFrom<'title' | 'query' | 'panels' | 'variables'>('title', 'query', 'panels', 'variables'), size: fc.constantFrom(10, 5_000, 50_000, 1_000_000) });
const input = fc.oneof(
  deep.map(({ place, depth, objects }) => (place === 'v2Tabs' ? nestedTabs(Math.min(depth, 20_000)) : places[place](objects ? nestedObjects(depth) : nestedArrays(depth)))),
  large.map(({ kind, size }) => huge(kind, kind === 'panels' || kind === 'variables' ? Math.min(size, 20_000) : size)),
);

function expectClean(result: { code: number | null; stdout: string; stderr: string }, what: string): void {
  expect([0, 1, 2], what).toContain(result.code);
  expect(result.stdout + result.stderr, what).not.toMatch(stackTrace);
}

describe('fuzz: deeply nested and huge dashboards', () => {
  const samples = fc.sample(input, { numRuns: 25, seed: 20261128 });
  const other = places.panelOption('1');

  it('lint, diff and preview end with 0, 1 or 2 and no stack trace on each (in-process)', async () => {
    writeFileSync(join(work, 'other.json'), other);
    for (const [index, text] of samples.entries()) {
      const file = `case-${index}.json`;
      writeFileSync(join(work, file), text);
      for (const args of [['lint', file], ['diff', 'other.json', file], ['diff', file, file], ['preview', file, '--out', 'pictures']]) {
        let result;
        try {
          result = await runCapturing(project, args, work);
        } catch (error) {
          throw new Error(`${args.join(' ')} (${text.length} characters) threw: ${error instanceof Error ? error.stack : String(error)}`);
        }
        expectClean(result, `${args.join(' ')}: ${text.slice(0, 80)}`);
      }
    }
  }, 300_000);

  it('the same inputs as folders through the real bin', async () => {
    const before = join(work, 'bin/before');
    const after = join(work, 'bin/after');
    mkdirSync(before, { recursive: true });
    mkdirSync(after, { recursive: true });
    samples.forEach((text, index) => {
      writeFileSync(join(before, `case-${index}.json`), other);
      writeFileSync(join(after, `case-${index}.json`), text);
    });
    for (const args of [['lint', after], ['diff', before, after], ['preview', after, '--out', join(work, 'bin/pictures')]]) {
      const result = await runBin(args, { cwd: work, timeoutMs: 120_000 });
      expect(result.timedOut, args[0]).toBe(false);
      expectClean(result, args[0]);
    }
  }, 400_000);
});
