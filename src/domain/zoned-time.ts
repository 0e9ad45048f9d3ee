import { DateTime } from 'luxon';
import { InvalidInput } from './errors.ts';

/** An instant as ISO 8601 with the offset of the given IANA zone, e.g. 2026-11-25T18:30:00+05:30. */
export function inZone(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString();
}

export function isValidTimeZone(timeZone: string): boolean {
  return DateTime.local().setZone(timeZone).isValid;
}

/** An ISO 8601 date or date-time given for `field`; InvalidInput naming the field when it is none. */
export function parseInstant(field: string, value: string): Date {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new InvalidInput(field, 'must be an ISO 8601 date or date-time');
  return parsed;
}
