// Who a bearer token belongs to, kept in each instance's memory so that knowing who asks costs no
// database round trip per request. Kept right across instances by the notices that the database
// sends when a session ends or an account changes (migration 005): every instance forgets at once.
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/database.ts';
import type { CachedSession, Sessions } from '../context.ts';
import type { User } from '../domain/user.ts';

export const SESSION_CHANNEL = 'houseful_sessions';

export class SessionCache implements Sessions {
  private readonly entries: LRUCache<string, CachedSession>;
  /** Token hashes cached per account, so an account's change forgets all of its sessions. */
  private readonly byAccount = new Map<string, Set<string>>();
  /**
   * Bumped by every forgetting: a lookup that was under way meanwhile may have read a session a
   * notice has just ended, so its answer is used once and not kept.
   */
  private forgettings = 0;
  private unlisten: (() => Promise<void>) | undefined;

  /**
   * @param maxAgeMs how long an entry is trusted without any notice: the bound should a notice be
   * lost in a way the listening connection cannot tell (it resyncs on every reconnect).
   */
  constructor(options: { max?: number; maxAgeMs?: number } = {}) {
    this.entries = new LRUCache<string, CachedSession>({
      max: options.max ?? 100_000,
      ttl: options.maxAgeMs ?? 60_000,
      dispose: (session, tokenHash) => this.unindex(session.user.id, tokenHash),
    });
  }

  /** Listens for the database's notices; until then, and after stop(), nothing is kept. */
  async start(db: Database): Promise<void> {
    this.unlisten = await db.listen(SESSION_CHANNEL, (payload) => this.receive(payload), { onResync: () => this.clear() });
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    this.clear();
    await unlisten?.();
  }

  /** The session's user from memory, or from `load` (kept when nothing was forgotten meanwhile). */
  async userFor(tokenHash: string, now: Date, load: () => Promise<CachedSession | undefined>): Promise<User | undefined> {
    const cached = this.entries.get(tokenHash);
    if (cached && cached.expiresAt > now) return cached.user;
    if (cached) this.entries.delete(tokenHash);
    const before = this.forgettings;
    const loaded = await load();
    if (!loaded) return undefined;
    if (this.unlisten && this.forgettings === before) {
      this.entries.set(tokenHash, loaded);
      let tokens = this.byAccount.get(loaded.user.id);
      if (!tokens) this.byAccount.set(loaded.user.id, (tokens = new Set()));
      tokens.add(tokenHash);
    }
    return loaded.user;
  }

  forgetSession(tokenHash: string): void {
    this.forgettings++;
    this.entries.delete(tokenHash);
  }

  forgetAccount(userId: string): void {
    this.forgettings++;
    for (const tokenHash of this.byAccount.get(userId) ?? []) this.entries.delete(tokenHash);
    this.byAccount.delete(userId);
  }

  private clear(): void {
    this.forgettings++;
    this.entries.clear();
    this.byAccount.clear();
  }

  private unindex(userId: string, tokenHash: string): void {
    const tokens = this.byAccount.get(userId);
    tokens?.delete(tokenHash);
    if (tokens?.size === 0) this.byAccount.delete(userId);
  }

  private receive(payload: string): void {
    const [kind, key] = [payload.slice(0, payload.indexOf(':')), payload.slice(payload.indexOf(':') + 1)];
    if (kind === 'session') this.forgetSession(key);
    else if (kind === 'account') this.forgetAccount(key);
    else this.clear(); // a notice this version does not know: forget everything rather than guess
  }
}
