// Razorpay, through its documented REST API (Orders, Payments, Refunds) with HTTP Basic auth.
// The customer pays on Razorpay's checkout for an order made here; what comes back (the
// checkout's answer, webhooks) is trusted only with a valid HMAC-SHA256 signature, and what a
// payment is now is always asked of the API. Refunds carry X-Refund-Idempotency, so a refund
// asked for twice (a retry, two instances) is made once.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RazorpayConfig } from '../config.ts';
import type { Queryable } from '../db/database.ts';
import { CheckoutRequired, GatewayUnavailable } from '../domain/errors.ts';
import type { ChargeResult, ChargeState, GatewayPayment, HostedCheckout, PaymentGateway } from './gateway.ts';
import { gatewayRefsOf } from './repository.ts';

interface RazorpayPayment {
  id: string;
  order_id: string;
  amount: number;
  currency: string;
  status: GatewayPayment['status'];
  method: string;
  error_description?: string | null;
}

interface RazorpayRefund {
  id: string;
  amount: number;
  receipt?: string | null;
  status: 'pending' | 'processed' | 'failed';
}

/** The API answered 4xx: a request it will never accept as sent. */
export class RazorpayRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
  ) {
    super(`Razorpay refused the request (${status} ${code}): ${description}`);
  }
}

function hmacHex(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('hex');
}

/** Compares in constant time, so a forger learns nothing from how long a refusal takes. */
function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function toPayment(payment: RazorpayPayment): GatewayPayment {
  return {
    id: payment.id,
    orderId: payment.order_id,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    method: payment.method,
    ...(payment.error_description ? { error: payment.error_description } : {}),
  };
}

export class RazorpayGateway implements PaymentGateway, HostedCheckout {
  readonly name = 'razorpay';
  readonly checkout: HostedCheckout = this;
  readonly keyId: string;
  readonly scriptUrl: string;

  constructor(
    private readonly db: Queryable,
    private readonly config: RazorpayConfig,
    /** How long one API call may take before its outcome is treated as unknown. */
    private readonly timeoutMs: number,
  ) {
    this.keyId = config.keyId;
    this.scriptUrl = config.checkoutUrl;
  }

  charge(reference: string): Promise<ChargeResult> {
    // Card and bank details never come here with a hosted checkout; the route refuses them first.
    return Promise.reject(new CheckoutRequired(reference));
  }

  async createOrder(amount: number, receipt: string, notes: Record<string, string>): Promise<string> {
    const order = await this.request<{ id: string }>('POST', '/v1/orders', { amount, currency: 'INR', receipt, notes });
    return order.id;
  }

  async fetchPayment(paymentId: string): Promise<GatewayPayment> {
    return toPayment(await this.request<RazorpayPayment>('GET', `/v1/payments/${encodeURIComponent(paymentId)}`));
  }

  async paymentsOfOrder(orderId: string): Promise<GatewayPayment[]> {
    const list = await this.request<{ items: RazorpayPayment[] }>('GET', `/v1/orders/${encodeURIComponent(orderId)}/payments`);
    return list.items.map(toPayment);
  }

  async capture(payment: GatewayPayment): Promise<GatewayPayment> {
    if (payment.status !== 'authorized') return payment;
    try {
      return toPayment(
        await this.call<RazorpayPayment>('POST', `/v1/payments/${encodeURIComponent(payment.id)}/capture`, {
          amount: payment.amount,
          currency: 'INR',
        }),
      );
    } catch (error) {
      // Captured meanwhile (auto-capture, or another instance): the payment says so.
      if (error instanceof RazorpayRefused) return this.fetchPayment(payment.id);
      throw error;
    }
  }

  /**
   * Refunds `amount` of Houseful payment `reference`: the refund of some seats under its own id
   * `refundId`, the whole charge under the payment's id. That id is the refund's receipt, so each
   * is made once and a second refund of the same payment is a refund of its own. Done once the
   * refund is processed; while it is pending this throws, so it is asked about again; a failed one
   * is followed by a new one, under the next idempotency key.
   */
  async refund(reference: string, amount: number, refundId?: string): Promise<void> {
    const gatewayRef = (await gatewayRefsOf(this.db, reference))?.gateway_ref;
    if (!gatewayRef) throw new Error(`payment ${reference} has no Razorpay payment to refund`);
    await this.refundOnce(gatewayRef, amount, refundId ?? reference);
  }

  /** Under a receipt of its own (within the 40 characters a receipt may have), so it is made once and is no refund of Houseful's. */
  async refundUnmatched(payment: { id: string; amount: number }): Promise<void> {
    await this.refundOnce(payment.id, payment.amount, `unmatched-${payment.id}`);
  }

  /** Refunds `amount` of the gateway's payment under `receipt`, once (see refund). */
  private async refundOnce(gatewayRef: string, amount: number, receipt: string): Promise<void> {
    const path = `/v1/payments/${encodeURIComponent(gatewayRef)}/refund`;
    const ours = (await this.request<{ items: RazorpayRefund[] }>('GET', `${path}s?count=100`)).items.filter((r) => r.receipt === receipt);
    let refund = ours.find((r) => r.status !== 'failed');
    if (!refund) {
      const key = `refund-${receipt}-${ours.length + 1}`;
      refund = await this.request<RazorpayRefund>('POST', path, { amount, receipt }, { 'X-Refund-Idempotency': key });
    }
    if (refund.status !== 'processed') throw new GatewayUnavailable(`refund ${refund.id} is ${refund.status}`);
  }

  async lookup(reference: string): Promise<ChargeState> {
    const orderId = (await gatewayRefsOf(this.db, reference))?.gateway_order_id;
    if (!orderId) return 'unknown';
    const payments = await this.paymentsOfOrder(orderId);
    if (payments.some((p) => p.status === 'captured')) return 'captured';
    if (payments.some((p) => p.status === 'refunded')) return 'refunded';
    if (payments.length > 0 && payments.every((p) => p.status === 'failed')) return 'declined';
    return 'unknown';
  }

  checkoutSignatureValid(orderId: string, paymentId: string, signature: string): boolean {
    return sameSignature(hmacHex(this.config.keySecret, `${orderId}|${paymentId}`), signature);
  }

  webhookSignatureValid(rawBody: string, signature: string): boolean {
    return sameSignature(hmacHex(this.config.webhookSecret, rawBody), signature);
  }

  /** An API call whose refusal is no answer either: Houseful sent what the API documents, so a 4xx is the gateway's trouble (keys, an outage). */
  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    try {
      return await this.call<T>(method, path, body, headers);
    } catch (error) {
      if (error instanceof RazorpayRefused) throw new GatewayUnavailable(error.message);
      throw error;
    }
  }

  /** One API call: JSON in and out; no answer in time, a 5xx or a 409 (busy) is GatewayUnavailable, another 4xx RazorpayRefused. */
  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.config.apiUrl + path, {
        method,
        headers: {
          authorization: `Basic ${Buffer.from(`${this.config.keyId}:${this.config.keySecret}`).toString('base64')}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new GatewayUnavailable(error instanceof Error && error.name === 'TimeoutError' ? 'no answer in time' : 'unreachable');
    }
    const text = await response.text().catch(() => '');
    if (response.status >= 500 || response.status === 409) throw new GatewayUnavailable(`answered ${response.status}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new GatewayUnavailable(`answered ${response.status} without JSON`);
    }
    if (!response.ok) {
      const error = (parsed as { error?: { code?: string; description?: string } }).error ?? {};
      throw new RazorpayRefused(response.status, error.code ?? 'UNKNOWN', error.description ?? 'no description');
    }
    return parsed as T;
  }
}
