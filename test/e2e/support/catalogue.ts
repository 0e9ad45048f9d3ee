// A realistic catalogue for the browser tests, made over the API: a city, a cinema, a hall
// with regular, premium and VIP rows split by aisles, a movie and a show tomorrow evening.
import type { Api } from '../../support/api.ts';

export interface HallRowInput {
  label: string;
  seatType: 'regular' | 'premium' | 'vip';
  seats: number;
  aislesAfter?: number[];
  kinds?: Record<string, string>;
}

export const STANDARD_ROWS: HallRowInput[] = [
  ...['A', 'B', 'C', 'D'].map((label) => ({ label, seatType: 'regular' as const, seats: 12, aislesAfter: [3, 9] })),
  ...['E', 'F'].map((label) => ({ label, seatType: 'premium' as const, seats: 12, aislesAfter: [3, 9] })),
  { label: 'G', seatType: 'vip', seats: 8, aislesAfter: [4] },
];

async function created<T = { id: string }>(reply: Promise<{ status: number; body: T }>): Promise<T> {
  const answer = await reply;
  if (answer.status !== 201) throw new Error(`setup failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export async function makeCatalogue(
  api: Api,
  admin: string,
  options: { city?: string; movie?: string; rows?: HallRowInput[]; startsInHours?: number } = {},
) {
  const city = await created(api.post('/api/admin/cities', { name: options.city ?? 'Mumbai', state: 'Maharashtra' }, admin));
  const cinema = await created(
    api.post('/api/admin/cinemas', { cityId: city.id, name: 'PVR Phoenix Palladium', address: 'Lower Parel, Mumbai' }, admin),
  );
  const hall = await created(
    api.post('/api/admin/halls', { cinemaId: cinema.id, name: 'Audi 1', rows: options.rows ?? STANDARD_ROWS }, admin),
  );
  const movie = await created(
    api.post(
      '/api/admin/movies',
      {
        title: options.movie ?? 'Inception',
        durationMinutes: 148,
        language: 'English',
        genre: 'Sci-Fi',
        description: 'A thief who steals secrets through dreams is offered a way home.',
      },
      admin,
    ),
  );
  await created(api.post('/api/admin/movies', { title: 'Jawan', durationMinutes: 169, language: 'Hindi', genre: 'Action' }, admin)).then(
    (other) =>
      created(
        api.post(
          '/api/admin/shows',
          {
            movieId: other.id,
            hallId: hall.id,
            startsAt: new Date(Date.now() + ((options.startsInHours ?? 24) + 4) * 3_600_000).toISOString(),
            prices: { regular: 20_000, premium: 35_000, vip: 55_000 },
          },
          admin,
        ),
      ),
  );
  const show = await created(
    api.post(
      '/api/admin/shows',
      {
        movieId: movie.id,
        hallId: hall.id,
        startsAt: new Date(Date.now() + (options.startsInHours ?? 24) * 3_600_000).toISOString(),
        prices: { regular: 25_000, premium: 40_000, vip: 60_000 },
      },
      admin,
    ),
  );
  return { city, cinema, hall, movie, show };
}
