import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';

describe('the catalogue, written by admins and read by anyone', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('creates a hall with labelled seats of each type', async () => {
    const city = (await t.api.post('/api/admin/cities', { name: 'Pune', state: 'Maharashtra' }, admin)).body;
    const cinema = await t.api.post('/api/admin/cinemas', { cityId: city.id, name: 'City Pride', address: 'Kothrud' }, admin);
    expect(cinema.status).toBe(201);
    expect(cinema.body).toMatchObject({ id: expect.any(String), name: 'City Pride', timeZone: 'Asia/Kolkata' });
    const hall = await t.api.post(
      '/api/admin/halls',
      {
        cinemaId: cinema.body.id,
        name: 'Screen 2',
        rows: [
          { label: 'A', seatType: 'regular', seats: 10, aislesAfter: [5] },
          { label: 'B', seatType: 'premium', seats: 8 },
          { label: 'C', seatType: 'vip', seats: 4 },
        ],
      },
      admin,
    );
    expect(hall.status).toBe(201);
    expect(hall.body).toMatchObject({ id: expect.any(String), name: 'Screen 2', totalSeats: 22 });
    const movie = (
      await t.api.post('/api/admin/movies', { title: 'Dune', durationMinutes: 155, language: 'English', genre: 'Sci-Fi' }, admin)
    ).body;
    const show = await t.api.post(
      '/api/admin/shows',
      {
        movieId: movie.id,
        hallId: hall.body.id,
        startsAt: '2099-01-01T18:30:00+05:30',
        prices: { regular: 20_000, premium: 35_000, vip: 50_000 },
      },
      admin,
    );
    expect(show.status).toBe(201);
    expect(show.body).toEqual({
      id: expect.any(String),
      startsAt: '2099-01-01T18:30:00+05:30',
      endsAt: '2099-01-01T21:05:00+05:30',
      status: 'upcoming',
    });
    const map = (await t.api.get(`/api/shows/${show.body.id}/seats`)).body;
    expect(map.showId).toBe(show.body.id);
    expect(map.seats.map((s: { label: string }) => s.label)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `A${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `B${i + 1}`),
      ...Array.from({ length: 4 }, (_, i) => `C${i + 1}`),
    ]);
    expect(map.seats[0]).toEqual({
      id: expect.any(String),
      label: 'A1',
      row: 'A',
      number: 1,
      type: 'regular',
      kind: 'standard',
      price: { amount: 20_000, currency: 'INR' },
      status: 'available',
    });
    expect(map.seats.find((s: { label: string }) => s.label === 'C4')).toMatchObject({
      type: 'vip',
      price: { amount: 50_000, currency: 'INR' },
    });
    expect(map.rows[0]).toEqual({ label: 'A', seatType: 'regular', seats: 10, aislesAfter: [5] });
  });

  it('refuses a show that overlaps another in the same hall, but not in another hall or after a cancellation', async () => {
    const { hall, movie, show, cinema } = await t.api.scenario(admin);
    const base = Date.parse(show.startsAt);
    const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
    const prices = { regular: 1, premium: 2, vip: 3 };
    const clash = await t.api.post('/api/admin/shows', { movieId: movie.id, hallId: hall.id, startsAt: at(100), prices }, admin);
    expect(clash.status).toBe(409);
    expect(clash.body.type).toMatch(/\/show-overlap$/);
    expect((await t.api.post('/api/admin/shows', { movieId: movie.id, hallId: hall.id, startsAt: at(148), prices }, admin)).status).toBe(
      201,
    );
    expect((await t.api.post('/api/admin/shows', { movieId: movie.id, hallId: hall.id, startsAt: at(-147), prices }, admin)).status).toBe(
      409,
    );
    const otherHall = (
      await t.api.post(
        '/api/admin/halls',
        { cinemaId: cinema.id, name: 'Screen 9', rows: [{ label: 'A', seatType: 'regular', seats: 5 }] },
        admin,
      )
    ).body;
    expect(
      (await t.api.post('/api/admin/shows', { movieId: movie.id, hallId: otherHall.id, startsAt: at(10), prices }, admin)).status,
    ).toBe(201);
    // The cancelled show's slot (up to the next show's start) is free again.
    await t.api.post(`/api/admin/shows/${show.id}/cancel`, undefined, admin);
    expect((await t.api.post('/api/admin/shows', { movieId: movie.id, hallId: hall.id, startsAt: at(0), prices }, admin)).status).toBe(201);
  });

  it('answers 404 for unknown parents before validating the rest, and 400 naming the field', async () => {
    expect((await t.api.post('/api/admin/cinemas', { cityId: 'cty_missing', name: '' }, admin)).status).toBe(404);
    expect((await t.api.post('/api/admin/halls', { cinemaId: 'cin_missing', name: 'X', rows: [] }, admin)).status).toBe(404);
    const { city, cinema, movie, hall } = await t.api.scenario(admin);
    const cases: [string, object, string][] = [
      ['/api/admin/cinemas', { cityId: city.id, name: 'X', address: 'Y', timeZone: 'Mars/Olympus' }, 'timeZone'],
      ['/api/admin/halls', { cinemaId: cinema.id, name: 'X', rows: [{ label: 'A', seatType: 'sofa', seats: 3 }] }, 'rows[0].seatType'],
      ['/api/admin/halls', { cinemaId: cinema.id, name: 'X', rows: [{ label: 'A', seatType: 'vip', seats: 0 }] }, 'rows[0].seats'],
      [
        '/api/admin/halls',
        {
          cinemaId: cinema.id,
          name: 'X',
          rows: [
            { label: 'A', seatType: 'vip', seats: 2 },
            { label: 'a', seatType: 'vip', seats: 2 },
          ],
        },
        'rows[1].label',
      ],
      ['/api/admin/movies', { title: 'X', durationMinutes: -5, language: 'Hindi', genre: 'Drama' }, 'durationMinutes'],
      [
        '/api/admin/shows',
        { movieId: movie.id, hallId: hall.id, startsAt: 'tomorrow', prices: { regular: 1, premium: 1, vip: 1 } },
        'startsAt',
      ],
      [
        '/api/admin/shows',
        { movieId: movie.id, hallId: hall.id, startsAt: '2099-01-01T10:00:00', prices: { regular: 1, premium: 1, vip: 1 } },
        'startsAt',
      ],
      [
        '/api/admin/shows',
        { movieId: movie.id, hallId: hall.id, startsAt: '2001-01-01T10:00:00Z', prices: { regular: 1, premium: 1, vip: 1 } },
        'startsAt',
      ],
      [
        '/api/admin/shows',
        { movieId: movie.id, hallId: hall.id, startsAt: '2099-01-01T10:00:00Z', prices: { regular: 1.5, premium: 1, vip: 1 } },
        'prices.regular',
      ],
      [
        '/api/admin/shows',
        { movieId: movie.id, hallId: hall.id, startsAt: '2099-01-01T10:00:00Z', prices: { regular: 1, premium: 1 } },
        'prices.vip',
      ],
    ];
    for (const [path, body, field] of cases) {
      const reply = await t.api.post(path, body, admin);
      expect(reply.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(reply.body.field, `${path} ${JSON.stringify(body)}`).toBe(field);
    }
  });

  it('cancels a show: confirmed bookings refunded in full, pending ones released, and nothing more can be booked', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const [payer, holder] = [await t.api.customer('Payer'), await t.api.customer('Holder')];
    const paid = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id, seats[1]!.id] }, payer.token);
    await t.api.post(`/api/bookings/${paid.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, payer.token, {
      'Idempotency-Key': 'p',
    });
    const pending = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[2]!.id] }, holder.token);

    const cancelled = await t.api.post(`/api/admin/shows/${show.id}/cancel`, undefined, admin);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      id: show.id,
      status: 'cancelled',
      bookingsCancelled: 2,
      refunded: { amount: 50_000, currency: 'INR' },
    });
    expect((await t.api.get(`/api/bookings/${paid.body.id}`, payer.token)).body).toMatchObject({
      status: 'cancelled',
      refund: { amount: { amount: 50_000, currency: 'INR' }, status: 'refunded' },
    });
    expect((await t.api.get(`/api/bookings/${pending.body.id}`, holder.token)).body.status).toBe('cancelled');
    expect((await t.api.get(`/api/shows/${show.id}`)).body).toMatchObject({ status: 'cancelled', seatsAvailable: 0 });
    expect((await t.api.post(`/api/admin/shows/${show.id}/cancel`, undefined, admin)).status).toBe(409);
    expect((await t.api.post('/api/admin/shows/shw_missing/cancel', undefined, admin)).status).toBe(404);
    const audit = await t.ctx.db.query<{ action: string }>(
      "SELECT action FROM admin_audit WHERE subject_id = $1 AND action = 'show.cancel'",
      [show.id],
    );
    expect(audit.rowCount).toBe(1);
  });
});

describe('browsing', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('lists cities, their cinemas, movies with upcoming shows, and shows by city, movie, cinema and local date', async () => {
    const pune = (await t.api.post('/api/admin/cities', { name: 'Pune', state: 'Maharashtra' }, admin)).body;
    const ny = (await t.api.post('/api/admin/cities', { name: 'New York', state: 'NY' }, admin)).body;
    const local = (await t.api.post('/api/admin/cinemas', { cityId: pune.id, name: 'E-Square', address: 'University Road' }, admin)).body;
    const far = (
      await t.api.post(
        '/api/admin/cinemas',
        { cityId: ny.id, name: 'Angelika', address: 'Houston St', timeZone: 'America/New_York' },
        admin,
      )
    ).body;
    const row = [{ label: 'A', seatType: 'regular', seats: 4 }];
    const localHall = (await t.api.post('/api/admin/halls', { cinemaId: local.id, name: 'Audi 1', rows: row }, admin)).body;
    const farHall = (await t.api.post('/api/admin/halls', { cinemaId: far.id, name: 'Theater 1', rows: row }, admin)).body;
    const movie = (
      await t.api.post('/api/admin/movies', { title: 'Lagaan', durationMinutes: 224, language: 'Hindi', genre: 'Drama' }, admin)
    ).body;
    const unshown = (
      await t.api.post('/api/admin/movies', { title: 'Unshown', durationMinutes: 90, language: 'Hindi', genre: 'Drama' }, admin)
    ).body;
    const prices = { regular: 10_000, premium: 10_000, vip: 10_000 };
    // 23:30 in Pune on 1 Jan is 18:00 UTC; 20:00 in New York on 1 Jan is 01:00 UTC on 2 Jan.
    const puneShow = (
      await t.api.post('/api/admin/shows', { movieId: movie.id, hallId: localHall.id, startsAt: '2099-01-01T18:00:00Z', prices }, admin)
    ).body;
    const nyShow = (
      await t.api.post('/api/admin/shows', { movieId: movie.id, hallId: farHall.id, startsAt: '2099-01-02T01:00:00Z', prices }, admin)
    ).body;
    expect(puneShow.startsAt).toBe('2099-01-01T23:30:00+05:30');
    expect(nyShow.startsAt).toBe('2099-01-01T20:00:00-05:00');

    expect((await t.api.get('/api/cities')).body.map((c: { name: string }) => c.name)).toEqual(['New York', 'Pune']);
    expect((await t.api.get(`/api/cities/${pune.id}/cinemas`)).body).toEqual([
      { id: local.id, name: 'E-Square', address: 'University Road', timeZone: 'Asia/Kolkata' },
    ]);
    const movies = (await t.api.get(`/api/cities/${pune.id}/movies`)).body;
    expect(movies).toEqual([
      expect.objectContaining({ id: movie.id, title: 'Lagaan', language: 'Hindi', genre: 'Drama', durationMinutes: 224 }),
    ]);
    expect(movies.some((m: { id: string }) => m.id === unshown.id)).toBe(false);

    const onFirst = (await t.api.get('/api/shows?date=2099-01-01')).body.map((s: { id: string }) => s.id);
    expect(onFirst.sort()).toEqual([puneShow.id, nyShow.id].sort());
    expect((await t.api.get('/api/shows?date=2099-01-02')).body).toEqual([]);
    expect((await t.api.get(`/api/shows?cityId=${ny.id}`)).body.map((s: { id: string }) => s.id)).toEqual([nyShow.id]);
    expect((await t.api.get(`/api/shows?cinemaId=${local.id}&movieId=${movie.id}`)).body.map((s: { id: string }) => s.id)).toEqual([
      puneShow.id,
    ]);
    const one = (await t.api.get(`/api/shows/${puneShow.id}`)).body;
    expect(one).toMatchObject({
      id: puneShow.id,
      movie: { id: movie.id, title: 'Lagaan' },
      cinema: { id: local.id, name: 'E-Square' },
      hall: { id: localHall.id, name: 'Audi 1' },
      startsAt: '2099-01-01T23:30:00+05:30',
      endsAt: '2099-01-02T03:14:00+05:30',
      status: 'upcoming',
      seatsAvailable: 4,
      seatsTotal: 4,
    });
  });

  it('answers 404 for unknown cities and shows, and 400 for a malformed date', async () => {
    expect((await t.api.get('/api/cities/cty_missing/movies')).status).toBe(404);
    expect((await t.api.get('/api/cities/cty_missing/cinemas')).status).toBe(404);
    expect((await t.api.get('/api/shows/shw_missing')).status).toBe(404);
    expect((await t.api.get('/api/shows/shw_missing/seats')).status).toBe(404);
    const bad = await t.api.get('/api/shows?date=2099-13-45');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('date');
  });

  it('shows held and booked seats as such on the map', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booked = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    await t.api.post(`/api/bookings/${booked.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
      'Idempotency-Key': 'b',
    });
    await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[1]!.id] }, customer.token);
    const statuses = (await t.api.get(`/api/shows/${show.id}/seats`)).body.seats.map((s: { status: string }) => s.status);
    expect(statuses.slice(0, 3)).toEqual(['booked', 'held', 'available']);
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(8);
  });
});
