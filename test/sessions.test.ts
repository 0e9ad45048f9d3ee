// Ending sessions: signing out, signing out everywhere, and a password change (by the customer, or
// a new ADMIN_PASSWORD at start) ending the sessions the old password opened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdmin } from '../src/accounts/accounts.ts';
import { backends, startTestApp, type TestApp } from './support/app.ts';
import { waitUntil } from './support/wait.ts';

describe.each(backends())('ending sessions (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ backend });
  });
  afterAll(() => t.close());

  const signIn = async (email: string, password = 'password123') => {
    const session = await t.api.post('/api/sessions', { email, password });
    expect(session.status).toBe(201);
    return session.body.token as string;
  };
  const signOut = (token: string, query = '') => t.api.request('DELETE', `/api/sessions${query}`, { token });
  const me = async (token: string) => (await t.api.get('/api/me', token)).status;
  const changePassword = (token: string, body: unknown) => t.api.request('PUT', '/api/me/password', { token, body });

  it('signs out: 204, and the same token is refused at once; other sessions go on', async () => {
    const customer = await t.api.customer('Leaving');
    const other = await signIn(customer.email);
    expect(await me(customer.token)).toBe(200);
    const out = await signOut(customer.token);
    expect(out.status).toBe(204);
    expect(out.body).toBeUndefined();
    const refused = await t.api.get('/api/me', customer.token);
    expect(refused.status).toBe(401);
    expect(refused.body.type).toMatch(/\/unauthenticated$/);
    expect(await me(other)).toBe(200);
    // Signing out twice, or without a token, is a 401 like any other route behind sign-in.
    expect((await signOut(customer.token)).status).toBe(401);
    expect((await t.api.request('DELETE', '/api/sessions')).status).toBe(401);
  });

  it('signs out everywhere with ?all=true: every session of the account ends, nobody else’s', async () => {
    const customer = await t.api.customer('Everywhere');
    const laptop = await signIn(customer.email);
    const phone = await signIn(customer.email);
    const stranger = await t.api.customer('Stranger');
    expect((await signOut(phone, '?all=true')).status).toBe(204);
    expect([await me(customer.token), await me(laptop), await me(phone)]).toEqual([401, 401, 401]);
    expect(await me(stranger.token)).toBe(200);
    const left = await t.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [customer.id]);
    expect(left.rows[0]!.n).toBe(0);
    const wrong = await signOut(stranger.token, '?all=maybe');
    expect(wrong.status).toBe(400);
    expect(wrong.body.field).toBe('all');
  });

  it('changes the password: 204, every other session ends, this one goes on, and only the new password signs in', async () => {
    const customer = await t.api.customer('Changing');
    const elsewhere = await signIn(customer.email);
    const changed = await changePassword(customer.token, { currentPassword: 'password123', newPassword: 'a-new-password' });
    expect(changed.status).toBe(204);
    expect(await me(elsewhere)).toBe(401);
    expect(await me(customer.token)).toBe(200);
    expect((await t.api.post('/api/sessions', { email: customer.email, password: 'password123' })).status).toBe(401);
    expect(await me(await signIn(customer.email, 'a-new-password'))).toBe(200);
  });

  it('refuses a password change with a wrong current password or a weak new one, naming the field, and changes nothing', async () => {
    const customer = await t.api.customer('Careful');
    const elsewhere = await signIn(customer.email);
    const wrong = await changePassword(customer.token, { currentPassword: 'not-the-password', newPassword: 'a-new-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.field).toBe('currentPassword');
    const weak = await changePassword(customer.token, { currentPassword: 'password123', newPassword: '        ' });
    expect(weak.status).toBe(400);
    expect(weak.body.field).toBe('newPassword');
    const same = await changePassword(customer.token, { currentPassword: 'password123', newPassword: 'password123' });
    expect(same.status).toBe(400);
    expect(same.body.field).toBe('newPassword');
    const missing = await changePassword(customer.token, { currentPassword: 'password123' });
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('newPassword');
    expect((await changePassword('made-up-token', { currentPassword: 'password123', newPassword: 'a-new-password' })).status).toBe(401);
    expect(await me(elsewhere)).toBe(200);
    expect(await me(await signIn(customer.email))).toBe(200);
  });

  it('ends an admin’s sessions when the admin account starts with a changed ADMIN_PASSWORD, and only then', async () => {
    const email = `boss-${Math.random().toString(36).slice(2)}@example.com`;
    await ensureAdmin(t.ctx.db, email, 'first-password');
    const token = await signIn(email, 'first-password');
    await ensureAdmin(t.ctx.db, email, 'first-password');
    expect(await me(token)).toBe(200);
    // A restarting instance changes the password; this running one learns it from the database's notice.
    await ensureAdmin(t.ctx.db, email, 'second-password');
    await waitUntil(async () => (await me(token)) === 401, 10_000, 'the old password’s session ending');
    expect((await t.api.post('/api/sessions', { email, password: 'first-password' })).status).toBe(401);
    expect(await me(await signIn(email, 'second-password'))).toBe(200);
  });
});
