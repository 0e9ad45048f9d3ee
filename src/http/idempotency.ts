// Idempotency-Key for payments: the same key and body gets the same answer and no second
// charge; the same key with another body is refused. Keys belong to the caller.
import { createHash } from 'node:crypto';
import type { Context } from '../context.ts';
import { DomainError, IdempotencyKeyInUse, IdempotencyKeyReused } from '../domain/errors.ts';
import { problemForDomainError } from './problems.ts';

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** A key still running after this long belongs to a request whose process died; it may be taken over. */
const ABANDONED_AFTER_MS = 60_000;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(parts: unknown): string {
  return createHash('sha256').update(canonical(parts)).digest('hex');
}

export async function withIdempotency(
  ctx: Context,
  userId: string,
  key: string,
  hash: string,
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  const now = ctx.clock.now();
  const claimed = await ctx.db.query(
    `INSERT INTO idempotency_keys (user_id, key, request_hash, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, key) DO NOTHING`,
    [userId, key, hash, now],
  );
  if (claimed.rowCount === 0) {
    const existing = (
      await ctx.db.query<{ request_hash: string; response_status: number | null; response_body: unknown; created_at: Date }>(
        'SELECT request_hash, response_status, response_body, created_at FROM idempotency_keys WHERE user_id = $1 AND key = $2',
        [userId, key],
      )
    ).rows[0];
    if (!existing) return withIdempotency(ctx, userId, key, hash, run); // purged between the two statements
    if (existing.request_hash !== hash) throw new IdempotencyKeyReused();
    if (existing.response_status !== null) return { status: existing.response_status, body: existing.response_body };
    const abandoned = now.getTime() - existing.created_at.getTime() > ABANDONED_AFTER_MS;
    const takenOver =
      abandoned &&
      (
        await ctx.db.query(
          'UPDATE idempotency_keys SET created_at = $3 WHERE user_id = $1 AND key = $2 AND response_status IS NULL AND created_at = $4',
          [userId, key, now, existing.created_at],
        )
      ).rowCount === 1;
    if (!takenOver) throw new IdempotencyKeyInUse();
  }

  let response: StoredResponse;
  try {
    response = await run();
  } catch (error) {
    if (!(error instanceof DomainError) || !error.final) {
      // Not an answer (a crash, an outage, an outcome still unknown): free the key so the client can retry with it.
      await ctx.db
        .query('DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND response_status IS NULL', [userId, key])
        .catch(() => undefined);
      throw error;
    }
    const body = problemForDomainError(error);
    response = { status: body.status, body };
  }
  await ctx.db.query('UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE user_id = $1 AND key = $2', [
    userId,
    key,
    response.status,
    JSON.stringify(response.body),
  ]);
  return response;
}
