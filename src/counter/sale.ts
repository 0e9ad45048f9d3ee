// Selling at the box office. A counter sale is held and confirmed by the same rules as an online
// booking (bookings/hold.ts, payments/pay.ts), so it has the same seat guarantees and races online
// customers on equal terms; it is billed without the online convenience fee, paid at the counter's
// till instead of the online gateway, recorded in the cashier's open shift, and belongs to no customer
// account (the migration's trigger detaches it as it is confirmed).
import type { User } from '../domain/user.ts';
import type { SeatChoice } from '../bookings/hold-checks.ts';
import { hold } from '../bookings/hold.ts';
import { linesView } from '../bookings/read.ts';
import { settleCapturedPayment } from '../payments/pay.ts';
import { billOfBooking, type StoredBill } from '../billing/stored.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Context } from '../context.ts';
import { HoldExpired, InvalidTransition, NoOpenShift, NotFound, PaymentDeclined } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { inr } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { insertPendingPayment } from '../payments/repository.ts';
import { signTicket, ticketSecret } from '../tickets/tokens.ts';
import { findCounterSale, insertCounterSale, lockOpenShift, openShiftOf, type CounterMethod } from './repository.ts';
import type { ItemsAskedValue } from '../items/schemas.ts';
import type { CounterSaleView } from './schemas.ts';

/** Holds at the counter are the cashier's for a moment only: the new-account cap is for customers. */
const LONG_AGO = new Date(0);

export interface CounterSaleInput extends SeatChoice {
  showId: string;
  payment: { method: CounterMethod; reference?: string | undefined };
  items?: ItemsAskedValue | undefined;
}

/**
 * Sells seats, chosen on the map or the best block of a number, at the counter of the show's
 * cinema (`cinemaId`, as access control located it) and returns the sale.
 */
export async function sellAtCounter(
  ctx: Context,
  cashier: Pick<User, 'id'>,
  cinemaId: string,
  input: CounterSaleInput,
): Promise<CounterSaleView> {
  const shift = await openShiftOf(ctx.db, cashier.id);
  if (!shift || shift.cinema_id !== cinemaId) throw new NoOpenShift(cinemaId);
  const holder = { id: cashier.id, createdAt: LONG_AGO };
  const { showId, seatIds, quantity, seatType, items } = input;
  const held = await hold(ctx, holder, { showId, seatIds, quantity, seatType, items, online: false });
  const paymentId = newId('pay');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // The shift's lock: a shift closing meanwhile either counts this sale or refuses it.
    if (!(await lockOpenShift(tx, shift.id))) throw new NoOpenShift(cinemaId);
    await insertCounterSale(tx, {
      bookingId: held.id,
      shiftId: shift.id,
      soldBy: cashier.id,
      method: input.payment.method,
      reference: input.payment.reference?.trim() || null,
      now,
    });
    const attempt = {
      id: paymentId,
      bookingId: held.id,
      method: input.payment.method,
      amount: held.total.amount,
      idempotencyKey: undefined,
      now,
    };
    if (!(await insertPendingPayment(tx, attempt))) throw new InvalidTransition('booking', 'being paid', 'paid again');
  });
  // The cashier has the money: the till records it (gateways/counter-till.ts), never the online gateway.
  const charge = await ctx.gateway.charge(paymentId, held.total.amount, { method: input.payment.method });
  if (charge.status === 'declined') throw new PaymentDeclined(charge.reason);
  const settled = await settleCapturedPayment(ctx, {
    paymentId,
    bookingId: held.id,
    amount: held.total.amount,
    gatewayRef: charge.gatewayRef,
  });
  if (settled === 'lapsed') throw new HoldExpired();
  await recordAudit(ctx.db, cashier.id, 'counter.sale', held.id, {
    shiftId: shift.id,
    method: input.payment.method,
    amount: held.total.amount,
    seats: held.seats.map((seat) => seat.label),
  });
  return counterSale(ctx, held.id);
}

/** A counter sale as the cashier's screen and the printed ticket show it, with the token its QR code encodes. */
export async function counterSale(ctx: Context, bookingId: string): Promise<CounterSaleView> {
  const row = await findCounterSale(ctx.db, bookingId);
  if (!row) throw new NotFound('counter sale');
  const zone = row.time_zone;
  const bill = billOfBooking(row.bill as StoredBill | null, row.seats, null, row.created_at);
  return {
    id: row.id,
    status: row.status,
    show: {
      id: row.show_id,
      startsAt: inZone(row.starts_at, zone),
      movie: { id: row.movie_id, title: row.title },
      cinema: { id: row.cinema_id, name: row.cinema_name, address: row.address },
      hall: { id: row.hall_id, name: row.hall_name },
    },
    seats: row.seats.map((seat) => ({ id: seat.id, label: seat.label, type: seat.type, price: inr(seat.price) })),
    total: inr(row.total),
    lines: linesView(bill),
    payment: row.payment
      ? { id: row.payment.id, method: row.payment.method, status: row.payment.status, amount: inr(row.payment.amount) }
      : null,
    reference: row.reference,
    soldAt: inZone(row.sold_at, zone),
    soldBy: { id: row.sold_by, name: row.sold_by_name },
    shiftId: row.shift_id,
    invoice: row.invoice ? { number: row.invoice.number, issuedAt: inZone(new Date(row.invoice.issuedAt), zone) } : null,
    ticket: row.status === 'confirmed' ? { token: signTicket(await ticketSecret(ctx), row.id) } : null,
    pickupCode: row.pickup_code,
  };
}
