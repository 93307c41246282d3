import type { DashboardDefinition, PanelDefinition, QueryExpr, VariableDefinition } from '../../src/builder/model.ts';
import { defineCatalog } from '../../src/catalog/model.ts';
import type { NamingProfile } from '../../src/naming/profiles.ts';
import { defineProject, type Project } from '../../src/project.ts';

/** A small catalog of its own, so compiler tests do not move when the TTA content does. */
export const testCatalog = defineCatalog({
  name: 'test service',
  meter: 'test.meter',
  metrics: {
    requests: {
      name: 'demo.requests',
      kind: 'counter',
      unit: '1',
      description: 'Requests served',
      attributes: { 'http.route': { description: 'Route template' } },
      status: 'emitted',
    },
    latency: {
      name: 'demo.latency',
      kind: 'histogram',
      unit: 'ms',
      description: 'Request latency',
      attributes: { 'http.route': { description: 'Route template' } },
      status: 'emitted',
    },
    queueDepth: {
      name: 'demo.queue.depth',
      kind: 'gauge',
      unit: '1',
      description: 'Jobs waiting (planned)',
      attributes: {},
      status: 'planned',
    },
  },
});

const { requests, latency } = testCatalog.metrics;

/** Queries render through the profile like real content: the series name depends on it. */
export function query(render: (profile: NamingProfile) => string): QueryExpr {
  return { render };
}

/** A series selector, quoted under the UTF-8 profiles whose names keep their dots. */
function series(p: NamingProfile, name: string): string {
  return p.utf8 ? `{"${name}"}` : name;
}

function label(p: NamingProfile, attribute: string): string {
  return p.utf8 ? `"${p.labelName(attribute)}"` : p.labelName(attribute);
}

export const requestRate = query((p) => `sum(rate(${series(p, p.metricName(requests))}[$__rate_interval]))`);
export const latencyBuckets = query(
  (p) => `sum by (le) (increase(${series(p, `${p.metricName(latency)}_bucket`)}[$__rate_interval]))`,
);
export const requestsByRoute = query(
  (p) => `sum by (${label(p, 'http.route')}) (rate(${series(p, p.metricName(requests))}[$__rate_interval]))`,
);
/** Each route's share of all requests: a 0..1 ratio, as the Saturation gauge's percentunit and max 1 say. */
export const routeShare = query(
  (p) =>
    `sum by (${label(p, 'http.route')}) (rate(${series(p, p.metricName(requests))}[$__rate_interval])) / ignoring (${label(p, 'http.route')}) group_left ` +
    `sum(rate(${series(p, p.metricName(requests))}[$__rate_interval]))`,
);
/** Node graph frames: routes as nodes (`id`), and an edge from each route to itself (`id`, `source`, `target`). */
export const routeNodes = query(
  (p) => `label_replace(sum by (${label(p, 'http.route')}) (rate(${series(p, p.metricName(requests))}[$__rate_interval])), "id", "$1", "${p.labelName('http.route')}", "(.*)")`,
);
export const routeEdges = query(
  (p) =>
    `label_join(label_replace(label_replace(sum by (${label(p, 'http.route')}) (rate(${series(p, p.metricName(requests))}[$__rate_interval])), ` +
    `"source", "$1", "${p.labelName('http.route')}", "(.*)"), "target", "$1", "${p.labelName('http.route')}", "(.*)"), "id", "->", "source", "target")`,
);
export const routeValues = query((p) => `label_values(${series(p, p.metricName(requests))}, ${label(p, 'http.route')})`);

export function panel(title: string, w: number, h: number, extra: Partial<PanelDefinition> = {}): PanelDefinition {
  return {
    title,
    description: `What ${title} shows.`,
    type: 'timeseries',
    unit: 'reqps',
    size: { w, h },
    targets: [{ kind: 'prometheus', expr: requestRate, legendFormat: 'requests' }],
    ...extra,
  };
}

/** Two tabs; sizes chosen so that lines wrap and heights differ. */
export function smallDashboard(overrides: Partial<DashboardDefinition> = {}): DashboardDefinition {
  return {
    uid: 'test-small',
    title: 'Small test dashboard',
    description: 'A dashboard for compiler tests.',
    tags: ['test'],
    time: { from: 'now-1h', to: 'now' },
    refresh: '30s',
    variables: [
      { kind: 'datasource', name: 'prometheus', label: 'Prometheus', pluginId: 'prometheus', defaultUid: 'test-prometheus' },
      {
        kind: 'query',
        name: 'route',
        label: 'Route',
        datasource: 'prometheus',
        query: routeValues,
        multi: true,
        includeAll: true,
        allValue: '.*',
      },
    ],
    datasources: { prometheus: 'prometheus' },
    tabs: [
      {
        title: 'First',
        panels: [
          panel('Rate', 8, 4, { type: 'stat' }),
          panel('Errors', 8, 4, { type: 'stat', thresholds: { mode: 'absolute', steps: [{ value: null, color: 'green' }, { value: 5, color: 'red' }] } }),
          panel('Saturation', 8, 6, {
            type: 'gauge',
            unit: 'percentunit',
            min: 0,
            max: 1,
            decimals: 2,
            targets: [{ kind: 'prometheus', expr: routeShare }],
          }),
          panel('Traffic', 16, 8, {
            legend: { mode: 'table', placement: 'right', calcs: ['mean', 'max'] },
            thresholds: { mode: 'absolute', steps: [{ value: null, color: 'green' }, { value: 10, color: 'red' }], style: 'line' },
            options: { tooltip: { sort: 'none' } },
            custom: { fillOpacity: 0 },
            overrides: [{ matcher: { id: 'byName', options: 'requests' }, properties: [{ id: 'color', value: { mode: 'fixed', fixedColor: 'blue' } }] }],
          }),
          panel('Routes', 12, 5, {
            type: 'table',
            targets: [{ kind: 'prometheus', expr: requestsByRoute, format: 'table', instant: true }],
            transformations: [{ id: 'organize', options: { excludeByName: { Time: true } } }],
          }),
        ],
      },
      {
        title: 'Second',
        panels: [
          panel('Latency heatmap', 24, 8, {
            type: 'heatmap',
            unit: 'ms',
            targets: [{ kind: 'prometheus', expr: latencyBuckets, format: 'heatmap', legendFormat: '{{le}}' }],
          }),
          panel('Service map', 12, 10, {
            type: 'nodeGraph',
            unit: 'reqps',
            targets: [
              { kind: 'prometheus', expr: routeNodes, format: 'table', instant: true },
              { kind: 'prometheus', expr: routeEdges, format: 'table', instant: true },
            ],
          }),
        ],
      },
    ],
    ...overrides,
  };
}

export function testProject(overrides: Partial<Project> = {}): Project {
  return defineProject({
    name: 'test project',
    catalog: testCatalog,
    defaultProfile: 'otel-python',
    outDir: 'out',
    dashboards: [smallDashboard()],
    provisioning: {
      name: 'test',
      folder: 'Test',
      dashboardsPath: '/var/lib/grafana/dashboards/test',
      datasources: [
        { name: 'Test Prometheus', type: 'prometheus', uid: 'test-prometheus', urlEnv: 'PROMETHEUS_URL', defaultUrl: 'http://localhost:9090', isDefault: true },
      ],
    },
    ...overrides,
  });
}

/** The small dashboard plus a custom variable (a fixed list of services, one picked), with `overrides` on it. */
export function withServiceVariable(
  overrides: Partial<Extract<VariableDefinition, { kind: 'custom' }>> = {},
): DashboardDefinition {
  const base = smallDashboard();
  const service: VariableDefinition = { kind: 'custom', name: 'service', label: 'Service', values: ['checkout', 'payments'], defaultValue: 'payments', ...overrides };
  return { ...base, variables: [...base.variables, service] };
}
