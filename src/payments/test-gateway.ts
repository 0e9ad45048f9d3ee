// The built-in test gateway: approves or declines by the contract's test numbers and keeps
// its own ledger in the database, as a real payment provider keeps one on its side.
import type { Queryable } from '../db/database.ts';
import { strategyFor, type PaymentRequest } from './methods.ts';
import type { ChargeResult, ChargeState, PaymentGateway } from './gateway.ts';

export interface TestGatewayOptions {
  /** Waited after a charge is recorded and before it is answered: a slow bank, or a window to crash in. */
  delayMs?: number;
  /** Called after a charge is captured and before it is answered: lets fault tests die in between. */
  afterCapture?: (reference: string) => Promise<void>;
}

export class TestGateway implements PaymentGateway {
  constructor(
    private readonly db: Queryable,
    private readonly options: TestGatewayOptions = {},
  ) {}

  async charge(reference: string, amount: number, request: PaymentRequest): Promise<ChargeResult> {
    const verdict = strategyFor(request).testVerdict(request);
    const status = verdict === 'approve' ? 'captured' : 'declined';
    // ON CONFLICT: charging the same reference again answers with the first outcome.
    const row = (
      await this.db.query<{ status: string }>(
        `INSERT INTO test_gateway_charges (reference, amount, method, status) VALUES ($1, $2, $3, $4)
         ON CONFLICT (reference) DO UPDATE SET reference = EXCLUDED.reference RETURNING status`,
        [reference, amount, request.method, status],
      )
    ).rows[0];
    await this.pause();
    if (row?.status === 'declined') return { status: 'declined', reason: 'declined by the issuing bank (test)' };
    await this.options.afterCapture?.(reference);
    return { status: 'captured', gatewayRef: `test_${reference}` };
  }

  async refund(reference: string): Promise<void> {
    await this.db.query("UPDATE test_gateway_charges SET status = 'refunded' WHERE reference = $1 AND status = 'captured'", [reference]);
  }

  async lookup(reference: string): Promise<ChargeState> {
    const row = (await this.db.query<{ status: ChargeState }>('SELECT status FROM test_gateway_charges WHERE reference = $1', [reference]))
      .rows[0];
    return row?.status ?? 'unknown';
  }

  private async pause(): Promise<void> {
    if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
  }
}
