import { describe, expect, it } from 'vitest';
import { compileDashboard } from '../../src/compile/index.ts';
import { CompileError } from '../../src/compile/problem.ts';
import { findProfile, type NamingProfile } from '../../src/naming/profiles.ts';
import { panel, query, smallDashboard, withServiceVariable } from './fixture.ts';

const python = findProfile('otel-python') as NamingProfile;
const utf8 = findProfile('otlp-utf8') as NamingProfile;

type Json = Record<string, any>;

function classic(definition = smallDashboard(), profile = python): Json {
  return compileDashboard(definition, profile).classic as Json;
}

function v2(definition = smallDashboard(), profile = python): Json {
  return compileDashboard(definition, profile).v2 as Json;
}

/** Every non-row panel of a classic dashboard, with the row it sits under. */
function panelsOf(dashboard: Json): { row: string; panel: Json }[] {
  const result: { row: string; panel: Json }[] = [];
  let row = '';
  for (const entry of dashboard.panels) {
    if (entry.type === 'row') {
      row = entry.title;
      for (const inner of entry.panels) result.push({ row, panel: inner });
    } else result.push({ row, panel: entry });
  }
  return result;
}

function byTitle(dashboard: Json, title: string): Json {
  const found = panelsOf(dashboard).find((entry) => entry.panel.title === title);
  if (!found) throw new Error(`no panel ${title}`);
  return found.panel;
}

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof CompileError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('classic (v1) compilation', () => {
  it('writes schema 42 with the definition uid, title, time and tags', () => {
    const dashboard = classic();
    expect(dashboard).toMatchObject({ schemaVersion: 42, uid: 'test-small', title: 'Small test dashboard', refresh: '30s' });
    expect(dashboard.time).toEqual({ from: 'now-1h', to: 'now' });
    expect(dashboard.tags).toEqual(['test']);
    expect(dashboard.id).toBeUndefined();
  });

  it('turns tabs into rows: the first open with its panels after it, the others collapsed with their panels inside', () => {
    const dashboard = classic();
    const rows = dashboard.panels.filter((entry: Json) => entry.type === 'row');
    expect(rows.map((row: Json) => [row.title, row.collapsed, row.panels.length])).toEqual([
      ['First', false, 0],
      ['Second', true, 2],
    ]);
    expect(dashboard.panels[0].type).toBe('row');
    expect(dashboard.panels.slice(1, 6).map((entry: Json) => entry.title)).toEqual(['Rate', 'Errors', 'Saturation', 'Traffic', 'Routes']);
    for (const row of rows) expect(row.gridPos).toMatchObject({ x: 0, w: 24, h: 1 });
  });

  it('gives panels unique non-zero ids in order, and places them on the packed grid below their row', () => {
    const dashboard = classic();
    const ids = dashboard.panels.flatMap((entry: Json) => [entry.id, ...(entry.panels ?? []).map((inner: Json) => inner.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id: number) => id > 0)).toBe(true);
    expect(panelsOf(dashboard).map(({ panel: entry }) => [entry.id, entry.gridPos])).toEqual([
      [1, { x: 0, y: 1, w: 8, h: 4 }],
      [2, { x: 8, y: 1, w: 8, h: 4 }],
      [3, { x: 16, y: 1, w: 8, h: 6 }],
      [4, { x: 0, y: 7, w: 16, h: 8 }],
      [5, { x: 0, y: 15, w: 12, h: 5 }],
      [6, { x: 0, y: 21, w: 24, h: 8 }],
      [7, { x: 0, y: 29, w: 12, h: 10 }],
    ]);
    expect(dashboard.panels.find((entry: Json) => entry.title === 'Second').gridPos.y).toBe(20);
  });

  it('points panels and targets at the datasource variable and names queries A, B, ...', () => {
    const map = byTitle(classic(), 'Service map');
    expect(map.datasource).toEqual({ type: 'prometheus', uid: '${prometheus}' });
    expect(map.targets.map((target: Json) => [target.refId, target.datasource.uid, target.format, target.instant, target.range])).toEqual([
      ['A', '${prometheus}', 'table', true, false],
      ['B', '${prometheus}', 'table', true, false],
    ]);
  });

  it('renders queries and variable queries under the naming profile', () => {
    const plain = classic();
    expect(byTitle(plain, 'Rate').targets[0].expr).toBe('sum(rate(demo_requests_total[$__rate_interval]))');
    expect(plain.templating.list[1].query.query).toBe('label_values(demo_requests_total, http_route)');
    const dotted = classic(smallDashboard(), utf8);
    expect(byTitle(dotted, 'Rate').targets[0].expr).toBe('sum(rate({"demo.requests_total"}[$__rate_interval]))');
    expect(dotted.templating.list[1].query.query).toBe('label_values({"demo.requests_total"}, "http.route")');
  });

  it('carries unit, description, min/max/decimals, thresholds, overrides and transformations', () => {
    const dashboard = classic();
    for (const { panel: entry } of panelsOf(dashboard)) {
      expect(entry.fieldConfig.defaults.unit).toBeTypeOf('string');
      expect(entry.description).toBe(`What ${entry.title} shows.`);
    }
    expect(byTitle(dashboard, 'Saturation').fieldConfig.defaults).toMatchObject({ unit: 'percentunit', min: 0, max: 1, decimals: 2 });
    const traffic = byTitle(dashboard, 'Traffic');
    expect(traffic.fieldConfig.defaults.thresholds).toEqual({
      mode: 'absolute',
      steps: [
        { value: null, color: 'green' },
        { value: 10, color: 'red' },
      ],
    });
    expect(traffic.fieldConfig.defaults.custom.thresholdsStyle).toEqual({ mode: 'line' });
    expect(traffic.fieldConfig.overrides).toEqual([
      { matcher: { id: 'byName', options: 'requests' }, properties: [{ id: 'color', value: { mode: 'fixed', fixedColor: 'blue' } }] },
    ]);
    expect(byTitle(dashboard, 'Routes').transformations).toEqual([{ id: 'organize', options: { excludeByName: { Time: true } } }]);
  });

  it('merges the definition options over per-type defaults, the explicit ones winning', () => {
    const traffic = byTitle(classic(), 'Traffic');
    expect(traffic.options.legend).toEqual({ displayMode: 'table', placement: 'right', showLegend: true, calcs: ['mean', 'max'] });
    expect(traffic.options.tooltip).toEqual({ mode: 'multi', sort: 'none' });
    expect(traffic.fieldConfig.defaults.custom).toMatchObject({ fillOpacity: 0, showPoints: 'never' });
    // The SDK hides the time series legend by default; without a legend in the definition it is shown.
    const plain = byTitle(classic(smallDashboard({ tabs: [{ title: 'T', panels: [panel('Plain', 12, 6)] }] })), 'Plain');
    expect(plain.options.legend.showLegend).toBe(true);
    expect(byTitle(classic(), 'Rate').options.reduceOptions.calcs).toEqual(['lastNotNull']);
  });

  it('makes heatmaps read pre-bucketed histograms with the unit on the y axis', () => {
    const heatmap = byTitle(classic(), 'Latency heatmap');
    expect(heatmap.options.calculate).toBe(false);
    expect(heatmap.options.yAxis.unit).toBe('ms');
    expect(heatmap.targets[0]).toMatchObject({ format: 'heatmap', legendFormat: '{{le}}' });
  });

  it('renders profile-dependent legends', () => {
    const legend = { render: (p: NamingProfile) => `{{${p.labelName('http.route')}}}` };
    const definition = smallDashboard({
      tabs: [{ title: 'T', panels: [panel('Legend', 12, 6, { targets: [{ kind: 'prometheus', expr: query(() => 'up'), legendFormat: legend }] })] }],
    });
    expect(byTitle(classic(definition), 'Legend').targets[0].legendFormat).toBe('{{http_route}}');
    expect(byTitle(classic(definition, utf8), 'Legend').targets[0].legendFormat).toBe('{{http.route}}');
  });

  it('writes the datasource and query variables Grafana needs', () => {
    const [datasource, route] = classic().templating.list;
    expect(datasource).toEqual({
      type: 'datasource',
      name: 'prometheus',
      label: 'Prometheus',
      query: 'prometheus',
      current: { text: 'test-prometheus', value: 'test-prometheus' },
      multi: false,
      includeAll: false,
      allowCustomValue: true,
      skipUrlSync: false,
    });
    expect(route).toMatchObject({
      type: 'query',
      datasource: { type: 'prometheus', uid: '${prometheus}' },
      multi: true,
      includeAll: true,
      allValue: '.*',
      refresh: 2,
      current: { text: 'All', value: ['$__all'] },
    });
  });
});

describe('custom variables', () => {
  const expectedOptions = [
    { text: 'checkout', value: 'checkout', selected: false },
    { text: 'payments', value: 'payments', selected: true },
  ];

  it('writes a classic custom variable: the values as its comma-separated query, the default selected', () => {
    const service = classic(withServiceVariable()).templating.list.at(-1);
    expect(service).toEqual({
      type: 'custom',
      name: 'service',
      label: 'Service',
      query: 'checkout,payments',
      current: { text: 'payments', value: 'payments' },
      options: expectedOptions,
      multi: false,
      includeAll: false,
      allowCustomValue: true,
      skipUrlSync: false,
    });
  });

  it('writes a v2 CustomVariable kind with the same query, selection and options', () => {
    const service = v2(withServiceVariable()).spec.variables.at(-1);
    expect(service).toEqual({
      kind: 'CustomVariable',
      spec: {
        name: 'service',
        label: 'Service',
        query: 'checkout,payments',
        current: { text: 'payments', value: 'payments' },
        options: expectedOptions,
        multi: false,
        includeAll: false,
        allowCustomValue: true,
        hide: 'dontHide',
        skipUrlSync: false,
      },
    });
  });

  it('refuses values Grafana would split, and a default that is not among the values', () => {
    const bad = withServiceVariable({ values: ['a,b', 'c : d', ' e', ''], defaultValue: 'f' });
    expect(problemsOf(() => compileDashboard(bad, python))).toEqual([
      'test-small: variable `service`: value "a,b" is empty, has surrounding spaces, or holds `,` or ` : `, which Grafana\'s custom variables read as separators',
      'test-small: variable `service`: value "c : d" is empty, has surrounding spaces, or holds `,` or ` : `, which Grafana\'s custom variables read as separators',
      'test-small: variable `service`: value " e" is empty, has surrounding spaces, or holds `,` or ` : `, which Grafana\'s custom variables read as separators',
      'test-small: variable `service`: value "" is empty, has surrounding spaces, or holds `,` or ` : `, which Grafana\'s custom variables read as separators',
      'test-small: variable `service`: default "f" is not one of its values',
    ]);
  });
});

describe('v2 compilation', () => {
  it('is a v2 Dashboard resource (the newest Grafana line) named by the uid', () => {
    const resource = v2();
    expect(resource).toMatchObject({ apiVersion: 'dashboard.grafana.app/v2', kind: 'Dashboard', metadata: { name: 'test-small' } });
    expect(resource.spec.title).toBe('Small test dashboard');
    expect(resource.spec.timeSettings).toMatchObject({ from: 'now-1h', to: 'now', autoRefresh: '30s' });
  });

  it('lays out real tabs, each a grid of the same positions as the classic rows, starting at the top', () => {
    const { layout } = v2().spec;
    expect(layout.kind).toBe('TabsLayout');
    expect(layout.spec.tabs.map((tab: Json) => tab.spec.title)).toEqual(['First', 'Second']);
    const second = layout.spec.tabs[1].spec.layout;
    expect(second.kind).toBe('GridLayout');
    expect(second.spec.items.map((item: Json) => item.spec)).toEqual([
      { x: 0, y: 0, width: 24, height: 8, element: { kind: 'ElementReference', name: 'panel-6' } },
      { x: 0, y: 8, width: 12, height: 10, element: { kind: 'ElementReference', name: 'panel-7' } },
    ]);
  });

  it('keys elements panel-<id> with the classic panel settings and queries', () => {
    const compiled = compileDashboard(smallDashboard(), python);
    const { elements } = (compiled.v2 as Json).spec;
    expect(Object.keys(elements)).toEqual(['panel-1', 'panel-2', 'panel-3', 'panel-4', 'panel-5', 'panel-6', 'panel-7']);
    const heatmap = elements['panel-6'].spec;
    expect(heatmap).toMatchObject({ id: 6, title: 'Latency heatmap', description: 'What Latency heatmap shows.' });
    expect(heatmap.vizConfig).toMatchObject({ kind: 'VizConfig', group: 'heatmap' });
    expect(heatmap.vizConfig.spec.options.calculate).toBe(false);
    expect(heatmap.vizConfig.spec.fieldConfig.defaults.unit).toBe('ms');
    const [queryKind] = heatmap.data.spec.queries;
    expect(queryKind.spec).toMatchObject({ refId: 'A', hidden: false });
    expect(queryKind.spec.query).toMatchObject({ kind: 'DataQuery', group: 'prometheus', datasource: { name: '${prometheus}' } });
    expect(queryKind.spec.query.spec.expr).toBe('sum by (le) (increase(demo_latency_milliseconds_bucket[$__rate_interval]))');
    expect(elements['panel-5'].spec.data.spec.transformations).toEqual([
      { kind: 'Transformation', group: 'organize', spec: { options: { excludeByName: { Time: true } } } },
    ]);
  });

  it('writes the variables as v2 kinds', () => {
    const [datasource, route] = v2().spec.variables;
    expect(datasource).toMatchObject({ kind: 'DatasourceVariable', spec: { name: 'prometheus', pluginId: 'prometheus', current: { value: 'test-prometheus' } } });
    expect(route.kind).toBe('QueryVariable');
    expect(route.spec.query).toMatchObject({ kind: 'DataQuery', group: 'prometheus', datasource: { name: '${prometheus}' } });
    expect(route.spec.query.spec.query).toBe('label_values(demo_requests_total, http_route)');
  });
});

describe('definitions the compilers refuse', () => {
  it('names the dashboard and panel of every problem at once', () => {
    const definition = smallDashboard({
      tabs: [
        {
          title: 'T',
          panels: [
            panel('Too wide', 30, 4),
            panel('Stat with legend', 6, 4, { type: 'stat', legend: { mode: 'list' } }),
            panel('Broken query', 6, 4, {
              targets: [{ kind: 'prometheus', expr: query(() => { throw new Error('no such label under this profile'); }) }],
            }),
          ],
        },
      ],
    });
    expect(problemsOf(() => compileDashboard(definition, python))).toEqual([
      'test-small, panel "Too wide": width 30 is not a whole number from 1 to 24',
      'test-small, panel "Stat with legend": a stat panel has no legend; remove `legend`',
      'test-small, panel "Broken query": query does not render under profile otel-python: no such label under this profile',
    ]);
  });

  it('needs the datasource variables the targets and variables use', () => {
    const definition = smallDashboard({ variables: [], datasources: { prometheus: 'prom' } });
    expect(problemsOf(() => compileDashboard(definition, python))).toEqual([
      'test-small: `datasources.prometheus` needs a datasource variable named `prom`, but there is none',
    ]);
    const trace = smallDashboard({
      tabs: [{ title: 'T', panels: [panel('Traces', 12, 6, { type: 'traces', unit: 'none', targets: [{ kind: 'jaeger', query: { queryType: 'search' } }] })] }],
    });
    expect(problemsOf(() => compileDashboard(trace, python))).toEqual([
      'test-small, panel "Traces": a Jaeger query needs `datasources.jaeger` on the dashboard',
    ]);
  });

  it('refuses bad uids and repeated tab titles', () => {
    const definition = smallDashboard({ uid: 'has spaces', tabs: [{ title: 'A', panels: [] }, { title: 'A', panels: [] }] });
    expect(problemsOf(() => compileDashboard(definition, python))).toEqual([
      'has spaces: uid "has spaces" must be 1 to 40 letters, digits, "-" or "_"',
      'has spaces: tab "A" appears more than once',
    ]);
  });
});
