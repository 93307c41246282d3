import { describe, expect, it } from 'vitest';
import type { DashboardInfo } from '../../src/dashboard/model.ts';
import { readDashboard } from '../../src/dashboard/read.ts';
import { diffDashboards, renderDiffJson } from '../../src/diff/index.ts';
import { movedItems } from '../../src/diff/match.ts';
import { compileDashboard } from '../../src/compile/index.ts';
import { findProfile, type NamingProfile } from '../../src/naming/profiles.ts';
import { withServiceVariable } from '../compile/fixture.ts';
import { fixture, fixtureText } from './helpers.ts';

function report(before: DashboardInfo | undefined, after: DashboardInfo | undefined): unknown {
  return JSON.parse(renderDiffJson([diffDashboards(before, after)]));
}

function changesOf(before: DashboardInfo, after: DashboardInfo): unknown {
  return (report(before, after) as { dashboards: { changes: unknown }[] }).dashboards[0].changes;
}

/** The same change gives the same report in v1 and v2. */
const expected: Record<string, unknown[]> = {
  'add-panel': [{ kind: 'added', panel: 'Checkouts per second', tab: 'Latency', fields: [] }],
  'remove-panel': [{ kind: 'removed', panel: 'Orders by status', tab: 'Overview', fields: [] }],
  'rename-panel': [{ kind: 'renamed', panel: 'Failed order ratio', tab: 'Overview', fields: ['title'] }],
  'move-within-tab': [{ kind: 'moved', panel: 'Orders per second', tab: 'Overview', fields: ['order'] }],
  'move-across-tabs': [{ kind: 'moved', panel: 'Orders by status', tab: 'Latency', fields: ['tab'] }],
  query: [{ kind: 'changed', panel: 'p95 checkout latency', tab: 'Latency', fields: ['query.A'] }],
  unit: [{ kind: 'changed', panel: 'p95 checkout latency', tab: 'Latency', fields: ['unit'] }],
  thresholds: [{ kind: 'changed', panel: 'Error ratio', tab: 'Overview', fields: ['thresholds'] }],
  variable: [
    { kind: 'changed', fields: ['variables.job.query'] },
    { kind: 'added', fields: ['variables.status'] },
  ],
};

describe.each(['v1', 'v2'] as const)('diffDashboards on %s fixtures', (format) => {
  const base = fixture(format, 'base');

  it.each(Object.keys(expected))('%s: exact JSON report', (name) => {
    const after = fixture(format, name);
    expect(report(base, after)).toEqual({
      dashboards: [
        {
          uid: format === 'v1' ? 'shop-orders' : 'shop-orders-v2',
          title: 'Shop orders',
          file: `${format}/${name}.json`,
          status: 'changed',
          changes: expected[name],
        },
      ],
    });
  });

  it('settings: dashboard-wide fields under settings.*', () => {
    const refresh = format === 'v1' ? 'settings.refresh' : 'settings.timeSettings.autoRefresh';
    expect(changesOf(base, fixture(format, 'settings'))).toEqual([{ kind: 'changed', fields: ['settings.tags', refresh] }]);
  });

  it('an unchanged dashboard reports no changes', () => {
    expect(report(base, fixture(format, 'base'))).toEqual({
      dashboards: [{ uid: base.uid, title: 'Shop orders', file: `${format}/base.json`, status: 'unchanged', changes: [] }],
    });
  });

  it('a dashboard on one side only is added or removed', () => {
    expect(diffDashboards(undefined, base).status).toBe('added');
    expect(diffDashboards(base, undefined).status).toBe('removed');
  });

  it('the field change of a query carries both expressions, marked as PromQL', () => {
    const change = diffDashboards(base, fixture(format, 'query')).changes[0];
    expect(change.details).toEqual([
      {
        field: 'query.A',
        before: 'histogram_quantile(0.95, sum by (le) (rate(checkout_duration_seconds_bucket{job=~"$job"}[$__rate_interval])))',
        after: 'histogram_quantile(0.95, sum by (le) (rate(checkout_duration_seconds_bucket{job=~"$job", status="ok"}[$__rate_interval])))',
        promql: true,
      },
    ]);
  });
});

describe('adding one panel to a tab reports exactly one change', () => {
  it('v1: although the ids and grid rows of the panels below it shift', () => {
    const before = fixture('v1', 'base');
    const after = fixture('v1', 'add-panel');
    // The premise: ids after the insertion point moved by one, and so did the rows of the panels below.
    expect(before.panels.find((panel) => panel.title === 'p95 checkout latency')?.id).toBe(6);
    expect(after.panels.find((panel) => panel.title === 'p95 checkout latency')?.id).toBe(7);
    expect(after.panels.find((panel) => panel.title === 'Checkouts per second')?.id).toBe(6);
    expect(diffDashboards(before, after).changes.map((change) => [change.kind, change.panel])).toEqual([['added', 'Checkouts per second']]);
  });

  it('v2: also when element names are numbered in order, so that they shift too', () => {
    const numbered = (text: string): DashboardInfo => {
      // Rename every element to panel-<n> in layout order, as a generator numbering its panels would.
      const document = JSON.parse(text);
      const names = document.spec.layout.spec.tabs.flatMap((tab: { spec: { layout: { spec: { items: { spec: { element: { name: string } } }[] } } } }) =>
        tab.spec.layout.spec.items.map((item) => item.spec.element),
      );
      const elements: Record<string, unknown> = {};
      names.forEach((reference: { name: string }, index: number) => {
        elements[`panel-${index + 1}`] = document.spec.elements[reference.name];
        reference.name = `panel-${index + 1}`;
      });
      document.spec.elements = elements;
      return readDashboard(document, 'numbered.json');
    };
    const before = numbered(fixtureText('v2', 'base'));
    const after = numbered(fixtureText('v2', 'add-panel'));
    expect(after.panels.find((panel) => panel.title === 'Checkouts per second')?.key).toBe('panel-4');
    expect(after.panels.find((panel) => panel.title === 'p95 checkout latency')?.key).toBe('panel-5');
    expect(diffDashboards(before, after).changes.map((change) => [change.kind, change.panel])).toEqual([['added', 'Checkouts per second']]);
  });

  it('v1: inserting a panel in the middle of a tab moves nothing', () => {
    const before = fixture('v1', 'base');
    const document = JSON.parse(fixtureText('v1', 'base'));
    const inserted = { ...document.panels[2], title: 'Refund ratio', gridPos: { x: 8, y: 1, w: 8, h: 6 } };
    for (const panel of document.panels.slice(2)) {
      if (panel.gridPos.y === 1 && panel.gridPos.x >= 8) panel.gridPos.x += 8;
    }
    document.panels.splice(2, 0, inserted);
    document.panels.forEach((panel: { id: number }, index: number) => (panel.id = index + 1));
    const changes = diffDashboards(before, readDashboard(document, 'x.json')).changes;
    expect(changes.map((change) => [change.kind, change.panel, change.fields])).toEqual([['added', 'Refund ratio', []]]);
  });
});

describe('matching', () => {
  it('a panel renamed and edited under the same v2 element keeps its identity', () => {
    const document = JSON.parse(fixtureText('v2', 'base'));
    const element = document.spec.elements['checkout-p95'].spec;
    element.title = 'p99 checkout latency';
    element.vizConfig.spec.fieldConfig.defaults.unit = 'ms';
    const changes = diffDashboards(fixture('v2', 'base'), readDashboard(document, 'x.json')).changes;
    expect(changes.map((change) => [change.kind, change.panel, change.fields])).toEqual([
      ['renamed', 'p99 checkout latency', ['title']],
      ['changed', 'p99 checkout latency', ['unit']],
    ]);
  });

  it('a renamed tab is one change, not every panel moved', () => {
    const document = JSON.parse(fixtureText('v2', 'base'));
    document.spec.layout.spec.tabs[1].spec.title = 'Checkout latency';
    const changes = diffDashboards(fixture('v2', 'base'), readDashboard(document, 'x.json')).changes;
    expect(changes.map((change) => [change.kind, change.subject, change.tab])).toEqual([['renamed', 'tab', 'Checkout latency']]);
    expect(changes[0].details).toEqual([{ field: 'tab', before: 'Latency', after: 'Checkout latency' }]);
  });

  it('grid positions and ids alone are not changes', () => {
    const document = JSON.parse(fixtureText('v1', 'base'));
    for (const panel of document.panels) {
      panel.id += 100;
      panel.gridPos.y += 3;
    }
    expect(diffDashboards(fixture('v1', 'base'), readDashboard(document, 'x.json')).changes).toEqual([]);
  });

  it('panels sharing a title pair by content and place, not by ids that were renumbered', () => {
    const document = JSON.parse(fixtureText('v1', 'base'));
    // Two panels titled alike in the Latency row, with different queries.
    const twin = { ...structuredClone(document.panels[5]), gridPos: { x: 0, y: 16, w: 12, h: 8 } };
    twin.targets[0].expr = 'histogram_quantile(0.99, sum by (le) (rate(checkout_duration_seconds_bucket[5m])))';
    document.panels.push(twin);
    document.panels.forEach((panel: { id: number }, index: number) => (panel.id = index + 1));
    const before = readDashboard(document, 'x.json');
    const edited = structuredClone(document);
    edited.panels.splice(6, 0, { ...structuredClone(document.panels[2]), title: 'New', gridPos: { x: 0, y: 30, w: 24, h: 2 } });
    // Renumbered so that each twin now carries the other's old id.
    edited.panels.forEach((panel: { id: number }, index: number) => (panel.id = 100 + index));
    [edited.panels[5].id, edited.panels[8].id] = [document.panels[7].id, document.panels[5].id];
    const changes = diffDashboards(before, readDashboard(edited, 'x.json')).changes;
    expect(changes.map((change) => [change.kind, change.panel])).toEqual([['added', 'New']]);
  });

  it("a custom variable's values change its query (not its options, which Grafana derives from it); its default, current", () => {
    const compiled = (values: string[], defaultValue: string) =>
      JSON.parse(JSON.stringify(compileDashboard(withServiceVariable({ values, defaultValue }), findProfile('otel-python') as NamingProfile)));
    const before = compiled(['checkout', 'payments'], 'payments');
    const fields = (after: Record<string, any>, format: 'classic' | 'v2') =>
      diffDashboards(readDashboard(before[format], 'x.json'), readDashboard(after[format], 'x.json')).changes.map((change) => change.fields);
    for (const format of ['classic', 'v2'] as const) {
      expect(fields(compiled(['checkout', 'payments', 'search'], 'payments'), format)).toEqual([['variables.service.query']]);
      expect(fields(compiled(['checkout', 'payments'], 'checkout'), format)).toEqual([['variables.service.current.text', 'variables.service.current.value']]);
    }
  });

  it('a variable name used twice pairs occurrence by occurrence', () => {
    const document = JSON.parse(fixtureText('v1', 'base'));
    document.templating.list.push({ ...document.templating.list[1], hide: 2 });
    const dashboard = readDashboard(document, 'x.json');
    expect(diffDashboards(dashboard, dashboard).status).toBe('unchanged');
    const edited = structuredClone(document);
    edited.templating.list[2].hide = 0;
    expect(diffDashboards(dashboard, readDashboard(edited, 'x.json')).changes.map((change) => change.fields)).toEqual([['variables.job.hide']]);
  });

  it('pairs a large group of panels with the same evidence in reading order, without ranking every pair', () => {
    // 300 untitled panels of equal content share every tier's key: 90,000 candidate pairs, past the ranked search.
    const panels = Array.from({ length: 300 }, (_, index) => ({ id: index + 1, type: 'stat', title: '', gridPos: { x: 0, y: index, w: 24, h: 1 }, targets: [{ refId: 'A', expr: 'up' }] }));
    const all = readDashboard({ uid: 'same', title: 'Same', panels }, 'same.json');
    expect(diffDashboards(all, all).status).toBe('unchanged');
    const withoutOne = readDashboard({ uid: 'same', title: 'Same', panels: panels.filter((_, index) => index !== 150) }, 'same.json');
    expect(diffDashboards(all, withoutOne).changes.map((change) => change.kind)).toEqual(['removed']);
    const edited = readDashboard({ uid: 'same', title: 'Same', panels: panels.map((panel, index) => (index === 7 ? { ...panel, type: 'gauge' } : panel)) }, 'same.json');
    expect(diffDashboards(all, edited).changes.map((change) => [change.kind, change.fields])).toEqual([['changed', ['type']]]);
  });

  it('movedItems reports the fewest items out of place', () => {
    expect([...movedItems(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a'])]).toEqual(['a']);
    expect([...movedItems(['a', 'b', 'c'], ['a', 'b', 'c'])]).toEqual([]);
    expect(movedItems(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a']).size).toBe(3);
  });

  it('movedItems gives up on the fewest past 1,000 edits and counts everything as moved, instead of searching for a minute', () => {
    const order = Array.from({ length: 20_000 }, (_, index) => index);
    expect(movedItems(order, [...order].reverse()).size).toBe(20_000);
    // Below the bound the answer stays exact.
    expect(movedItems(order.slice(0, 400), order.slice(0, 400).reverse()).size).toBe(399);
  });
});
