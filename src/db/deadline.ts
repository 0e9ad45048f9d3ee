// Waiting on the database with an end: the driver can leave a request unanswered while it goes
// round the hosts of a failover, or for good (postgres-database.ts says when), and nobody waits
// with it for ever.

/** What waiting past a deadline throws: a lost-connection error (answered 503, the connection not trusted again). */
export class DeadlinePassed extends Error {
  readonly code = 'CONNECT_TIMEOUT';
}

/** The work's outcome, or past `ms` DeadlinePassed. */
export async function withinDeadline<T>(work: PromiseLike<T>, ms: number, what = 'answer'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlinePassed(`no ${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
