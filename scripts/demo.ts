// `npm run demo`: the original design sketch's usage example, walked through Houseful's HTTP API.
// Starts Houseful on a throwaway embedded database, or talks to HOUSEFUL_URL when it is set
// (then ADMIN_EMAIL and ADMIN_PASSWORD must name an admin of that server).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatInr } from '../src/domain/money.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';

interface Reply<T> {
  status: number;
  body: T;
}

let base = '';

async function call<T>(
  method: string,
  route: string,
  body?: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const response = await fetch(base + route, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function must<T>(reply: Promise<Reply<T>>, expected: number): Promise<T> {
  const { status, body } = await reply;
  if (status !== expected) throw new Error(`expected HTTP ${expected}, got ${status}: ${JSON.stringify(body)}`);
  return body;
}

interface Booking {
  id: string;
  status: string;
  seats: unknown[];
  total: { amount: number };
  show: { movie: { title: string } };
  refund?: { amount: { amount: number } };
}

const describeBooking = (b: Booking, who: string) =>
  `Booking(${b.id.slice(0, 12)}... ${who} - ${b.show.movie.title} - ${b.seats.length} seats - ${formatInr(b.total.amount)} - ${b.status})`;

async function customer(name: string): Promise<string> {
  const email = `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  await must(call('POST', '/api/users', { name, email, password: 'demo-password' }), 201);
  return (await must(call<{ token: string }>('POST', '/api/sessions', { email, password: 'demo-password' }), 201)).token;
}

async function walkThrough(adminEmail: string, adminPassword: string, suffix: string): Promise<void> {
  const admin = (await must(call<{ token: string }>('POST', '/api/sessions', { email: adminEmail, password: adminPassword }), 201)).token;
  // Setup data, as the sketch does: one city, one cinema, a 5 x 10 hall, Inception at 18:30.
  const mumbai = await must(
    call<{ id: string }>('POST', '/api/admin/cities', { name: `Mumbai${suffix}`, state: 'Maharashtra' }, admin),
    201,
  );
  const pvr = await must(
    call<{ id: string }>('POST', '/api/admin/cinemas', { cityId: mumbai.id, name: 'PVR Phoenix', address: 'Lower Parel' }, admin),
    201,
  );
  const rows = ['A', 'B', 'C', 'D', 'E'].map((label) => ({ label, seatType: 'regular', seats: 10 }));
  const hall = await must(call<{ id: string }>('POST', '/api/admin/halls', { cinemaId: pvr.id, name: 'Screen 1', rows }, admin), 201);
  const movie = await must(
    call<{ id: string; title: string }>(
      'POST',
      '/api/admin/movies',
      { title: 'Inception', durationMinutes: 148, language: 'English', genre: 'Sci-Fi' },
      admin,
    ),
    201,
  );
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const prices = { regular: 25_000, premium: 40_000, vip: 60_000 };
  await must(
    call('POST', '/api/admin/shows', { movieId: movie.id, hallId: hall.id, startsAt: `${tomorrow}T18:30:00+05:30`, prices }, admin),
    201,
  );

  console.log('=== Browse Movies ===');
  for (const m of await must(call<{ title: string; language: string }[]>('GET', `/api/cities/${mumbai.id}/movies`), 200))
    console.log(`  ${m.title} (${m.language})`);

  console.log(`\n=== Shows for ${movie.title} ===`);
  const shows = await must(
    call<{ id: string; startsAt: string; seatsAvailable: number; seatsTotal: number }[]>(
      'GET',
      `/api/shows?cityId=${mumbai.id}&movieId=${movie.id}`,
    ),
    200,
  );
  for (const s of shows) console.log(`  Show(${movie.title} at ${s.startsAt.slice(11, 16)} - ${s.seatsAvailable}/${s.seatsTotal} seats)`);
  const show = shows[0]!;

  const seatMap = async () =>
    (await must(call<{ seats: { id: string; status: string }[] }>('GET', `/api/shows/${show.id}/seats`), 200)).seats.filter(
      (s) => s.status === 'available',
    );
  console.log('\n=== Available Seats ===');
  const available = await seatMap();
  console.log(`  ${available.length} seats available`);

  const [user123, user456] = [await customer('user_123'), await customer('user_456')];
  const selected = available.slice(0, 3).map((s) => s.id);
  console.log('\n=== Lock Seats ===');
  const booking = await must(call<Booking>('POST', '/api/bookings', { showId: show.id, seatIds: selected }, user123), 201);
  console.log(`  ${describeBooking(booking, 'user_123')}`);
  console.log(`  Total: ${formatInr(booking.total.amount)}`);

  console.log('\n=== Another User Tries Same Seats ===');
  const second = await call<{ unavailableSeatIds: string[] }>('POST', '/api/bookings', { showId: show.id, seatIds: selected }, user456);
  console.log(
    `  Result: ${second.status === 201 ? 'Locked' : `FAILED - seats already locked (HTTP ${second.status}, ${second.body.unavailableSeatIds.length} seats unavailable)`}`,
  );

  console.log('\n=== Payment ===');
  console.log(`  Processing credit card payment of ${formatInr(booking.total.amount)}`);
  const card = { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/30', cvv: '123' } };
  const paid = await call<Booking>('POST', `/api/bookings/${booking.id}/payment`, card, user123, {
    'Idempotency-Key': `demo-${booking.id}`,
  });
  console.log(`  Payment: ${paid.status === 200 ? 'Success' : 'Failed'}`);
  console.log(`  ${describeBooking(paid.body, 'user_123')}`);

  console.log('\n=== Seats After Booking ===');
  console.log(`  ${(await seatMap()).length} seats available (was ${available.length})`);

  console.log('\n=== Cancel Booking ===');
  const cancelled = await call<Booking>('POST', `/api/bookings/${booking.id}/cancel`, undefined, user123);
  console.log(`  Refunding ${formatInr(cancelled.body.refund?.amount.amount ?? 0)} to credit card`);
  console.log(`  Cancelled: ${cancelled.status === 200 ? 'True' : 'False'}`);
  console.log(`  ${describeBooking(cancelled.body, 'user_123')}`);
  console.log(`  ${(await seatMap()).length} seats available after cancellation`);
}

async function main(): Promise<void> {
  const remote = process.env.HOUSEFUL_URL;
  if (remote) {
    const email = process.env.ADMIN_EMAIL;
    const password = process.env.ADMIN_PASSWORD;
    if (!email || !password) throw new Error('with HOUSEFUL_URL, set ADMIN_EMAIL and ADMIN_PASSWORD to an admin account of that server');
    base = remote.replace(/\/$/, '');
    await walkThrough(email, password, ` (demo ${new Date().toISOString().slice(11, 19)})`);
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'houseful-demo-'));
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess({
      DATA_DIR: dataDir,
      SEED_DEMO: '0',
      ADMIN_EMAIL: 'demo-admin@example.com',
      ADMIN_PASSWORD: 'demo-admin-password',
      LOG_LEVEL: 'warn',
    });
    base = server.url;
    await walkThrough('demo-admin@example.com', 'demo-admin-password', '');
  } finally {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
