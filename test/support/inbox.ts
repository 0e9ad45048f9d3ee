// What a test's stand-in server has received, in order, and a way to wait for one item.
export class Inbox<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<() => boolean>();

  constructor(private readonly describe: (items: T[]) => string) {}

  add(item: T): void {
    this.items.push(item);
    for (const wake of this.waiters) wake();
  }

  /** Resolves with the first item (already here or still to come) that matches; rejects after timeoutMs. */
  waitFor(predicate: (item: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.items.find(predicate);
        if (found === undefined) return false;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no ${what} within ${timeoutMs} ms; received: ${this.describe(this.items)}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }
}
