import { MikroORM } from '@mikro-orm/postgresql';
import { KEPT_KPI_CHECKS } from './kept-kpis';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { FixedClock } from '../../src/common/clock';
import { AppConfig, loadConfig } from '../../src/config';
import { TEST_DATA_MASTER_KEY } from './test-keys';
import type { Logger } from 'pino';
import { ormConfig } from '../../src/db/orm-config';
import { closeOrm } from '../../src/db/sql';
import { createLogger } from '../../src/logger';
import { RunningServer, startServer } from '../../src/server';

export const DEMO_PASSWORD = 'demo-pass-2026';

export interface GqlResult<R> {
  status: number;
  data?: R | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

/** One test file's server: its own database (a copy of the seeded template) and HTTP server. */
export interface TestApp {
  url: string;
  origin: string;
  orm: MikroORM;
  databaseUrl: string;
  clock: FixedClock;
  server: RunningServer;
  /** The server's log lines, when the test set LOG_LEVEL. */
  logged: string[];
  /** What the server's jobs get (the tests run them by hand): its ORM, clock, settings and logger. */
  jobDeps: { orm: MikroORM; clock: FixedClock; config: AppConfig; logger: Logger; shuttingDown(): boolean };
  /** SQL statements sent since the app started; read it before and after a request. */
  sqlCount(): number;
  /** The text of the last hundred statements, oldest first (what a request asked PostgreSQL). */
  recentStatements(): readonly string[];
  /**
   * Statements `request` sends once the holder of `token` is a known caller (cached, as on every
   * request after their first since the shop last changed): what the screens cost in steady use.
   */
  statementsOf(token: string, request: () => Promise<unknown>): Promise<number>;
  /** Sends a typed operation over HTTP as the holder of `token` (anonymous without). */
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<GqlResult<R>>;
  /** Sends raw GraphQL text (for malformed or ad-hoc requests). */
  raw<R = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<R>>;
  /** A session token of a demo user (cached). */
  tokenFor(email: string): Promise<string>;
  /** Runs SQL directly on this file's database. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function createDatabaseFromTemplate(): Promise<string> {
  const adminUrl = process.env.TEST_ADMIN_URL;
  const template = process.env.TEST_TEMPLATE_DB;
  if (!adminUrl || !template) throw new Error('tests/support/global-setup.ts did not run');
  const name = `rl_t_${process.env.TEST_RUN_ID}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A test file's server on its own database; with `databaseUrl`, another instance on an existing
 * database (to prove what crosses instances goes through PostgreSQL).
 */
export async function createTestApp(env: Record<string, string> = {}, existingDatabaseUrl?: string): Promise<TestApp> {
  const databaseUrl = existingDatabaseUrl ?? (await createDatabaseFromTemplate());
  let statements = 0;
  const recent: string[] = [];
  const onQuery = (text: string) => {
    statements++;
    recent.push(text);
    if (recent.length > 100) recent.shift();
  };
  const orm = await MikroORM.init(ormConfig(databaseUrl, { onQuery }));
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    DATA_DIR: path.join(os.tmpdir(), 'rl-test-data'),
    DATA_MASTER_KEY: TEST_DATA_MASTER_KEY,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // The query-cost budget charges one statement per request; the suites that count statements
    // per request measure the read paths without it. tests/http/throttles.test.ts turns it on.
    COST_BUDGET_CAPACITY: '0',
    // Sessions last by the test's clock, which suites move on by days and months while their
    // staff stay signed in; tests/auth/session-cache.test.ts runs with the default twelve hours.
    SESSION_HOURS: '87600',
    // Webhook receivers in the tests listen on this machine.
    WEBHOOK_TARGETS: 'loopback',
    ...env,
  });
  const clock = new FixedClock(new Date());
  // What the server logs, kept when a test asks for a level (LOG_LEVEL), so it can read them.
  const logged: string[] = [];
  const logger = env.LOG_LEVEL ? createLogger(config, { write: (line: string) => void logged.push(line) }) : createLogger(config);
  const server = await startServer({ orm, config, logger, clock }, 0);
  const origin = `http://127.0.0.1:${server.port}`;
  const url = `${origin}/graphql`;
  const tokens = new Map<string, string>();

  const post = async <R>(query: string, variables: unknown, token?: string): Promise<GqlResult<R>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult<R>, 'status'>;
    return { status: response.status, ...body };
  };

  const app: TestApp = {
    url,
    origin,
    orm,
    databaseUrl,
    clock,
    server,
    jobDeps: { orm, clock, config, logger, shuttingDown: () => false },
    logged,
    sqlCount: () => statements,
    recentStatements: () => [...recent],
    async statementsOf(token, request) {
      // Until a request of the caller costs nothing: cached, and no announced change on its way.
      for (let i = 0; i < 50; i++) {
        const warm = statements;
        await post('{ __typename }', {}, token);
        if (statements === warm) break;
      }
      const before = statements;
      await request();
      return statements - before;
    },
    gql: (document, variables, token) => post(print(document), variables ?? {}, token),
    raw: (query, variables, token) => post(query, variables ?? {}, token),
    async tokenFor(email) {
      const cached = tokens.get(email);
      if (cached) return cached;
      const result = await post<{ login: { token: string | null } }>(
        'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }',
        { email, password: DEMO_PASSWORD },
      );
      const token = result.data?.login.token;
      if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(result)}`);
      tokens.set(email, token);
      return token;
    },
    sql: async (text, params) => (await orm.em.fork().getConnection().execute(text, params as unknown[])) as never,
    async close() {
      // Every suite proves, over whatever its mutations left, that what triggers keep (open
      // follow-up counts, day figures) equals a fresh count.
      const drift = await app.sql<{ id: number; kept: number; actual: number }>(
        `select c.id, c.open_follow_up_count as kept, (select count(*)::int from follow_up_tasks t where t.customer_id = c.id and t.status = 'OPEN') as actual
           from customers c where c.open_follow_up_count <> (select count(*) from follow_up_tasks t where t.customer_id = c.id and t.status = 'OPEN')`,
      );
      // …and that the day and hour figures equal fresh counts.
      const figuresDrift = async (table: string, bucket: string, bucketExpr: string) =>
        app.sql<Record<string, unknown>>(
          `with fresh as (
             select shop_id, ${bucketExpr} as ${bucket}, assignee_id, count(*)::int as due,
                    (count(*) filter (where status = 'DONE' and on_time))::int as done_on_time,
                    (count(*) filter (where status = 'DONE' and not on_time))::int as done_late,
                    (count(*) filter (where status = 'DONE'))::int as done, (count(*) filter (where status = 'OPEN'))::int as open,
                    (count(*) filter (where outcome = 'ORDERED'))::int as ordered
               from follow_up_tasks where status <> 'CANCELLED' group by 1, 2, 3),
           kept as (select shop_id, ${bucket}, assignee_id, due, done_on_time, done_late, done, open, ordered from ${table} where (due, done_on_time, done_late, done, open, ordered) <> (0, 0, 0, 0, 0, 0))
           (select 'missing' as side, * from (select * from fresh except select * from kept) a)
           union all (select 'extra' as side, * from (select * from kept except select * from fresh) b)`,
        );
      const dayDrift = await figuresDrift('follow_up_day_figures', 'day', "(due_at at time zone 'UTC')::date");
      const hourDrift = await figuresDrift('follow_up_hour_figures', 'hour', "date_trunc('hour', due_at at time zone 'UTC') at time zone 'UTC'");
      // …and that every KPI figure the triggers keep equals a count from orders, follow-ups and conversations.
      const kpiDrift: string[] = [];
      for (const [kept, query] of KEPT_KPI_CHECKS) {
        const rows = await app.sql<Record<string, unknown>>(query);
        if (rows.length) kpiDrift.push(`${kept} drifted: ${JSON.stringify(rows.slice(0, 4))}`);
      }
      await server.stop();
      await closeOrm(orm);
      if (dayDrift.length) throw new Error(`follow_up_day_figures drifted from follow_up_tasks: ${JSON.stringify(dayDrift.slice(0, 5))}`);
      if (hourDrift.length) throw new Error(`follow_up_hour_figures drifted from follow_up_tasks: ${JSON.stringify(hourDrift.slice(0, 5))}`);
      if (drift.length) throw new Error(`customers.open_follow_up_count drifted from follow_up_tasks: ${JSON.stringify(drift.slice(0, 5))}`);
      if (kpiDrift.length) throw new Error(kpiDrift.join('\n'));
    },
  };
  return app;
}

/** Waits for `condition` (an event the test cannot await directly), looking every 10 ms, 5 s at most. */
export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error('did not happen within 5 s');
}

/** Asserts a GraphQL result has no errors and returns its data. */
export function dataOf<R>(result: GqlResult<R>): R {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
  return result.data;
}

/** The `extensions.code` of the first GraphQL error. */
export function errorCode(result: GqlResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}
