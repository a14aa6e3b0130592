import { createClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { registerAndSubmit } from '../loop/helpers';
import { createTestApp, errorCode, GqlResult, TestApp } from '../support/test-app';

let app: TestApp;
/** A connection of the test's own, outside the server's pools, that kills the server's backends. */
let killer: PgClient;
beforeAll(async () => {
  app = await createTestApp();
  killer = new PgClient({ connectionString: app.databaseUrl });
  await killer.connect();
});
afterAll(async () => {
  await killer.end();
  await app.close();
});

/** Terminates the server's backends on this database (all of them, or those of one application). */
async function kill(application?: string): Promise<number> {
  const { rows } = await killer.query<{ pid: number }>(
    // The victims are chosen first (offset 0 keeps the planner from terminating before filtering).
    `select pid from (select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
       and backend_type = 'client backend' and ($1::text is null or application_name = $1) offset 0) victims where pg_terminate_backend(pid)`,
    [application ?? null],
  );
  return rows.length;
}

const READS = [
  '{ customers(first: 20) { edges { node { id platformHandle owner { name } } } totalCount } }',
  '{ followUpTasks(first: 20) { edges { node { id dueAt customer { platformHandle } } } } }',
  '{ viewer { id name team { name } } }',
];

describe('a lost database connection', () => {
  it('costs at most the statements in flight on it: the process lives and the next requests succeed', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const rep = await app.tokenFor('sales1@demo.shop');
    const outcomes: string[] = [];
    const created: string[] = [];
    let sent = 0;
    const worker = async (w: number) => {
      for (let i = 0; i < 25; i++) {
        sent++;
        const write = (i + w) % 3 === 0;
        const result: GqlResult<unknown> = write
          ? await app.raw<{ customerCreate: { customer: { id: string } | null } }>(
              'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { code } } }',
              { input: { platform: 'JD', platformHandle: `lost_${w}_${i}` } },
              admin,
            )
          : await app.raw(READS[i % READS.length], {}, w % 2 ? rep : admin);
        const code = result.errors?.length ? String(errorCode(result)) : 'OK';
        outcomes.push(code);
        if (write && code === 'OK') created.push(`lost_${w}_${i}`);
      }
    };
    const CONCURRENCY = 8;
    const load = Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
    let killed = 0;
    for (let round = 0; round < 3; round++) {
      while (sent < 40 * (round + 1)) await new Promise((r) => setTimeout(r, 5));
      killed += await kill();
    }
    await load;
    expect(killed).toBeGreaterThan(0);
    // Every request was answered; a failure is the typed, retryable one, never an internal error.
    expect(outcomes).toHaveLength(CONCURRENCY * 25);
    const failures = outcomes.filter((o) => o !== 'OK');
    expect(new Set(failures)).toEqual(new Set(failures.length ? ['DATABASE_UNAVAILABLE'] : []));
    // At most the requests in flight at each kill (the pool's connections, each holding one).
    expect(failures.length).toBeLessThanOrEqual(3 * CONCURRENCY);
    // Every write answered as a success is in the database.
    const stored = await app.sql<{ platform_handle: string }>("select platform_handle from customers where platform_handle like 'lost\\_%'");
    expect(new Set(stored.map((r) => r.platform_handle))).toEqual(expect.objectContaining(new Set(created)));
    for (const handle of created) expect(stored.map((r) => r.platform_handle)).toContain(handle);
    // And the server goes on serving without a restart.
    for (const query of READS) expect((await app.raw(query, {}, admin)).errors).toBeUndefined();
  });

  it('costs a subscriber no event: the listener reconnects and delivers what was committed meanwhile, in order', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const client = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${reviewer}` }, lazy: false, retryAttempts: 0 });
    const received: string[] = [];
    let connected!: () => void;
    const ready = new Promise<void>((resolve) => (connected = resolve));
    client.on('connected', () => setTimeout(connected, 200));
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { registrationSheetSubmitted { id } }' },
        {
          next: (value) => {
            received.push((value.data as { registrationSheetSubmitted: { id: string } }).registrationSheetSubmitted.id);
            if (received.length === 2) resolve();
          },
          error: reject,
          complete: resolve,
        },
      );
    });
    await ready;
    const first = await registerAndSubmit(app, 'cs1@demo.shop', ['lost_listen_a']);
    // Only the LISTEN connection dies; the second sheet is committed while it is away.
    expect(await kill('retention-loop events')).toBe(1);
    const second = await registerAndSubmit(app, 'cs2@demo.shop', ['lost_listen_b']);
    await Promise.race([done, new Promise((r) => setTimeout(r, 15_000))]);
    await client.dispose();
    expect(received).toEqual([first.sheetId, second.sheetId]);
  });

  it('turns the caller cache back on once the listener is back', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    await kill('retention-loop events');
    // Reconnects within the backoff; then a known caller costs no statement again.
    let statements = Infinity;
    for (let i = 0; i < 50 && statements > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      statements = await app.statementsOf(admin, () => app.raw('{ __typename }', {}, admin));
    }
    expect(statements).toBe(0);
  });
});
