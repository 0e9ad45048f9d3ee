// What Houseful needs of a payment gateway. Every call is keyed by Houseful's payment id,
// so asking twice never charges or refunds twice.
import type { PaymentRequest } from './methods.ts';

export type ChargeResult = { status: 'captured'; gatewayRef: string } | { status: 'declined'; reason: string };

export type ChargeState = 'captured' | 'declined' | 'refunded' | 'unknown';

export interface PaymentGateway {
  charge(reference: string, amount: number, request: PaymentRequest): Promise<ChargeResult>;
  /**
   * Refunds `amount` of the charge. A refund of part of it is keyed by `refundId`, Houseful's id of
   * that refund, so asking twice under one id refunds once; without it, the whole charge is refunded.
   */
  refund(reference: string, amount: number, refundId?: string): Promise<void>;
  /** What the gateway knows of a charge, for recovering after a crash between charge and confirm. */
  lookup(reference: string): Promise<ChargeState>;
}
