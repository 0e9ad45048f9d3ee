// What staff type into the money forms, read as the API takes it, and its problems as they read them.
import { ApiError, messageOf } from '../lib/api.ts';

export function problemText(e: unknown): string {
  if (e instanceof ApiError && e.problem.errors?.length) return e.problem.errors.map((x) => `${x.field}: ${x.message}`).join('; ');
  return messageOf(e);
}

/** Rupees typed by staff ("12.50") as paise; undefined when left empty. */
export function paise(value: string): number | undefined {
  return value.trim() === '' ? undefined : Math.round(Number(value) * 100);
}

export const rupees = (amount: number | undefined) => (amount === undefined ? '' : (amount / 100).toFixed(2));

/** An instant as a datetime-local field shows it, on this browser's clock; empty for none. */
export function localInput(iso: string | undefined): string {
  if (iso === undefined) return '';
  const at = new Date(iso);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
