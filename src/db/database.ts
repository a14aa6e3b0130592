import { MikroORM } from '@mikro-orm/postgresql';
import { installJobQueue } from './job-queue';
import path from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { ormConfig, OrmOptions } from './orm-config';
import { closeOrm } from './sql';

export interface Database {
  orm: MikroORM;
  url: string;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in the data folder, then applies
 * pending migrations (never schema:update).
 */
export async function openDatabase(config: AppConfig, logger: Logger, options: OrmOptions = {}): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const dir = path.join(config.dataDir, 'pg');
    logger.info({ dir }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dir, database: 'retention', persistent: true });
    url = embedded.url;
  }
  let orm: MikroORM;
  try {
    orm = await MikroORM.init(ormConfig(url, { log: (message) => logger.info({ component: 'mikro-orm' }, message), ...options }));
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    await installJobQueue(url, logger);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    url,
    embedded,
    close: async () => {
      await closeOrm(orm);
      await embedded?.stop();
    },
  };
}
