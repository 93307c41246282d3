import { readDashboard } from '../../src/dashboard/read.ts';
import type { DashboardInfo } from '../../src/dashboard/model.ts';

type Json = Record<string, unknown>;

/** A query every rule accepts, with or without the TTA catalog. */
export const cleanQuery = 'sum by (job) (rate(primitive_execution_count_total[$__rate_interval]))';

export const promDatasource = { type: 'prometheus', uid: '${datasource}' };

/** A datasource variable on Prometheus, as Grafana exports it. */
export const datasourceVariable = { name: 'datasource', type: 'datasource', query: 'prometheus' };

/** A panel that passes every dashboard rule unless a test overrides a field. */
export function panel(id: number, expr: string, overrides: Json = {}): Json {
  return {
    id,
    type: 'timeseries',
    title: `Panel ${id}`,
    description: 'What it measures',
    datasource: promDatasource,
    // The unit of cleanQuery (a rate of a counter), so that the display rules pass it too.
    fieldConfig: { defaults: { unit: 'ops' }, overrides: [] },
    gridPos: { x: 0, y: id * 8, w: 12, h: 8 },
    targets: [{ refId: 'A', expr, datasource: promDatasource }],
    ...overrides,
  };
}

/** A v2 dashboard resource named `name` around `spec` (title, elements, layout, ...). */
export function v2Resource(name: string, spec: Json): Json {
  return { apiVersion: 'dashboard.grafana.app/v2beta1', kind: 'Dashboard', metadata: { name }, spec };
}

/** A classic dashboard that passes every dashboard rule unless a test overrides a field. */
export function v1(panels: Json[], overrides: Json = {}): Json {
  return {
    uid: 'test-dashboard',
    title: 'Test',
    schemaVersion: 39,
    templating: { list: [datasourceVariable, { name: 'job', type: 'query', query: 'label_values(job)', datasource: promDatasource }] },
    panels,
    ...overrides,
  };
}

export function read(document: unknown, file = 'dashboards/test.json'): DashboardInfo {
  return readDashboard(document, file);
}
