/**
 * UTC times for the pictures, by arithmetic: `Date`'s formatting follows the machine's time zone and
 * locale, and the pictures must be the same bytes on every machine.
 */

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const dayMs = 86_400_000;

/** `HH:MM:SS` in UTC. */
export function utcClock(ms: number): string {
  const inDay = ((Math.floor(ms / 1000) % 86_400) + 86_400) % 86_400;
  return `${pad(Math.floor(inDay / 3600))}:${pad(Math.floor(inDay / 60) % 60)}:${pad(inDay % 60)}`;
}

/** `YYYY-MM-DD` in UTC (the proleptic Gregorian calendar, days counted from 1970-01-01). */
export function utcDate(ms: number): string {
  // Howard Hinnant's civil_from_days.
  const z = Math.floor(ms / dayMs) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `YYYY-MM-DD HH:MM:SS UTC`. */
export function utcDateTime(ms: number): string {
  return `${utcDate(ms)} ${utcClock(ms)} UTC`;
}
