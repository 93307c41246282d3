import { describe, expect, it } from 'vitest';
import { compileDashboard } from '../../src/compile/index.ts';
import { readDashboard } from '../../src/dashboard/read.ts';
import { findGrafanaLine, type GrafanaLine, grafanaLines } from '../../src/grafana-versions/versions.ts';
import { findProfile, type NamingProfile } from '../../src/naming/profiles.ts';
import { schemaProblems } from '../../src/output/validate.ts';
import { smallDashboard, withServiceVariable } from './fixture.ts';

// What differs between the Grafana lines; that each result is what the line's published types take is
// checked in test/output/validate.test.ts, against those types.

type Json = Record<string, any>;

const python = findProfile('otel-python') as NamingProfile;

function compiled(id: string): { classic: Json; v2: Json | undefined } {
  const { classic, v2 } = compileDashboard(smallDashboard(), python, findGrafanaLine(id) as GrafanaLine);
  return JSON.parse(JSON.stringify({ classic, v2 }));
}

const table = (dashboard: Json): Json => dashboard.panels.find((panel: Json) => panel.title === 'Routes');

describe('output for each Grafana line', () => {
  it('writes the schemaVersion of the line (41 for 11.6, 42 from 12.2)', () => {
    expect(compiled('11.6').classic.schemaVersion).toBe(41);
    expect(compiled('12.2').classic.schemaVersion).toBe(42);
    expect(compiled('13.2').classic.schemaVersion).toBe(42);
  });

  it('writes the v2 resource for the API the line serves, and none for 11.6', () => {
    expect(compiled('11.6').v2).toBeUndefined();
    expect(compiled('12.2').v2?.apiVersion).toBe('dashboard.grafana.app/v2beta1');
    expect(compiled('12.4').v2?.apiVersion).toBe('dashboard.grafana.app/v2beta1');
    expect(compiled('13.2').v2?.apiVersion).toBe('dashboard.grafana.app/v2');
  });

  it('writes transformations as v2beta1 kinds up to 12.x and as v2 Transformation kinds in 13.x', () => {
    const transformations = (id: string) => compiled(id).v2?.spec.elements['panel-5'].spec.data.spec.transformations;
    expect(transformations('12.4')).toEqual([{ kind: 'organize', spec: { id: 'organize', options: { excludeByName: { Time: true } } } }]);
    expect(transformations('13.2')).toEqual([{ kind: 'Transformation', group: 'organize', spec: { options: { excludeByName: { Time: true } } } }]);
  });

  it('keeps the hidden table footer in the options for 11.6 and moves it to the field config from 12.2', () => {
    const old = table(compiled('11.6').classic);
    expect(old.options.footer).toEqual({ countRows: false, reducer: [], show: false });
    expect(old.fieldConfig.defaults.custom.footer).toBeUndefined();
    for (const id of ['12.2', '12.4', '13.2']) {
      const { classic, v2 } = compiled(id);
      expect(table(classic).options.footer).toBeUndefined();
      expect(table(classic).fieldConfig.defaults.custom.footer).toEqual({ reducers: [] });
      expect(v2?.spec.elements['panel-5'].spec.vizConfig.spec.fieldConfig.defaults.custom.footer).toEqual({ reducers: [] });
    }
  });

  it('writes annotation placement only where the classic types have it (from 12.4)', () => {
    expect(compiled('12.2').classic.annotations.list[0].placement).toBeUndefined();
    expect(compiled('12.4').classic.annotations.list[0].placement).toBe('inControlsMenu');
  });
});

describe('reading the v2 output back', () => {
  it('finds the same transformation ids in the v2beta1 and v2 resources as in the classic file', () => {
    for (const id of ['12.4', '13.2']) {
      const { classic, v2 } = compiled(id);
      const transformations = (info: ReturnType<typeof readDashboard>) => info.panels.filter((panel) => panel.title === 'Routes').map((panel) => panel.transformations);
      expect(transformations(readDashboard(v2, 'v2.json'))).toEqual(transformations(readDashboard(classic, 'd.json')));
      expect(transformations(readDashboard(v2, 'v2.json'))).toEqual([['organize']]);
    }
  });
});

describe('custom variables on each Grafana line', () => {
  const lines = grafanaLines.map((grafana) => [grafana.id, grafana] as const);
  const compiledWithService = (grafana: GrafanaLine): { classic: Json; v2: Json | undefined } =>
    JSON.parse(JSON.stringify(compileDashboard(withServiceVariable(), python, grafana)));
  const messages = async (format: 'classic' | 'v2', file: Json, grafana: GrafanaLine) =>
    (await schemaProblems(format, `${format}.json`, file, grafana)).map((problem) => problem.message);

  // The judge is the line's published @grafana/schema (the validators src/output/validate.ts compiles from it).
  it.each(lines)("are what Grafana %s's own types take, classic and v2", async (_id, grafana) => {
    const { classic, v2 } = compiledWithService(grafana);
    expect(await messages('classic', classic, grafana)).toEqual([]);
    if (v2 !== undefined) expect(await messages('v2', v2, grafana)).toEqual([]);
  });

  it.each(lines)('are checked by the Grafana %s types, which refuse a field custom variables do not have', async (_id, grafana) => {
    const { classic, v2 } = compiledWithService(grafana);
    classic.templating.list.at(-1).options[0].selected = 'yes';
    expect((await messages('classic', classic, grafana)).join('\n')).toContain('/templating/list/2/options/0/selected');
    if (v2 === undefined) return;
    v2.spec.variables.at(-1).spec.datasource = { name: 'x' };
    expect((await messages('v2', v2, grafana)).join('\n')).toContain('/spec/variables/2/spec/datasource');
  });

  it.each(lines)('read back from the Grafana %s files as the same custom variable', (_id, grafana) => {
    const { classic, v2 } = compiledWithService(grafana);
    const service = (file: Json, name: string) => {
      const found = readDashboard(file, name).variables.find((variable) => variable.name === 'service');
      return { type: found?.type, query: found?.query, multi: found?.multi, includeAll: found?.includeAll, label: found?.label };
    };
    const expected = { type: 'custom', query: 'checkout,payments', multi: false, includeAll: false, label: 'Service' };
    expect(service(classic, 'd.json')).toEqual(expected);
    if (v2 !== undefined) expect(service(v2, 'v2.json')).toEqual(expected);
  });
});
