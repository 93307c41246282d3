import { describe, expect, it } from 'vitest';
import { catalogProblems, defineCatalog, isCatalogShaped, valuePattern } from '../../src/catalog/model.ts';
import { admittedValues, suggestValue } from '../../src/catalog/values.ts';

const className = valuePattern<`${Capitalize<string>}Primitive`>('^[A-Z][A-Za-z0-9]*Primitive$');

/** A one-metric catalog whose only attribute, `primitive.type`, is `attribute` (typed as given, for defineCatalog). */
function catalogWith<const Attribute>(attribute: Attribute) {
  return {
    name: 'test',
    metrics: {
      executions: {
        name: 'primitive.execution.count',
        kind: 'counter',
        unit: '1',
        description: 'executions',
        status: 'emitted',
        attributes: { 'primitive.type': attribute },
      },
    },
  } as const;
}

describe('admitted values', () => {
  it('admits exactly the closed list, and names it', () => {
    const admitted = admittedValues({ values: ['input', 'output', 'total'] })!;
    expect(['input', 'output', 'total'].map(admitted.allows)).toEqual([true, true, true]);
    expect(['prompt', 'Input', ''].map(admitted.allows)).toEqual([false, false, false]);
    expect(admitted).toMatchObject({ closed: true, known: ['input', 'output', 'total'] });
  });

  it('admits what the pattern matches, anchored, and names the family members', () => {
    const admitted = admittedValues({ pattern: className, families: { composition: ['SequentialPrimitive'], llm: ['OpenAIPrimitive'] } })!;
    expect(['RetryPrimitive', 'LambdaPrimitive', 'SequentialPrimitive'].every(admitted.allows)).toBe(true);
    // Anchored at both ends, as Prometheus anchors label matchers.
    expect(['retry', 'RetryPrimitiveX', 'xRetryPrimitive', 'Primitive', 'Retry Primitive'].some(admitted.allows)).toBe(false);
    expect(admitted).toMatchObject({ closed: false, known: ['SequentialPrimitive', 'OpenAIPrimitive'] });
  });

  it('leaves open-ended attributes alone', () => {
    expect(admittedValues({ description: 'any name' })).toBeUndefined();
  });
});

describe('suggestions for a value the attribute does not admit', () => {
  const classes = admittedValues({
    pattern: className,
    families: { composition: ['SequentialPrimitive', 'RouterPrimitive'], llm: ['OpenAIPrimitive'], cache: ['CachePrimitive', 'AdaptiveCachePrimitive'] },
  })!;
  const tokens = admittedValues({ values: ['input', 'output', 'total'], legacyValues: { prompt: 'input' } })!;

  it('prefers the value it replaced, then a named value it abbreviates, then a family of that name', () => {
    expect(suggestValue(tokens, 'prompt')).toEqual({ value: 'input' });
    expect(suggestValue(classes, 'router')).toEqual({ value: 'RouterPrimitive' });
    // The shortest named value that starts with it: CachePrimitive, not AdaptiveCachePrimitive.
    expect(suggestValue(classes, 'cache')).toEqual({ value: 'CachePrimitive' });
    expect(suggestValue(classes, 'LLM')).toEqual({ family: 'llm', members: ['OpenAIPrimitive'] });
  });

  it('falls back to a near spelling, or nothing', () => {
    expect(suggestValue(tokens, 'outptu')).toEqual({ value: 'output' });
    expect(suggestValue(tokens, 'completion')).toBeUndefined();
  });
});

describe('catalog check of value declarations', () => {
  it('accepts patterns, families and sums that agree with each other', () => {
    expect(catalogProblems(catalogWith({ pattern: className, families: { recovery: ['RetryPrimitive'] } }))).toEqual([]);
    expect(catalogProblems(catalogWith({ values: ['input', 'output', 'total'], sumOf: { total: ['input', 'output'] } }))).toEqual([]);
  });

  it('names the metric and attribute of a pattern that is not a valid RE2 regular expression', () => {
    // JavaScript's RegExp accepts a lookahead; RE2, like Prometheus, does not.
    expect(catalogProblems(catalogWith({ pattern: '(?=x)Primitive' }))).toEqual([
      expect.stringMatching(/^metrics\.executions\.attributes\.primitive\.type \(metric primitive\.execution\.count, attribute primitive\.type\): pattern "\(\?=x\)Primitive" is not a valid regular expression \(RE2\): /),
    ]);
    expect(catalogProblems(catalogWith({ pattern: '[A-Z' }))).toHaveLength(1);
  });

  it('reports a family member the pattern rejects', () => {
    expect(catalogProblems(catalogWith({ pattern: className, families: { recovery: ['RetryPrimitive', 'retry'] } }))).toEqual([
      'metrics.executions.attributes.primitive.type (metric primitive.execution.count, attribute primitive.type): family "recovery" names "retry", which the pattern "^[A-Z][A-Za-z0-9]*Primitive$" rejects',
    ]);
  });

  it('reports family members and sums outside the closed list', () => {
    expect(catalogProblems(catalogWith({ values: ['input', 'output', 'total'], sumOf: { total: ['prompt', 'output'] } }))).toEqual([
      expect.stringContaining('sumOf "total" names "prompt", which the values do not list'),
    ]);
    expect(catalogProblems(catalogWith({ values: ['a'], families: { x: ['b'] } }))).toEqual([expect.stringContaining('family "x" names "b"')]);
    expect(catalogProblems(catalogWith({ values: ['a', 'b'], sumOf: { a: ['a', 'b'] } }))).toEqual([expect.stringContaining('lists itself')]);
  });

  it('reports a replaced value that stands for a value the list rejects', () => {
    expect(catalogProblems(catalogWith({ values: ['input', 'output'], legacyValues: { prompt: 'inputs' } }))).toEqual([
      expect.stringContaining('legacyValues "prompt" stands for "inputs", which the values do not list'),
    ]);
  });

  it('reports fields of the wrong type by their path', () => {
    expect(catalogProblems(catalogWith({ pattern: 5, families: { x: 'a' }, sumOf: [] }))).toEqual([
      'metrics.executions.attributes.primitive.type.pattern must be a string',
      'metrics.executions.attributes.primitive.type.families must map names to lists of strings',
      'metrics.executions.attributes.primitive.type.sumOf must map names to lists of strings',
    ]);
  });

  it('tells a catalog-shaped value from others, whatever is wrong inside', () => {
    expect(isCatalogShaped(catalogWith({ pattern: '[' }))).toBe(true);
    expect([null, 'x', { name: 'x' }, { metrics: {} }].some(isCatalogShaped)).toBe(false);
  });
});

describe('typed values', () => {
  const catalog = defineCatalog(catalogWith({ pattern: className, families: { composition: ['SequentialPrimitive'] } }));

  it('keeps the pattern a plain string at run time', () => {
    expect(catalog.metrics.executions.attributes['primitive.type'].pattern).toBe('^[A-Z][A-Za-z0-9]*Primitive$');
  });
});
