// Who is signed in and which city they picked, kept in localStorage and shared with every page.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, get, post, storedToken, storeToken } from './api.ts';
import type { City, Session, User } from './types.ts';

const CITY_KEY = 'houseful.city';

interface SessionState {
  user: User | null;
  /** False until the stored token has been checked with the server. */
  known: boolean;
  city: City | null;
}

let state: SessionState = { user: null, known: false, city: readCity() };
const listeners = new Set<() => void>();

function readCity(): City | null {
  try {
    const raw = localStorage.getItem(CITY_KEY);
    return raw ? (JSON.parse(raw) as City) : null;
  } catch {
    return null;
  }
}

function update(change: Partial<SessionState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

export function useSession(): SessionState {
  const [, setVersion] = useState(0);
  const rendered = state;
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    // Effects run after paint: a change between this render and now (say /api/me answering
    // quickly) had no listener to tell, so catch up on it here.
    if (state !== rendered) listener();
    return () => void listeners.delete(listener);
  }, []);
  return state;
}

const RESTORE_ATTEMPTS = 4;

export async function restoreSession(): Promise<void> {
  if (!storedToken()) return update({ known: true });
  for (let attempt = 1; ; attempt++) {
    try {
      return update({ user: await get<User>('/api/me'), known: true });
    } catch (error) {
      // Only a refused token signs the visitor out; a busy or restarting server is asked again.
      if ((error instanceof ApiError && error.status === 401) || attempt >= RESTORE_ATTEMPTS) {
        if (error instanceof ApiError && error.status === 401) storeToken(null);
        return update({ user: null, known: true });
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

export async function signIn(email: string, password: string): Promise<User> {
  const session = await post<Session>('/api/sessions', { email, password });
  storeToken(session.token);
  // The account as /api/me tells it, with its roles at cinemas, which decide the staff pages shown.
  const user = await get<User>('/api/me');
  update({ user, known: true });
  return user;
}

export async function signUp(input: { name: string; email: string; password: string; phone?: string }): Promise<User> {
  await post('/api/users', input);
  return signIn(input.email, input.password);
}

/** Reads the signed-in account again, after a change to it (its email verified, its phone changed). */
export async function refreshUser(): Promise<void> {
  update({ user: await get<User>('/api/me'), known: true });
}

/** Ends the session on the server, then forgets the token; a server that cannot be reached does not keep anyone signed in here. */
export async function signOut(): Promise<void> {
  if (storedToken()) await api('DELETE', '/api/sessions').catch(() => undefined);
  storeToken(null);
  update({ user: null });
}

/** The account was erased: its sessions ended on the server, so only the token here is left to forget. */
export function forgetSignedInUser(): void {
  storeToken(null);
  update({ user: null });
}

export function chooseCity(city: City): void {
  localStorage.setItem(CITY_KEY, JSON.stringify(city));
  update({ city });
}

/** Sign-in by SMS, step 1: the server sends a code when an account has verified this phone (it answers alike either way). */
export async function requestSignInCode(phone: string): Promise<void> {
  await post('/api/sessions/otp', { phone });
}

/** Sign-in by SMS, step 2: the code opens a session, as a password does. */
export async function signInWithCode(phone: string, code: string): Promise<User> {
  const session = await post<Session>('/api/sessions/otp/confirm', { phone, code });
  storeToken(session.token);
  const user = await get<User>('/api/me');
  update({ user, known: true });
  return user;
}
