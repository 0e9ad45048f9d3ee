// A way of holding seats straight against PostgreSQL, to compare with Houseful's and to show
// what goes wrong without it. Each runs against Houseful's own schema on a prepared show.
import type { Database } from '../../src/db/database.ts';

/** What a pattern runs on: Houseful's database module, so every pattern goes through the same driver. */
export type PatternDatabase = Pick<Database, 'query' | 'transaction'>;

export interface HoldPattern {
  name: string;
  /** Tries to hold every seat for the booking; true when the pattern believes it did. */
  hold(db: PatternDatabase, showId: string, seatIds: string[], bookingId: string): Promise<boolean>;
}
