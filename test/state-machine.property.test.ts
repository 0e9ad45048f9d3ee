// Property-based tests of the booking state machine: the transition table itself, and random
// sequences of holds, payments, cancellations, lapses and sweeps run against a model.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canMoveBooking, effectiveBookingStatus, type BookingStatus } from '../src/domain/states.ts';
import { sweepExpiredHolds } from '../src/jobs/sweeper.ts';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';
import { brokenInvariants } from './support/invariants.ts';

const statuses: BookingStatus[] = ['pending', 'confirmed', 'expired', 'cancelled'];
const contract = new Set(['pending>confirmed', 'pending>expired', 'pending>cancelled', 'confirmed>cancelled']);

describe('the transition table', () => {
  it('allows exactly the contract’s transitions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...statuses), (from, to) => {
        expect(canMoveBooking(from, to)).toBe(contract.has(`${from}>${to}`));
      }),
    );
  });

  it('reads a pending booking as expired exactly when its hold has lapsed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.integer({ min: -1e6, max: 1e6 }), (stored, offset) => {
        const now = new Date(1_800_000_000_000);
        const expiresAt = new Date(now.getTime() + offset);
        const read = effectiveBookingStatus(stored, expiresAt, now);
        expect(read).toBe(stored === 'pending' && offset <= 0 ? 'expired' : stored);
      }),
    );
  });
});

interface ModelBooking {
  id: string;
  customer: number;
  seats: number[];
  status: BookingStatus;
  expiresAt: number;
}

interface Model {
  bookings: ModelBooking[];
}

interface Real {
  t: TestApp;
  showId: string;
  seatIds: string[];
  tokens: string[];
}

const statusOf = (b: ModelBooking, now: number): BookingStatus => (b.status === 'pending' && b.expiresAt <= now ? 'expired' : b.status);

function seatTaken(model: Model, seat: number, now: number): boolean {
  return model.bookings.some((b) => b.seats.includes(seat) && (statusOf(b, now) === 'confirmed' || statusOf(b, now) === 'pending'));
}

class Hold implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly customer: number,
    readonly seats: number[],
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const now = real.t.clock.now().getTime();
    const reply = await real.t.api.post(
      '/api/bookings',
      { showId: real.showId, seatIds: this.seats.map((i) => real.seatIds[i]) },
      real.tokens[this.customer],
    );
    const free = this.seats.every((seat) => !seatTaken(model, seat, now));
    expect(reply.status).toBe(free ? 201 : 409);
    if (reply.status === 201) {
      model.bookings.push({
        id: reply.body.id,
        customer: this.customer,
        seats: this.seats,
        status: 'pending',
        expiresAt: Date.parse(reply.body.expiresAt),
      });
    } else {
      const taken = this.seats.filter((seat) => seatTaken(model, seat, now)).map((i) => real.seatIds[i]);
      expect([...reply.body.unavailableSeatIds].sort()).toEqual(taken.sort());
    }
  }
  toString = () => `hold(c${this.customer}, [${this.seats}])`;
}

class Pay implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly approve: boolean,
  ) {}
  check = (model: Readonly<Model>) => model.bookings.length > 0;
  async run(model: Model, real: Real) {
    const booking = model.bookings[this.pick % model.bookings.length]!;
    const body = this.approve ? { method: 'upi', upiId: 'success@upi' } : { method: 'upi', upiId: 'failure@upi' };
    const reply = await real.t.api.post(`/api/bookings/${booking.id}/payment`, body, real.tokens[booking.customer], {
      'Idempotency-Key': `k-${Math.random()}`,
    });
    const status = statusOf(booking, real.t.clock.now().getTime());
    if (status === 'pending') {
      expect(reply.status).toBe(this.approve ? 200 : 402);
      booking.status = this.approve ? 'confirmed' : 'expired';
    } else {
      expect(reply.status).toBe(409);
      if (status === 'expired') booking.status = 'expired';
    }
  }
  toString = () => `pay(#${this.pick}, ${this.approve ? 'approve' : 'decline'})`;
}

class Cancel implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.bookings.length > 0;
  async run(model: Model, real: Real) {
    const booking = model.bookings[this.pick % model.bookings.length]!;
    const reply = await real.t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, real.tokens[booking.customer]);
    const status = statusOf(booking, real.t.clock.now().getTime());
    if (status === 'pending' || status === 'confirmed') {
      expect(reply.status).toBe(200);
      expect(reply.body.refund !== undefined).toBe(status === 'confirmed');
      booking.status = 'cancelled';
    } else {
      expect(reply.status).toBe(409);
    }
  }
  toString = () => `cancel(#${this.pick})`;
}

class Wait implements fc.AsyncCommand<Model, Real> {
  constructor(readonly seconds: number) {}
  check = () => true;
  async run(_model: Model, real: Real) {
    real.t.clock.advance(this.seconds);
  }
  toString = () => `wait(${this.seconds}s)`;
}

class Sweep implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    await sweepExpiredHolds(real.t.ctx);
    const now = real.t.clock.now().getTime();
    for (const b of model.bookings) if (statusOf(b, now) === 'expired') b.status = 'expired';
  }
  toString = () => 'sweep';
}

describe('random sequences of booking actions against a model', () => {
  let t: TestApp;
  let admin: string;
  let tokens: string[];
  beforeAll(async () => {
    t = await startTestApp({ env: { HOLD_TTL_SECONDS: '60' } });
    admin = await adminToken(t.ctx);
    tokens = await Promise.all([0, 1, 2].map(async (i) => (await t.api.customer(`Model${i}`)).token));
  });
  afterAll(() => t.close());

  it('agrees with the model on every answer and every seat, and keeps every invariant', async () => {
    const seatCount = 6;
    const commands = [
      fc
        .tuple(fc.integer({ min: 0, max: 2 }), fc.uniqueArray(fc.integer({ min: 0, max: seatCount - 1 }), { minLength: 1, maxLength: 3 }))
        .map(([c, s]) => new Hold(c, s)),
      fc.tuple(fc.nat(), fc.boolean()).map(([pick, approve]) => new Pay(pick, approve)),
      fc.nat().map((pick) => new Cancel(pick)),
      fc.integer({ min: 1, max: 90 }).map((s) => new Wait(s)),
      fc.constant(new Sweep()),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 14 }), async (cmds) => {
        const { show, seats } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: seatCount }] });
        const real: Real = { t, showId: show.id, seatIds: seats.map((s) => s.id), tokens };
        const model: Model = { bookings: [] };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        // Every seat reads as the model says.
        const now = t.clock.now().getTime();
        const map = (await t.api.get(`/api/shows/${show.id}/seats`)).body.seats as { status: string }[];
        map.forEach((seat, i) => {
          const owner = model.bookings.find((b) => b.seats.includes(i) && ['pending', 'confirmed'].includes(statusOf(b, now)));
          expect(seat.status).toBe(!owner ? 'available' : statusOf(owner, now) === 'confirmed' ? 'booked' : 'held');
        });
        expect(await brokenInvariants(t.ctx.db)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
