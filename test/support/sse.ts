// A small server-sent-events client over fetch, for tests: it keeps every event and comment it
// reads, and lets a test wait (bounded) for the one it expects.
export interface ServerSentEvent {
  event: string;
  id: string | undefined;
  data: string;
}

export class EventStream {
  readonly events: ServerSentEvent[] = [];
  readonly comments: string[] = [];
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>;
  private readonly waiters = new Set<() => void>();
  private done = false;

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    this.ended = this.read().finally(() => {
      this.done = true;
      for (const wake of this.waiters) wake();
    });
  }

  /** Opens the stream; a non-200 answer is returned as the response, with nothing read. */
  static async open(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
    return new EventStream(response, abort);
  }

  get status(): number {
    return this.response.status;
  }

  private async read(): Promise<void> {
    if (this.response.status !== 200 || !this.response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    let event: ServerSentEvent = { event: 'message', id: undefined, data: '' };
    try {
      for await (const chunk of this.response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline).replace(/\r$/, '');
          buffer = buffer.slice(newline + 1);
          if (line === '') {
            if (event.data !== '' || event.event !== 'message') this.received(() => this.events.push(event));
            event = { event: 'message', id: undefined, data: '' };
          } else if (line.startsWith(':')) {
            this.received(() => this.comments.push(line.slice(1).trim()));
          } else {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') event.event = value;
            else if (field === 'id') event.id = value;
            else if (field === 'data') event.data = event.data ? `${event.data}\n${value}` : value;
          }
        }
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  }

  private received(record: () => void): void {
    record();
    for (const wake of this.waiters) wake();
  }

  private waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) {
          if (this.done) finish(new Error(`the stream ended before ${what}`));
          return;
        }
        finish(undefined, found);
      };
      const finish = (error?: Error, found?: T) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        if (error) reject(error);
        else resolve(found as T);
      };
      const timer = setTimeout(() => finish(new Error(`no ${what} within ${timeoutMs} ms; got ${JSON.stringify(this.events)}`)), timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** The first event (already read or still to come) of that name whose data matches. */
  next<T = unknown>(name: string, matches: (data: T) => boolean = () => true, timeoutMs = 10_000): Promise<ServerSentEvent & { json: T }> {
    return this.waitFor(
      () => {
        const found = this.events.find((e) => e.event === name && matches(JSON.parse(e.data) as T));
        return found ? { ...found, json: JSON.parse(found.data) as T } : undefined;
      },
      timeoutMs,
      `event "${name}"`,
    );
  }

  comment(matches: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
    return this.waitFor(() => this.comments.find(matches), timeoutMs, 'matching comment');
  }

  close(): void {
    this.abort.abort();
  }
}
