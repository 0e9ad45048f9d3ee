// What Houseful needs of a payment gateway. Every call is keyed by Houseful's payment id,
// so asking twice never charges or refunds twice.
import type { CounterMethod } from '../domain/tenders.ts';
import type { PaymentRequest } from './methods.ts';

export type ChargeResult = { status: 'captured'; gatewayRef: string } | { status: 'declined'; reason: string };

/** What a counter sale's charge is asked with: the cashier already has the money, by this method. */
export interface CounterPayment {
  method: CounterMethod;
}

/** An online payment's details, or the method a counter sale was paid by. */
export type ChargeRequest = PaymentRequest | CounterPayment;

export type ChargeState = 'captured' | 'declined' | 'refunded' | 'unknown';

export interface PaymentGateway {
  charge(reference: string, amount: number, request: ChargeRequest): Promise<ChargeResult>;
  /**
   * Refunds `amount` of the charge. A refund of part of it is keyed by `refundId`, Houseful's id of
   * that refund, so asking twice under one id refunds once; without it, the whole charge is refunded.
   */
  refund(reference: string, amount: number, refundId?: string): Promise<void>;
  /** What the gateway knows of a charge, for recovering after a crash between charge and confirm. */
  lookup(reference: string): Promise<ChargeState>;
  /**
   * Set when customers pay on the gateway's own page rather than by sending their details here:
   * `charge` is never called then (the payment route answers checkout-required).
   */
  readonly checkout?: HostedCheckout;
}

/** A payment as a hosted-checkout gateway reports it; amounts in paise. */
export interface GatewayPayment {
  id: string;
  orderId: string;
  amount: number;
  /** ISO 4217; Houseful's orders are in INR, so a payment in any other is not one of its bookings'. */
  currency: string;
  /** created: still being paid; authorized: the bank approved it and it awaits capture. */
  status: 'created' | 'authorized' | 'captured' | 'refunded' | 'failed';
  method: string;
  /** Why it failed, in the gateway's words. */
  error?: string;
}

/** The customer pays on the gateway's page for an order Houseful created; the gateway tells Houseful by signed messages. */
export interface HostedCheckout {
  readonly name: 'razorpay';
  /** What the web app opens the checkout with. */
  readonly keyId: string;
  readonly scriptUrl: string;
  /** An order for this amount; returns its id. */
  createOrder(amount: number, receipt: string, notes: Record<string, string>): Promise<string>;
  fetchPayment(paymentId: string): Promise<GatewayPayment>;
  paymentsOfOrder(orderId: string): Promise<GatewayPayment[]>;
  /**
   * Refunds the whole of a payment that paid for no attempt (its amount did not match), once:
   * done when the gateway reports the refund processed, and throws GatewayUnavailable until then.
   */
  refundUnmatched(payment: { id: string; amount: number }): Promise<void>;
  /** Captures an authorized payment; a payment captured already is answered as it is. */
  capture(payment: GatewayPayment): Promise<GatewayPayment>;
  /** The checkout's answer is the gateway's: signed with the key secret over the order and payment ids. */
  checkoutSignatureValid(orderId: string, paymentId: string, signature: string): boolean;
  /** A webhook is the gateway's: signed with the webhook secret over the raw body. */
  webhookSignatureValid(rawBody: string, signature: string): boolean;
}
