/**
 * UCUM unit -> Prometheus name suffix, as the OpenTelemetry specification, the Python exporter
 * and the Go translator (Collector, Prometheus OTLP receiver) agree on.
 */
const unitWords: Readonly<Record<string, string>> = {
  d: 'days',
  h: 'hours',
  min: 'minutes',
  s: 'seconds',
  ms: 'milliseconds',
  us: 'microseconds',
  ns: 'nanoseconds',
  By: 'bytes',
  KiBy: 'kibibytes',
  MiBy: 'mebibytes',
  GiBy: 'gibibytes',
  TiBy: 'tebibytes',
  KBy: 'kilobytes',
  MBy: 'megabytes',
  GBy: 'gigabytes',
  TBy: 'terabytes',
  m: 'meters',
  V: 'volts',
  A: 'amperes',
  J: 'joules',
  W: 'watts',
  g: 'grams',
  Cel: 'celsius',
  Hz: 'hertz',
  '%': 'percent',
};

const perUnitWords: Readonly<Record<string, string>> = {
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  mo: 'month',
  y: 'year',
};

/** Curly-brace annotations such as `{token}` carry no unit and are dropped. */
function withoutAnnotations(unit: string): string {
  return unit.replace(/\{[^}]*\}/g, '').trim();
}

/**
 * The suffix the translated name gets for a unit, without the leading underscore;
 * empty when the unit adds nothing (`1`, `{request}`).
 */
export function unitSuffix(unit: string): string {
  const bare = withoutAnnotations(unit);
  if (bare === '' || bare === '1') return '';
  const slash = bare.indexOf('/');
  if (slash < 0) return unitWords[bare] ?? bare;
  const main = bare.slice(0, slash);
  const per = bare.slice(slash + 1);
  const mainWord = main === '' || main === '1' ? '' : (unitWords[main] ?? main);
  const perWord = perUnitWords[per] ?? unitWords[per] ?? per;
  return mainWord === '' ? `per_${perWord}` : `${mainWord}_per_${perWord}`;
}

/** True for dimensionless units (`1`, or only annotations), which the Go translator marks `_ratio` on gauges. */
export function isDimensionless(unit: string): boolean {
  const bare = withoutAnnotations(unit);
  return bare === '1';
}
