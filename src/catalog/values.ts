/**
 * What values a catalog attribute admits: its closed list, or its pattern (RE2, anchored, as Prometheus
 * matches labels), with the value families and sums declared beside them. Shared by the catalog check,
 * the lint rules, `verify-catalog` and the demo, so that they all judge a value the same way.
 */
import { compileLabelRegex, type LabelRegex } from '../promql/regex.ts';
import { compareText } from '../text/compare.ts';
import { closest } from '../text/closest.ts';
import type { AttributeSpec } from './model.ts';

export interface AdmittedValues {
  /** Whether the SDK may record this value. */
  allows(value: string): boolean;
  /** Whether `known` is every value there is (a closed list) or only the ones the catalog names (a pattern's families). */
  readonly closed: boolean;
  /** The values the catalog names: the closed list, else every family member, in catalog order without repeats. */
  readonly known: readonly string[];
  /** The attribute's spec, for its families and sums. */
  readonly spec: AttributeSpec;
}

const cache = new WeakMap<AttributeSpec, AdmittedValues | null>();

function namedValues(spec: AttributeSpec): string[] {
  return [...new Set(spec.values ?? Object.values(spec.families ?? {}).flat())];
}

function work(spec: AttributeSpec): AdmittedValues | undefined {
  if (spec.values !== undefined) {
    const values = new Set(spec.values);
    return { allows: (value) => values.has(value), closed: true, known: namedValues(spec), spec };
  }
  if (spec.pattern === undefined) return undefined;
  const compiled = compileLabelRegex(spec.pattern);
  // An invalid pattern is reported when the catalog is checked; until then it admits nothing it cannot judge.
  if (!compiled.ok) return undefined;
  const regex: LabelRegex = compiled.regex;
  return { allows: (value) => regex.matches(value), closed: false, known: namedValues(spec), spec };
}

/** What the attribute admits; undefined when its values are open-ended (no list, no usable pattern). */
export function admittedValues(spec: AttributeSpec): AdmittedValues | undefined {
  const known = cache.get(spec);
  if (known !== undefined) return known ?? undefined;
  const admitted = work(spec);
  cache.set(spec, admitted ?? null);
  return admitted;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

function isListRecord(value: unknown): value is Record<string, unknown[]> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Problems with an attribute's value declarations: fields of the wrong type (named by their `path` in the
 * catalog), a pattern that is not a valid RE2 regular expression, a family member or a sum the values or the
 * pattern reject (named by the `path` and the metric and attribute they belong to, `subject`).
 */
export function attributeValueProblems(path: string, subject: string, attribute: Partial<AttributeSpec>): string[] {
  const problems: string[] = [];
  const where = `${path} (${subject})`;
  const { values, pattern, families, sumOf, legacyValues } = attribute;
  if (values !== undefined && !isStringList(values)) problems.push(`${path}.values must be a list of strings`);
  if (pattern !== undefined) {
    if (typeof pattern !== 'string') problems.push(`${path}.pattern must be a string`);
    else {
      const compiled = compileLabelRegex(pattern);
      if (!compiled.ok) problems.push(`${where}: pattern ${JSON.stringify(pattern)} is not a valid regular expression (RE2): ${compiled.error}`);
    }
  }
  for (const [field, record] of [
    ['families', families],
    ['sumOf', sumOf],
  ] as const) {
    if (record === undefined) continue;
    if (!isListRecord(record) || !Object.values(record).every(isStringList)) {
      problems.push(`${path}.${field} must map names to lists of strings`);
    }
  }
  if (legacyValues !== undefined && !(isListRecord(legacyValues) && Object.values(legacyValues).every((value) => typeof value === 'string'))) {
    problems.push(`${path}.legacyValues must map old values to strings`);
  }
  if (problems.length > 0) return problems;
  const admitted = admittedValues(attribute as AttributeSpec);
  // Open-ended values: any family member or sum is possible.
  if (admitted === undefined) return problems;
  const rejected = (value: string) => !admitted.allows(value);
  const rejectedBy = values !== undefined ? 'the values do not list' : `the pattern ${JSON.stringify(pattern)} rejects`;
  for (const [family, members] of Object.entries(families ?? {})) {
    for (const member of members.filter(rejected)) problems.push(`${where}: family "${family}" names "${member}", which ${rejectedBy}`);
  }
  for (const [sum, parts] of Object.entries(sumOf ?? {})) {
    for (const value of [sum, ...parts].filter(rejected)) problems.push(`${where}: sumOf "${sum}" names "${value}", which ${rejectedBy}`);
    if (parts.includes(sum)) problems.push(`${where}: sumOf "${sum}" lists itself as a part`);
  }
  for (const [old, current] of Object.entries(legacyValues ?? {})) {
    if (rejected(current)) problems.push(`${where}: legacyValues "${old}" stands for "${current}", which ${rejectedBy}`);
  }
  return problems;
}

/** What to write instead of a value the attribute does not admit: one value, or a whole family. */
export type ValueSuggestion = { readonly value: string } | { readonly family: string; readonly members: readonly string[] };

/**
 * The nearest admitted value to one that is not: the value it replaced (`legacyValues`), the named value it
 * abbreviates (`retry` -> `RetryPrimitive`, case aside), the family it names (`llm`), or a near spelling.
 */
export function suggestValue(admitted: AdmittedValues, value: string): ValueSuggestion | undefined {
  const legacy = admitted.spec.legacyValues?.[value];
  if (legacy !== undefined) return { value: legacy };
  const wanted = value.toLowerCase();
  if (wanted !== '') {
    const extending = admitted.known
      .filter((known) => known.toLowerCase().startsWith(wanted))
      .sort((a, b) => a.length - b.length || compareText(a, b));
    if (extending.length > 0) return { value: extending[0]! };
  }
  const family = Object.entries(admitted.spec.families ?? {}).find(([name]) => name.toLowerCase() === wanted);
  if (family !== undefined) return { family: family[0], members: family[1] };
  const near = closest(value, admitted.known);
  return near === undefined ? undefined : { value: near };
}
