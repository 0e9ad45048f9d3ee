// A local stand-in for Razorpay's REST API, answering as its documentation describes: Orders,
// Payments (fetch, capture), Refunds (with X-Refund-Idempotency), Basic auth, error bodies
// { error: { code, description } }. Tests pay orders as a customer on the checkout would, make
// calls fail (5xx, or applied but answered too late), make refunds fail, and sign webhooks. It
// also serves a tiny checkout script for the browser that "pays" and answers with a valid signature.
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface StandInOrder {
  id: string;
  entity: 'order';
  amount: number;
  amount_paid: number;
  amount_due: number;
  currency: 'INR';
  receipt: string;
  status: 'created' | 'attempted' | 'paid';
  attempts: number;
  notes: Record<string, string>;
  created_at: number;
}

export interface StandInPayment {
  id: string;
  entity: 'payment';
  amount: number;
  /** Always the order's on Razorpay's checkout; `pay` can make one in another, for what Houseful must refuse. */
  currency: string;
  status: 'created' | 'authorized' | 'captured' | 'refunded' | 'failed';
  order_id: string;
  method: string;
  captured: boolean;
  amount_refunded: number;
  refund_status: null | 'partial' | 'full';
  error_code: string | null;
  error_description: string | null;
  created_at: number;
}

export interface StandInRefund {
  id: string;
  entity: 'refund';
  amount: number;
  currency: string;
  payment_id: string;
  receipt: string | null;
  status: 'pending' | 'processed' | 'failed';
  created_at: number;
}

/** What the checkout gives the page when a payment succeeds. */
export interface CheckoutAnswer {
  razorpay_payment_id: string;
  razorpay_order_id: string;
  razorpay_signature: string;
}

/** A webhook as the gateway sends it: the raw body and its headers. */
export interface Delivery {
  body: string;
  headers: Record<string, string>;
}

type Fault = { method: string; path: RegExp; kind: '5xx' | 'late'; times: number };

const id = (prefix: string) => `${prefix}_${randomBytes(7).toString('hex')}`;
const seconds = () => Math.floor(Date.now() / 1000);

export class RazorpayStandIn {
  readonly keyId = 'rzp_test_standin';
  readonly keySecret = randomBytes(12).toString('hex');
  readonly webhookSecret = randomBytes(12).toString('hex');
  readonly orders = new Map<string, StandInOrder>();
  readonly payments = new Map<string, StandInPayment>();
  readonly refunds = new Map<string, StandInRefund>();
  private readonly refundKeys = new Map<string, { body: string; refund: StandInRefund }>();
  private faults: Fault[] = [];
  private refundFailures = 0;
  /** How long a 'late' answer is held back: past any PAYMENT_TIMEOUT_MS the tests set. */
  lateByMs = 3_000;
  private readonly pending = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<RazorpayStandIn> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('the stand-in did not bind');
    const standIn = new RazorpayStandIn(server, `http://127.0.0.1:${address.port}`);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => void standIn.handle(request, response));
    return standIn;
  }

  /** The settings a Houseful using this stand-in starts with. */
  env(): Record<string, string> {
    return {
      PAYMENT_GATEWAY: 'razorpay',
      RAZORPAY_KEY_ID: this.keyId,
      RAZORPAY_KEY_SECRET: this.keySecret,
      RAZORPAY_WEBHOOK_SECRET: this.webhookSecret,
      RAZORPAY_API_URL: this.url,
      RAZORPAY_CHECKOUT_URL: `${this.url}/checkout.js`,
    };
  }

  async close(): Promise<void> {
    for (const timer of this.pending) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `times` calls of this method to a path matching `path` fail: with a 500, or applied and answered too late. */
  fail(method: string, path: RegExp, kind: Fault['kind'], times = 1): void {
    this.faults.push({ method, path, kind, times });
  }

  /** The next `times` refunds are created and then fail, as a bank's refusal does. */
  failRefunds(times = 1): void {
    this.refundFailures += times;
  }

  /**
   * The customer pays the order on the checkout: `captured` (auto-capture), `authorized`
   * (awaiting capture), `failed` (declined), or `created` (a UPI collect the customer has not
   * approved yet). The answer is what the checkout hands the page on success. `paid` makes a
   * payment that is not for the order's amount or currency (a partial payment, a checkout opened
   * with altered options): one Houseful must never confirm a booking by.
   */
  pay(
    orderId: string,
    outcome: 'captured' | 'authorized' | 'failed' | 'created' = 'captured',
    method = 'card',
    paid: { amount?: number; currency?: string } = {},
  ) {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`no order ${orderId}`);
    const payment: StandInPayment = {
      id: id('pay'),
      entity: 'payment',
      amount: paid.amount ?? order.amount,
      currency: paid.currency ?? order.currency,
      status: outcome,
      order_id: orderId,
      method,
      captured: outcome === 'captured',
      amount_refunded: 0,
      refund_status: null,
      error_code: outcome === 'failed' ? 'BAD_REQUEST_ERROR' : null,
      error_description: outcome === 'failed' ? 'Payment failed because the card was declined' : null,
      created_at: seconds(),
    };
    this.payments.set(payment.id, payment);
    order.attempts++;
    order.status = 'attempted';
    if (outcome === 'captured') this.markPaid(order, payment);
    return { payment, answer: this.answerFor(payment) };
  }

  /** A payment still being paid (a UPI collect) completes: captured, or failed. */
  settle(paymentId: string, outcome: 'captured' | 'failed'): StandInPayment {
    const payment = this.payments.get(paymentId)!;
    payment.status = outcome;
    payment.captured = outcome === 'captured';
    if (outcome === 'captured') this.markPaid(this.orders.get(payment.order_id)!, payment);
    return payment;
  }

  answerFor(payment: StandInPayment): CheckoutAnswer {
    return {
      razorpay_payment_id: payment.id,
      razorpay_order_id: payment.order_id,
      razorpay_signature: createHmac('sha256', this.keySecret).update(`${payment.order_id}|${payment.id}`).digest('hex'),
    };
  }

  /** A webhook for a payment or refund as it is now, signed as the gateway signs it. */
  webhook(event: string, subject: StandInPayment | StandInRefund, eventId = id('evt')): Delivery {
    const payment = subject.entity === 'payment' ? subject : this.payments.get(subject.payment_id)!;
    const payload: Record<string, unknown> = { payment: { entity: payment } };
    if (subject.entity === 'refund') payload.refund = { entity: subject };
    if (event === 'order.paid') payload.order = { entity: this.orders.get(payment.order_id) };
    const body = JSON.stringify({
      entity: 'event',
      account_id: 'acc_standin',
      event,
      contains: Object.keys(payload),
      payload,
      created_at: seconds(),
    });
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'x-razorpay-signature': createHmac('sha256', this.webhookSecret).update(body).digest('hex'),
        'x-razorpay-event-id': eventId,
      },
    };
  }

  /** An order made on the same account by someone else than Houseful (another integration of the merchant's). */
  otherOrder(amount: number): StandInOrder {
    return this.createOrder(amount, 'elsewhere', {});
  }

  /** The order Houseful made for this booking (its receipt). */
  orderFor(bookingId: string): StandInOrder | undefined {
    return [...this.orders.values()].find((order) => order.receipt === bookingId);
  }

  private markPaid(order: StandInOrder, payment: StandInPayment): void {
    if (payment.currency !== order.currency) return;
    order.amount_paid += payment.amount;
    order.amount_due = Math.max(0, order.amount - order.amount_paid);
    if (order.amount_due === 0) order.status = 'paid';
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (request.url ?? '/').split('?')[0]!;
    const method = request.method ?? 'GET';
    const send = (status: number, body: unknown, type = 'application/json') => {
      response.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' });
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const refuse = (status: number, description: string, code = 'BAD_REQUEST_ERROR') =>
      send(status, { error: { code, description, source: 'NA', step: 'NA', reason: 'NA', metadata: {} } });

    if (method === 'OPTIONS') return send(204, '');
    if (method === 'GET' && path === '/checkout.js') return send(200, CHECKOUT_SCRIPT.replace('__STAND_IN__', this.url), 'text/javascript');
    if (method === 'POST' && path === '/checkout/pay') {
      const { order_id: orderId, outcome } = JSON.parse(raw) as { order_id: string; outcome?: 'captured' | 'failed' };
      const paid = this.pay(orderId, outcome ?? 'captured');
      return send(200, { answer: paid.answer, payment: paid.payment });
    }

    const expected = `Basic ${Buffer.from(`${this.keyId}:${this.keySecret}`).toString('base64')}`;
    if (request.headers.authorization !== expected) return refuse(401, 'Authentication failed');

    const fault = this.faults.find((f) => f.method === method && f.path.test(path) && f.times > 0);
    if (fault) {
      fault.times--;
      if (fault.kind === '5xx') return refuse(500, 'We are facing some trouble completing your request at the moment.', 'SERVER_ERROR');
    }
    let status = 200;
    let answer: unknown;
    try {
      answer = this.route(method, path, raw ? (JSON.parse(raw) as Record<string, unknown>) : {}, request);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      status = error.status;
      answer = { error: { code: 'BAD_REQUEST_ERROR', description: error.message, source: 'NA', step: 'NA', reason: 'NA', metadata: {} } };
    }
    if (fault?.kind === 'late') {
      // Applied, but the answer comes after the caller stopped waiting.
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        if (!response.destroyed) send(status, answer);
      }, this.lateByMs);
      this.pending.add(timer);
      return;
    }
    send(status, answer);
  }

  private route(method: string, path: string, body: Record<string, unknown>, request: IncomingMessage): unknown {
    let match: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/orders') {
      const amount = body.amount;
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 100)
        throw new Refusal('The amount must be atleast INR 1.00.');
      if (body.currency !== 'INR') throw new Refusal('The currency is invalid.');
      const receipt = String(body.receipt ?? '');
      if (receipt.length > 40) throw new Refusal('The receipt may not be greater than 40 characters.');
      return this.createOrder(amount, receipt, (body.notes as Record<string, string>) ?? {});
    }
    if (method === 'GET' && (match = /^\/v1\/orders\/([^/]+)$/.exec(path))) return this.order(match[1]!);
    if (method === 'GET' && (match = /^\/v1\/orders\/([^/]+)\/payments$/.exec(path))) {
      const order = this.order(match[1]!);
      return collection([...this.payments.values()].filter((p) => p.order_id === order.id));
    }
    if (method === 'GET' && (match = /^\/v1\/payments\/([^/]+)$/.exec(path))) return this.payment(match[1]!);
    if (method === 'POST' && (match = /^\/v1\/payments\/([^/]+)\/capture$/.exec(path))) {
      const payment = this.payment(match[1]!);
      if (payment.status === 'captured' || payment.status === 'refunded') throw new Refusal('This payment has already been captured');
      if (payment.status !== 'authorized')
        throw new Refusal('Only payments which have been authorized and not yet captured can be captured');
      if (body.amount !== payment.amount) throw new Refusal('Capture amount must be equal to the amount authorized');
      if (body.currency !== payment.currency) throw new Refusal('Currency should be same as the payment currency');
      payment.status = 'captured';
      payment.captured = true;
      this.markPaid(this.orders.get(payment.order_id)!, payment);
      return payment;
    }
    if (method === 'GET' && (match = /^\/v1\/payments\/([^/]+)\/refunds$/.exec(path))) {
      const payment = this.payment(match[1]!);
      return collection([...this.refunds.values()].filter((r) => r.payment_id === payment.id));
    }
    if (method === 'POST' && (match = /^\/v1\/payments\/([^/]+)\/refund$/.exec(path))) {
      const key = request.headers['x-refund-idempotency'];
      const sent = JSON.stringify(body);
      if (typeof key === 'string') {
        const seen = this.refundKeys.get(key);
        if (seen && seen.body !== sent) throw new Refusal('Different request with the same idempotency key has already been processed.');
        if (seen) return seen.refund;
      }
      const payment = this.payment(match[1]!);
      if (!payment.captured) throw new Refusal('The payment has not been captured');
      const amount = typeof body.amount === 'number' ? body.amount : payment.amount - payment.amount_refunded;
      if (amount > payment.amount - payment.amount_refunded)
        throw new Refusal('The refund amount provided is greater than amount captured');
      const failing = this.refundFailures > 0;
      if (failing) this.refundFailures--;
      const refund: StandInRefund = {
        id: id('rfnd'),
        entity: 'refund',
        amount,
        currency: payment.currency,
        payment_id: payment.id,
        receipt: typeof body.receipt === 'string' ? body.receipt : null,
        status: failing ? 'failed' : 'processed',
        created_at: seconds(),
      };
      this.refunds.set(refund.id, refund);
      if (!failing) {
        payment.amount_refunded += amount;
        payment.refund_status = payment.amount_refunded === payment.amount ? 'full' : 'partial';
        if (payment.amount_refunded === payment.amount) payment.status = 'refunded';
      }
      if (typeof key === 'string') this.refundKeys.set(key, { body: sent, refund });
      return refund;
    }
    throw new Refusal('The requested URL was not found on the server.', 404);
  }

  private createOrder(amount: number, receipt: string, notes: Record<string, string>): StandInOrder {
    const order: StandInOrder = {
      id: id('order'),
      entity: 'order',
      amount,
      amount_paid: 0,
      amount_due: amount,
      currency: 'INR',
      receipt,
      status: 'created',
      attempts: 0,
      notes,
      created_at: seconds(),
    };
    this.orders.set(order.id, order);
    return order;
  }

  private order(orderId: string): StandInOrder {
    const order = this.orders.get(orderId);
    if (!order) throw new Refusal('The id provided does not exist');
    return order;
  }

  private payment(paymentId: string): StandInPayment {
    const payment = this.payments.get(paymentId);
    if (!payment) throw new Refusal('The id provided does not exist');
    return payment;
  }
}

class Refusal extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const collection = <T>(items: T[]) => ({ entity: 'collection', count: items.length, items });

// The checkout as the page sees it: `new Razorpay(options).open()` pays at once through the
// stand-in and calls options.handler with a validly signed answer, as the real checkout does.
const CHECKOUT_SCRIPT = `
window.Razorpay = function (options) {
  this.open = function () {
    fetch('__STAND_IN__/checkout/pay', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ order_id: options.order_id }),
    })
      .then(function (response) { return response.json(); })
      .then(function (paid) { options.handler(paid.answer); });
  };
  this.on = function () {};
};
`;
