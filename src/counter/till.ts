// The counter's side of a payment, where online sales have the gateway: the cashier has the money
// (cash in the drawer, a card terminal's slip, a UPI QR's confirmation) before the sale is
// confirmed, and what a sale that fails to confirm gives back, the cashier hands back there.
import type { ChargeResult, ChargeState, PaymentGateway } from '../payments/gateway.ts';

export const counterTill: PaymentGateway = {
  async charge(reference: string): Promise<ChargeResult> {
    return { status: 'captured', gatewayRef: `counter_${reference}` };
  },
  async refund(): Promise<void> {},
  async lookup(): Promise<ChargeState> {
    return 'captured';
  },
};
