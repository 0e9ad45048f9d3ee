import { DateTime } from 'luxon';

/** An instant as ISO 8601 with the offset of the given IANA zone, e.g. 2026-11-25T18:30:00+05:30. */
export function inZone(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString();
}

export function isValidTimeZone(timeZone: string): boolean {
  return DateTime.local().setZone(timeZone).isValid;
}
