// What the rules need from the outside world, passed explicitly (no container, no singletons).
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Clock } from './domain/clock.ts';
import type { PaymentGateway } from './payments/gateway.ts';

export interface Context {
  db: Database;
  clock: Clock;
  config: Config;
  gateway: PaymentGateway;
  log: FastifyBaseLogger;
}
