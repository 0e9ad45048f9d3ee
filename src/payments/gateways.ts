// The gateway PAYMENT_GATEWAY names, built from its settings.
import type { Config } from '../config.ts';
import type { Queryable } from '../db/database.ts';
import type { PaymentGateway } from './gateway.ts';
import { RazorpayGateway } from './razorpay.ts';
import { TestGateway, type TestGatewayOptions } from './test-gateway.ts';

export function paymentGateway(db: Queryable, config: Config, testOptions: TestGatewayOptions = {}): PaymentGateway {
  if (config.razorpay) return new RazorpayGateway(db, config.razorpay, config.paymentTimeoutMs);
  return new TestGateway(db, { delayMs: config.testGatewayDelayMs, ...testOptions });
}
