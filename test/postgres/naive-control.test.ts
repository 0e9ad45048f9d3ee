// Proof that the race tests can fail: the same race against a check-then-write hold must
// double-book, where Houseful's conditional UPDATE (race.test.ts) never does.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBookingRows, oversold } from '../../bench/patterns/fixtures.ts';
import { naiveCheckThenWrite } from '../../bench/patterns/naive.ts';
import { adminToken, postgresAvailable, startTestApp, type TestApp } from '../support/app.ts';
import { testPool } from '../support/postgres.ts';

describe.skipIf(!postgresAvailable())('the naive control', () => {
  let t: TestApp;
  let pool: pg.Pool;
  beforeAll(async () => {
    t = await startTestApp({ backend: 'postgres' });
    pool = testPool(t.databaseUrl, 20);
  });
  afterAll(async () => {
    await pool.end();
    await t.close();
  });

  it('double-books seats when 20 customers race for them', async () => {
    const { show, seats } = await t.api.scenario(await adminToken(t.ctx));
    // Open every connection first, so the racers really do run at once.
    await Promise.all(Array.from({ length: 20 }, () => t.ctx.db.query('SELECT pg_sleep(0.05)')));
    let oversoldSeats = 0;
    let winners = 0;
    for (const pair of [
      [0, 1],
      [2, 3],
      [4, 5],
    ]) {
      const wanted = pair.map((i) => seats[i]!.id);
      const bookings = await makeBookingRows(pool, show.id, 20);
      const told = await Promise.all(bookings.map((id) => naiveCheckThenWrite.hold(t.ctx.db, show.id, wanted, id)));
      const round = bookings.filter((_, i) => told[i]).map(() => wanted);
      winners += round.length;
      oversoldSeats += oversold(round);
    }
    // Three pairs of seats can have at most three rightful winners.
    expect(winners).toBeGreaterThan(3);
    expect(oversoldSeats).toBeGreaterThan(0);
  });
});
