import 'reflect-metadata';
import { closeOrm } from '../../src/db/sql';
import { installJobQueue } from '../../src/db/job-queue';
import pino from 'pino';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { ormConfig } from '../../src/db/orm-config';
import { DemoSeeder } from '../../seeds/demo.seeder';
import { sealDemoContacts } from '../../seeds/demo-contacts';
import { TEST_DATA_MASTER_KEY } from './test-keys';
import { installKeyProvider, LocalKeyProvider } from '../../src/privacy/key-provider';

/**
 * Starts PostgreSQL once for the run (embedded, unless DATABASE_URL names a server), and builds a
 * template database with every migration applied and the demo shops seeded. Each test file then
 * gets its own copy (CREATE DATABASE … TEMPLATE), so files never share or depend on state.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}`;
  // The browser tests (tests/console) load the console as the server serves it: built by Vite.
  execFileSync(process.execPath, [path.join(__dirname, '../../scripts/build-if-needed.cjs'), '--console'], { stdio: 'inherit' });
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const embedded = await startEmbeddedPostgres({
      dir: path.join(__dirname, '../../.data', `test-pg-${runId}`),
      database: 'postgres',
      persistent: false,
      unsafeFast: true,
    });
    adminUrl = embedded.adminUrl;
    (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = embedded;
  }
  const template = `rl_template_${runId}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const orm = await MikroORM.init(ormConfig(url.toString()));
  await orm.getMigrator().up();
  await installJobQueue(url.toString(), pino({ level: 'silent' }));
  installKeyProvider(new LocalKeyProvider(Buffer.from(TEST_DATA_MASTER_KEY, 'hex')));
  await orm.getSeeder().seed(DemoSeeder);
  await sealDemoContacts(orm);
  await closeOrm(orm);
  // MikroORM keeps entity metadata on globalThis; when jest runs a single file in this same
  // process, metadata built here (with this realm's Map) would leak into the test's realm
  // (mikro-orm/mikro-orm#3783). Drop it so each test realm discovers its own.
  delete (globalThis as Record<string, unknown>)['mikro-orm-metadata'];

  process.env.TEST_ADMIN_URL = adminUrl;
  process.env.TEST_TEMPLATE_DB = template;
  process.env.TEST_RUN_ID = runId;
}
