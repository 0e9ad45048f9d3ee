// Starts Houseful: config, database, migrations, demo data, admin account, HTTP, jobs.
import { SessionCache } from './accounts/session-cache.ts';
import { pino } from 'pino';
import { ensureAdmin } from './accounts/accounts.ts';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import type { Context } from './context.ts';
import { migrate } from './db/migrate.ts';
import { DatabaseUnavailable, openDatabase } from './db/open.ts';
import { logSerializers } from './http/logging.ts';
import { systemClock } from './domain/clock.ts';
import { startOutboxWorker } from './jobs/outbox-worker.ts';
import { startJobs } from './jobs/scheduler.ts';
import { paymentGateway } from './gateways/from-config.ts';
import { seedDemoCatalogue } from './seed/demo.ts';

const SHUTDOWN_DEADLINE_MS = 9_000;

function fail(message: string): never {
  process.stderr.write(`houseful: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const log = pino({ level: config.logLevel, base: { service: 'houseful', pid: process.pid }, serializers: logSerializers });

  let opened;
  try {
    opened = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.databasePoolSize,
      preparedStatements: config.databasePreparedStatements,
      listenUrl: config.databaseListenUrl,
      onError: (error) => log.warn({ err: error }, 'database connection error'),
    });
  } catch (error) {
    if (error instanceof DatabaseUnavailable) fail(error.message);
    throw error;
  }
  const { db } = opened;
  const ctx: Context = {
    db,
    clock: systemClock,
    config,
    gateway: paymentGateway(db, config),
    log,
    sessions: new SessionCache(),
  };

  let ready = false;
  const app = await buildApp(ctx, { loggerInstance: log, isReady: () => ready });
  const url = await app.listen({ port: config.port, host: config.host });
  // The bound URL is logged whatever LOG_LEVEL says: with PORT=0 it is the only way to find us.
  log.child({}, { level: 'info' }).info({ url, database: opened.description }, `Houseful listening on ${url}`);

  const applied = await migrate(db);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  if (config.seedDemo && (await seedDemoCatalogue(ctx))) log.info('demo catalogue loaded');
  if (config.adminEmail && config.adminPassword) await ensureAdmin(db, config.adminEmail, config.adminPassword);
  ready = true;
  const stopJobs = startJobs(ctx);
  const stopOutbox = await startOutboxWorker(ctx);
  log.info('ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing requests in flight');
    setTimeout(() => {
      log.error('requests did not finish in time; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    await app.close();
    await stopJobs();
    await stopOutbox();
    await opened.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});
