// The built-in test gateway: approves or declines by the test payment numbers (docs/api.md,
// "Test payments") and keeps its own ledger in the database, as a real payment provider keeps
// one on its side.
import type { Queryable } from '../db/database.ts';
import { cardNumber, type PaymentRequest } from './methods.ts';
import { isCounterPayment } from './counter-till.ts';
import type { ChargeRequest, ChargeResult, ChargeState, PaymentGateway } from './gateway.ts';
import { recordTestCharge, refundPartOfTestCharge, refundTestCharge, testChargeStatus } from './repository.ts';

export interface TestGatewayOptions {
  /** Waited after a charge is recorded and before it is answered: a slow bank, or a window to crash in. */
  delayMs?: number;
  /** Called after a charge is captured and before it is answered: lets fault tests die in between. */
  afterCapture?: (reference: string) => Promise<void>;
}

/** The details the test gateway declines: one card number, one UPI id, and `decline` for a bank or wallet. */
export function declinedInTest(request: PaymentRequest): boolean {
  switch (request.method) {
    case 'credit_card':
    case 'debit_card':
      return cardNumber(request) === '4000000000000002';
    case 'upi':
      return request.upiId.toLowerCase() === 'failure@upi';
    case 'net_banking':
      return request.bank === 'decline';
    case 'wallet':
      return request.walletId === 'decline';
  }
}

export class TestGateway implements PaymentGateway {
  constructor(
    private readonly db: Queryable,
    private readonly options: TestGatewayOptions = {},
  ) {}

  async charge(reference: string, amount: number, request: ChargeRequest): Promise<ChargeResult> {
    if (isCounterPayment(request)) throw new Error(`test gateway: payment ${reference} was taken at the counter`);
    const status = await recordTestCharge(this.db, reference, amount, request.method, declinedInTest(request) ? 'declined' : 'captured');
    await this.pause();
    if (status === 'declined') return { status: 'declined', reason: 'declined by the issuing bank (test)' };
    await this.options.afterCapture?.(reference);
    return { status: 'captured', gatewayRef: `test_${reference}` };
  }

  async refund(reference: string, amount: number, refundId?: string): Promise<void> {
    if (refundId === undefined) await refundTestCharge(this.db, reference);
    else if (!(await refundPartOfTestCharge(this.db, reference, amount, refundId)))
      throw new Error(`test gateway: refund ${refundId} of ${amount} exceeds what is left of charge ${reference}`);
  }

  async lookup(reference: string): Promise<ChargeState> {
    return (await testChargeStatus(this.db, reference)) ?? 'unknown';
  }

  private async pause(): Promise<void> {
    if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
  }
}
