import { describe, expect, it } from 'vitest';
import { badFrom, goodFrom } from '../../src/builder/thresholds.ts';

describe('threshold helpers', () => {
  it('goodFrom: red below the target, green from it, optional yellow band', () => {
    expect(goodFrom(0.99).steps).toEqual([
      { value: null, color: 'red' },
      { value: 0.99, color: 'green' },
    ]);
    expect(goodFrom(0.95, { warnFrom: 0.9 }).steps.map((step) => step.color)).toEqual(['red', 'yellow', 'green']);
  });

  it('badFrom: green below the limit, red (or the given colour) from it, drawn as asked', () => {
    expect(badFrom(0.05, { style: 'line' })).toEqual({
      mode: 'absolute',
      style: 'line',
      steps: [
        { value: null, color: 'green' },
        { value: 0.05, color: 'red' },
      ],
    });
    expect(badFrom(0, { color: 'orange' }).steps[1]).toEqual({ value: 0, color: 'orange' });
    expect('style' in badFrom(1)).toBe(false);
  });
});
