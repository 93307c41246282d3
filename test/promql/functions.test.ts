import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arity, functionSignature } from '../../src/promql/functions.ts';

/** Function names straight from the installed grammar: `Rate { condFn<"rate"> }`. */
function grammarFunctionNames(): string[] {
  const entry = createRequire(import.meta.url).resolve('@prometheus-io/lezer-promql');
  const grammar = readFileSync(join(dirname(entry), '..', 'src', 'promql.grammar'), 'utf8');
  const identifiers = /FunctionIdentifier \{([^}]*)\}/.exec(grammar)![1]!.split('|').map((name) => name.trim());
  const names: string[] = [];
  for (const identifier of identifiers) {
    const definition = new RegExp(`\\b${identifier} \\{ ?condFn<"([a-z_0-9]+)">`).exec(grammar);
    const name = definition?.[1] ?? { StartFn: 'start', EndFn: 'end' }[identifier];
    if (name !== undefined) names.push(name);
  }
  return names;
}

describe('function signatures', () => {
  it('cover every function the installed lezer-promql grammar knows', () => {
    const names = grammarFunctionNames();
    expect(names.length).toBeGreaterThan(80);
    expect(names.filter((name) => functionSignature(name) === undefined)).toEqual([]);
  });

  it('know arity and variadic functions', () => {
    expect(arity(functionSignature('label_join')!)).toEqual({ min: 3, max: Infinity });
    expect(arity(functionSignature('round')!)).toEqual({ min: 1, max: 2 });
    expect(arity(functionSignature('time')!)).toEqual({ min: 0, max: 0 });
    expect(functionSignature('pi')!.returns).toBe('scalar');
    expect(functionSignature('rate')!.args).toEqual(['matrix']);
  });
});
