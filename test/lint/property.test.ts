import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DashboardReadError } from '../../src/dashboard/model.ts';
import { readDashboard } from '../../src/dashboard/read.ts';
import { lintDashboard } from '../../src/lint/run.ts';
import { ttaCatalog } from '../../queries/catalog.ts';
import { findProfile, profiles } from '../../src/naming/profiles.ts';
import { buildNamingContext } from '../../src/naming/series.ts';
import { compileLabelRegex } from '../../src/promql/regex.ts';

type Json = unknown;

const seedQueries = [
  'sum by (primitive_name) (rate(primitive_execution_count_total{execution_status="error"}[$__rate_interval]))',
  'histogram_quantile(0.95, sum by (le) (rate(primitive_execution_duration_milliseconds_bucket{job=~"$job"}[5m])))',
  'sum(rate(cache_hits_total[$__rate_interval])) / sum(rate(cache_total[$__rate_interval]))',
  'label_replace(up{instance=~"${instance:regex}"}, "host", "$1", "instance", "(.*):.*")',
  'agent_workflows_active offset $__interval',
  '{"primitive.execution.count_total", "primitive.name"="router"}',
  'sum without (instance) (increase(llm_tokens_total[$__range])) > bool 0',
  'topk(5, max_over_time(x[1h:5m] @ end())) or on(job) group_left vector(1)',
  '',
];

/** Realistic queries, random text, and realistic queries with random characters spliced in. */
const query: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...seedQueries),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .tuple(fc.constantFrom(...seedQueries), fc.nat(), fc.string({ unit: fc.constantFrom(...'()[]{}"\'`$,=~!:@\\ \n'), maxLength: 8 }))
    .map(([text, at, noise]) => text.slice(0, at % (text.length + 1)) + noise + text.slice(at % (text.length + 1))),
);

const datasource = fc.constantFrom<Json>(
  { type: 'prometheus', uid: '${datasource}' },
  { type: 'prometheus', uid: 'literal-uid' },
  { type: 'loki', uid: '$loki' },
  { type: 'datasource', uid: '-- Mixed --' },
  '$datasource',
  null,
  undefined,
);

const target = fc.record({ refId: fc.constantFrom('A', 'B', 'C'), expr: query, datasource, hide: fc.boolean(), legendFormat: fc.constantFrom('{{job}}', '', '__auto') }, { requiredKeys: ['refId', 'expr'] });

const panel = fc.record(
  {
    id: fc.integer({ min: 0, max: 5 }),
    type: fc.constantFrom('timeseries', 'stat', 'table', 'row', 'text', 'graph', 'heatmap', 'nodeGraph'),
    title: fc.string({ maxLength: 20 }),
    description: fc.string({ maxLength: 20 }),
    datasource,
    fieldConfig: fc.record({ defaults: fc.record({ unit: fc.constantFrom('s', 'ms', '', 'none') }, { requiredKeys: [] }), overrides: fc.constant([]) }),
    gridPos: fc.record({ x: fc.nat(23), y: fc.nat(40), w: fc.integer({ min: 1, max: 24 }), h: fc.integer({ min: 1, max: 12 }) }),
    targets: fc.array(target, { maxLength: 3 }),
  },
  { requiredKeys: ['type', 'targets'] },
);

const variable = fc.record({
  name: fc.constantFrom('datasource', 'job', 'instance', 'loki'),
  type: fc.constantFrom('datasource', 'query', 'custom', 'interval'),
  query: fc.oneof(fc.constantFrom('prometheus', 'loki', 'label_values(up, job)', 'query_result(sum by (job) (up{instance="$instance"}))'), query),
  datasource,
});

const classic = fc.record({
  uid: fc.oneof(fc.constantFrom('tta-overview', ''), fc.string({ maxLength: 50 })),
  title: fc.string({ maxLength: 20 }),
  schemaVersion: fc.constantFrom(16, 27, 39, 41),
  templating: fc.record({ list: fc.array(variable, { maxLength: 4 }) }),
  panels: fc.array(panel, { maxLength: 5 }),
  __inputs: fc.constantFrom<Json>(undefined, [{ name: 'DS_PROM', pluginId: 'prometheus' }]),
});

/** The same dashboard in each shape the reader accepts. */
function reshape(dashboard: Record<string, Json>, shape: number): Json {
  const panels = dashboard.panels as Record<string, Json>[];
  switch (shape % 4) {
    case 1:
      return { dashboard, meta: {} };
    case 2:
      return { ...dashboard, schemaVersion: 14, panels: undefined, rows: [{ title: 'Row', panels }] };
    case 3:
      return {
        apiVersion: 'dashboard.grafana.app/v2beta1',
        kind: 'Dashboard',
        metadata: { name: dashboard.uid },
        spec: {
          title: dashboard.title,
          elements: Object.fromEntries(
            panels.map((p, index) => [
              `panel-${index}`,
              {
                kind: 'Panel',
                spec: {
                  id: p.id,
                  title: p.title,
                  description: p.description,
                  vizConfig: { kind: 'VizConfig', group: p.type, spec: { fieldConfig: p.fieldConfig } },
                  data: {
                    kind: 'QueryGroup',
                    spec: {
                      queries: (p.targets as Record<string, Json>[]).map((t) => ({
                        kind: 'PanelQuery',
                        spec: { refId: t.refId, hidden: t.hide, query: { kind: 'DataQuery', group: 'prometheus', datasource: { name: 'ds' }, spec: { expr: t.expr } } },
                      })),
                    },
                  },
                },
              },
            ]),
          ),
          layout: { kind: 'GridLayout', spec: { items: panels.map((_, index) => ({ kind: 'GridLayoutItem', spec: { x: 0, y: index, width: 12, height: 8, element: { kind: 'ElementReference', name: `panel-${index}` } } })) } },
          variables: [],
        },
      };
    default:
      return dashboard;
  }
}

/** Values that break type assumptions: wrong types, nulls, huge strings, deep nesting, prototype-ish keys. */
const hostile: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, undefined, 0, -1, 1e308, NaN, true, '', [], {}, 'x'.repeat(100_000), '$'.repeat(5_000), { __proto__: null, toString: 1 }),
  fc.constantFrom<Json>('(('.repeat(2_000), '{'.repeat(3_000), 'sum(' .repeat(1_000) + 'x' + ')'.repeat(1_000)),
  fc.anything({ maxDepth: 3 }),
  query,
);

interface Mutation {
  readonly path: readonly number[];
  readonly value: Json;
  readonly remove: boolean;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), value: hostile, remove: fc.boolean() });

/** Walks down by child index (modulo the number of children) and replaces or deletes what it lands on. */
function mutate(document: Json, { path, value, remove }: Mutation): Json {
  const copy = structuredClone(document) as Json;
  let node = copy as Record<string, Json>;
  for (let depth = 0; depth < path.length; depth++) {
    if (typeof node !== 'object' || node === null) return copy;
    const keys = Object.keys(node);
    if (keys.length === 0) return copy;
    const key = keys[path[depth] % keys.length];
    if (depth === path.length - 1 || typeof node[key] !== 'object' || node[key] === null) {
      if (remove) delete node[key];
      else node[key] = value;
      return copy;
    }
    node = node[key] as Record<string, Json>;
  }
  return copy;
}

const naming = buildNamingContext(ttaCatalog, findProfile('otel-python')!, profiles);

describe('lint never throws on any dashboard', () => {
  it('reads and lints 10,000 random and mutated dashboards: only DashboardReadError may come out of the reader', () => {
    let linted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(classic, fc.nat(3), fc.array(mutation, { maxLength: 4 }), fc.boolean(), (dashboard, shape, mutations, withCatalog) => {
        const document = mutations.reduce<Json>((current, change) => mutate(current, change), reshape(dashboard as Record<string, Json>, shape));
        // Round-trip through JSON like a file would (drops undefined, turns NaN into null).
        const parsed = JSON.parse(JSON.stringify(document) ?? 'null') as Json;
        let info;
        try {
          info = readDashboard(parsed, 'random.json');
        } catch (error) {
          if (!(error instanceof DashboardReadError)) throw error;
          rejected++;
          return;
        }
        const findings = lintDashboard(info, withCatalog ? { naming } : {});
        expect(findings.filter((finding) => finding.rule === 'internal-error')).toEqual([]);
        linted++;
      }),
      { numRuns: 10_000, seed: 20261124 },
    );
    expect(linted).toBeGreaterThan(5_000);
    expect(rejected).toBeGreaterThan(0);
  }, 60_000);
});

/** Pieces of regexes, the catastrophic shapes of backtracking engines among them (`(a+)+$`, `(.?){60}x`). */
const regexAtom = fc.oneof(
  fc.constantFrom('a', 'x', 'Primitive', 'Retry', '.', '\\d', '\\w', '\\p{L}', '[A-Z]', '[^a]', '(?i)', '\\.', '$', '^', ''),
  fc.string({ unit: fc.constantFrom(...'ab.*+?()[]{}|\\^$,0123456789:'), maxLength: 6 }),
);
const regex: fc.Arbitrary<string> = fc.letrec<{ pattern: string }>((tie) => ({
  pattern: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    regexAtom,
    fc.tuple(tie('pattern'), tie('pattern')).map(([a, b]) => a + b),
    fc.tuple(tie('pattern'), tie('pattern')).map(([a, b]) => `${a}|${b}`),
    fc.tuple(tie('pattern'), fc.constantFrom('*', '+', '?', '{2}', '{1,60}', '{60}', '*?', '++', '{1000}{1000}')).map(([a, q]) => `(${a})${q}`),
  ),
})).pattern;

describe('label-matcher regexes', () => {
  it('a random regex in a matcher is judged by RE2 and every lint finishes within a fixed budget', () => {
    // A hang guard, not a speed target: JavaScript's backtracking took minutes on `(.?){60}x`; RE2 is linear.
    const budgetMs = 2_000;
    fc.assert(
      fc.property(regex, fc.constantFrom('primitive_type', 'primitive_name', 'execution_status', 'llm_token_type'), (pattern, label) => {
        const quoted = pattern.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
        const expr = `sum(rate(primitive_execution_count_total{${label}=~"${quoted}"}[5m]))`;
        const dashboard = readDashboard({ uid: 'r', title: 'R', panels: [{ id: 1, type: 'stat', title: 'P', targets: [{ refId: 'A', expr }] }] }, 'regex.json');
        const started = performance.now();
        const findings = lintDashboard(dashboard, { naming });
        expect(performance.now() - started).toBeLessThan(budgetMs);
        expect(findings.filter((finding) => finding.rule === 'internal-error')).toEqual([]);
        // `$a` reads as a Grafana variable, whose value is not known before Grafana substitutes it.
        if (pattern.includes('$')) return;
        const invalid = findings.some((finding) => finding.message.startsWith('invalid regular expression'));
        expect(invalid).toBe(!compileLabelRegex(pattern).ok);
      }),
      { numRuns: 500, seed: 20261128 },
    );
  }, 120_000);
});
