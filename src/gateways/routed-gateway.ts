// Sends each payment to where its money is: a counter sale's to the counter's till, every other to
// the online gateway. Charges are routed by the method asked for; refunds and look-ups by the
// payment's method as recorded, so no caller has to know where a payment was taken.
import type { Queryable } from '../db/database.ts';
import { counterTill, isCounterMethod, isCounterPayment } from './counter-till.ts';
import type { ChargeRequest, ChargeResult, ChargeState, HostedCheckout, PaymentGateway } from './gateway.ts';
import { paymentMethod } from './repository.ts';

export class RoutedGateway implements PaymentGateway {
  readonly checkout?: HostedCheckout;

  constructor(
    private readonly db: Queryable,
    private readonly online: PaymentGateway,
    private readonly till: PaymentGateway = counterTill,
  ) {
    if (online.checkout) this.checkout = online.checkout;
  }

  charge(reference: string, amount: number, request: ChargeRequest): Promise<ChargeResult> {
    return (isCounterPayment(request) ? this.till : this.online).charge(reference, amount, request);
  }

  async refund(reference: string, amount: number, refundId?: string): Promise<void> {
    return (await this.gatewayOf(reference)).refund(reference, amount, refundId);
  }

  async lookup(reference: string): Promise<ChargeState> {
    return (await this.gatewayOf(reference)).lookup(reference);
  }

  private async gatewayOf(reference: string): Promise<PaymentGateway> {
    const method = await paymentMethod(this.db, reference);
    return method !== undefined && isCounterMethod(method) ? this.till : this.online;
  }
}
