import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/text/duration.ts';

describe('parseDuration', () => {
  it('reads the durations Prometheus and Grafana write', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('2d')).toBe(172_800_000);
    expect(parseDuration('1w')).toBe(604_800_000);
  });

  it('refuses anything else', () => {
    for (const text of ['', '0s', '5', 'soon', '5x', '1.5h', '-5m', 'm5']) expect(parseDuration(text), text).toBeUndefined();
  });
});
