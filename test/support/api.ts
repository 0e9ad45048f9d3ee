// A small HTTP client for tests: JSON in, status and JSON out.
// Replies are typed `any` on purpose: tests assert the JSON field by field, and typing every
// shape here would only restate the schemas the server already enforces.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class Api {
  constructor(readonly base: string) {}

  async request<T = any>(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string>; raw?: string } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    } else if (options.raw !== undefined) {
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(this.base + path, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string, token?: string) {
    return this.request<T>('GET', path, token ? { token } : {});
  }

  post<T = any>(path: string, body?: unknown, token?: string, headers?: Record<string, string>) {
    return this.request<T>('POST', path, { body, ...(token ? { token } : {}), ...(headers ? { headers } : {}) });
  }

  put<T = any>(path: string, body?: unknown, token?: string) {
    return this.request<T>('PUT', path, { body, ...(token ? { token } : {}) });
  }

  /** Signs up a new customer and returns their token. */
  async customer(name = 'Customer', phone?: string): Promise<{ token: string; id: string; email: string }> {
    const email = `${name.toLowerCase().replace(/\W/g, '')}-${Math.random().toString(36).slice(2)}@example.com`;
    const created = await this.post('/api/users', { name, email, password: 'password123', ...(phone ? { phone } : {}) });
    if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${JSON.stringify(created.body)}`);
    const session = await this.post('/api/sessions', { email, password: 'password123' });
    return { token: session.body.token, id: created.body.id, email };
  }

  /** City, cinema, hall (the given rows), movie and one show tomorrow; returns their ids. */
  async scenario(
    adminToken: string,
    options: {
      rows?: { label: string; seatType: string; seats: number; aislesAfter?: number[]; kinds?: Record<string, string> }[];
      startsInHours?: number;
      prices?: { regular: number; premium: number; vip: number };
    } = {},
  ) {
    const ok = <T>(reply: Reply<T>): T => {
      if (reply.status !== 201) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body;
    };
    const city = ok(await this.post('/api/admin/cities', { name: 'Mumbai', state: 'Maharashtra' }, adminToken));
    const cinema = ok(await this.post('/api/admin/cinemas', { cityId: city.id, name: 'PVR Phoenix', address: 'Lower Parel' }, adminToken));
    const hall = ok(
      await this.post(
        '/api/admin/halls',
        { cinemaId: cinema.id, name: 'Screen 1', rows: options.rows ?? [{ label: 'A', seatType: 'regular', seats: 10 }] },
        adminToken,
      ),
    );
    const movie = ok(
      await this.post('/api/admin/movies', { title: 'Inception', durationMinutes: 148, language: 'English', genre: 'Sci-Fi' }, adminToken),
    );
    const startsAt = new Date(Date.now() + (options.startsInHours ?? 24) * 3_600_000).toISOString();
    const show = ok(
      await this.post(
        '/api/admin/shows',
        { movieId: movie.id, hallId: hall.id, startsAt, prices: options.prices ?? { regular: 25_000, premium: 40_000, vip: 60_000 } },
        adminToken,
      ),
    );
    const seats = (await this.get(`/api/shows/${show.id}/seats`)).body.seats as {
      id: string;
      label: string;
      type: string;
      kind: string;
      status: string;
      price: { amount: number };
    }[];
    return { city, cinema, hall, movie, show, seats };
  }
}
