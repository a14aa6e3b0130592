import { createClient } from 'graphql-ws';
import { Agent, request } from 'node:http';
import WebSocket from 'ws';
import { createTestApp, TestApp, until } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  // Two operations at a time: most of the load waits behind the admission gate when the stop comes.
  app = await createTestApp({ GRAPHQL_CONCURRENCY: '2', SHUTDOWN_GRACE_SECONDS: expect.getState().currentTestName?.includes('deadline') ? '1' : '20' });
});
afterEach(() => app.close());

/** One HTTP exchange on `agent`: the status and body, or the socket error's code if no answer came. */
function exchange(agent: Agent, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; connection?: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port: app.server.port, method, path, agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text, connection: res.headers.connection }));
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(body);
  });
}

describe('a shutdown', () => {
  it('answers every request it received, keeps every write it acknowledged, says not ready, and closes sockets with 1001', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const auth = { authorization: `Bearer ${admin}` };
    // A load balancer's kept-alive connection, opened before the stop.
    const balancer = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await exchange(balancer, 'GET', '/readyz')).toMatchObject({ status: 200 });

    const socketClosed = new Promise<number>((resolve) => {
      const client = createClient({
        url: app.url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${admin}` },
        lazy: false,
        retryAttempts: 0,
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe({ query: 'subscription { registrationSheetSubmitted { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    await until(() => app.server.subscribers('REGISTRATION_SHEET_SUBMITTED') === 1);

    const writes = Array.from({ length: 50 }, (_, i) =>
      exchange(
        new Agent({ keepAlive: false }),
        'POST',
        '/graphql',
        JSON.stringify({ query: 'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id platformHandle } userErrors { code } } }', variables: { input: { platform: 'JD', platformHandle: `drain_${i}` } } }),
        auth,
      ),
    );
    // Stop once every write has reached the server (a connection still in the kernel's backlog
    // has not: closing the listener resets it), and some are committed, the rest running or queued.
    for (let i = 0; i < 500; i++) {
      const [{ count }] = await app.sql<{ count: number }>("select count(*)::int as count from customers where platform_handle like 'drain\\_%'");
      if (count >= 3 && app.server.inFlight() >= 50 - count) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const stopped = app.server.stop();
    const readiness = await exchange(balancer, 'GET', '/readyz');
    const answers = await Promise.all(writes);
    await stopped;

    expect(readiness).toMatchObject({ status: 503, connection: 'close' });
    expect(answers.filter((a) => 'error' in a)).toEqual([]);
    const acknowledged = answers
      .map((a) => ('status' in a && a.status === 200 ? (JSON.parse(a.body) as { data?: { customerCreate?: { customer?: { platformHandle: string } } } }).data?.customerCreate?.customer?.platformHandle : undefined))
      .filter((h): h is string => Boolean(h));
    // Everything received was executed within the grace.
    expect(acknowledged).toHaveLength(50);
    const stored = (await app.sql<{ platform_handle: string }>("select platform_handle from customers where platform_handle like 'drain\\_%'")).map((r) => r.platform_handle);
    for (const handle of acknowledged) expect(stored).toContain(handle);
    expect(await socketClosed).toBe(1001);
    // And no new connection is taken.
    expect(await exchange(new Agent(), 'GET', '/healthz')).toEqual({ error: 'ECONNREFUSED' });
  });

  it('answers what is still waiting at the deadline with 503, and nothing goes unanswered', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    // Writes that cannot finish: the customers table is locked by another session.
    const { Client } = await import('pg');
    const locker = new Client({ connectionString: app.databaseUrl });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table customers in exclusive mode');
    const writes = Array.from({ length: 10 }, (_, i) =>
      exchange(new Agent({ keepAlive: false }), 'POST', '/graphql', JSON.stringify({ query: `mutation { customerCreate(input: { platform: JD, platformHandle: "late_${i}" }) { customer { id } } }` }), {
        authorization: `Bearer ${admin}`,
      }),
    );
    // Every write has reached the server (and waits for the lock).
    await until(() => app.server.inFlight() === 10);
    await app.server.stop();
    const answers = await Promise.all(writes);
    await locker.query('rollback');
    await locker.end();
    expect(answers.map((a) => ('status' in a ? a.status : a.error))).toEqual(Array(10).fill(503));
    expect(JSON.parse((answers[0] as { body: string }).body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});
