import 'reflect-metadata';
import { installKeyProvider, LocalKeyProvider } from './privacy/key-provider';
import { sealPendingContacts } from './privacy/pending-seals';
import { seedDemoIfEmpty } from '../seeds';
import { DEMO_PASSWORD } from '../seeds/demo.seeder';
import { DEMO_RECEIVER_URL } from '../seeds/demo-messages';
import { systemClock } from './common/clock';
import { AppConfig, ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { EmbeddedPostgresError, ownShutdownSignals } from './db/embedded-postgres';
import { createLogger } from './logger';
import { startServer } from './server';

const DEMO_LOGINS = ['admin@demo.shop', 'cs1@demo.shop', 'cs2@demo.shop', 'reviewer@demo.shop', 'sales1@demo.shop … sales6@demo.shop', 'admin@other.shop'];

function fail(message: string): never {
  process.stderr.write(`Cannot start: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = createLogger(config);
  installKeyProvider(new LocalKeyProvider(config.dataMasterKey));
  let db;
  try {
    db = await openDatabase(config, logger);
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) fail(error.message);
    const message = error instanceof Error ? error.message : String(error);
    fail(`the database at ${config.databaseUrl ? 'DATABASE_URL' : 'the embedded PostgreSQL'} is not usable (${message.split('\n')[0]})`);
  }
  const sealed = await sealPendingContacts(db.orm);
  if (sealed > 0) logger.info({ sealed }, 'sealed the contact details a migration set aside');
  const seeded = config.seedDemo ? await seedDemoIfEmpty(db.orm, { config, logger, clock: systemClock }) : false;
  if (seeded) logger.info('seeded the demo shops');

  let server;
  try {
    server = await startServer({ orm: db.orm, config, logger, clock: systemClock });
  } catch (error) {
    await db.close();
    const code = (error as { code?: string }).code;
    fail(code === 'EADDRINUSE' ? `port ${config.port} is in use; set PORT to another one` : String(error));
  }
  logger.info({ url: server.url, ide: server.url, demoLogins: DEMO_LOGINS }, `API ready at ${server.url}`);
  if (config.seedDemo) {
    process.stderr.write(
      `\nRetention loop API: ${server.url} (open it in a browser for the GraphQL IDE)\n` +
        `Demo logins (password ${DEMO_PASSWORD}): ${DEMO_LOGINS.join(', ')}\n` +
        `Demo messages go to ${DEMO_RECEIVER_URL}: run \`npm run demo:receiver\` in another terminal to see them arrive, signed.\n\n`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceSeconds: config.shutdownGraceSeconds }, 'shutting down: readiness 503, answering the requests received');
    // The server answers what is left 503 at its grace deadline; this is the last resort.
    const limitMs = (config.shutdownGraceSeconds + 10) * 1000;
    const force = setTimeout(() => {
      logger.error(`shutdown took over ${limitMs / 1000} s; exiting`);
      process.exit(1);
    }, limitMs);
    force.unref();
    try {
      await server.stop();
      await db.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  // The shutdown above drains before PostgreSQL stops; embedded-postgres would stop it at once.
  ownShutdownSignals();
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
