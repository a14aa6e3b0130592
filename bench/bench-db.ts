import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '../src/common/project-root';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded-postgres';

/** Command-line flags: `--customers 100000 --duration 20`. */
export function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

export interface BenchCluster {
  /** URL of the database for one data size. */
  urlFor(customers: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The benchmark's PostgreSQL: DATABASE_URL's server, or an embedded cluster in .data/bench-pg
 * (kept between runs, with pg_stat_statements to count SQL statements per request). One
 * database per data size: bench_10000, bench_100000…
 */
export async function openBenchCluster(): Promise<BenchCluster> {
  let adminUrl: string;
  let embedded: EmbeddedDatabase | null = null;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    embedded = await startEmbeddedPostgres({
      dir: path.join(projectRoot(), '.data', 'bench-pg'),
      database: 'postgres',
      persistent: true,
      settings: { shared_preload_libraries: 'pg_stat_statements', max_connections: '200', shared_buffers: '512MB', work_mem: '16MB' },
    });
    adminUrl = embedded.adminUrl;
  }
  return {
    async urlFor(customers: number) {
      const name = `bench_${customers}`;
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
        if (exists.rowCount === 0) await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop: async () => {
      await embedded?.stop();
    },
  };
}
