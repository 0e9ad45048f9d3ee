// The gateway PAYMENT_GATEWAY names, built from its settings, behind the router that keeps counter
// sales at the counter's till.
import type { Config } from '../config.ts';
import type { Queryable } from '../db/database.ts';
import type { PaymentGateway } from './gateway.ts';
import { RazorpayGateway } from './razorpay.ts';
import { RoutedGateway } from './routed-gateway.ts';
import { TestGateway, type TestGatewayOptions } from './test-gateway.ts';

export function paymentGateway(db: Queryable, config: Config, testOptions: TestGatewayOptions = {}): PaymentGateway {
  const online = config.razorpay
    ? new RazorpayGateway(db, config.razorpay, config.paymentTimeoutMs)
    : new TestGateway(db, { delayMs: config.testGatewayDelayMs, ...testOptions });
  return new RoutedGateway(db, online);
}
