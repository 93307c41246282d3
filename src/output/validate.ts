import { readFile } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Problem } from '../compile/problem.ts';
import { type DashboardInfo, gridColumns, type PanelInfo } from '../dashboard/model.ts';
import type { GrafanaLine } from '../grafana-versions/versions.ts';
import { isJsonObject } from '../json/object.ts';
import { pointerSegments } from '../json/pointer.ts';

export type OutputKind = 'classic' | 'v2';

/** A line's validators, compiled at build time from schemas/grafana/<line>.schema.json (scripts/grafana-validators.mjs). */
interface LineValidators {
  readonly classic: ValidateFunction;
  readonly v2: ValidateFunction | undefined;
}

async function lineValidators(line: GrafanaLine): Promise<LineValidators> {
  try {
    return (await import(`../../.generated/grafana-validators/${line.id}.mjs`)) as LineValidators;
  } catch {
    // Nothing was built (a run from the sources): compile the committed schema now, slower but the same check.
    const { compileLineValidators } = await import('../../scripts/grafana-validators.mjs');
    const schema = JSON.parse(await readFile(new URL(`../../schemas/grafana/${line.id}.schema.json`, import.meta.url), 'utf8'));
    return compileLineValidators(schema);
  }
}

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

function valueAt(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const segment of pointerSegments(pointer)) {
    node = Array.isArray(node) ? node[Number(segment)] : isJsonObject(node) ? node[segment] : undefined;
  }
  return node;
}

/** What went wrong, in the words of Grafana's types rather than Ajv's. */
function describe(error: ErrorObject, document: unknown, line: GrafanaLine): string {
  const at = error.instancePath === '' ? 'the top level' : error.instancePath;
  const types = `Grafana ${line.id}'s types`;
  const value = JSON.stringify(valueAt(document, error.instancePath));
  if (error.keyword === 'additionalProperties') {
    return `${at}/${String(error.params.additionalProperty)} is not a field ${types} know here`;
  }
  if (error.keyword === 'enum' && /(^|\/panels\/\d+)\/type$|\/vizConfig\/group$/.test(error.instancePath)) {
    return `${at}: panel type ${value} is not a panel plugin ${types} know`;
  }
  if (error.keyword === 'enum' && /\/transformations\/\d+\/(id|group|spec\/id)$/.test(error.instancePath)) {
    return `${at}: transformation ${value} is not one of @grafana/data's transformations`;
  }
  if (error.keyword === 'enum' || error.keyword === 'const') {
    const allowed = error.keyword === 'const' ? [error.params.allowedValue] : (error.params.allowedValues as unknown[]);
    return `${at} is ${value}; ${types} allow ${allowed.map((item) => JSON.stringify(item)).join(', ')}`;
  }
  if (error.keyword === 'type') return `${at} is ${value}; ${types} want ${String(error.params.type)}`;
  return `${at} ${error.message ?? 'is invalid'} (${types})`;
}

/** Checks a compiled document against the types of the Grafana line it is written for. */
export async function schemaProblems(kind: OutputKind, file: string, document: unknown, line: GrafanaLine): Promise<Problem[]> {
  const validators = await lineValidators(line);
  const validate = validators[kind];
  if (validate === undefined) return [{ where: file, message: `Grafana ${line.id} has no v2 dashboard API` }];
  if (validate(document)) return [];
  // An `if` failure only repeats the nested error that caused it; an unknown discriminator tag (panel type,
  // v2 kind) is also an `enum` error on the tag, which says it better.
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if' && error.keyword !== 'discriminator');
  const messages = new Set<string>();
  const problems: Problem[] = [];
  for (const error of errors) {
    const problem = { where: file, panel: panelAt(document, error.instancePath), message: `schema: ${describe(error, document, line)}` };
    const key = `${problem.panel}\n${problem.message}`;
    if (!messages.has(key)) problems.push(problem);
    messages.add(key);
  }
  return problems;
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
