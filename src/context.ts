// What the rules need from the outside world, passed explicitly (no container, no singletons).
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Clock } from './domain/clock.ts';
import type { User } from './domain/user.ts';
import type { PaymentGateway } from './gateways/gateway.ts';

export interface Context {
  db: Database;
  clock: Clock;
  config: Config;
  gateway: PaymentGateway;
  log: FastifyBaseLogger;
  /** Who each bearer token belongs to, as this instance last read it (kept right by the database's notices). */
  sessions: Sessions;
}

/** A session as kept in memory: whose it is and until when. */
export interface CachedSession {
  user: User;
  expiresAt: Date;
}

/** This instance's memory of sessions (accounts/session-cache.ts), forgotten on the database's notices. */
export interface Sessions {
  /** The session's user from memory, or from `load`. */
  userFor(tokenHash: string, now: Date, load: () => Promise<CachedSession | undefined>): Promise<User | undefined>;
  forgetSession(tokenHash: string): void;
  forgetAccount(userId: string): void;
  start(db: Database): Promise<void>;
  stop(): Promise<void>;
}
