// Waiting on the database with an end: the driver can leave a request unanswered while it goes
// round the hosts of a failover, or for good (postgres-database.ts says when), and nobody waits
// with it for ever.

/** The work's outcome, or past `ms` a lost-connection error (answered 503, the connection not trusted again). */
export async function withinDeadline<T>(work: PromiseLike<T>, ms: number, what = 'answer'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no ${what} within ${ms} ms`), { code: 'CONNECT_TIMEOUT' })), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
