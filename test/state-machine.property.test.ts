// Property-based tests of the booking state machine: the transition table itself, and random
// sequences of holds, payments, cancellations, lapses and sweeps run against a model.
//
// The model is written from the contract, not from the code: it keeps its own clock, records when
// each hold was taken, decides from its own arithmetic when a hold lapses, and moves bookings only
// along the contract's transitions, written out below as a plain table.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/domain/clock.ts';
import { canMoveBooking, effectiveBookingStatus, type BookingStatus } from '../src/domain/states.ts';
import { sweepExpiredHolds } from '../src/jobs/sweeper.ts';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';
import { brokenInvariants } from './support/invariants.ts';

type State = 'pending' | 'confirmed' | 'expired' | 'cancelled';
const states: State[] = ['pending', 'confirmed', 'expired', 'cancelled'];

/** The contract's booking states: from each, the states it may move to. Nothing else moves. */
const contractMoves: Record<State, readonly State[]> = {
  pending: ['confirmed', 'expired', 'cancelled'],
  confirmed: ['cancelled'],
  expired: [],
  cancelled: [],
};

/** The hold time the app under test is started with. */
const HOLD_TTL_SECONDS = 60;

interface ModelBooking {
  id: string;
  customer: number;
  seats: number[];
  state: State;
  /** On the model's clock: milliseconds after the model started. */
  heldAtMs: number;
}

class BookingModel {
  /** The model's clock: milliseconds since it started, moved only by `pass`. */
  elapsedMs = 0;
  readonly bookings: ModelBooking[] = [];

  hold(id: string, customer: number, seats: number[]): ModelBooking {
    const booking: ModelBooking = { id, customer, seats, state: 'pending', heldAtMs: this.elapsedMs };
    this.bookings.push(booking);
    return booking;
  }

  /** Time passes; every hold that has now been held for its full TTL lapses. */
  pass(ms: number): void {
    this.elapsedMs += ms;
    for (const booking of this.bookings) {
      if (booking.state === 'pending' && this.elapsedMs - booking.heldAtMs >= HOLD_TTL_SECONDS * 1000) {
        this.move(booking, 'expired');
      }
    }
  }

  move(booking: ModelBooking, to: State): void {
    if (!contractMoves[booking.state].includes(to)) throw new Error(`the model moved ${booking.id} ${booking.state} → ${to}`);
    booking.state = to;
  }

  /** A seat is taken while a booking that asked for it is pending or confirmed. */
  ownerOf(seat: number): ModelBooking | undefined {
    return this.bookings.find((b) => b.seats.includes(seat) && (b.state === 'pending' || b.state === 'confirmed'));
  }
}

describe('the transition table', () => {
  it('allows exactly the contract’s transitions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.constantFrom(...states), (from, to) => {
        expect(canMoveBooking(from, to)).toBe(contractMoves[from].includes(to));
      }),
    );
  });

  it('reads a booking as the model has it after any time has passed since its hold', () => {
    const ttlMs = HOLD_TTL_SECONDS * 1000;
    const sinceHold = fc.oneof(fc.integer({ min: 0, max: 2 * ttlMs }), fc.constantFrom(ttlMs - 1, ttlMs, ttlMs + 1));
    fc.assert(
      fc.property(fc.constantFrom(...states), sinceHold, (stored, sinceHoldMs) => {
        const model = new BookingModel();
        const booking = model.hold('b', 0, [0]);
        if (stored !== 'pending') model.move(booking, stored);
        model.pass(sinceHoldMs);
        const heldAt = 1_800_000_000_000;
        const read = effectiveBookingStatus(
          stored as BookingStatus,
          new Date(heldAt + HOLD_TTL_SECONDS * 1000),
          new Date(heldAt + sinceHoldMs),
        );
        expect(read).toBe(booking.state);
      }),
    );
  });
});

/**
 * A clock that moves only when the test moves it, so the model's arithmetic is exact however slow
 * the machine is. It starts on a whole second and moves by whole seconds, as hold deadlines fall.
 */
class StoppedClock extends ManualClock {
  private readonly startMs = Math.ceil(Date.now() / 1000) * 1000;
  private movedMs = 0;
  override now(): Date {
    return new Date(this.startMs + this.movedMs);
  }
  override advance(seconds: number): void {
    this.movedMs += seconds * 1000;
  }
}

interface Model {
  bookings: BookingModel;
  /** The app's clock when this model started. */
  startMs: number;
}

interface Real {
  t: TestApp;
  showId: string;
  seatIds: string[];
  tokens: string[];
}

class Hold implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly customer: number,
    readonly seats: number[],
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const reply = await real.t.api.post(
      '/api/bookings',
      { showId: real.showId, seatIds: this.seats.map((i) => real.seatIds[i]) },
      real.tokens[this.customer],
    );
    const taken = this.seats.filter((seat) => model.bookings.ownerOf(seat) !== undefined);
    expect(reply.status).toBe(taken.length === 0 ? 201 : 409);
    if (reply.status === 201) {
      const booking = model.bookings.hold(reply.body.id, this.customer, this.seats);
      expect(reply.body.status).toBe('pending');
      expect(Date.parse(reply.body.expiresAt)).toBe(model.startMs + booking.heldAtMs + HOLD_TTL_SECONDS * 1000);
    } else {
      expect([...reply.body.unavailableSeatIds].sort()).toEqual(taken.map((i) => real.seatIds[i]).sort());
    }
  }
  toString = () => `hold(c${this.customer}, [${this.seats}])`;
}

class Pay implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly approve: boolean,
  ) {}
  check = (model: Readonly<Model>) => model.bookings.bookings.length > 0;
  async run(model: Model, real: Real) {
    const booking = model.bookings.bookings[this.pick % model.bookings.bookings.length]!;
    const body = this.approve ? { method: 'upi', upiId: 'success@upi' } : { method: 'upi', upiId: 'failure@upi' };
    const reply = await real.t.api.post(`/api/bookings/${booking.id}/payment`, body, real.tokens[booking.customer], {
      'Idempotency-Key': `k-${Math.random()}`,
    });
    if (booking.state === 'pending') {
      // Paid: confirmed. Declined: the hold is given up and the seats go back.
      expect(reply.status).toBe(this.approve ? 200 : 402);
      model.bookings.move(booking, this.approve ? 'confirmed' : 'expired');
    } else {
      expect(reply.status).toBe(409);
    }
  }
  toString = () => `pay(#${this.pick}, ${this.approve ? 'approve' : 'decline'})`;
}

class Cancel implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.bookings.bookings.length > 0;
  async run(model: Model, real: Real) {
    const booking = model.bookings.bookings[this.pick % model.bookings.bookings.length]!;
    const reply = await real.t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, real.tokens[booking.customer]);
    if (contractMoves[booking.state].includes('cancelled')) {
      expect(reply.status).toBe(200);
      expect(reply.body.refund !== undefined).toBe(booking.state === 'confirmed');
      model.bookings.move(booking, 'cancelled');
    } else {
      expect(reply.status).toBe(409);
    }
  }
  toString = () => `cancel(#${this.pick})`;
}

class Wait implements fc.AsyncCommand<Model, Real> {
  constructor(readonly seconds: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    real.t.clock.advance(this.seconds);
    model.bookings.pass(this.seconds * 1000);
  }
  toString = () => `wait(${this.seconds}s)`;
}

class Sweep implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(_model: Model, real: Real) {
    // The sweeper only tidies: nothing a customer can see changes, so the model does not move.
    await sweepExpiredHolds(real.t.ctx);
  }
  toString = () => 'sweep';
}

describe('random sequences of booking actions against a model', () => {
  let t: TestApp;
  let admin: string;
  let tokens: string[];
  beforeAll(async () => {
    t = await startTestApp({ env: { HOLD_TTL_SECONDS: String(HOLD_TTL_SECONDS) }, clock: new StoppedClock() });
    admin = await adminToken(t.ctx);
    tokens = await Promise.all([0, 1, 2].map(async (i) => (await t.api.customer(`Model${i}`)).token));
  });
  afterAll(() => t.close());

  it('agrees with the model on every answer, every booking and every seat, and keeps every invariant', async () => {
    const seatCount = 6;
    const commands = [
      fc
        .tuple(fc.integer({ min: 0, max: 2 }), fc.uniqueArray(fc.integer({ min: 0, max: seatCount - 1 }), { minLength: 1, maxLength: 3 }))
        .map(([c, s]) => new Hold(c, s)),
      fc.tuple(fc.nat(), fc.boolean()).map(([pick, approve]) => new Pay(pick, approve)),
      fc.nat().map((pick) => new Cancel(pick)),
      // Any wait, and often one that lands a hold just before, on or just after its deadline.
      fc
        .oneof(fc.integer({ min: 1, max: 90 }), fc.constantFrom(HOLD_TTL_SECONDS - 1, HOLD_TTL_SECONDS, HOLD_TTL_SECONDS + 1))
        .map((s) => new Wait(s)),
      fc.constant(new Sweep()),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 14 }), async (cmds) => {
        const { show, seats } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: seatCount }] });
        const real: Real = { t, showId: show.id, seatIds: seats.map((s) => s.id), tokens };
        const model: Model = { bookings: new BookingModel(), startMs: t.clock.now().getTime() };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        // Every booking reads as the model has it.
        for (const booking of model.bookings.bookings) {
          expect((await t.api.get(`/api/bookings/${booking.id}`, tokens[booking.customer])).body.status).toBe(booking.state);
        }
        // Every seat reads as the model says.
        const map = (await t.api.get(`/api/shows/${show.id}/seats`)).body.seats as { status: string }[];
        map.forEach((seat, i) => {
          const owner = model.bookings.ownerOf(i);
          expect(seat.status).toBe(!owner ? 'available' : owner.state === 'confirmed' ? 'booked' : 'held');
        });
        expect(await brokenInvariants(t.ctx.db)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
