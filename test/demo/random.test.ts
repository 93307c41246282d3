import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/demo/random.ts';

const draw = (seed: number, count: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('seededRandom', () => {
  test('repeats for a seed and differs between seeds', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
    expect(draw(42, 1000).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  test('int, pick and weighted stay in range and follow the weights', () => {
    const random = seededRandom(1);
    const ints = Array.from({ length: 2000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    expect(random.pick(['only'])).toBe('only');
    expect(() => random.pick([])).toThrow('pick() needs at least one item');
    const picks = Array.from({ length: 4000 }, () => random.weighted([['a', 3], ['b', 1]] as const));
    const share = picks.filter((pick) => pick === 'a').length / picks.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
  });

  test('logNormal has its median where asked', () => {
    const random = seededRandom(9);
    const values = Array.from({ length: 4001 }, () => random.logNormal(100, 0.7)).sort((a, b) => a - b);
    expect(values[2000]).toBeGreaterThan(90);
    expect(values[2000]).toBeLessThan(110);
    expect(values[0]).toBeGreaterThan(0);
  });
});
