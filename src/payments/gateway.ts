// What Houseful needs of a payment gateway. Every call is keyed by Houseful's payment id,
// so asking twice never charges or refunds twice.
import type { PaymentRequest } from './methods.ts';

export type ChargeResult = { status: 'captured'; gatewayRef: string } | { status: 'declined'; reason: string };

export type ChargeState = 'captured' | 'declined' | 'refunded' | 'unknown';

export interface PaymentGateway {
  charge(reference: string, amount: number, request: PaymentRequest): Promise<ChargeResult>;
  refund(reference: string, amount: number): Promise<void>;
  /** What the gateway knows of a charge, for recovering after a crash between charge and confirm. */
  lookup(reference: string): Promise<ChargeState>;
}
