// What each instance already knows: seat maps, show listings and single shows answered from memory
// while nothing has changed (docs/design.md, "Reads from memory"). One ReadCache per app, made in
// app.ts; nothing here decides a hold (those are always decided by the database, rule 1).
//
// An answer kept here is dropped
// - when a seat change of its show arrives on the seat channel (any change drops every listing),
// - when this instance answers a request that may have written (app.ts calls dropAll before the
//   answer leaves, so a client reads its own writes exactly),
// - when the LISTEN connection was lost and made again (notices sent meanwhile were missed),
// - and in any case READ_MAX_AGE_MS after the read it came from began, which bounds staleness
//   even when a notice is missed.
// A load that an invalidation overtakes is answered to those already waiting for it, never kept.
// What is not kept is read from a replica that has every change this instance knows of to the
// shows read (db/read-replicas.ts, told of each change here), else from the primary.
// Time-dependent answers are kept only while the clock stays where they hold: a seat map reads a
// hold past its held_until as available at the instant of each read, and a listing is kept only
// until its first show starts or ends or its first live hold lapses.
import { performance } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';
import type { HallRowView } from '../catalogue/schemas.ts';
import type { Database, Queryable } from '../db/database.ts';
import type { ReadAbout, ReadReplicas } from '../db/read-replicas.ts';
import { seatStatusAtInstant } from '../db/seat-predicates.ts';
import { NotFound } from '../domain/errors.ts';
import { parseCalendarDate } from '../domain/zoned-time.ts';
import { SEAT_CHANNEL } from '../db/seat-notices.ts';
import { toSeatMapView, toShowView } from './read.ts';
import {
  hallLayoutOf,
  seatStateRows,
  showRowsWithNextLapse,
  showRowWithNextLapse,
  type SeatStateRow,
  type ShowFilter,
  type ShowRowWithNextLapse,
} from './repository.ts';

/** The oldest a kept answer may be, in ms from the start of the read it came from. */
export const READ_MAX_AGE_MS = 500;

// Bounds on what is kept: a seat map of a 300-seat hall is some 30 KB rendered.
const MAX_LAYOUTS = 2_000;
const MAX_SEAT_MAPS = 500;
const MAX_SHOWS = 2_000;
const MAX_LISTINGS = 500;

/** A body ready to send, and its entity tag. */
export interface Rendered {
  body: string;
  etag: string;
}

/** Turns a view into the body the route answers with (its own serializer) and its entity tag. */
export type Render = (view: unknown) => Rendered;

export type ReadKind = 'seat-map' | 'show' | 'listing';

interface Kept<V> {
  value: V;
  /** performance.now() when the read behind it began. */
  readAt: number;
}

interface Load<V> {
  promise: Promise<V>;
  /** False once an invalidation overtook it: its value is answered to its waiters, not kept. */
  keep: boolean;
}

/** Values by key, each kept at most maxAgeMs, loaded once at a time per key. */
export class KeptReads<V extends object> {
  private readonly kept: LRUCache<string, Kept<V>>;
  private readonly loads = new Map<string, Load<V>>();

  constructor(
    max: number,
    private readonly maxAgeMs: number,
    private readonly counted: (hit: boolean) => void,
  ) {
    this.kept = new LRUCache({ max });
  }

  /** The kept value if fresh and usable, else the one being loaded, else a new load. */
  async get(key: string, load: () => Promise<V>, usable: (value: V) => boolean = () => true): Promise<V> {
    const kept = this.kept.get(key);
    if (kept && performance.now() - kept.readAt < this.maxAgeMs && usable(kept.value)) {
      this.counted(true);
      return kept.value;
    }
    this.counted(false);
    const running = this.loads.get(key);
    if (running) {
      const value = await running.promise;
      if (usable(value)) return value;
    }
    return this.load(key, load);
  }

  private load(key: string, load: () => Promise<V>): Promise<V> {
    const readAt = performance.now();
    const entry: Load<V> = { keep: true, promise: Promise.resolve(undefined as unknown as V) };
    entry.promise = (async () => {
      try {
        const value = await load();
        if (entry.keep) this.kept.set(key, { value, readAt });
        return value;
      } finally {
        if (this.loads.get(key) === entry) this.loads.delete(key);
      }
    })();
    this.loads.set(key, entry);
    return entry.promise;
  }

  drop(key: string): void {
    this.kept.delete(key);
    const running = this.loads.get(key);
    if (running) {
      running.keep = false;
      this.loads.delete(key);
    }
  }

  dropAll(): void {
    this.kept.clear();
    for (const running of this.loads.values()) running.keep = false;
    this.loads.clear();
  }
}

/** A rendered answer that holds for clock instants in [from, until). */
interface TimedAnswer extends Rendered {
  from: number;
  until: number;
}

/** A show's seats as read, and the last seat map rendered from them with the span of clock time it holds for. */
interface ShowSeats {
  showId: string;
  layout: HallRowView[];
  seats: SeatStateRow[];
  rendered?: TimedAnswer;
}

export interface ReadCacheOptions {
  maxAgeMs?: number;
  /** Where reads go when not answered from memory; without them, the database itself. */
  replicas?: ReadReplicas;
  /** Called on every lookup: whether it was answered from memory. */
  counted?: (kind: ReadKind, hit: boolean) => void;
}

export class ReadCache {
  /** Hall layouts by show: a show's hall never changes, so these are kept without expiry. */
  private readonly layouts = new LRUCache<string, HallRowView[]>({ max: MAX_LAYOUTS });
  private readonly seats: KeptReads<ShowSeats>;
  private readonly shows: KeptReads<TimedAnswer>;
  private readonly listings: KeptReads<TimedAnswer>;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Database,
    private readonly options: ReadCacheOptions = {},
  ) {
    const maxAge = options.maxAgeMs ?? READ_MAX_AGE_MS;
    const counted = (kind: ReadKind) => (hit: boolean) => options.counted?.(kind, hit);
    this.seats = new KeptReads(MAX_SEAT_MAPS, maxAge, counted('seat-map'));
    this.shows = new KeptReads(MAX_SHOWS, maxAge, counted('show'));
    this.listings = new KeptReads(MAX_LISTINGS, maxAge, counted('listing'));
  }

  /** LISTENs for seat changes; until this resolves nothing should be read through the cache. */
  async start(): Promise<void> {
    this.unlisten = await this.db.listen(SEAT_CHANNEL, (payload) => this.noticed(payload), { onResync: () => this.dropAll() });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = undefined;
    this.dropAll();
  }

  private noticed(payload: string): void {
    let showId: unknown;
    try {
      showId = (JSON.parse(payload) as { showId?: unknown } | null)?.showId;
    } catch {
      showId = undefined;
    }
    // A notice that names no show (SeatEventHub logs it) could be about any of them.
    if (typeof showId === 'string') this.seatsChanged(showId);
    else this.dropAll();
  }

  /** Seats of the show changed: its seat map and row go, and every listing (their counts). */
  seatsChanged(showId: string): void {
    this.options.replicas?.showChanged(showId);
    this.seats.drop(showId);
    this.shows.drop(showId);
    this.listings.dropAll();
  }

  /** Anything may have changed: drop every kept answer (hall layouts stay: they never change). */
  dropAll(): void {
    this.options.replicas?.everythingChanged();
    this.seats.dropAll();
    this.shows.dropAll();
    this.listings.dropAll();
  }

  /** GET /api/shows/{id}/seats at `now`. */
  async seatMap(showId: string, now: Date, render: Render): Promise<Rendered> {
    const entry = await this.seats.get(showId, () => this.readSeats(showId));
    const at = now.getTime();
    const rendered = entry.rendered;
    if (rendered && rendered.from <= at && at < rendered.until) return rendered;
    // The map holds from the latest hold deadline already passed until the next one.
    let from = -Infinity;
    let until = Infinity;
    for (const seat of entry.seats) {
      if (seat.status !== 'held' || seat.held_until === null) continue;
      const deadline = seat.held_until.getTime();
      if (deadline <= at) from = Math.max(from, deadline);
      else until = Math.min(until, deadline);
    }
    const view = toSeatMapView(
      showId,
      entry.layout,
      entry.seats.map((seat) => ({ ...seat, status: seatStatusAtInstant(seat.status, seat.held_until, now) })),
    );
    entry.rendered = { ...render(view), from, until };
    return entry.rendered;
  }

  /** `read` on a replica that has every change this instance knows of (db/read-replicas.ts), else the database itself. */
  private read<T>(read: (db: Queryable) => Promise<T>, about: ReadAbout<T>): Promise<T> {
    return this.options.replicas ? this.options.replicas.read(read, about) : read(this.db);
  }

  private async readSeats(showId: string): Promise<ShowSeats> {
    const known = this.layouts.get(showId);
    const [layout, seats] = await this.read(
      async (db) => {
        const [layout, seats] = await Promise.all([known ?? hallLayoutOf(db, showId), seatStateRows(db, showId)]);
        if (!layout) throw new NotFound('show');
        return [layout, seats] as const;
      },
      { shows: [showId] },
    );
    this.layouts.set(showId, layout);
    return { showId, layout, seats };
  }

  /** GET /api/shows/{id} at `now`. */
  async show(showId: string, now: Date, render: Render): Promise<Rendered> {
    return this.shows.get(
      showId,
      async () => {
        const row = await this.read(
          async (db) => {
            const found = await showRowWithNextLapse(db, now, showId);
            if (!found) throw new NotFound('show');
            return found;
          },
          { shows: [showId] },
        );
        return timedAnswer([row], now, render(toShowView(row, now)));
      },
      holdsAt(now),
    );
  }

  /** GET /api/shows?… at `now`. */
  async listing(filter: ShowFilter, now: Date, render: Render): Promise<Rendered> {
    if (filter.date !== undefined) parseCalendarDate('date', filter.date);
    const key = JSON.stringify([
      filter.cityId ?? '',
      filter.movieId ?? '',
      filter.cinemaId ?? '',
      filter.date ?? '',
      filter.wheelchair === true,
    ]);
    return this.listings.get(
      key,
      async () => {
        const rows = await this.read((db) => showRowsWithNextLapse(db, now, filter), { showsIn: (rows) => rows.map((row) => row.id) });
        return timedAnswer(rows, now, render(rows.map((row) => toShowView(row, now))));
      },
      holdsAt(now),
    );
  }
}

const holdsAt = (now: Date) => (answer: TimedAnswer) => answer.from <= now.getTime() && now.getTime() < answer.until;

/**
 * An answer about these shows read at `now`, holding until the first instant after it at which it
 * could read differently with no write: a show starting or ending (its status, and whether an
 * undated listing has it) or a live hold lapsing (its seat count).
 */
function timedAnswer(rows: readonly ShowRowWithNextLapse[], now: Date, rendered: Rendered): TimedAnswer {
  const at = now.getTime();
  let until = Infinity;
  for (const row of rows) {
    for (const instant of [row.starts_at, row.ends_at, row.next_lapse]) {
      const ms = instant === null ? Infinity : new Date(instant).getTime();
      if (ms > at) until = Math.min(until, ms);
    }
  }
  return { ...rendered, from: at, until };
}

/**
 * Whether a request this instance answered may have changed what the reads above show. Safe
 * methods never do; a request refused before anything ran (400, 401, 403, 404, 413, 429 …) does
 * not either. A refused hold (409 on POST /api/bookings) writes nothing (rule 1), but a declined
 * payment (402) or a late one (409) frees seats, and a 5xx may have committed before it failed.
 */
export function mayHaveChangedReads(method: string, route: string | undefined, status: number): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  if (status < 400 || status >= 500) return true;
  if (status === 409) return !(method === 'POST' && route === '/api/bookings');
  return status === 402;
}
