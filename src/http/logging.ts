// What a log line may carry. Errors from the database come with the statement and its values
// (PGlite attaches `query` and `params`; PostgreSQL's `detail` and `where` can quote a value):
// they are logged by their code and a message with quoted values cut out, nothing else. Requests
// are logged by method and path, never their query string.
import { stdSerializers } from 'pino';

/** Members of an error that can hold the values of a statement or a request. */
const VALUE_MEMBERS = ['query', 'params', 'parameters', 'values', 'detail', 'where', 'internalQuery', 'hint', 'body', 'request'];

type SerializedError = Record<string, unknown> & { message?: string; stack?: string };

function isDatabaseError(error: Record<string, unknown>): boolean {
  return typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) && typeof error.severity === 'string';
}

function withoutQuotedValues(text: string): string {
  return text.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");
}

export function safeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const raw = error as unknown as Record<string, unknown>;
  if (isDatabaseError(raw)) {
    const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    return {
      type: error.name,
      message: withoutQuotedValues(error.message),
      code: raw.code,
      severity: raw.severity,
      ...(typeof raw.routine === 'string' ? { routine: raw.routine } : {}),
      stack: frames.join('\n'),
    };
  }
  const serialized = stdSerializers.err(error) as SerializedError;
  for (const member of VALUE_MEMBERS) delete serialized[member];
  return serialized;
}

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
}

export function safeRequest(request: LoggedRequest) {
  const query = request.url.indexOf('?');
  return {
    method: request.method,
    url: query === -1 ? request.url : `${request.url.slice(0, query)}?…`,
    host: request.host,
    remoteAddress: request.ip,
  };
}

/** pino serializers for every logger Houseful writes with. */
export const logSerializers = { err: safeError, req: safeRequest };
