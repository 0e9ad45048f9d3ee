// Best available and the rule against lone seats, raced through two Houseful processes on one
// PostgreSQL database: no seat is held twice, every block handed out is adjacent, and holds that
// overlap never together leave a seat alone.
import { describe, expect, it } from 'vitest';
import { oversold } from '../../bench/patterns/fixtures.ts';
import { postgresAvailable } from '../support/app.ts';
import { twoInstancesOnAFreshDatabase } from '../support/two-instances.ts';

interface SeatRow {
  seat_id: string;
  row_index: number;
  number: number;
  stretch: number;
  free: boolean;
  booking_id: string | null;
}

describe.skipIf(!postgresAvailable())('seats raced through two server processes on one PostgreSQL database', () => {
  const race = twoInstancesOnAFreshDatabase();

  const customers = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => race.apis[i % 2]!.customer(`Racer${i}`)));

  async function seatRows(showId: string): Promise<SeatRow[]> {
    return (
      await race.pool.query<SeatRow>(
        `SELECT ss.seat_id, se.row_index, se.number, se.stretch, ss.status = 'available' AS free, ss.booking_id
         FROM show_seats ss JOIN seats se ON se.id = ss.seat_id WHERE ss.show_id = $1 ORDER BY se.row_index, se.number`,
        [showId],
      )
    ).rows;
  }

  /** Free seats with a taken seat on one side and a taken seat, the row's end or an aisle on the other. */
  function loneSeats(rows: SeatRow[]): string[] {
    const lone: string[] = [];
    rows.forEach((seat, i) => {
      const left = rows[i - 1]?.row_index === seat.row_index && rows[i - 1]?.stretch === seat.stretch ? rows[i - 1]!.free : undefined;
      const right = rows[i + 1]?.row_index === seat.row_index && rows[i + 1]?.stretch === seat.stretch ? rows[i + 1]!.free : undefined;
      if (seat.free && left !== true && right !== true && (left === false || right === false)) lone.push(seat.seat_id);
    });
    return lone;
  }

  it('hands 60 customers asking for the best 1-4 seats adjacent blocks, no seat twice', async () => {
    const rows = ['A', 'B', 'C', 'D', 'E'].map((label) => ({ label, seatType: 'regular', seats: 12, aislesAfter: [3, 9] }));
    const { show } = await race.apis[0]!.scenario(race.admin, { rows });
    const racers = await customers(60);
    const replies = await Promise.all(
      racers.map((racer, i) => race.apis[i % 2]!.post('/api/bookings', { showId: show.id, quantity: 1 + (i % 4) }, racer.token)),
    );
    expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const winners = replies.filter((r) => r.status === 201).map((r) => r.body as { id: string; seats: { id: string }[] });
    expect(winners.length).toBeGreaterThan(10);
    expect(oversold(winners.map((w) => w.seats.map((s) => s.id)))).toBe(0);
    const bySeat = new Map((await seatRows(show.id)).map((row) => [row.seat_id, row]));
    for (const [i, winner] of winners.entries()) {
      const seats = winner.seats.map((s) => bySeat.get(s.id)!);
      expect(seats.every((s) => s.booking_id === winner.id)).toBe(true);
      // One row, one stretch, numbers one after another.
      expect(new Set(seats.map((s) => `${s.row_index}:${s.stretch}`)).size, `winner ${i}`).toBe(1);
      expect(seats.map((s) => s.number - seats[0]!.number)).toEqual(seats.map((_, k) => k));
    }
    for (const refused of replies.filter((r) => r.status === 409)) expect(refused.body.unavailableSeatIds).toEqual([]);
  });

  it('never lets two overlapping holds together leave a seat alone: of each pair that would, exactly one is held', async () => {
    // Twenty stretches of five seats; in each, one customer wants seats 1-2 and another 4-5. Either
    // alone is fine; both would leave seat 3 alone.
    const rows = Array.from({ length: 20 }, (_, i) => ({ label: String.fromCharCode(65 + i), seatType: 'regular', seats: 5 }));
    const { show, cinema, seats } = await race.apis[0]!.scenario(race.admin, { rows });
    expect((await race.apis[0]!.put(`/api/admin/cinemas/${cinema.id}/seating`, { noSingleSeatGaps: true }, race.admin)).status).toBe(200);
    const racers = await customers(40);
    const requests = racers.map((_, i) => {
      const row = Math.floor(i / 2);
      const numbers = i % 2 === 0 ? [1, 2] : [4, 5];
      return numbers.map((n) => seats[row * 5 + n - 1]!.id);
    });
    const replies = await Promise.all(
      racers.map((racer, i) => race.apis[i % 2]!.post('/api/bookings', { showId: show.id, seatIds: requests[i] }, racer.token)),
    );
    for (let row = 0; row < 20; row++) {
      const pair = [replies[row * 2]!, replies[row * 2 + 1]!];
      expect(pair.map((r) => r.status).sort(), `row ${row}`).toEqual([201, 409]);
      const refused = pair.find((r) => r.status === 409)!;
      expect(refused.body.type).toMatch(/\/would-strand-seat$/);
      expect(refused.body.strandedSeatIds).toEqual([seats[row * 5 + 2]!.id]);
    }
    expect(loneSeats(await seatRows(show.id))).toEqual([]);
  });

  it('leaves no seat alone after 80 customers race for the best 1-3 seats under the rule', async () => {
    const rows = ['A', 'B', 'C', 'D'].map((label) => ({ label, seatType: 'regular', seats: 14, aislesAfter: [4, 10] }));
    const { show, cinema } = await race.apis[0]!.scenario(race.admin, { rows });
    await race.apis[0]!.put(`/api/admin/cinemas/${cinema.id}/seating`, { noSingleSeatGaps: true }, race.admin);
    const racers = await customers(80);
    const replies = await Promise.all(
      racers.map((racer, i) => race.apis[i % 2]!.post('/api/bookings', { showId: show.id, quantity: 1 + (i % 3) }, racer.token)),
    );
    expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const winners = replies.filter((r) => r.status === 201).map((r) => (r.body as { seats: { id: string }[] }).seats.map((s) => s.id));
    expect(oversold(winners)).toBe(0);
    expect(loneSeats(await seatRows(show.id))).toEqual([]);
  });
});
