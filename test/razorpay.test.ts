// PAYMENT_GATEWAY=razorpay against a local stand-in of Razorpay's API: the order, the checkout's
// signed answer, declines, a gateway that is slow or failing, webhooks (forged, repeated,
// reordered, late) and recovery when no word comes. After each, nothing is charged without a
// ticket or a refund, at the gateway as in the database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recoverPayments } from '../src/jobs/payment-recovery.ts';
import { sendRefund } from '../src/payments/refunds/send.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';
import { brokenGatewayInvariants, brokenInvariants, unsettledPayments } from './support/invariants.ts';
import { RazorpayStandIn, type Delivery } from './support/razorpay-stand-in.ts';

describe.each(backends())('paying through Razorpay (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  let gateway: RazorpayStandIn;
  beforeAll(async () => {
    gateway = await RazorpayStandIn.start();
    t = await startTestApp({ backend, env: { ...gateway.env(), PAYMENT_TIMEOUT_MS: '1000' } });
    admin = await adminToken(t.ctx);
  });
  afterAll(async () => {
    await t.close();
    await gateway.close();
  });
  afterEach(async () => {
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
    expect(await brokenGatewayInvariants(t.ctx.db, [...gateway.payments.values()])).toEqual([]);
  });

  async function hold() {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Asha', '9820012345');
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id, seats[1]!.id] }, customer.token);
    expect(held.status).toBe(201);
    return { show, token: customer.token, booking: held.body };
  }

  async function openCheckout(bookingId: string, token: string) {
    const opened = await t.api.post(`/api/bookings/${bookingId}/checkout`, undefined, token);
    expect(opened.status).toBe(200);
    return opened.body;
  }

  const complete = (bookingId: string, token: string, answer: object) =>
    t.api.post(`/api/bookings/${bookingId}/checkout/complete`, answer, token);
  const deliver = (delivery: Delivery) =>
    t.api.request('POST', '/api/payments/webhooks/razorpay', { raw: delivery.body, headers: delivery.headers });
  const bookingOf = async (bookingId: string, token: string) => (await t.api.get(`/api/bookings/${bookingId}`, token)).body;
  const seatsLeft = async (showId: string) => (await t.api.get(`/api/shows/${showId}`)).body.seatsAvailable as number;

  it('makes one order for the total, opens the checkout with it, and confirms on a verified answer', async () => {
    expect((await t.api.get('/api/payments/gateway')).body).toEqual({
      gateway: 'razorpay',
      checkoutScriptUrl: `${gateway.url}/checkout.js`,
    });
    // The web app may load the gateway's checkout, and nothing else from outside.
    const page = await fetch(`${t.url}/`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain(`script-src 'self' ${gateway.url};`);
    const { show, token, booking } = await hold();
    const checkout = await openCheckout(booking.id, token);
    expect(checkout).toMatchObject({
      gateway: 'razorpay',
      keyId: gateway.keyId,
      amount: booking.total,
      bookingId: booking.id,
      prefill: { name: 'Asha', contact: '9820012345' },
    });
    // Opened again (a reload, a second tab): the same order, not a second one.
    expect((await openCheckout(booking.id, token)).orderId).toBe(checkout.orderId);
    const order = gateway.orderFor(booking.id)!;
    expect(order).toMatchObject({ id: checkout.orderId, amount: booking.total.amount, currency: 'INR' });
    expect([...gateway.orders.values()].filter((o) => o.receipt === booking.id)).toHaveLength(1);

    // Card details are never taken here with a real gateway.
    const direct = await t.api.post(
      `/api/bookings/${booking.id}/payment`,
      { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/35', cvv: '123' } },
      token,
      { 'Idempotency-Key': 'direct' },
    );
    expect(direct.status).toBe(409);
    expect(direct.body.type).toMatch(/\/checkout-required$/);

    const { answer } = gateway.pay(order.id);
    const paid = await complete(booking.id, token, answer);
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'confirmed', payment: { method: 'razorpay', status: 'completed', amount: booking.total } });
    expect(await seatsLeft(show.id)).toBe(8);
    // The answer again (a retried request): the same booking, nothing charged twice.
    expect((await complete(booking.id, token, answer)).body.status).toBe('confirmed');
    expect([...gateway.payments.values()].filter((p) => p.order_id === order.id)).toHaveLength(1);
  });

  it('captures a payment the bank only authorized', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment, answer } = gateway.pay(orderId, 'authorized');
    expect((await complete(booking.id, token, answer)).body.status).toBe('confirmed');
    expect(gateway.payments.get(payment.id)!.status).toBe('captured');
  });

  it('refuses an answer with a bad signature or for another order: 400 naming the field, and nothing changes', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { answer } = gateway.pay(orderId, 'authorized');
    const forged = await complete(booking.id, token, { ...answer, razorpay_signature: 'f'.repeat(64) });
    expect(forged.status).toBe(400);
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
    expect(forged.body.field).toBe('razorpay_signature');
    const other = await hold();
    const elsewhere = await complete(other.booking.id, other.token, answer);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.field).toBe('razorpay_order_id');
    const missing = await complete(booking.id, token, { razorpay_payment_id: answer.razorpay_payment_id });
    expect(missing.status).toBe(400);
    expect((await bookingOf(booking.id, token)).status).toBe('pending');
    expect(gateway.payments.get(answer.razorpay_payment_id)!.status).toBe('authorized');
  });

  it('answers a decline with 402 and releases the seats at once', async () => {
    const { show, token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment } = gateway.pay(orderId, 'failed');
    // On a failure the checkout gives the page no signature; the failure is read from the gateway.
    const delivered = await deliver(gateway.webhook('payment.failed', payment));
    expect(delivered.status).toBe(200);
    expect((await bookingOf(booking.id, token)).status).toBe('expired');
    expect(await seatsLeft(show.id)).toBe(10);
    expect((await t.api.post(`/api/bookings/${booking.id}/checkout`, undefined, token)).status).toBe(409);
  });

  it('answers 402 when the answer names a failed payment', async () => {
    const { show, token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { answer } = gateway.pay(orderId, 'failed');
    const declined = await complete(booking.id, token, answer);
    expect(declined.status).toBe(402);
    expect(declined.body.type).toMatch(/\/payment-declined$/);
    expect(await seatsLeft(show.id)).toBe(10);
  });

  it('answers 503 when the gateway fails to make the order, and makes it on the next try', async () => {
    const { token, booking } = await hold();
    gateway.fail('POST', /^\/v1\/orders$/, '5xx');
    const failed = await t.api.post(`/api/bookings/${booking.id}/checkout`, undefined, token);
    expect(failed.status).toBe(503);
    expect(failed.body.type).toMatch(/\/gateway-unavailable$/);
    expect(failed.headers.get('retry-after')).toBe('5');
    const { orderId } = await openCheckout(booking.id, token);
    expect(gateway.orderFor(booking.id)!.id).toBe(orderId);
  });

  it('answers 503 payment-pending when the gateway does not answer in time, and the webhook confirms', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment, answer } = gateway.pay(orderId, 'authorized');
    gateway.fail('POST', /\/capture$/, 'late');
    const slow = await complete(booking.id, token, answer);
    expect(slow.status).toBe(503);
    expect(slow.body.type).toMatch(/\/payment-pending$/);
    expect((await bookingOf(booking.id, token)).status).toBe('pending');
    // The capture went through at the gateway all the same; its webhook settles the booking.
    expect(gateway.payments.get(payment.id)!.status).toBe('captured');
    expect((await deliver(gateway.webhook('payment.captured', payment))).status).toBe(200);
    expect((await bookingOf(booking.id, token)).status).toBe('confirmed');
  });

  it('confirms an asynchronous payment (UPI collect) by its webhook, applied once however often it comes', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment } = gateway.pay(orderId, 'created', 'upi');
    expect((await bookingOf(booking.id, token)).status).toBe('pending');
    gateway.settle(payment.id, 'captured');
    const event = gateway.webhook('payment.captured', payment);
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await deliver(event));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(replies.map((r) => r.body.duplicate)).toEqual([false, true, true, true, true]);
    expect((await bookingOf(booking.id, token)).status).toBe('confirmed');
    const mails = await t.ctx.db.query("SELECT 1 FROM outbox WHERE kind = 'booking-confirmed' AND subject_id = $1 AND channel = 'mail'", [
      booking.id,
    ]);
    expect(mails.rowCount).toBe(1);
    const applied = await t.ctx.db.query('SELECT 1 FROM gateway_events WHERE subject_id = $1', [payment.id]);
    expect(applied.rowCount).toBe(1);
  });

  it('refuses a webhook with a bad or missing signature: 400, and nothing changes', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment } = gateway.pay(orderId);
    const event = gateway.webhook('payment.captured', payment);
    const forged = await deliver({ ...event, headers: { ...event.headers, 'x-razorpay-signature': 'a'.repeat(64) } });
    expect(forged.status).toBe(400);
    expect(forged.body.field).toBe('X-Razorpay-Signature');
    const { 'x-razorpay-signature': _dropped, ...unsigned } = event.headers;
    expect((await deliver({ ...event, headers: unsigned })).status).toBe(400);
    const tampered = await deliver({ ...event, body: event.body.replace('"captured"', '"failed"') });
    expect(tampered.status).toBe(400);
    expect((await bookingOf(booking.id, token)).status).toBe('pending');
    expect((await t.ctx.db.query('SELECT 1 FROM gateway_events WHERE subject_id = $1', [payment.id])).rowCount).toBe(0);
    // The real event still applies after the forgeries.
    expect((await deliver(event)).body.duplicate).toBe(false);
    expect((await bookingOf(booking.id, token)).status).toBe('confirmed');
    expect((await t.api.request('POST', '/api/payments/webhooks/stripe', { raw: event.body, headers: event.headers })).status).toBe(404);
  });

  it('applies events in whatever order they come: a failed try after the capture, order.paid before it', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    // The customer's first try failed on the checkout, the second went through.
    const first = gateway.pay(orderId, 'failed').payment;
    const second = gateway.pay(orderId, 'captured').payment;
    expect((await deliver(gateway.webhook('order.paid', second))).status).toBe(200);
    expect((await bookingOf(booking.id, token)).status).toBe('confirmed');
    expect((await deliver(gateway.webhook('payment.captured', second))).status).toBe(200);
    expect((await deliver(gateway.webhook('payment.failed', first))).status).toBe(200);
    const after = await bookingOf(booking.id, token);
    expect(after).toMatchObject({ status: 'confirmed', payment: { status: 'completed' } });
    expect(gateway.payments.get(second.id)!.amount_refunded).toBe(0);
  });

  it('answers an event delivered again under a new event id as a duplicate, and applies a new event of the same payment', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment } = gateway.pay(orderId, 'authorized');
    const authorized = gateway.webhook('payment.authorized', payment);
    expect((await deliver(authorized)).body).toMatchObject({ event: 'payment.authorized', duplicate: false });
    expect((await bookingOf(booking.id, token)).status).toBe('confirmed');
    // The event id header is not signed: the same signed body under a fresh one is the same event.
    const again = { ...authorized, headers: { ...authorized.headers, 'x-razorpay-event-id': 'evt_replayed' } };
    expect((await deliver(again)).body.duplicate).toBe(true);
    // The capture is an event of its own about the same payment: applied, then recognised.
    const captured = gateway.webhook('payment.captured', gateway.payments.get(payment.id)!);
    expect((await deliver(captured)).body.duplicate).toBe(false);
    expect((await deliver({ ...captured, headers: { ...captured.headers, 'x-razorpay-event-id': 'evt_fresh' } })).body.duplicate).toBe(
      true,
    );
    const applied = await t.ctx.db.query<{ event: string }>('SELECT event FROM gateway_events WHERE subject_id = $1 ORDER BY event', [
      payment.id,
    ]);
    expect(applied.rows.map((r) => r.event)).toEqual(['payment.authorized', 'payment.captured']);
    const mails = await t.ctx.db.query("SELECT 1 FROM outbox WHERE kind = 'booking-confirmed' AND subject_id = $1 AND channel = 'mail'", [
      booking.id,
    ]);
    expect(mails.rowCount).toBe(1);
  });

  const mismatches = async () => (await t.api.get('/api/admin/payments/mismatches', admin)).body.mismatches as Record<string, unknown>[];

  it('confirms nothing by a captured payment for another amount, and refunds it whole once, by recovery if the bank refused at first', async () => {
    const { show, token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const short = booking.total.amount - 10_000;
    const { payment, answer } = gateway.pay(orderId, 'captured', 'card', { amount: short });
    gateway.failRefunds(1);
    const refused = await complete(booking.id, token, answer);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.field).toBe('razorpay_payment_id');
    // The seats stay held, not booked, and the booking unpaid: the customer may still pay the order's amount.
    expect(await bookingOf(booking.id, token)).toMatchObject({ status: 'pending' });
    expect(await seatsLeft(show.id)).toBe(8);
    expect(gateway.payments.get(payment.id)).toMatchObject({ status: 'captured', amount_refunded: 0 });
    expect(await mismatches()).toContainEqual(
      expect.objectContaining({
        gatewayPaymentId: payment.id,
        bookingId: booking.id,
        amount: short,
        currency: 'INR',
        status: 'refund-pending',
      }),
    );
    const paid = gateway.pay(orderId);
    expect((await complete(booking.id, token, paid.answer)).body).toMatchObject({
      status: 'confirmed',
      payment: { amount: booking.total },
    });
    // The refund the bank refused is asked again by recovery, though the booking is paid since.
    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    await recoverPayments(t.ctx);
    expect(gateway.payments.get(payment.id)).toMatchObject({ status: 'refunded', amount_refunded: short });
    expect((await deliver(gateway.webhook('payment.captured', gateway.payments.get(payment.id)!))).status).toBe(200);
    await recoverPayments(t.ctx);
    expect(refundsAt(payment.id).map((r) => [r.amount, r.status])).toEqual([
      [short, 'failed'],
      [short, 'processed'],
    ]);
    expect(await mismatches()).toContainEqual(expect.objectContaining({ gatewayPaymentId: payment.id, status: 'refunded' }));
    expect(gateway.payments.get(paid.payment.id)!.amount_refunded).toBe(0);
  });

  it('confirms nothing by a captured payment in another currency, and lists it for staff', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment } = gateway.pay(orderId, 'captured', 'card', { currency: 'USD' });
    expect((await deliver(gateway.webhook('payment.captured', payment))).status).toBe(200);
    expect((await bookingOf(booking.id, token)).status).toBe('pending');
    // Houseful's amounts are rupees: what to give back of dollars is for staff to judge.
    expect(gateway.payments.get(payment.id)).toMatchObject({ status: 'captured', amount_refunded: 0 });
    expect(await mismatches()).toContainEqual(
      expect.objectContaining({ gatewayPaymentId: payment.id, bookingId: booking.id, currency: 'USD', status: 'needs-staff' }),
    );
    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    await recoverPayments(t.ctx);
    expect((await bookingOf(booking.id, token)).status).toBe('expired');
    expect(await unsettledPayments(t.ctx.db)).toBe(0);
  });

  it("confirms nothing by a payment of another order, whichever of Houseful's orders it is said to pay", async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    // Paid on an order of someone else's on the same account, and named as this booking's.
    const stranger = gateway.pay(gateway.otherOrder(booking.total.amount).id).payment;
    expect((await deliver(gateway.webhook('payment.captured', { ...stranger, order_id: orderId }))).status).toBe(200);
    expect((await bookingOf(booking.id, token)).status).toBe('pending');
    expect(gateway.payments.get(stranger.id)!.status).toBe('captured');
    expect(await mismatches()).toContainEqual(expect.objectContaining({ gatewayPaymentId: stranger.id, status: 'needs-staff' }));
    // Paid on another booking's order: that booking is settled by it, this one is not.
    const other = await hold();
    const otherOrder = (await openCheckout(other.booking.id, other.token)).orderId;
    const theirs = gateway.pay(otherOrder).payment;
    expect((await deliver(gateway.webhook('payment.captured', { ...theirs, order_id: orderId }))).status).toBe(200);
    expect((await bookingOf(booking.id, token)).status).toBe('pending');
    expect((await bookingOf(other.booking.id, other.token)).status).toBe('confirmed');
    expect(await mismatches()).not.toContainEqual(expect.objectContaining({ gatewayPaymentId: theirs.id }));
  });

  it("settles once when the checkout's answer, its webhooks and recovery race for the same payment", async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment, answer } = gateway.pay(orderId, 'authorized');
    gateway.settle(payment.id, 'captured');
    // Recovery takes the attempt too: it looks untouched for longer than PAYMENT_RECOVERY_AFTER_SECONDS.
    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    const replies = await Promise.all([
      complete(booking.id, token, answer),
      complete(booking.id, token, answer),
      deliver(gateway.webhook('payment.captured', payment)),
      deliver(gateway.webhook('order.paid', payment)),
      recoverPayments(t.ctx),
    ]);
    expect(replies[4]).toMatchObject({ confirmed: expect.any(Number) });
    expect(replies.slice(0, 4).map((r) => (r as { status: number }).status)).toEqual([200, 200, 200, 200]);
    expect(await bookingOf(booking.id, token)).toMatchObject({ status: 'confirmed', payment: { status: 'completed' } });
    expect(gateway.payments.get(payment.id)!.amount_refunded).toBe(0);
    const mails = await t.ctx.db.query("SELECT 1 FROM outbox WHERE kind = 'booking-confirmed' AND subject_id = $1 AND channel = 'mail'", [
      booking.id,
    ]);
    expect(mails.rowCount).toBe(1);
  });

  it('refunds once when a failed refund is retried by several deliveries and recovery at once', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment, answer } = gateway.pay(orderId);
    expect((await complete(booking.id, token, answer)).status).toBe(200);
    gateway.failRefunds(1);
    expect((await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, token)).body.refund.status).toBe('pending');
    const failed = [...gateway.refunds.values()].find((r) => r.payment_id === payment.id)!;
    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    await Promise.all([
      ...Array.from({ length: 3 }, () => deliver(gateway.webhook('refund.failed', failed))),
      recoverPayments(t.ctx),
      recoverPayments(t.ctx),
    ]);
    const refunds = [...gateway.refunds.values()].filter((r) => r.payment_id === payment.id);
    expect(refunds.map((r) => r.status)).toEqual(['failed', 'processed']);
    expect((await bookingOf(booking.id, token)).refund.status).toBe('refunded');
  });

  /** A booking of two seats paid on the checkout: the customer's token, the booking, its seats and the gateway's payment. */
  async function paidBooking() {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment, answer } = gateway.pay(orderId);
    expect((await complete(booking.id, token, answer)).status).toBe(200);
    const seatIds = (booking.seats as { id: string }[]).map((seat) => seat.id);
    return { token, booking, seatIds, payment };
  }
  const cancelSeats = (bookingId: string, token: string, seatIds: string[]) =>
    t.api.post(`/api/bookings/${bookingId}/cancel`, { seatIds }, token);
  const refundsAt = (paymentId: string) => [...gateway.refunds.values()].filter((r) => r.payment_id === paymentId);
  const refundRows = async (bookingId: string) =>
    (
      await t.ctx.db.query<{ id: string; payment_id: string; amount: number }>(
        'SELECT id, payment_id, amount FROM refunds WHERE booking_id = $1 ORDER BY created_at, id',
        [bookingId],
      )
    ).rows;

  it('refunds seats cancelled one at a time as refunds of their own at the gateway, each made once however often it is sent', async () => {
    const { token, booking, seatIds, payment } = await paidBooking();
    const first = await cancelSeats(booking.id, token, [seatIds[0]!]);
    expect(first.body).toMatchObject({ status: 'confirmed', refunds: [{ status: 'refunded', amount: { amount: 25_000 } }] });
    const second = await cancelSeats(booking.id, token, [seatIds[1]!]);
    expect(second.body).toMatchObject({ status: 'cancelled', refund: { status: 'refunded', amount: { amount: 50_000 } } });
    expect(refundsAt(payment.id).map((r) => [r.amount, r.status])).toEqual([
      [25_000, 'processed'],
      [25_000, 'processed'],
    ]);
    expect(gateway.payments.get(payment.id)).toMatchObject({ status: 'refunded', amount_refunded: 50_000 });

    // Replays: each refund sent again (a retry, another instance), its webhooks, the cancel, recovery.
    for (const refund of await refundRows(booking.id)) expect(await sendRefund(t.ctx, refund)).toBe(true);
    for (const refund of refundsAt(payment.id)) expect((await deliver(gateway.webhook('refund.processed', refund))).status).toBe(200);
    expect((await cancelSeats(booking.id, token, [seatIds[1]!])).status).toBe(409);
    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    await recoverPayments(t.ctx);
    expect(refundsAt(payment.id)).toHaveLength(2);
    expect(gateway.payments.get(payment.id)!.amount_refunded).toBe(50_000);
  });

  it('retries a failed refund of some seats, by its webhook and recovery at once, and makes it once', async () => {
    const { token, booking, seatIds, payment } = await paidBooking();
    gateway.failRefunds(1);
    const cancelled = await cancelSeats(booking.id, token, [seatIds[0]!]);
    expect(cancelled.body).toMatchObject({ status: 'confirmed', refunds: [{ status: 'pending', amount: { amount: 25_000 } }] });
    const failed = refundsAt(payment.id)[0]!;
    expect(failed.status).toBe('failed');
    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    await Promise.all([deliver(gateway.webhook('refund.failed', failed)), recoverPayments(t.ctx), recoverPayments(t.ctx)]);
    expect(refundsAt(payment.id).map((r) => [r.amount, r.status])).toEqual([
      [25_000, 'failed'],
      [25_000, 'processed'],
    ]);
    expect((await bookingOf(booking.id, token)).refunds).toEqual([expect.objectContaining({ status: 'refunded' })]);
    // The seat kept stays paid for: the payment is partly refunded, at the gateway as here.
    expect(gateway.payments.get(payment.id)).toMatchObject({ status: 'captured', amount_refunded: 25_000 });
  });

  it('refunds at once a capture that arrives after the hold lapsed', async () => {
    const { show, token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    const { payment } = gateway.pay(orderId);
    expect((await deliver(gateway.webhook('payment.captured', payment))).status).toBe(200);
    expect(gateway.payments.get(payment.id)).toMatchObject({ status: 'refunded', amount_refunded: booking.total.amount });
    const after = await bookingOf(booking.id, token);
    expect(after).toMatchObject({ status: 'expired', refund: { status: 'refunded', amount: booking.total } });
    expect(await seatsLeft(show.id)).toBe(10);
  });

  it('recovers without a webhook: asks the gateway and confirms, or gives up an unpaid order and refunds a payment that still comes', async () => {
    const paidOne = await hold();
    const paidOrder = (await openCheckout(paidOne.booking.id, paidOne.token)).orderId;
    gateway.pay(paidOrder, 'authorized');
    const unpaid = await hold();
    const unpaidOrder = (await openCheckout(unpaid.booking.id, unpaid.token)).orderId;

    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    await recoverPayments(t.ctx);
    expect((await bookingOf(paidOne.booking.id, paidOne.token)).status).toBe('confirmed');
    // The unpaid one is still within its hold: the customer may still be paying.
    expect((await bookingOf(unpaid.booking.id, unpaid.token)).status).toBe('pending');

    t.clock.advance(t.ctx.config.holdTtlSeconds);
    await recoverPayments(t.ctx);
    expect(await unsettledPayments(t.ctx.db)).toBe(0);
    const late = gateway.pay(unpaidOrder).payment;
    expect((await deliver(gateway.webhook('payment.captured', late))).status).toBe(200);
    expect(gateway.payments.get(late.id)!.status).toBe('refunded');
    expect(await unsettledPayments(t.ctx.db)).toBe(0);
  });

  it('retries a capture the gateway failed (5xx) in recovery', async () => {
    const { token, booking } = await hold();
    const { orderId } = await openCheckout(booking.id, token);
    const { payment, answer } = gateway.pay(orderId, 'authorized');
    gateway.fail('POST', /\/capture$/, '5xx');
    expect((await complete(booking.id, token, answer)).status).toBe(503);
    expect(gateway.payments.get(payment.id)!.status).toBe('authorized');
    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    await recoverPayments(t.ctx);
    expect((await bookingOf(booking.id, token)).status).toBe('confirmed');
  });

  it('retries a refund that failed, once by its webhook and once by recovery, and refunds once', async () => {
    for (const retriedBy of ['webhook', 'recovery'] as const) {
      const { token, booking } = await hold();
      const { orderId } = await openCheckout(booking.id, token);
      const { payment, answer } = gateway.pay(orderId);
      expect((await complete(booking.id, token, answer)).status).toBe(200);
      gateway.failRefunds(1);
      const cancelled = await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, token);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', refund: { status: 'pending' } });
      const failedRefund = [...gateway.refunds.values()].find((r) => r.payment_id === payment.id)!;
      expect(failedRefund.status).toBe('failed');
      if (retriedBy === 'webhook') {
        expect((await deliver(gateway.webhook('refund.failed', failedRefund))).status).toBe(200);
      } else {
        t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
        await recoverPayments(t.ctx);
      }
      expect((await bookingOf(booking.id, token)).refund).toEqual({ status: 'refunded', amount: booking.total });
      const refunds = [...gateway.refunds.values()].filter((r) => r.payment_id === payment.id);
      expect(refunds.map((r) => r.status)).toEqual(['failed', 'processed']);
      // The processed refund's own webhook changes nothing more.
      expect((await deliver(gateway.webhook('refund.processed', refunds[1]!))).status).toBe(200);
      expect(gateway.payments.get(payment.id)!.amount_refunded).toBe(booking.total.amount);
    }
  });
});

describe('the built-in test gateway', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('says so, has no checkout to open and no webhooks', async () => {
    expect((await t.api.get('/api/payments/gateway')).body).toEqual({ gateway: 'test' });
    const admin = await adminToken(t.ctx);
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).body;
    const checkout = await t.api.post(`/api/bookings/${booking.id}/checkout`, undefined, customer.token);
    expect(checkout.status).toBe(409);
    expect(checkout.body.type).toMatch(/\/no-hosted-checkout$/);
    expect((await t.api.request('POST', '/api/payments/webhooks/razorpay', { raw: '{}' })).status).toBe(404);
  });
});
