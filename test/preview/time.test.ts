import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcClock, utcDate, utcDateTime } from '../../src/preview/data/time.ts';

describe('UTC times by arithmetic', () => {
  it("agree with Date's ISO form for any instant from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_208_988_800_000, max: 7_258_118_400_000 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(utcDate(ms)).toBe(iso.slice(0, 10));
        expect(utcClock(ms)).toBe(iso.slice(11, 19));
      }),
      { numRuns: 20_000 },
    );
  });

  it('print a whole date and time', () => {
    expect(utcDateTime(1_767_225_600_000)).toBe('2026-01-01 00:00:00 UTC');
    expect(utcDateTime(951_782_400_000)).toBe('2000-02-29 00:00:00 UTC');
  });
});
