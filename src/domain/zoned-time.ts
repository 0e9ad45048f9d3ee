import { DateTime } from 'luxon';
import { InvalidInput } from './errors.ts';

/** An instant as ISO 8601 with the offset of the given IANA zone, e.g. 2026-11-25T18:30:00+05:30. */
export function inZone(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString();
}

// An IANA name: Area/Location (Asia/Kolkata, America/Argentina/Buenos_Aires, Etc/GMT+5), or UTC.
// Names the runtime also understands but the IANA database does not ("system", "local",
// "UTC+05:30") are refused: PostgreSQL and the next runtime may read them otherwise.
const IANA_ZONE = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone !== 'UTC' && !IANA_ZONE.test(timeZone)) return false;
  return DateTime.local().setZone(timeZone).isValid;
}

/** Years an instant a client sends may fall in: show times and report bounds. */
export const INSTANT_YEARS = { min: 2000, max: 2100 } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

function inYears(field: string, year: number, years: { min: number; max: number }): void {
  if (year < years.min || year > years.max) throw new InvalidInput(field, `must fall in the years ${years.min} to ${years.max}`);
}

/**
 * A calendar date YYYY-MM-DD that exists (no 30 February) in the given years, returned as given;
 * InvalidInput naming the field otherwise.
 */
export function parseCalendarDate(field: string, value: string, years: { min: number; max: number } = INSTANT_YEARS): string {
  const match = ISO_DATE.exec(value);
  if (!match) throw new InvalidInput(field, 'must be a date YYYY-MM-DD');
  const date = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, { zone: 'utc' });
  if (!date.isValid) throw new InvalidInput(field, 'must be a date that exists, YYYY-MM-DD');
  inYears(field, date.year, years);
  return value;
}

/**
 * An instant given for `field`: a date YYYY-MM-DD (midnight UTC) or a date-time with Z or an
 * offset (2026-12-01T18:30:00+05:30), that exists on the calendar and clock and falls in the
 * given years. InvalidInput naming the field when it is none of these. With `offsetRequired`,
 * a bare date is refused too.
 */
export function parseInstant(
  field: string,
  value: string,
  options: { offsetRequired?: boolean; years?: { min: number; max: number } } = {},
): Date {
  const years = options.years ?? INSTANT_YEARS;
  if (ISO_DATE.test(value) && !options.offsetRequired) {
    parseCalendarDate(field, value, years);
    return new Date(`${value}T00:00:00Z`);
  }
  const shape = options.offsetRequired
    ? 'must be an ISO 8601 date-time with an offset, like 2026-12-01T18:30:00+05:30'
    : 'must be an ISO 8601 date (2026-12-01) or date-time with an offset (2026-12-01T18:30:00+05:30)';
  if (!ISO_DATE_TIME.test(value)) throw new InvalidInput(field, shape);
  const parsed = DateTime.fromISO(value, { setZone: true });
  // Luxon reads 24:00 as the next midnight; a client sending it has made a mistake, not a time.
  if (!parsed.isValid || Number(value.slice(11, 13)) > 23 || Math.abs(parsed.offset) > 14 * 60)
    throw new InvalidInput(field, `${shape}, that exists on the calendar`);
  inYears(field, parsed.toUTC().year, years);
  return parsed.toJSDate();
}
