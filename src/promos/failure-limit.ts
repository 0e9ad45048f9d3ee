// Refused promo codes per account and per client address (README, "Security"): after
// PROMO_CODE_FAILURES_PER_HOUR refused codes from one account, or
// PROMO_CODE_FAILURES_PER_HOUR_PER_ADDRESS from one address, each further hold with a code is
// answered 429 until the hour that began with the first of them is over, the right code too, so
// codes cannot be found by trying many. Only refusals count, so a customer using a code they were
// given never meets it; holds without a code are not touched. Counted by @fastify/rate-limit in
// each instance's memory, like the other per-address limits.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { currentUser } from '../accounts/auth.ts';
import type { Config } from '../config.ts';
import { PromoCodeNotApplicable, TooManyPromoCodeAttempts } from '../domain/errors.ts';

export interface PromoFailureLimit {
  /** Runs the hold unless it brings a code while too many were refused lately; counts the code when it is refused. */
  guard<T>(request: FastifyRequest, promoCode: string | undefined, hold: () => Promise<T>): Promise<T>;
}

/** When rate limits are off (RATE_LIMIT_PER_MINUTE=0). */
export const NO_PROMO_FAILURE_LIMIT: PromoFailureLimit = { guard: (_request, _promoCode, hold) => hold() };

const HOUR_MS = 3_600_000;

interface Counter {
  limiter: ReturnType<FastifyInstance['createRateLimit']>;
  /** Holds with a code under way, per key: each may yet be refused, so a burst cannot outrun the count. */
  underWay: Map<string, number>;
}

function counter(app: FastifyInstance, max: number, keyOf: (request: FastifyRequest) => string): Counter {
  return { limiter: app.createRateLimit({ max, timeWindow: HOUR_MS, keyGenerator: keyOf }), underWay: new Map() };
}

function adjust(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next === 0) counts.delete(key);
  else counts.set(key, next);
}

/** Needs @fastify/rate-limit registered on the app. */
export function promoFailureLimit(
  app: FastifyInstance,
  config: Pick<Config, 'promoCodeFailuresPerHour' | 'promoCodeFailuresPerHourPerAddress'>,
): PromoFailureLimit {
  const counters = [
    counter(app, config.promoCodeFailuresPerHour, (request) => `account:${currentUser(request).id}`),
    counter(app, config.promoCodeFailuresPerHourPerAddress, (request) => `address:${request.ip}`),
  ];
  return {
    async guard(request, promoCode, hold) {
      if (promoCode === undefined) return hold();
      const seen = await Promise.all(counters.map((c) => c.limiter(request, { increment: false })));
      let waitSeconds = 0;
      seen.forEach((state, i) => {
        if (!state.isAllowed && state.remaining <= (counters[i]!.underWay.get(state.key) ?? 0)) {
          // A count not begun yet (only holds under way) ends as soon as they are answered.
          waitSeconds = Math.max(waitSeconds, state.ttlInSeconds, 1);
        }
      });
      if (waitSeconds > 0) throw new TooManyPromoCodeAttempts(waitSeconds);
      seen.forEach((state, i) => adjust(counters[i]!.underWay, state.key, 1));
      try {
        return await hold();
      } catch (error) {
        if (error instanceof PromoCodeNotApplicable) await Promise.all(counters.map((c) => c.limiter(request)));
        throw error;
      } finally {
        seen.forEach((state, i) => adjust(counters[i]!.underWay, state.key, -1));
      }
    },
  };
}
