// A way of holding seats straight against PostgreSQL, to compare with Houseful's and to show
// what goes wrong without it. Each runs against Houseful's own schema on a prepared show.
import type pg from 'pg';

export interface HoldPattern {
  name: string;
  /** Tries to hold every seat for the booking; true when the pattern believes it did. */
  hold(pool: pg.Pool, showId: string, seatIds: string[], bookingId: string): Promise<boolean>;
}
