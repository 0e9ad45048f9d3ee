// Sending refunds to the gateway. A refund is written pending in the transaction that cancels its
// seats; it is sent after that commits, never inside it (docs/design.md rule 3), under its own id,
// so a refund sent twice (a retry, two instances recovering) is made once. Only once the gateway
// has made it is it marked refunded and entered in the ledger.
import type { Context } from '../../context.ts';
import { addLedgerEntry } from '../../ledger/repository.ts';
import { addRefunded, lockPayment } from '../repository.ts';
import { hasPendingRefunds, leasePendingRefunds, markRefunded, type PendingRefund } from './repository.ts';

const BATCH = 100;

/** Sends one refund; false when the gateway failed (recovery retries it later). */
export async function sendRefund(ctx: Context, refund: PendingRefund): Promise<boolean> {
  try {
    if (refund.amount > 0) await ctx.gateway.refund(refund.payment_id, refund.amount, refund.id);
  } catch (error) {
    ctx.log.warn({ err: error, refundId: refund.id }, 'refund failed; recovery will retry it');
    return false;
  }
  await ctx.db.transaction(async (tx) => {
    // Two refunds of one payment settled at once: the second sees the first made, so one of them is the last.
    await lockPayment(tx, refund.payment_id);
    const now = ctx.clock.now();
    if (!(await markRefunded(tx, refund.id, now))) return;
    await addRefunded(tx, refund.payment_id, refund.amount, !(await hasPendingRefunds(tx, refund.payment_id)), now);
    await addLedgerEntry(tx, { kind: 'refund', paymentId: refund.payment_id, refundId: refund.id, amount: refund.amount, at: now });
  });
  return true;
}

/** Sends each refund; false when the gateway failed any of them. */
export async function sendRefunds(ctx: Context, refunds: readonly PendingRefund[]): Promise<boolean> {
  let all = true;
  for (const refund of refunds) all = (await sendRefund(ctx, refund)) && all;
  return all;
}

/** Refunds pending longer than PAYMENT_RECOVERY_AFTER_SECONDS were interrupted or failed: send them again. */
export async function recoverRefunds(ctx: Context): Promise<number> {
  const now = ctx.clock.now();
  const olderThan = new Date(now.getTime() - ctx.config.paymentRecoveryAfterSeconds * 1000);
  let sent = 0;
  for (const refund of await leasePendingRefunds(ctx.db, now, olderThan, BATCH)) {
    if (await sendRefund(ctx, refund)) sent++;
  }
  return sent;
}
