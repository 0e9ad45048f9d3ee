// The one place the web app speaks HTTP: JSON in and out, the bearer token attached, and
// problem+json answers turned into ApiError.
import type { Problem } from './types.ts';

const TOKEN_KEY = 'houseful.token';

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }

  get status(): number {
    return this.problem.status;
  }

  /** The problem's name: the last segment of its type, like `payment-declined`. */
  get kind(): string {
    return this.problem.type.split('/').pop() ?? '';
  }
}

export function storedToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

export async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const token = storedToken();
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    // A proxy's own error page is no problem+json: it still becomes a problem, named by its status.
    const problem = (parseObject(text) ?? {}) as Partial<Problem>;
    throw new ApiError({
      ...problem,
      type: problem.type ?? 'about:blank',
      title: problem.title ?? response.statusText,
      status: response.status,
      detail: problem.detail ?? `the server answered ${response.status}`,
    });
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

function parseObject(text: string): object | undefined {
  try {
    const json: unknown = JSON.parse(text);
    return json !== null && typeof json === 'object' ? json : undefined;
  } catch {
    return undefined;
  }
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown, headers?: Record<string, string>) => api<T>('POST', path, body, headers);

/** A message fit for a person from whatever went wrong. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Fetches a document the API serves to the signed-in user (a tax invoice, a credit note, a CSV report) and saves it. */
export async function downloadPdf(path: string, filename: string): Promise<void> {
  const token = storedToken();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok)
    throw new ApiError({
      type: 'about:blank',
      title: response.statusText,
      status: response.status,
      detail: 'the document could not be fetched',
    });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
