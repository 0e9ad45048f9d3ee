// How fast one account may churn holds (README, "Security"): seats it let go (cancelled, or let lapse
// unpaid) are not its to hold again for REHOLD_COOLDOWN_SECONDS, and once DAILY_UNPAID_HOLDS of its holds
// made in the last 24 hours ended unpaid it may hold nothing until the oldest of them is a day old. Both
// are read by the hold's precheck (HOLD_PRECHECK) and decided here, so a hold keeps its round trips;
// online holds only, and off with the other limits (RATE_LIMIT_PER_MINUTE=0).
import type { Config } from '../config.ts';
import { DailyHoldBudgetSpent, ReholdCooldown } from '../domain/errors.ts';
import type { PaceWindows } from './repository/hold-precheck.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

type PaceConfig = Pick<Config, 'rateLimitPerMinute' | 'reholdCooldownSeconds' | 'dailyUnpaidHolds'>;

/** From when the precheck reads seats let go and holds ended unpaid; null: that rule is off for this hold. */
export function paceWindows(config: PaceConfig, now: Date, online: boolean): PaceWindows {
  const on = online && config.rateLimitPerMinute > 0;
  return {
    cooldownSince: on && config.reholdCooldownSeconds > 0 ? new Date(now.getTime() - config.reholdCooldownSeconds * 1000) : null,
    budgetSince: on && config.dailyUnpaidHolds > 0 ? new Date(now.getTime() - DAY_MS) : null,
    budget: config.dailyUnpaidHolds,
  };
}

/** Whole seconds from `now` until `at`, at least 1. */
function secondsUntil(at: number, now: Date): number {
  return Math.max(1, Math.ceil((at - now.getTime()) / 1000));
}

/**
 * The account's holds made since the window began that ended unpaid, newest first, at most `budget`
 * of them (UNPAID_HOLDS in the precheck): when there are `budget`, the oldest of them leaving the
 * window is when the account may hold again.
 */
export function budgetProblem(config: PaceConfig, unpaidMadeAt: readonly (string | Date)[] | null, now: Date) {
  const budget = config.dailyUnpaidHolds;
  if (unpaidMadeAt === null || budget === 0 || unpaidMadeAt.length < budget) return undefined;
  const oldest = Math.min(...unpaidMadeAt.map((at) => new Date(at).getTime()));
  return new DailyHoldBudgetSpent(budget, secondsUntil(oldest + DAY_MS, now));
}

/** The wanted seats the customer let go within the cool-down, with when the last of them was let go (RELEASED in the precheck). */
export function cooldownProblem(config: PaceConfig, released: { seatIds: string[]; at: string | Date } | null, now: Date) {
  if (released === null || released.seatIds.length === 0) return undefined;
  return new ReholdCooldown(released.seatIds, secondsUntil(new Date(released.at).getTime() + config.reholdCooldownSeconds * 1000, now));
}
