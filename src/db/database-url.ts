// DATABASE_URL as libpq writes it, several hosts included:
// postgres://user:password@host1:5432,host2:5433/houseful?target_session_attrs=read-write
// The driver connects to the hosts in turn; this only checks the form and says where it points.

export interface DatabaseUrl {
  hosts: { host: string; port: number }[];
  database: string;
  /** host:port list and database, without user or password: what the log may say. */
  description: string;
}

const SHAPE = /^(postgres(?:ql)?):\/\/(?:([^@/]*)@)?([^/?#]*)(\/[^?#]*)?(\?[^#]*)?$/;

/** The parsed URL, or a sentence saying what is wrong with it. */
export function parseDatabaseUrl(raw: string): DatabaseUrl | string {
  if (!/^postgres(?:ql)?:\/\//.test(raw)) return 'must start with postgres:// or postgresql://';
  const match = SHAPE.exec(raw);
  if (!match) return 'must look like postgres://user@host:5432/database (several hosts separated by commas)';
  const [, , , hostList = '', path = '', query = ''] = match;
  const hosts: { host: string; port: number }[] = [];
  for (const entry of hostList.split(',')) {
    const hostPort = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(entry);
    const port = Number(hostPort?.[2] ?? 5432);
    if (!hostPort || port < 1 || port > 65_535) return `has a host that is not host or host:port: "${entry}"`;
    hosts.push({ host: hostPort[1]!, port });
  }
  try {
    // The rest (user, database, parameters) must read as a URL does.
    new URL(`postgres://${match[2] ? `${match[2]}@` : ''}placeholder${path}${query}`);
  } catch {
    return 'is not a valid URL';
  }
  const database = decodeURIComponent(path.slice(1)) || 'postgres';
  return { hosts, database, description: `${hosts.map((h) => `${h.host}:${h.port}`).join(',')}/${database}` };
}

/**
 * One URL per host of a valid several-host URL, each naming that host alone, with the same user,
 * database and parameters, less target_session_attrs (one host has no others to choose among).
 */
export function singleHostUrls(raw: string): string[] {
  const parsed = parseDatabaseUrl(raw);
  const match = SHAPE.exec(raw);
  if (typeof parsed === 'string' || !match) throw new Error(`not a database URL: ${parsed}`);
  const [, scheme, userInfo, , path = '', query = ''] = match;
  const params = new URLSearchParams(query.slice(1));
  params.delete('target_session_attrs');
  const rest = `${path}${params.size > 0 ? `?${params.toString()}` : ''}`;
  return parsed.hosts.map(({ host, port }) => `${scheme}://${userInfo !== undefined ? `${userInfo}@` : ''}${host}:${port}${rest}`);
}
