import { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import path from 'node:path';
import { MIGRATIONS } from '../../migrations';
import { projectRoot } from '../common/project-root';
import { ENTITIES, SUBSCRIBERS } from './entities';

export interface OrmOptions {
  /** Called with every SQL statement; tests count statements per request with it. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
  /** Where MikroORM's own lines (migrator progress) go; the server sends them to its JSON log. */
  log?: (message: string) => void;
}

/** MikroORM options for one database URL; the server, the CLI and the tests all use this. */
export function ormConfig(clientUrl: string, options: OrmOptions = {}): Options<PostgreSqlDriver> {
  const onQuery = options.onQuery;
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator, SeedManager],
    subscribers: SUBSCRIBERS,
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    // Global `orm.em` is off limits: every request forks its own EntityManager.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: onQuery ? ['query'] : false,
    logger: (message: string) => {
      // MikroORM prefixes query lines with "[query] "; bindings are inlined after it.
      if (message.startsWith('[query]')) onQuery?.(message);
      else options.log?.(message);
    },
    colors: false,
    // The job queue's schema is graphile-worker's own, migrated by it (job-queue.ts).
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    migrations: {
      tableName: 'mikro_orm_migrations',
      // New migrations are written as TypeScript into the project's migrations/ folder;
      // they are read from the explicit list, so jest and the build load the same classes.
      path: path.join(projectRoot(), 'migrations'),
      pathTs: path.join(projectRoot(), 'migrations'),
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
  };
}
