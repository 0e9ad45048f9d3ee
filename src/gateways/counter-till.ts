// The counter's side of a payment, where online sales have the gateway: the cashier has the money
// (cash in the drawer, a card terminal's slip, a UPI QR's confirmation) before the sale is
// confirmed, and what is given back of a counter sale (a sale that fails to confirm, a show the
// cinema cancels, a staff refund), the cashier hands back there. No online gateway ever sees it.
import type { CounterMethod } from '../domain/tenders.ts';
import type { ChargeRequest, ChargeResult, ChargeState, CounterPayment, PaymentGateway } from './gateway.ts';

const counterMethods: Record<CounterMethod, true> = { cash: true, 'card-terminal': true, 'upi-qr': true };

/** Whether a payment of this method was taken at the counter. */
export function isCounterMethod(method: string): method is CounterMethod {
  return Object.hasOwn(counterMethods, method);
}

export function isCounterPayment(request: ChargeRequest): request is CounterPayment {
  return isCounterMethod(request.method);
}

export const counterTill: PaymentGateway = {
  async charge(reference: string): Promise<ChargeResult> {
    return { status: 'captured', gatewayRef: `counter_${reference}` };
  },
  async refund(): Promise<void> {},
  /** The cashier takes the money before the sale is recorded, so a sale a crash left unconfirmed was paid. */
  async lookup(): Promise<ChargeState> {
    return 'captured';
  },
};
