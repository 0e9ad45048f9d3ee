// Every setting Houseful reads from the environment, validated once at start.
// A bad value ends the process with one line naming the variable (see main.ts).
import { parseDatabaseUrl } from './db/database-url.ts';
import { passwordWeakness } from './domain/password-policy.ts';
import { parseTrustProxy, type TrustProxy } from './domain/trust-proxy.ts';

export interface Config {
  /** HTTP port; 0 picks any free port and the bound URL is logged. */
  port: number;
  /** Bind address. */
  host: string;
  /** postgres://… to use that server; undefined runs the embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  /** Where the embedded database lives; locked to one process. */
  dataDir: string;
  /** How long a pending booking holds its seats. */
  holdTtlSeconds: number;
  /** How often expired holds are swept and stuck payments recovered. */
  sweepIntervalSeconds: number;
  /** Most seats in one booking, and most seats one customer may hold at once in one show. */
  maxSeatsPerBooking: number;
  /** Most food and drink items per seat in one hold (MAX_ITEMS_PER_SEAT), at the counter too. */
  maxItemsPerSeat: number;
  /** Most items one account may hold unpaid across all its pending holds (MAX_HELD_ITEMS_PER_ACCOUNT); not counter sales. */
  maxHeldItemsPerAccount: number;
  /** smtp://host:port; undefined writes mail to the log. */
  smtpUrl: string | undefined;
  /** Where customers reach Houseful (PUBLIC_URL, no trailing slash): links in mail and SMS start here. */
  publicUrl: string;
  mailFrom: string;
  /** Mails to one address in an hour (MAIL_PER_RECIPIENT_PER_HOUR; 0: no limit); past it a message is dropped as dead, with the reason. */
  mailPerRecipientPerHour: number;
  /** POST { to, text } there for each SMS; undefined sends none. */
  smsWebhookUrl: string | undefined;
  /**
   * Signs ticket tokens (the QR code on a ticket) (AUTH_SECRET, at least 32 characters). Unset: a secret is
   * generated once into the database, so every instance on that database shares it.
   */
  authSecret: string | undefined;
  /** A comment line on every live seat stream this often, so proxies and browsers keep it open (SSE_HEARTBEAT_SECONDS). */
  sseHeartbeatSeconds: number;
  /** When both are set, this admin account exists after start. */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Load the demo catalogue when the database is empty. */
  seedDemo: boolean;
  /** Connections per instance to a PostgreSQL server (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  /** Named prepared statements (DATABASE_PREPARED_STATEMENTS); 0 behind a pooler in transaction mode such as pgbouncer. */
  databasePreparedStatements: boolean;
  /** Where LISTEN goes (DATABASE_LISTEN_URL): a session connection past any pooler; undefined: DATABASE_URL. */
  databaseListenUrl: string | undefined;
  /** Streaming replicas that serve browsing reads (DATABASE_READ_URL, one or several hosts); undefined: the primary serves them. */
  databaseReadUrl: string | undefined;
  /** Session lifetime in hours (SESSION_TTL_HOURS). */
  sessionTtlHours: number;
  /** pino level (LOG_LEVEL). */
  logLevel: string;
  /**
   * Holds per minute per customer (RATE_LIMIT_PER_MINUTE). 0 turns every rate limit off: this one, the sign-in
   * and sign-up limits, the per-account sign-in backoff, the refused promo code limits, the new-account hold
   * cap, the re-hold cool-down and the daily budget of unpaid holds (tests and the bench).
   */
  rateLimitPerMinute: number;
  /** How long a charge may take before the customer is told it is pending (PAYMENT_TIMEOUT_MS). */
  paymentTimeoutMs: number;
  /** A payment still pending after this long was interrupted by a crash; recovery finishes it (PAYMENT_RECOVERY_AFTER_SECONDS). */
  paymentRecoveryAfterSeconds: number;
  /** The built-in test gateway waits this long after capturing a charge before answering (TEST_GATEWAY_DELAY_MS), to rehearse slow banks. */
  testGatewayDelayMs: number;
  /** /metrics answers only `Authorization: Bearer <this>` (METRICS_TOKEN, at least 16 characters); unset, /metrics is off. */
  metricsToken: string | undefined;
  /** A request's headers and body must arrive whole within this long, or the connection is closed (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Live seat streams open at once from one client address (SSE_MAX_PER_CLIENT), and on this instance (SSE_MAX_TOTAL). */
  sseMaxPerClient: number;
  sseMaxTotal: number;
  /** Sign-ins per minute per client address (SIGN_IN_LIMIT_PER_MINUTE) and sign-ups per hour (SIGNUP_LIMIT_PER_HOUR). */
  signInLimitPerMinute: number;
  signUpLimitPerHour: number;
  /** Wrong passwords in a row for one account before each further try must wait, twice as long each time (SIGN_IN_BACKOFF_AFTER). */
  signInBackoffAfter: number;
  /** The longest such wait (SIGN_IN_BACKOFF_MAX_SECONDS). */
  signInBackoffMaxSeconds: number;
  /**
   * Promo codes refused in an hour per account (PROMO_CODE_FAILURES_PER_HOUR) and per client address
   * (PROMO_CODE_FAILURES_PER_HOUR_PER_ADDRESS) before each further hold with a code is refused until the hour is over.
   */
  promoCodeFailuresPerHour: number;
  promoCodeFailuresPerHourPerAddress: number;
  /** An account younger than this (NEW_ACCOUNT_MINUTES; 0: none) may hold only NEW_ACCOUNT_MAX_HELD_SEATS seats at once, across all shows. */
  newAccountMinutes: number;
  newAccountMaxHeldSeats: number;
  /**
   * Seats one account may hold at once across all shows (MAX_HELD_SEATS_PER_ACCOUNT); counter sales are not bound by it.
   * Never below MAX_SEATS_PER_BOOKING, nor is NEW_ACCOUNT_MAX_HELD_SEATS, so any account can make one full booking.
   */
  maxHeldSeatsPerAccount: number;
  /** Seats a customer let go (cancelled or let lapse unpaid) are not theirs to hold again for this long (REHOLD_COOLDOWN_SECONDS; 0: off). */
  reholdCooldownSeconds: number;
  /** Holds made in the last 24 hours that may end unpaid before the account may hold no more until one is a day old (DAILY_UNPAID_HOLDS; 0: off). */
  dailyUnpaidHolds: number;
  /** Check-in at the door opens this many minutes before a show starts, and closes when it ends (CHECKIN_OPENS_MINUTES_BEFORE). */
  checkInOpensMinutesBefore: number;
  /** Set when PAYMENT_GATEWAY=razorpay; undefined for the built-in test gateway (the default). */
  razorpay: RazorpayConfig | undefined;
  /** Only accounts that confirmed their email may hold seats (REQUIRE_VERIFIED_EMAIL). */
  requireVerifiedEmail: boolean;
  /**
   * Which proxies may name the client in X-Forwarded-For (TRUST_PROXY), as Fastify's trustProxy: false (unset)
   * trusts none, so every per-address limit counts the socket's address.
   */
  trustProxy: TrustProxy;
  /** One-time codes by SMS asked for in an hour per phone (SMS_CODES_PER_PHONE_PER_HOUR) and per client address (SMS_CODES_PER_ADDRESS_PER_HOUR). */
  smsCodesPerPhonePerHour: number;
  smsCodesPerAddressPerHour: number;
}

export interface RazorpayConfig {
  /** The API key id (RAZORPAY_KEY_ID); the checkout is opened with it, so it is not a secret. */
  keyId: string;
  /** Signs API calls and the checkout's answer (RAZORPAY_KEY_SECRET). */
  keySecret: string;
  /** Signs webhooks (RAZORPAY_WEBHOOK_SECRET), set on the gateway's dashboard with the webhook URL. */
  webhookSecret: string;
  /** The API's base URL (RAZORPAY_API_URL). */
  apiUrl: string;
  /** The checkout script the web app loads (RAZORPAY_CHECKOUT_URL). */
  checkoutUrl: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function optional(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}, got "${raw}"`);
  }
  return raw;
}

function databaseUrl(env: Env, name: string): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  const parsed = parseDatabaseUrl(raw);
  if (typeof parsed === 'string') throw new ConfigError(`${name} ${parsed}, got "${raw}"`);
  return raw;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`);
}

function razorpay(env: Env): RazorpayConfig {
  const required = (name: string): string => {
    const value = optional(env, name);
    if (value === undefined) throw new ConfigError(`${name} is required when PAYMENT_GATEWAY=razorpay`);
    if (/\s/.test(value)) throw new ConfigError(`${name} must have no spaces`);
    return value;
  };
  const keyId = required('RAZORPAY_KEY_ID');
  if (!/^rzp_(test|live)_\w+$/.test(keyId))
    throw new ConfigError(`RAZORPAY_KEY_ID must look like rzp_test_… or rzp_live_…, got "${keyId}"`);
  return {
    keyId,
    keySecret: required('RAZORPAY_KEY_SECRET'),
    webhookSecret: required('RAZORPAY_WEBHOOK_SECRET'),
    apiUrl: (url(env, 'RAZORPAY_API_URL', ['http:', 'https:']) ?? 'https://api.razorpay.com').replace(/\/+$/, ''),
    checkoutUrl: url(env, 'RAZORPAY_CHECKOUT_URL', ['http:', 'https:']) ?? 'https://checkout.razorpay.com/v1/checkout.js',
  };
}

function paymentGateway(env: Env): 'test' | 'razorpay' {
  const raw = optional(env, 'PAYMENT_GATEWAY') ?? 'test';
  if (raw !== 'test' && raw !== 'razorpay') throw new ConfigError(`PAYMENT_GATEWAY must be test or razorpay, got "${raw}"`);
  return raw;
}

/** The caps on seats held across shows; each defaults to, and may not be set below, MAX_SEATS_PER_BOOKING. */
function heldSeatCaps(env: Env): Pick<Config, 'newAccountMaxHeldSeats' | 'maxHeldSeatsPerAccount'> {
  const perBooking = integer(env, 'MAX_SEATS_PER_BOOKING', 10, 1, 100);
  const atLeastOneBooking = (name: string, fallback: number, max: number) => {
    const value = integer(env, name, fallback, 1, max);
    if (value < perBooking)
      throw new ConfigError(
        `${name} must not be below MAX_SEATS_PER_BOOKING (${perBooking}), or a customer could not make one full booking; got ${value}`,
      );
    return value;
  };
  return {
    newAccountMaxHeldSeats: atLeastOneBooking('NEW_ACCOUNT_MAX_HELD_SEATS', perBooking, 100),
    maxHeldSeatsPerAccount: atLeastOneBooking('MAX_HELD_SEATS_PER_ACCOUNT', Math.max(10, perBooking), 10_000),
  };
}

function trustProxy(env: Env): TrustProxy {
  const parsed = parseTrustProxy(env.TRUST_PROXY);
  if (typeof parsed === 'string') throw new ConfigError(`TRUST_PROXY ${parsed}`);
  return parsed;
}

export function loadConfig(env: Env = process.env): Config {
  const adminEmail = optional(env, 'ADMIN_EMAIL');
  const adminPassword = optional(env, 'ADMIN_PASSWORD');
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  // The same policy as any account's password (src/domain/password-policy.ts).
  const adminPasswordWeakness = adminPassword !== undefined && adminEmail !== undefined && passwordWeakness(adminPassword, adminEmail);
  if (adminPasswordWeakness) throw new ConfigError(`ADMIN_PASSWORD ${adminPasswordWeakness}`);
  const authSecret = optional(env, 'AUTH_SECRET');
  if (authSecret !== undefined && authSecret.length < 32) throw new ConfigError('AUTH_SECRET must be at least 32 characters');
  const metricsToken = optional(env, 'METRICS_TOKEN');
  if (metricsToken !== undefined && (metricsToken.length < 16 || /\s/.test(metricsToken)))
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters, with no spaces');
  const logLevel = optional(env, 'LOG_LEVEL') ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "${logLevel}"`);
  }
  if (optional(env, 'DATABASE_LISTEN_URL') !== undefined && optional(env, 'DATABASE_URL') === undefined) {
    throw new ConfigError('DATABASE_LISTEN_URL needs DATABASE_URL (the embedded database listens in-process)');
  }
  if (optional(env, 'DATABASE_READ_URL') !== undefined && optional(env, 'DATABASE_URL') === undefined) {
    throw new ConfigError('DATABASE_READ_URL needs DATABASE_URL (the embedded database has no replicas)');
  }
  const onRazorpay = paymentGateway(env) === 'razorpay';
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: optional(env, 'HOST') ?? '127.0.0.1',
    databaseUrl: databaseUrl(env, 'DATABASE_URL'),
    dataDir: optional(env, 'DATA_DIR') ?? './data',
    holdTtlSeconds: integer(env, 'HOLD_TTL_SECONDS', 300, 1, 86_400),
    sweepIntervalSeconds: integer(env, 'SWEEP_INTERVAL_SECONDS', 30, 1, 86_400),
    maxSeatsPerBooking: integer(env, 'MAX_SEATS_PER_BOOKING', 10, 1, 100),
    maxItemsPerSeat: integer(env, 'MAX_ITEMS_PER_SEAT', 10, 1, 1_000),
    maxHeldItemsPerAccount: integer(env, 'MAX_HELD_ITEMS_PER_ACCOUNT', 40, 1, 1_000_000),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    publicUrl: (
      url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://${optional(env, 'HOST') ?? '127.0.0.1'}:${optional(env, 'PORT') ?? '3000'}`
    ).replace(/\/+$/, ''),
    mailFrom: optional(env, 'MAIL_FROM') ?? 'Houseful <tickets@localhost>',
    mailPerRecipientPerHour: integer(env, 'MAIL_PER_RECIPIENT_PER_HOUR', 20, 0, 1_000_000),
    smsWebhookUrl: url(env, 'SMS_WEBHOOK_URL', ['http:', 'https:']),
    authSecret,
    sseHeartbeatSeconds: integer(env, 'SSE_HEARTBEAT_SECONDS', 15, 1, 3_600),
    adminEmail,
    adminPassword,
    seedDemo: flag(env, 'SEED_DEMO', true),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 16, 1, 200),
    databasePreparedStatements: flag(env, 'DATABASE_PREPARED_STATEMENTS', true),
    databaseListenUrl: databaseUrl(env, 'DATABASE_LISTEN_URL'),
    databaseReadUrl: databaseUrl(env, 'DATABASE_READ_URL'),
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 24 * 7, 1, 24 * 365),
    logLevel,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    paymentTimeoutMs: integer(env, 'PAYMENT_TIMEOUT_MS', 15_000, 10, 600_000),
    paymentRecoveryAfterSeconds: integer(env, 'PAYMENT_RECOVERY_AFTER_SECONDS', 60, 1, 86_400),
    testGatewayDelayMs: integer(env, 'TEST_GATEWAY_DELAY_MS', 0, 0, 600_000),
    metricsToken,
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 10_000, 100, 600_000),
    sseMaxPerClient: integer(env, 'SSE_MAX_PER_CLIENT', 20, 1, 1_000_000),
    sseMaxTotal: integer(env, 'SSE_MAX_TOTAL', 2_000, 1, 1_000_000),
    signInLimitPerMinute: integer(env, 'SIGN_IN_LIMIT_PER_MINUTE', 30, 1, 1_000_000),
    signUpLimitPerHour: integer(env, 'SIGNUP_LIMIT_PER_HOUR', 10, 1, 1_000_000),
    signInBackoffAfter: integer(env, 'SIGN_IN_BACKOFF_AFTER', 5, 1, 1_000),
    signInBackoffMaxSeconds: integer(env, 'SIGN_IN_BACKOFF_MAX_SECONDS', 900, 1, 86_400),
    promoCodeFailuresPerHour: integer(env, 'PROMO_CODE_FAILURES_PER_HOUR', 10, 1, 1_000_000),
    promoCodeFailuresPerHourPerAddress: integer(env, 'PROMO_CODE_FAILURES_PER_HOUR_PER_ADDRESS', 50, 1, 1_000_000),
    newAccountMinutes: integer(env, 'NEW_ACCOUNT_MINUTES', 60, 0, 525_600),
    ...heldSeatCaps(env),
    reholdCooldownSeconds: integer(env, 'REHOLD_COOLDOWN_SECONDS', 60, 0, 86_400),
    dailyUnpaidHolds: integer(env, 'DAILY_UNPAID_HOLDS', 20, 0, 1_000_000),
    checkInOpensMinutesBefore: integer(env, 'CHECKIN_OPENS_MINUTES_BEFORE', 120, 0, 10_080),
    razorpay: onRazorpay ? razorpay(env) : undefined,
    requireVerifiedEmail: flag(env, 'REQUIRE_VERIFIED_EMAIL', false),
    trustProxy: trustProxy(env),
    smsCodesPerPhonePerHour: integer(env, 'SMS_CODES_PER_PHONE_PER_HOUR', 5, 1, 1_000),
    smsCodesPerAddressPerHour: integer(env, 'SMS_CODES_PER_ADDRESS_PER_HOUR', 20, 1, 1_000_000),
  };
}
