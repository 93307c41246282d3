import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Problem } from '../compile/problem.ts';
import { type DashboardInfo, gridColumns, type PanelInfo } from '../dashboard/model.ts';
import { isJsonObject } from '../json/object.ts';
import { pointerSegments } from '../json/pointer.ts';
import * as generated from './schema-validators.generated.ts';

export type OutputKind = 'classic' | 'v2';

/** Ajv validators of schemas/*.schema.json, compiled ahead of time (see validators-source.ts). */
const validators = generated as unknown as Record<OutputKind, ValidateFunction>;

/** The title of the panel (or v2 element) that a JSON pointer points into, for error messages. */
function panelAt(document: unknown, pointer: string): string | undefined {
  let node: unknown = document;
  let title: string | undefined;
  const segments = pointerSegments(pointer);
  segments.forEach((segment, index) => {
    node = Array.isArray(node) ? node[Number(segment)] : isJsonObject(node) ? node[segment] : undefined;
    const parent = segments[index - 1];
    if (!isJsonObject(node)) return;
    if (parent === 'panels' && typeof node.title === 'string') title = node.title;
    if (parent === 'elements') {
      const spec = node.spec;
      title = isJsonObject(spec) && typeof spec.title === 'string' ? spec.title : segment;
    }
  });
  return title;
}

function schemaProblem(file: string, document: unknown, error: ErrorObject): Problem {
  const at = error.instancePath === '' ? 'the top level' : error.instancePath;
  const detail = error.keyword === 'const' || error.keyword === 'enum' ? ` (${JSON.stringify(error.params)})` : '';
  return { where: file, panel: panelAt(document, error.instancePath), message: `schema: ${at} ${error.message ?? 'is invalid'}${detail}` };
}

/** Checks a compiled document against our JSON Schema of its format. */
export function schemaProblems(kind: OutputKind, file: string, document: unknown): Problem[] {
  const validate = validators[kind];
  if (validate(document)) return [];
  // An `if` failure only repeats the nested error that caused it.
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if');
  return errors.map((error) => schemaProblem(file, document, error));
}

function overlaps(a: PanelInfo, b: PanelInfo): boolean {
  const p = a.gridPos;
  const q = b.gridPos;
  if (!p || !q) return false;
  return p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
}

/** What a schema cannot say: positions inside 24 columns, no overlaps within a tab, unique panel ids. */
export function gridProblems(info: DashboardInfo): Problem[] {
  const problems: Problem[] = [];
  const report = (panel: PanelInfo, message: string) => problems.push({ where: info.file, panel: panel.title, message });
  const ids = new Map<number, PanelInfo>();
  info.panels.forEach((panel, index) => {
    if (panel.id !== undefined) {
      const first = ids.get(panel.id);
      if (first) report(panel, `panel id ${panel.id} is also used by "${first.title}"`);
      else ids.set(panel.id, panel);
    }
    const pos = panel.gridPos;
    if (pos && pos.x + pos.w > gridColumns) report(panel, `extends past column ${gridColumns} (x ${pos.x} + w ${pos.w})`);
    for (const other of info.panels.slice(index + 1)) {
      if (other.tab === panel.tab && overlaps(panel, other)) report(panel, `overlaps "${other.title}" in ${panel.tab ?? 'the top level'}`);
    }
  });
  return problems;
}

/** v2 layouts refer to elements by name: every reference must exist and every element must be placed once. */
export function elementReferenceProblems(file: string, resource: unknown): Problem[] {
  const spec = isJsonObject(resource) && isJsonObject(resource.spec) ? resource.spec : {};
  const elements = isJsonObject(spec.elements) ? Object.keys(spec.elements) : [];
  const placed: string[] = [];
  const walk = (layout: unknown): void => {
    if (!isJsonObject(layout) || !isJsonObject(layout.spec)) return;
    const { tabs, items } = layout.spec as { tabs?: unknown; items?: unknown };
    if (Array.isArray(tabs)) for (const tab of tabs) walk(isJsonObject(tab) && isJsonObject(tab.spec) ? tab.spec.layout : undefined);
    if (Array.isArray(items)) {
      for (const item of items) {
        const element = isJsonObject(item) && isJsonObject(item.spec) && isJsonObject(item.spec.element) ? item.spec.element.name : undefined;
        if (typeof element === 'string') placed.push(element);
      }
    }
  };
  walk(spec.layout);
  const problems: Problem[] = [];
  for (const name of placed) {
    if (!elements.includes(name)) problems.push({ where: file, message: `the layout places "${name}", which is not in elements` });
  }
  for (const name of elements) {
    const count = placed.filter((candidate) => candidate === name).length;
    if (count !== 1) problems.push({ where: file, panel: name, message: `element is placed ${count} times in the layout; expected once` });
  }
  return problems;
}
