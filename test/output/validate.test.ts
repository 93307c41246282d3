import { describe, expect, it } from 'vitest';
import { compileDashboard } from '../../src/compile/index.ts';
import { readDashboard } from '../../src/dashboard/read.ts';
import { findProfile, type NamingProfile } from '../../src/naming/profiles.ts';
import { readFileSync } from 'node:fs';
import { elementReferenceProblems, gridProblems, schemaProblems } from '../../src/output/validate.ts';
import { generatedValidatorsPath, validatorModuleSource } from '../../src/output/validators-source.ts';
import { smallDashboard } from '../compile/fixture.ts';

type Json = Record<string, any>;

function compiled(): { classic: Json; v2: Json } {
  const { classic, v2 } = compileDashboard(smallDashboard(), findProfile('otel-python') as NamingProfile);
  // A plain JSON copy, as the file holds it.
  return JSON.parse(JSON.stringify({ classic, v2 }));
}

async function classicMessages(mutate: (dashboard: Json) => void): Promise<string[]> {
  const { classic } = compiled();
  mutate(classic);
  return (await schemaProblems('classic', 'd.json', classic)).map((problem) => `${problem.panel ?? '-'}: ${problem.message}`);
}

async function v2Messages(mutate: (resource: Json) => void): Promise<string[]> {
  const { v2 } = compiled();
  mutate(v2);
  return (await schemaProblems('v2', 'v2.json', v2)).map((problem) => `${problem.panel ?? '-'}: ${problem.message}`);
}

describe('JSON Schema validation', () => {
  it('uses validators compiled from the current schemas (regenerate: node --import tsx schemas/generate-validators.ts)', () => {
    const committed = readFileSync(new URL(`../../${generatedValidatorsPath}`, import.meta.url), 'utf8');
    expect(committed === validatorModuleSource()).toBe(true);
  });

  it('accepts what the compilers produce', async () => {
    const { classic, v2 } = compiled();
    expect(await schemaProblems('classic', 'd.json', classic)).toEqual([]);
    expect(await schemaProblems('v2', 'v2.json', v2)).toEqual([]);
  });

  it('rejects broken classic dashboards, naming the panel', async () => {
    expect(await classicMessages((d) => (d.schemaVersion = 41))).toEqual(['-: schema: /schemaVersion must be equal to constant ({"allowedValue":42})']);
    expect(await classicMessages((d) => delete d.uid)).toEqual(["-: schema: the top level must have required property 'uid'"]);
    expect(await classicMessages((d) => (d.panels[1].id = 0))).toEqual(['Rate: schema: /panels/1/id must be >= 1']);
    expect(await classicMessages((d) => (d.panels[2].gridPos.w = 30))).toEqual(['Errors: schema: /panels/2/gridPos/w must be <= 24']);
    expect(await classicMessages((d) => delete d.panels[1].targets[0].expr)).toEqual([
      "Rate: schema: /panels/1/targets/0 must have required property 'expr'",
    ]);
    expect(await classicMessages((d) => (d.panels[6].panels[0].targets[0].refId = 'a1'))).toEqual([
      'Latency heatmap: schema: /panels/6/panels/0/targets/0/refId must match pattern "^[A-Z]+$"',
    ]);
    expect(await classicMessages((d) => (d.panels[0].panels = [d.panels[1]]))).toEqual([
      'First: schema: /panels/0/panels must NOT have more than 0 items',
    ]);
  });

  it('rejects broken v2 resources', async () => {
    expect(await v2Messages((r) => (r.apiVersion = 'dashboard.grafana.app/v1beta1'))).toEqual([
      '-: schema: /apiVersion must be equal to constant ({"allowedValue":"dashboard.grafana.app/v2beta1"})',
    ]);
    expect(await v2Messages((r) => (r.spec.layout.kind = 'RowsLayout'))).toEqual([
      '-: schema: /spec/layout/kind must be equal to constant ({"allowedValue":"TabsLayout"})',
    ]);
    expect(await v2Messages((r) => (r.spec.elements['panel-1'].spec.vizConfig.group = ''))).toEqual([
      'Rate: schema: /spec/elements/panel-1/spec/vizConfig/group must NOT have fewer than 1 characters',
    ]);
    expect(await v2Messages((r) => (r.spec.elements.rate = r.spec.elements['panel-1']))).toEqual([
      '-: schema: /spec/elements must match pattern "^panel-[1-9][0-9]*$"',
      '-: schema: /spec/elements property name must be valid',
    ]);
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
