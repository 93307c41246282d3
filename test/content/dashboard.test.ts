import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import project from '../../dashboards.config.ts';
import { ttaDashboard } from '../../panels/index.ts';
import { pricedModels } from '../../queries/prices.ts';
import { profiles } from '../../src/naming/profiles.ts';
import { buildSeriesIndex } from '../../src/naming/series.ts';
import {
  descendants,
  exprOf,
  legendOf,
  matchersOf,
  metricNameOf,
  panels,
  parsePromQL,
  prometheusTargets,
  withMacrosReplaced,
} from './helpers.ts';

const python = profiles.find((profile) => profile.id === 'otel-python')!;
// The SDK's metrics and the series recording rules derive from them: panels may query both.
const catalog = project.catalog;

// Panels whose unit would mean nothing at panel level, and why.
const unitless: Readonly<Record<string, string>> = {
  'Service map': 'node graph: node and edge stat units are set in its options',
  'Recent workflow executions': 'Jaeger trace list: the datasource sets each column, duration in µs',
};

describe('every panel says what it answers', () => {
  for (const { tab, panel } of panels) {
    it(`${tab} / ${panel.title}`, () => {
      expect(panel.title.trim()).not.toBe('');
      expect(panel.description.length).toBeGreaterThan(60);
      expect(panel.description).toMatch(/\?/);
      if (unitless[panel.title] === undefined) expect(panel.unit, 'unit').toBeTruthy();
      else expect(panel.unit).toBeUndefined();
      expect(panel.size.w).toBeGreaterThan(0);
      expect(panel.size.w).toBeLessThanOrEqual(24);
      expect(panel.size.h).toBeGreaterThan(0);
      expect(panel.targets.length).toBeGreaterThan(0);
    });
  }

  it('has unique panel titles and the four tabs of the issue', () => {
    const titles = panels.map(({ panel }) => panel.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(ttaDashboard.tabs.map((tab) => tab.title)).toEqual(['Overview', 'Workflows', 'Primitives', 'Resources']);
  });

  it('declares the variables the queries use', () => {
    const names = ttaDashboard.variables.map((variable) => variable.name);
    expect(names).toEqual(expect.arrayContaining(['prometheus', 'jaeger', 'job', 'agent_type', 'service']));
    expect(names).toContain(ttaDashboard.datasources.prometheus);
    expect(names).toContain(ttaDashboard.datasources.jaeger);
  });
});

describe('every query renders under every profile', () => {
  for (const profile of profiles) {
    it(profile.id, () => {
      const index = buildSeriesIndex(catalog, profile);
      for (const { target, where } of prometheusTargets) {
        const query = target.expr.render(profile);
        const { root, errors } = parsePromQL(withMacrosReplaced(query));
        expect(errors, `${where}: ${query}`).toEqual([]);
        for (const selector of descendants(root, 'VectorSelector')) {
          const name = metricNameOf(selector)!;
          expect(index.series.has(name), `${where}: ${name} is not a ${profile.id} series`).toBe(true);
          const labels = index.series.get(name)!.labels;
          for (const [label] of matchersOf(selector))
            expect(labels.has(label), `${where}: ${name} has no ${label}`).toBe(true);
        }
      }
      for (const variable of ttaDashboard.variables) {
        if (variable.kind === 'query') expect(variable.query.render(profile)).toMatch(/^label_values\(/);
      }
    });
  }

  it('parses every otel-python query with lezer-promql without error nodes', () => {
    for (const { target, where } of prometheusTargets) {
      const query = withMacrosReplaced(target.expr.render(python));
      expect(parsePromQL(query).errors, `${where}: ${query}`).toEqual([]);
    }
  });
});

describe('dashboard filters', () => {
  it('filter every selector by job, and by agent type where the metric records it', () => {
    for (const { target, where } of prometheusTargets) {
      const { root } = parsePromQL(withMacrosReplaced(target.expr.render(python)));
      for (const selector of descendants(root, 'VectorSelector')) {
        const matchers = matchersOf(selector);
        expect(matchers, where).toContainEqual(['job', '=~', '$job']);
        const series = buildSeriesIndex(catalog, python).series.get(metricNameOf(selector)!)!;
        const agentMatcher = matchers.find(([label]) => label === 'agent_type');
        expect(agentMatcher !== undefined, `${where}: agent_type matcher on ${series.name}`).toBe(
          series.labels.has('agent_type'),
        );
      }
    }
  });
});

describe('legends name labels the result carries', () => {
  for (const profile of profiles) {
    it(profile.id, () => {
      for (const { target, where } of prometheusTargets) {
        const legend = legendOf(target, profile) ?? '';
        const carried = new Set([...exprOf(target).labels].map((label) => profile.labelName(label)));
        for (const [, name] of legend.matchAll(/\{\{\s*(.+?)\s*\}\}/g)) {
          expect(carried.has(name), `${where}: legend {{${name}}}`).toBe(true);
        }
      }
    });
  }
});

describe('panel recipes', () => {
  const panel = (title: string) => panels.find((entry) => entry.panel.title === title)!.panel;

  it('service map: edges carry id/source/target, nodes id and title, and mainstat is calculated', () => {
    const map = panel('Service map');
    expect(map.type).toBe('nodeGraph');
    const shapes = map.targets.map((target) => {
      if (target.kind !== 'prometheus') throw new Error('node graph targets are Prometheus tables');
      expect(target.format).toBe('table');
      expect(target.instant).toBe(true);
      return [...exprOf(target).labels].sort();
    });
    expect(shapes).toContainEqual(['id', 'source', 'target']);
    expect(shapes).toContainEqual(['id', 'title']);
    const edges = map.targets.find((target) => target.kind === 'prometheus' && exprOf(target).labels.has('source'))!;
    expect(edges.kind === 'prometheus' && edges.expr.render(profiles[5])).toContain('"source.primitive"');
    expect(map.transformations).toContainEqual(
      expect.objectContaining({ id: 'calculateField', options: expect.objectContaining({ alias: 'mainstat' }) }),
    );
  });

  it('heatmap: buckets summed by le, heatmap format, {{le}} legend, no recalculation', () => {
    const heatmap = panel('Execution time distribution');
    const [target] = heatmap.targets;
    if (target.kind !== 'prometheus') throw new Error('heatmap target is Prometheus');
    expect([...exprOf(target).labels]).toEqual(['le']);
    expect(target.format).toBe('heatmap');
    expect(legendOf(target, python)).toBe('{{le}}');
    expect(target.expr.render(python)).toMatch(
      /^sum by \(le\) \(increase\(primitive_execution_duration_milliseconds_bucket\{.*\}\[\$__rate_interval\]\)\)$/,
    );
    expect(heatmap.options).toMatchObject({ calculate: false });
  });

  it('cost panels reference only models of the price table, with their provider', () => {
    const priced = new Set(pricedModels().map(({ provider, model }) => `${provider}/${model}`));
    const costTargets = prometheusTargets.filter(({ panel }) => panel.unit === 'currencyUSD');
    expect(costTargets.length).toBeGreaterThanOrEqual(2);
    for (const { target, where } of costTargets) {
      const { root } = parsePromQL(withMacrosReplaced(target.expr.render(python)));
      const tokenSelectors = descendants(root, 'VectorSelector').filter(
        (selector) => metricNameOf(selector) === 'llm_tokens_total',
      );
      expect(tokenSelectors.length, where).toBeGreaterThan(0);
      for (const selector of tokenSelectors) {
        const matchers = new Map(matchersOf(selector).map(([label, op, value]) => [label, `${op}${value}`]));
        const provider = matchers.get('llm_provider')?.slice(1);
        const model = matchers.get('llm_model_name')?.slice(1);
        expect(matchers.get('llm_model_name')?.[0], where).toBe('=');
        expect(priced.has(`${provider}/${model}`), `${where}: ${provider}/${model}`).toBe(true);
      }
    }
  });

  it('execution timeline searches Jaeger for the service the Service variable picks, and links trace IDs', () => {
    const timeline = panel('Recent workflow executions');
    expect(timeline.targets).toEqual([{ kind: 'jaeger', query: expect.objectContaining({ queryType: 'search', service: '$service' }) }]);
    expect(timeline.description).not.toMatch(/tta-workflow|ai-workflow-primitives/);
    const link = timeline.overrides?.find((override) => override.matcher.options === 'traceID');
    expect(JSON.stringify(link)).toContain('${__value.raw}');
    expect(JSON.stringify(link)).toContain(`\${${ttaDashboard.datasources.jaeger}}`);
  });
});

// TTA.dev's service names as REFERENCE §1 records them from its code (read at test time, never copied here).
const referencePath = process.env.TTA_REFERENCE ?? fileURLToPath(new URL('../../../shared/REFERENCE.md', import.meta.url));

describe('the Service variable offers the service names TTA.dev code uses', () => {
  it('lists each name REFERENCE §1 gives, the first selected, as a custom variable', () => {
    if (!existsSync(referencePath)) {
      const message = `${referencePath} is absent: the service names were not checked against TTA.dev's code`;
      if (process.env.CI === 'true') throw new Error(`CI: ${message}`);
      console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n${'!'.repeat(100)}\n`);
      return;
    }
    const sentence = /Service names in TTA\.dev's code today: ([^;]+?)(?:;|\.\s)/.exec(readFileSync(referencePath, 'utf8').replace(/\s+/g, ' '));
    if (sentence === null) throw new Error(`${referencePath}: no "Service names in TTA.dev's code today" sentence`);
    const names = [...sentence[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(0);
    const service = ttaDashboard.variables.find((variable) => variable.name === 'service');
    expect(service).toEqual({ kind: 'custom', name: 'service', label: 'Service', values: names, defaultValue: names[0] });
  });
});
