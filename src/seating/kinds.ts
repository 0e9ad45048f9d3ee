// What a seat's kind means for the hall it is laid out in: which stretch of its row it sits in,
// which seat a couple seat is sold with, and what a customer is told about it before paying.
import { InvalidInput } from '../domain/errors.ts';
import type { SeatKindValue } from './schemas.ts';

/** A row as staff lay it out, with the kinds its seats were given (seat number → kind). */
export interface RowWithKinds {
  label: string;
  seats: number;
  aislesAfter: readonly number[];
  kinds?: Readonly<Record<string, SeatKindValue>> | undefined;
}

/** The kind of each seat number of a row, checked against the row, in seat-number order (index 0 is seat 1). */
export function kindsOf(row: RowWithKinds, field: string): SeatKindValue[] {
  const kinds: SeatKindValue[] = Array.from({ length: row.seats }, () => 'standard');
  for (const [key, kind] of Object.entries(row.kinds ?? {})) {
    const number = /^[1-9]\d{0,2}$/.test(key) ? Number(key) : NaN;
    if (!Number.isInteger(number)) throw new InvalidInput(field, `"${key}" is not a seat number`);
    if (number > row.seats) throw new InvalidInput(field, `row ${row.label} has no seat ${number}: it has ${row.seats}`);
    kinds[number - 1] = kind;
  }
  return kinds;
}

/** Each seat's stretch: how many of the row's aisles come before it. Seats of one stretch are neighbours. */
export function stretchesOf(row: Pick<RowWithKinds, 'seats' | 'aislesAfter'>): number[] {
  return Array.from({ length: row.seats }, (_, i) => row.aislesAfter.filter((after) => after < i + 1).length);
}

/**
 * The partner of each couple seat, as an index into the row (null for every other seat). Couple
 * seats pair off from the left within each run of neighbouring couple seats, so a run must be
 * even: a couple seat alone, or split from its partner by an aisle, is refused.
 */
export function couplePartners(row: RowWithKinds, kinds: readonly SeatKindValue[], field: string): (number | null)[] {
  const stretches = stretchesOf(row);
  const partners: (number | null)[] = kinds.map(() => null);
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'couple' || partners[i] !== null) continue;
    const next = i + 1;
    if (kinds[next] !== 'couple' || stretches[next] !== stretches[i]) {
      throw new InvalidInput(field, `couple seat ${row.label}${i + 1} needs a couple seat beside it, on the same side of the aisle`);
    }
    partners[i] = next;
    partners[next] = i;
  }
  return partners;
}

/** What the customer is told about a seat before paying, when there is something to tell. */
export function seatNote(kind: string): string | undefined {
  switch (kind) {
    case 'restricted-view':
      return 'Restricted view: part of the screen may be hidden from this seat.';
    case 'wheelchair':
      return 'Wheelchair space: no fixed seat, room for a wheelchair.';
    case 'companion':
      return 'Companion seat, beside a wheelchair space.';
    case 'couple':
      return 'Couple seat: sold as a pair with the seat beside it.';
    default:
      return undefined;
  }
}
