// Money and times as people read them. Times are shown in the cinema's own zone: the API
// sends them with that zone's offset, so the wall-clock time is read from the string itself.
import type { Money } from './types.ts';

const rupees = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });

export function formatMoney(money: Money | number): string {
  const amount = typeof money === 'number' ? money : money.amount;
  return rupees.format(amount / 100);
}

/** The instant shifted by its own offset, so formatting it as UTC shows the cinema's wall clock. */
function wallClock(iso: string): Date {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(Date.parse(iso) + offsetMinutes * 60_000);
}

const timeFormat = new Intl.DateTimeFormat('en-IN', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en-IN', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

export function formatTime(iso: string): string {
  return timeFormat.format(wallClock(iso)).toUpperCase();
}

export function formatDay(iso: string): string {
  return dayFormat.format(wallClock(iso));
}

export function formatDateTime(iso: string): string {
  return `${formatDay(iso)}, ${formatTime(iso)}`;
}

/** YYYY-MM-DD of the instant in the zone its offset names. */
export function localDate(iso: string): string {
  return iso.slice(0, 10);
}

export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours}h ${minutes % 60}m` : `${minutes}m`;
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** The instant at which the wall-clock time (YYYY-MM-DDTHH:mm) happens in the IANA zone. */
export function wallTimeToInstant(wall: string, timeZone: string): Date {
  const [date = '', time = '00:00'] = wall.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  // Twice, because the zone's offset at the guess may differ from the offset at the answer near a DST change.
  let instant = asUtc - zoneOffsetMs(new Date(asUtc), timeZone);
  instant = asUtc - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}
