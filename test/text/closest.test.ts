import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/text/closest.ts';

describe('closest', () => {
  it('computes Levenshtein distances, stopping early past a limit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('suggests the nearest plausible name, case-insensitively, and nothing for unrelated names', () => {
    expect(closest('jbo', ['job', 'instance'])).toBe('job');
    expect(closest('Cluster', ['cluster', 'namespace'])).toBe('cluster');
    expect(closest('primitive_execution_count', ['primitive_execution_count_total', 'cache_total'])).toBe('primitive_execution_count_total');
    expect(closest('zzz', ['job', 'instance'])).toBeUndefined();
    expect(closest('ab', ['ax', 'ay'])).toBe('ax');
  });
});
