// The live seat map (docs/design.md rule 6). A transaction that changes seats NOTIFYs one channel; every
// instance LISTENs once and fans each change out to its server-sent-event subscribers of that
// show, so a browser sees changes made through any instance. Nothing is shared but the database.
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { SEAT_CHANNEL, type SeatChange, type SeatEventStatus } from '../db/seat-notices.ts';

export interface SeatEvent {
  /** `<instance>.<sequence>`: a reconnecting client's Last-Event-ID says which instance saw what. */
  id: string;
  sequence: number;
  showId: string;
  data: { seatIds: string[]; status: SeatEventStatus };
}

export type SeatSubscriber = (event: SeatEvent) => void;

/** Events kept for replay to clients reconnecting with Last-Event-ID; older ones get a snapshot instead. */
const REPLAY_BUFFER = 2_000;

function isSeatChange(value: unknown): value is SeatChange {
  const change = value as Partial<SeatChange> | null;
  return (
    typeof change?.showId === 'string' &&
    Array.isArray(change.seatIds) &&
    change.seatIds.every((id) => typeof id === 'string') &&
    (change.status === 'available' || change.status === 'held' || change.status === 'booked')
  );
}

/** One per instance: LISTENs on the seat channel and hands each change to the subscribers of its show. */
export class SeatEventHub {
  /** Distinguishes this instance's event ids from another's after a client reconnects elsewhere. */
  readonly instance = randomBytes(4).toString('hex');
  private sequence = 0;
  private readonly recent: SeatEvent[] = [];
  private readonly subscribers = new Map<string, Set<SeatSubscriber>>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly onBadPayload: (payload: string) => void = () => undefined) {}

  async start(db: Database): Promise<void> {
    this.unlisten = await db.listen(SEAT_CHANNEL, (payload) => this.receive(payload));
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = undefined;
  }

  private receive(payload: string): void {
    let change: unknown;
    try {
      change = JSON.parse(payload);
    } catch {
      change = undefined;
    }
    if (!isSeatChange(change)) {
      this.onBadPayload(payload);
      return;
    }
    const sequence = ++this.sequence;
    const event: SeatEvent = {
      id: `${this.instance}.${sequence}`,
      sequence,
      showId: change.showId,
      data: { seatIds: change.seatIds, status: change.status },
    };
    this.recent.push(event);
    if (this.recent.length > REPLAY_BUFFER) this.recent.shift();
    for (const subscriber of this.subscribers.get(change.showId) ?? []) subscriber(event);
  }

  /** The sequence of the newest event this instance has seen. */
  currentSequence(): number {
    return this.sequence;
  }

  subscribe(showId: string, subscriber: SeatSubscriber): () => void {
    let set = this.subscribers.get(showId);
    if (!set) {
      set = new Set();
      this.subscribers.set(showId, set);
    }
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
      if (set.size === 0 && this.subscribers.get(showId) === set) this.subscribers.delete(showId);
    };
  }

  /**
   * The events of a show after `lastEventId`, or undefined when they cannot be told apart from
   * what was missed: an id from another instance (or before a restart), or older than the buffer.
   */
  eventsSince(showId: string, lastEventId: string): SeatEvent[] | undefined {
    const [instance, sequenceText] = lastEventId.split('.');
    const sequence = Number(sequenceText);
    if (instance !== this.instance || !Number.isInteger(sequence) || sequence > this.sequence) return undefined;
    const oldest = this.recent[0]?.sequence ?? this.sequence + 1;
    if (sequence < oldest - 1) return undefined;
    return this.recent.filter((event) => event.sequence > sequence && event.showId === showId);
  }
}
