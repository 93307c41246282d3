import { describe, expect, it } from 'vitest';
import project from '../../dashboards.config.ts';
import { compileDashboard } from '../../src/compile/index.ts';
import { findProfile, type NamingProfile } from '../../src/naming/profiles.ts';

type Json = Record<string, any>;

const profile = findProfile(project.defaultProfile) as NamingProfile;
const [definition] = project.dashboards;
const compiled = compileDashboard(definition, profile);
const classic = compiled.classic as Json;
const v2 = compiled.v2 as Json;
const tabs = ['Overview', 'Workflows', 'Primitives', 'Resources'];

const rows: Json[] = classic.panels.filter((panel: Json) => panel.type === 'row');
const panels: Json[] = classic.panels.flatMap((panel: Json) => (panel.type === 'row' ? panel.panels : [panel]));

function overlap(a: Json, b: Json): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('the compiled TTA dashboard', () => {
  it('has the stable uid, four rows in tab order and four v2 tabs', () => {
    expect(classic.uid).toBe('tta-agent-observability');
    expect(v2.metadata.name).toBe('tta-agent-observability');
    expect(rows.map((row) => row.title)).toEqual(tabs);
    expect(rows.map((row) => row.collapsed)).toEqual([false, true, true, true]);
    expect(v2.spec.layout.spec.tabs.map((tab: Json) => tab.spec.title)).toEqual(tabs);
  });

  it('gives every panel a unit and a description, except tables, node graphs, traces and text (units per column or none)', () => {
    for (const panel of panels) {
      expect(panel.description, panel.title).toMatch(/\S/);
      if (!['table', 'nodeGraph', 'traces', 'text'].includes(panel.type)) expect(panel.fieldConfig.defaults.unit, panel.title).toMatch(/\S/);
    }
  });

  it('numbers panels and rows uniquely from 1', () => {
    const ids = [...rows, ...panels].map((panel) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...ids)).toBe(1);
  });

  it('places panels within 24 columns without overlaps, in both formats', () => {
    for (const tab of tabs) {
      const row = rows.find((candidate) => candidate.title === tab) as Json;
      const inTab = row.collapsed ? row.panels : panels.filter((panel) => !rows.some((other) => other.panels.includes(panel)) && tab === tabs[0]);
      const boxes = inTab.map((panel: Json) => panel.gridPos);
      for (const [index, box] of boxes.entries()) {
        expect(box.x + box.w).toBeLessThanOrEqual(24);
        expect(box.y).toBeGreaterThan(row.gridPos.y);
        for (const other of boxes.slice(index + 1)) expect(overlap(box, other)).toBe(false);
      }
    }
    for (const tab of v2.spec.layout.spec.tabs) {
      const boxes = tab.spec.layout.spec.items.map((item: Json) => ({ x: item.spec.x, y: item.spec.y, w: item.spec.width, h: item.spec.height }));
      for (const [index, box] of boxes.entries()) {
        expect(box.x + box.w).toBeLessThanOrEqual(24);
        for (const other of boxes.slice(index + 1)) expect(overlap(box, other)).toBe(false);
      }
    }
  });

  it('builds the service map from instant table queries that name node and edge fields', () => {
    const map = panels.find((panel) => panel.type === 'nodeGraph') as Json;
    expect(map).toBeDefined();
    expect(map.targets.length).toBeGreaterThanOrEqual(2);
    for (const target of map.targets) expect(target).toMatchObject({ format: 'table', instant: true, range: false });
    const exprs = map.targets.map((target: Json) => target.expr as string);
    expect(exprs.some((expr: string) => /"id"/.test(expr) && /"source"/.test(expr) && /"target"/.test(expr))).toBe(true);
    expect(JSON.stringify(map.transformations ?? [])).toContain('"alias":"mainstat"');
  });

  it('draws the duration heatmap from histogram buckets without re-bucketing', () => {
    const heatmap = panels.find((panel) => panel.type === 'heatmap') as Json;
    expect(heatmap.options.calculate).toBe(false);
    expect(heatmap.options.yAxis.unit).toBe('ms');
    expect(heatmap.targets[0]).toMatchObject({ format: 'heatmap', legendFormat: '{{le}}' });
    expect(heatmap.targets[0].expr).toContain('primitive_execution_duration_milliseconds_bucket');
  });

  it('uses the datasource variables in every target', () => {
    for (const panel of panels) {
      for (const target of panel.targets ?? []) expect(target.datasource.uid, panel.title).toMatch(/^\$\{(prometheus|jaeger)\}$/);
    }
  });
});
