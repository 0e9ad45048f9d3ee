// India's financial year runs from 1 April to 31 March; invoice numbers restart with each one.
import { DateTime } from 'luxon';

/** The financial year of an instant in a time zone, as "2026-27". */
export function financialYear(at: Date, zone: string): string {
  const local = DateTime.fromJSDate(at, { zone });
  const start = local.month >= 4 ? local.year : local.year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
