// The demo catalogue loaded into an empty database: cities, cinemas, halls with regular,
// premium and VIP rows, movies, and a week of shows from today.
import { DateTime } from 'luxon';
import type { Context } from '../context.ts';
import { createCinema, createCity, createHall, createMovie, createShow, type HallRow } from '../catalogue/admin.ts';
import { countCities } from '../catalogue/repository.ts';
import { claimSetting } from '../db/settings.ts';

const SYSTEM = 'system';

const cities = [
  {
    name: 'Mumbai',
    state: 'Maharashtra',
    cinemas: [
      { name: 'PVR Phoenix Palladium', address: 'High Street Phoenix, Lower Parel, Mumbai 400013' },
      { name: 'INOX R City', address: 'R City Mall, LBS Marg, Ghatkopar West, Mumbai 400086' },
    ],
  },
  {
    name: 'Bengaluru',
    state: 'Karnataka',
    cinemas: [
      { name: 'PVR Orion Mall', address: 'Orion Mall, Dr Rajkumar Road, Rajajinagar, Bengaluru 560055' },
      { name: 'Cinepolis Nexus Shantiniketan', address: 'Nexus Shantiniketan, Whitefield Main Road, Bengaluru 560048' },
    ],
  },
  {
    name: 'Delhi',
    state: 'Delhi',
    cinemas: [
      { name: 'PVR Select Citywalk', address: 'Select Citywalk, Saket District Centre, New Delhi 110017' },
      { name: 'Delite Cinema', address: '4/1 Asaf Ali Road, Daryaganj, New Delhi 110002' },
    ],
  },
  {
    name: 'Chennai',
    state: 'Tamil Nadu',
    cinemas: [{ name: 'Sathyam Cinemas', address: '8 Thiru Vi Ka Road, Royapettah, Chennai 600014' }],
  },
];

const halls: { name: string; rows: HallRow[] }[] = [
  {
    name: 'Audi 1',
    rows: [
      ...['A', 'B', 'C', 'D', 'E', 'F'].map((label) => ({ label, seatType: 'regular' as const, seats: 14, aislesAfter: [4, 10] })),
      ...['G', 'H', 'J'].map((label) => ({ label, seatType: 'premium' as const, seats: 14, aislesAfter: [4, 10] })),
      { label: 'K', seatType: 'vip', seats: 8, aislesAfter: [4] },
    ],
  },
  {
    name: 'Audi 2',
    rows: [
      ...['A', 'B', 'C', 'D'].map((label) => ({ label, seatType: 'regular' as const, seats: 10, aislesAfter: [5] })),
      ...['E', 'F'].map((label) => ({ label, seatType: 'premium' as const, seats: 10, aislesAfter: [5] })),
      { label: 'G', seatType: 'vip', seats: 6 },
    ],
  },
];

const movies = [
  {
    title: 'Inception',
    durationMinutes: 148,
    language: 'English',
    genre: 'Sci-Fi',
    releaseDate: '2010-07-16',
    description: 'A thief who steals secrets through dreams is offered a way home: plant an idea instead.',
  },
  {
    title: '3 Idiots',
    durationMinutes: 170,
    language: 'Hindi',
    genre: 'Comedy',
    releaseDate: '2009-12-25',
    description: 'Two friends search for the classmate who taught them to chase excellence, not success.',
  },
  {
    title: 'RRR',
    durationMinutes: 187,
    language: 'Telugu',
    genre: 'Action',
    releaseDate: '2022-03-25',
    description: 'Two revolutionaries in 1920s India forge a friendship that will be tested by fire.',
  },
  {
    title: 'Kantara',
    durationMinutes: 148,
    language: 'Kannada',
    genre: 'Thriller',
    releaseDate: '2022-09-30',
    description: 'A village, a forest and a demigod caught in a dispute over land.',
  },
  {
    title: 'Vikram',
    durationMinutes: 175,
    language: 'Tamil',
    genre: 'Action',
    releaseDate: '2022-06-03',
    description: 'A special agent investigates a string of murders by masked men.',
  },
  {
    title: 'Interstellar',
    durationMinutes: 169,
    language: 'English',
    genre: 'Sci-Fi',
    releaseDate: '2014-11-07',
    description: 'Explorers travel through a wormhole to find humanity a new home.',
  },
];

const showTimes = ['10:00', '14:00', '18:30', '22:00'];
// Prices in paise per seat type; evening shows cost more.
const matinee = { regular: 20_000, premium: 32_000, vip: 55_000 };
const evening = { regular: 25_000, premium: 40_000, vip: 60_000 };

/** Loads the demo catalogue if the database has no cities; true when it did. Only one instance wins. */
export async function seedDemoCatalogue(ctx: Context, days = 7): Promise<boolean> {
  if ((await countCities(ctx.db)) > 0) return false;
  if (!(await claimSetting(ctx.db, 'demo_seeded', true))) return false;

  const movieIds = [];
  for (const movie of movies) movieIds.push((await createMovie(ctx, SYSTEM, movie)).id);
  const now = DateTime.fromJSDate(ctx.clock.now());
  let rotation = 0;
  for (const city of cities) {
    const cityId = (await createCity(ctx, SYSTEM, city)).id;
    for (const cinema of city.cinemas) {
      const created = await createCinema(ctx, SYSTEM, { cityId, ...cinema });
      for (const hall of halls) {
        const hallId = (await createHall(ctx, SYSTEM, { cinemaId: created.id, ...hall })).id;
        for (let day = 0; day < days; day++) {
          const date = now.setZone(created.timeZone).startOf('day').plus({ days: day });
          for (const [slot, time] of showTimes.entries()) {
            const [hour, minute] = time.split(':').map(Number);
            const startsAt = date.set({ hour: hour!, minute: minute! });
            if (startsAt <= now.plus({ minutes: 5 })) continue;
            const movieId = movieIds[(rotation + slot + day) % movieIds.length]!;
            await createShow(ctx, SYSTEM, { movieId, hallId, startsAt: startsAt.toISO()!, prices: hour! >= 17 ? evening : matinee });
          }
        }
        rotation++;
      }
    }
  }
  return true;
}
