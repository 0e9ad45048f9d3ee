// What the rules need from the outside world, passed explicitly (no container, no singletons).
import type { FastifyBaseLogger } from 'fastify';
import type { SessionCache } from './accounts/session-cache.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Clock } from './domain/clock.ts';
import type { PaymentGateway } from './gateways/gateway.ts';

export interface Context {
  db: Database;
  clock: Clock;
  config: Config;
  gateway: PaymentGateway;
  log: FastifyBaseLogger;
  /** Who each bearer token belongs to, as this instance last read it (kept right by the database's notices). */
  sessions: SessionCache;
}
