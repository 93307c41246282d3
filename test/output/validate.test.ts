import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compileLineValidators } from '../../scripts/grafana-validators.mjs';
import { compileDashboard } from '../../src/compile/index.ts';
import { readDashboard } from '../../src/dashboard/read.ts';
import { findGrafanaLine, type GrafanaLine, grafanaLines } from '../../src/grafana-versions/versions.ts';
import { findProfile, type NamingProfile } from '../../src/naming/profiles.ts';
import { elementReferenceProblems, gridProblems, schemaProblems } from '../../src/output/validate.ts';
import { smallDashboard } from '../compile/fixture.ts';

// The judge is each Grafana line's published @grafana/schema, through the validators compiled from
// schemas/grafana/<line>.schema.json (test/grafana-versions/schemas.test.ts keeps those files true to the packages).

type Json = Record<string, any>;

const line = (id: string) => findGrafanaLine(id) as GrafanaLine;
const newest = line('13.2');

function compiled(grafana: GrafanaLine = newest): { classic: Json; v2: Json } {
  const { classic, v2 } = compileDashboard(smallDashboard(), findProfile('otel-python') as NamingProfile, grafana);
  // A plain JSON copy, as the file holds it.
  return JSON.parse(JSON.stringify({ classic, v2: v2 ?? null }));
}

async function classicMessages(mutate: (dashboard: Json) => void, grafana: GrafanaLine = newest): Promise<string[]> {
  const { classic } = compiled(grafana);
  mutate(classic);
  return (await schemaProblems('classic', 'd.json', classic, grafana)).map((problem) => `${problem.panel ?? '-'}: ${problem.message}`);
}

async function v2Messages(mutate: (resource: Json) => void, grafana: GrafanaLine = newest): Promise<string[]> {
  const { v2 } = compiled(grafana);
  mutate(v2);
  return (await schemaProblems('v2', 'v2.json', v2, grafana)).map((problem) => `${problem.panel ?? '-'}: ${problem.message}`);
}

describe("validation against Grafana's own types", () => {
  it.each(grafanaLines.map((grafana) => [grafana.id, grafana] as const))('accepts what the compilers write for Grafana %s', async (_id, grafana) => {
    const { classic, v2 } = compiled(grafana);
    expect(await schemaProblems('classic', 'd.json', classic, grafana)).toEqual([]);
    if (grafana.v2ApiVersion === undefined) expect(v2).toBeNull();
    else expect(await schemaProblems('v2', 'v2.json', v2, grafana)).toEqual([]);
  });

  it('names the panel and the JSON path of an option the plugin types do not have', async () => {
    expect(await classicMessages((d) => (d.panels[5].options.footer = { show: false, reducer: [] }))).toEqual([
      "Routes: schema: /panels/5/options/footer is not a field Grafana 13.2's types know here",
    ]);
    expect(await classicMessages((d) => (d.panels[4].fieldConfig.defaults.custom.fillOpacty = 0))).toEqual([
      "Traffic: schema: /panels/4/fieldConfig/defaults/custom/fillOpacty is not a field Grafana 13.2's types know here",
    ]);
    expect(await classicMessages((d) => (d.panels[6].panels[0].options.yAxis.units = 'ms'))).toEqual([
      "Latency heatmap: schema: /panels/6/panels/0/options/yAxis/units is not a field Grafana 13.2's types know here",
    ]);
  });

  it('knows where each line keeps the table footer: options up to 11.6, the field config from 12.2', async () => {
    const footer = { show: true, reducer: ['sum'], countRows: false };
    expect(await classicMessages((d) => (d.panels[5].options.footer = footer), line('11.6'))).toEqual([]);
    expect(await classicMessages((d) => (d.panels[5].options.footer = footer), line('12.2'))).toEqual([
      "Routes: schema: /panels/5/options/footer is not a field Grafana 12.2's types know here",
    ]);
    expect(await classicMessages((d) => (d.panels[5].fieldConfig.defaults.custom.footer = { reducers: ['sum'] }), line('12.2'))).toEqual([]);
    expect(await classicMessages((d) => (d.panels[5].fieldConfig.defaults.custom.footer = { reducers: ['sum'] }), line('11.6'))).toEqual([
      "Routes: schema: /panels/5/fieldConfig/defaults/custom/footer is not a field Grafana 11.6's types know here",
    ]);
  });

  it('reports a value of the wrong type with what the types want', async () => {
    expect(await classicMessages((d) => (d.panels[5].options.showHeader = 'yes'))).toEqual([
      'Routes: schema: /panels/5/options/showHeader is "yes"; Grafana 13.2\'s types want boolean',
    ]);
    expect(await classicMessages((d) => (d.panels[1].options.colorMode = 'rainbow'))).toContain(
      'Rate: schema: /panels/1/options/colorMode is "rainbow"; Grafana 13.2\'s types allow "background", "background_solid", "none", "value"',
    );
    expect(await classicMessages((d) => (d.schemaVersion = 41))).toEqual(["-: schema: /schemaVersion is 41; Grafana 13.2's types allow 42"]);
    expect(await classicMessages((d) => (d.schemaVersion = 42), line('11.6'))).toEqual(["-: schema: /schemaVersion is 42; Grafana 11.6's types allow 41"]);
  });

  it('refuses a panel type no panel plugin of the line has, and a transformation @grafana/data does not have', async () => {
    expect(await classicMessages((d) => (d.panels[6].panels[1].type = 'nodegraph'))).toEqual([
      'Service map: schema: /panels/6/panels/1/type: panel type "nodegraph" is not a panel plugin Grafana 13.2\'s types know',
    ]);
    expect(await classicMessages((d) => (d.panels[5].transformations[0].id = 'organise'))).toEqual([
      'Routes: schema: /panels/5/transformations/0/id: transformation "organise" is not one of @grafana/data\'s transformations',
    ]);
  });

  it('checks v2 elements by their plugin types and v2 transformations in the shape of the API version', async () => {
    expect(await v2Messages((r) => (r.spec.elements['panel-5'].spec.vizConfig.spec.options.footer = {}))).toEqual([
      "Routes: schema: /spec/elements/panel-5/spec/vizConfig/spec/options/footer is not a field Grafana 13.2's types know here",
    ]);
    expect(await v2Messages((r) => (r.spec.elements['panel-5'].spec.vizConfig.group = 'tabel'))).toEqual([
      'Routes: schema: /spec/elements/panel-5/spec/vizConfig/group: panel type "tabel" is not a panel plugin Grafana 13.2\'s types know',
    ]);
    expect(await v2Messages((r) => (r.spec.elements['panel-5'].spec.data.spec.transformations[0].group = 'organise'))).toEqual([
      'Routes: schema: /spec/elements/panel-5/spec/data/spec/transformations/0/group: transformation "organise" is not one of @grafana/data\'s transformations',
    ]);
    const v2beta1 = line('12.4');
    expect(await v2Messages((r) => (r.spec.elements['panel-5'].spec.data.spec.transformations[0].spec.id = 'organise'), v2beta1)).toEqual([
      'Routes: schema: /spec/elements/panel-5/spec/data/spec/transformations/0/spec/id: transformation "organise" is not one of @grafana/data\'s transformations',
    ]);
    expect(await v2Messages((r) => (r.apiVersion = 'dashboard.grafana.app/v2beta1'))).toEqual([
      '-: schema: /apiVersion is "dashboard.grafana.app/v2beta1"; Grafana 13.2\'s types allow "dashboard.grafana.app/v2"',
    ]);
  });

  it('compiles the same validators in memory when nothing was built (a run from the sources)', async () => {
    const grafana = line('12.4');
    const schema = JSON.parse(readFileSync(new URL('../../schemas/grafana/12.4.schema.json', import.meta.url), 'utf8'));
    const inMemory = compileLineValidators(schema);
    const builtModule = '../../.generated/grafana-validators/12.4.mjs';
    const built = (await import(builtModule)) as Record<'classic' | 'v2', ValidateFunction>;
    const { classic, v2 } = compiled(grafana);
    classic.panels[5].options.footer = {};
    v2.spec.elements['panel-5'].spec.vizConfig.group = 'tabel';
    for (const [name, document] of [['classic', classic], ['v2', v2]] as const) {
      expect(inMemory[name]?.(document)).toBe(false);
      expect(built[name](document)).toBe(false);
      expect(inMemory[name]?.errors).toEqual(built[name].errors);
    }
  }, 60_000);

  it('says so when the line has no v2 API', async () => {
    expect(await schemaProblems('v2', 'v2.json', {}, line('11.6'))).toEqual([{ where: 'v2.json', message: 'Grafana 11.6 has no v2 dashboard API' }]);
  });
});

describe('checks a schema cannot express', () => {
  it('finds overlaps, columns past 24 and repeated ids', () => {
    const { classic } = compiled();
    classic.panels[2].gridPos = { x: 4, y: 1, w: 8, h: 4 };
    classic.panels[3].gridPos = { x: 20, y: 1, w: 8, h: 6 };
    classic.panels[4].id = 1;
    expect(gridProblems(readDashboard(classic, 'd.json')).map((problem) => `${problem.panel}: ${problem.message}`)).toEqual([
      'Rate: overlaps "Errors" in First',
      'Saturation: extends past column 24 (x 20 + w 8)',
      'Traffic: panel id 1 is also used by "Rate"',
    ]);
    expect(gridProblems(readDashboard(compiled().classic, 'd.json'))).toEqual([]);
  });

  it('finds v2 layout references to missing elements and elements placed twice or never', () => {
    const { v2 } = compiled();
    expect(elementReferenceProblems('v2.json', v2)).toEqual([]);
    const [first, second] = v2.spec.layout.spec.tabs;
    first.spec.layout.spec.items[0].spec.element.name = 'panel-99';
    second.spec.layout.spec.items.push(first.spec.layout.spec.items[1]);
    expect(elementReferenceProblems('v2.json', v2).map((problem) => `${problem.panel ?? '-'}: ${problem.message}`)).toEqual([
      '-: the layout places "panel-99", which is not in elements',
      'panel-1: element is placed 0 times in the layout; expected once',
      'panel-2: element is placed 2 times in the layout; expected once',
    ]);
  });
});
