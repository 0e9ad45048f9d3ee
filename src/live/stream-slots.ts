// How many live seat streams this instance keeps open: at most SSE_MAX_PER_CLIENT from one client
// address and SSE_MAX_TOTAL in all, so a client cannot hold the server's connections (README, "Security").

export type SlotRefusal = 'client' | 'total';

export class StreamSlots {
  private total = 0;
  private readonly perClient = new Map<string, number>();

  constructor(
    private readonly maxPerClient: number,
    private readonly maxTotal: number,
  ) {}

  /** Takes a slot for the client and returns the function that gives it back (once), or why there is none. */
  take(client: string): (() => void) | SlotRefusal {
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.maxPerClient) return 'client';
    if (this.total >= this.maxTotal) return 'total';
    this.perClient.set(client, mine + 1);
    this.total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    };
  }
}
