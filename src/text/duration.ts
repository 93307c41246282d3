const durationUnits: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `30s`, `15m`, `1h30m`, `2d` as Prometheus and Grafana write durations, in milliseconds; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  const parts = [...trimmed.matchAll(/(\d+)(ms|s|m|h|d|w)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== trimmed) return undefined;
  const ms = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * durationUnits[unit], 0);
  return ms > 0 ? ms : undefined;
}
