// Delivers the outbox (docs/design.md rule 5), in every instance. Rows are claimed with FOR UPDATE SKIP
// LOCKED and leased (locked_until) so instances never deliver the same row at the same time;
// delivery happens outside any transaction. A failure is retried with exponential backoff and
// the row is marked dead after OUTBOX_MAX_ATTEMPTS, or at once when the far side refuses it for
// good. An instance dying mid-delivery leaves its lease to lapse; another instance then retries
// the same row, with the same Message-ID, so at worst the receiver sees one message twice.
//
// Schedule: a poll every second, plus a wake-up NOTIFY from every transaction that queues a row,
// so mail leaves well within the 5 s the contract allows.
import type { Context } from '../context.ts';
import { createMailer, isPermanentMailError, messageIdFor, type Mailer } from '../notifications/mailer.ts';
import { renderMail, renderSms } from '../notifications/messages.ts';
import {
  claimDueMessages as claimRows,
  OUTBOX_CHANNEL,
  mailsSentToInLastHour,
  recordDelivered,
  recordDeliveryFailure,
  type OutboxRow,
} from '../outbox/repository.ts';
import { sendSms, SmsRefused } from '../notifications/sms.ts';

export interface OutboxWorkerOptions {
  /** How often to look for due rows when no wake-up came. */
  pollMs: number;
  /** How long a claimed row is reserved for its worker; longer than any delivery may take. */
  leaseSeconds: number;
  /** Attempts before a row is marked dead. */
  maxAttempts: number;
  /** The first retry waits this long; each next one twice as long, up to retryMaxSeconds. */
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  /** Rows claimed (and delivered concurrently) per round. */
  batchSize: number;
}

// 10 attempts at 2 s doubling up to 10 min: a mail server may be away about half an hour before a message is given up.
export const OUTBOX_DEFAULTS: OutboxWorkerOptions = {
  pollMs: 1_000,
  leaseSeconds: 60,
  maxAttempts: 10,
  retryBaseSeconds: 2,
  retryMaxSeconds: 600,
  batchSize: 10,
};

export function retryDelaySeconds(attempts: number, options: Pick<OutboxWorkerOptions, 'retryBaseSeconds' | 'retryMaxSeconds'>): number {
  const delay = Math.min(options.retryBaseSeconds * 2 ** Math.max(0, attempts - 1), options.retryMaxSeconds);
  return delay * (0.8 + Math.random() * 0.4); // jitter, so instances retrying after an outage do not arrive together
}

/** Claims due rows: each claim counts as an attempt, so a row whose worker died still reaches its limit. */
export function claimDueMessages(ctx: Context, options: Pick<OutboxWorkerOptions, 'leaseSeconds' | 'batchSize'>): Promise<OutboxRow[]> {
  return claimRows(ctx.db, options.leaseSeconds, options.batchSize);
}

/**
 * Sends one message. Returns why there is nothing to send when that is so for good (its booking
 * is gone, no SMS for its kind): such a row is marked dead at once, as retrying is pointless.
 */
async function deliver(ctx: Context, mailer: Mailer, row: OutboxRow): Promise<string | undefined> {
  if (row.channel === 'sms') {
    if (!ctx.config.smsWebhookUrl) return 'SMS_WEBHOOK_URL is no longer set';
    const text = await renderSms(ctx, row.kind, row.subject_id);
    if (text === undefined) return `no SMS to send for ${row.kind} ${row.subject_id}`;
    await sendSms(ctx.config.smsWebhookUrl, row.recipient, text);
    return undefined;
  }
  // However a flood of mail to one address is set off, the address gets at most this many an hour; the rest are
  // dropped (dead, with the reason), not held back, so a flood cannot pile up and arrive later all the same.
  const limit = ctx.config.mailPerRecipientPerHour;
  if (limit > 0 && (await mailsSentToInLastHour(ctx.db, row.recipient)) >= limit)
    return `MAIL_PER_RECIPIENT_PER_HOUR: ${limit} mails already went to this address in the last hour`;
  const content = await renderMail(ctx, row.kind, row.subject_id, row.recipient);
  if (!content) return `${row.kind}: ${row.subject_id} no longer exists`;
  await mailer.send({ ...content, to: row.recipient, messageId: messageIdFor(row.id, row.created_at, ctx.config.mailFrom) });
  return undefined;
}

function isPermanent(error: unknown): boolean {
  return (error instanceof SmsRefused && error.permanent) || isPermanentMailError(error);
}

async function deliverAndRecord(ctx: Context, mailer: Mailer, row: OutboxRow, options: OutboxWorkerOptions): Promise<void> {
  try {
    const nothingToSay = await deliver(ctx, mailer, row);
    if (nothingToSay !== undefined) {
      ctx.log.warn({ outboxId: row.id, kind: row.kind, channel: row.channel }, `message given up (dead): ${nothingToSay}`);
      await recordDeliveryFailure(ctx.db, row, { dead: true, reason: nothingToSay, retryInSeconds: 0 });
      return;
    }
  } catch (error) {
    const dead = isPermanent(error) || row.attempts >= options.maxAttempts;
    const reason = error instanceof Error ? error.message : String(error);
    ctx.log.warn(
      { err: error, outboxId: row.id, kind: row.kind, channel: row.channel, attempts: row.attempts },
      dead ? 'message given up (dead)' : 'message not delivered; it will be retried',
    );
    await recordDeliveryFailure(ctx.db, row, { dead, reason, retryInSeconds: retryDelaySeconds(row.attempts, options) });
    return;
  }
  await recordDelivered(ctx.db, row.id);
}

/** One round: claim due rows and deliver them. Returns how many were claimed. */
export async function deliverDueMessages(ctx: Context, mailer: Mailer, options: OutboxWorkerOptions = OUTBOX_DEFAULTS): Promise<number> {
  const rows = await claimDueMessages(ctx, options);
  // One recipient's messages go one after another, in order, so each is counted against the hourly limit of its address.
  const byRecipient = new Map<string, OutboxRow[]>();
  for (const row of rows)
    byRecipient.set(`${row.channel}:${row.recipient}`, [...(byRecipient.get(`${row.channel}:${row.recipient}`) ?? []), row]);
  await Promise.all(
    [...byRecipient.values()].map(async (mine) => {
      for (const row of mine) await deliverAndRecord(ctx, mailer, row, options);
    }),
  );
  return rows.length;
}

/**
 * How long stopping waits for deliveries in flight. Shutdown must finish within 10 s (docs/api.md);
 * a delivery cut short keeps its lease and is retried by another instance once the lease lapses.
 */
const STOP_GRACE_MS = 3_000;

/** Starts delivering in this instance; the returned function stops it after the round in flight (or the grace period). */
export async function startOutboxWorker(ctx: Context, overrides: Partial<OutboxWorkerOptions> = {}): Promise<() => Promise<void>> {
  const options = { ...OUTBOX_DEFAULTS, ...overrides };
  const mailer = createMailer({ smtpUrl: ctx.config.smtpUrl, mailFrom: ctx.config.mailFrom, log: ctx.log });
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;

  const round = async () => {
    do {
      again = false;
      try {
        // A full batch means more may be waiting: go on at once.
        while (!stopped && (await deliverDueMessages(ctx, mailer, options)) === options.batchSize);
      } catch (error) {
        ctx.log.warn({ err: error }, 'outbox round failed; it runs again shortly');
      }
    } while (again && !stopped);
  };
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true; // a row may have been queued after this round's claim
      return;
    }
    running = round().finally(() => {
      running = undefined;
    });
  };

  const unlisten = await ctx.db.listen(OUTBOX_CHANNEL, wake);
  const timer = setInterval(wake, options.pollMs);
  timer.unref();
  wake();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await unlisten();
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([running, new Promise((resolve) => (grace = setTimeout(resolve, STOP_GRACE_MS)))]);
    clearTimeout(grace);
    mailer.close();
  };
}
