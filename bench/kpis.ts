// The KPI benchmark (issue #17): a year of daily KPIs for a shop of 100k customers and 300k
// orders, through the production build's `kpis` query (read from the kept figures), against the
// same daily sales figures recomputed from the orders in one SQL statement (what a report
// without kept figures does on every request). Runs interleave and repeat; statements per
// request come from pg_stat_statements. `npm run bench:kpis`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { projectRoot } from '../src/common/project-root';
import { flag, openBenchCluster } from './bench-db';
import { BENCH_PASSWORD, fillBenchData } from './data';

const root = projectRoot();

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const day = (time: number) => new Date(time + 8 * 3600_000).toISOString().slice(0, 10);
const percentile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

/** The daily sales figures of [from, to] recomputed from the orders: distinct buyers per day, first paid days over the whole history. */
const RECOMPUTE = `
with paid as (
  select customer_id, amount, (coalesce(paid_at, placed_at) at time zone 'Asia/Shanghai')::date as d
    from orders where shop_id = $1 and status in ('PAID', 'SHIPPED', 'RECEIVED')),
firsts as (select customer_id, min(d) as first_day from paid group by customer_id),
per_buyer as (select d, customer_id, count(*) as n, sum(amount) as a from paid where d between $2::date and $3::date group by d, customer_id),
sales as (
  select b.d, count(*) as buyers, count(*) filter (where b.n >= 2) as repeat_buyers, count(*) filter (where f.first_day < b.d) as old_buyers,
         count(*) filter (where f.first_day < b.d or b.n >= 2) as returning_buyers, sum(b.n) as paid_orders, sum(b.a) as paid_amount,
         coalesce(sum(b.a) filter (where f.first_day < b.d), 0) as old_amount
    from per_buyer b join firsts f on f.customer_id = b.customer_id group by b.d),
placed as (
  select (placed_at at time zone 'Asia/Shanghai')::date as d, count(*) as placed, count(*) filter (where status in ('UNPAID', 'CANCELLED')) as unpaid
    from orders where shop_id = $1 and placed_at >= ($2::date - 1)::timestamptz and placed_at < ($3::date + 2)::timestamptz group by 1)
select s.*, p.placed, p.unpaid from sales s left join placed p on p.d = s.d order by s.d`;

async function main(): Promise<void> {
  const customers = Number(flag('customers', '100000'));
  const rounds = Number(flag('rounds', '5'));
  const perRound = Number(flag('requests', '20'));
  const cluster = await openBenchCluster();
  const url = await cluster.urlFor(customers);
  await fillBenchData(url, customers, (line) => console.log(line));
  const db = new Client({ connectionString: url });
  await db.connect();
  const [{ shop, orders }] = (await db.query<{ shop: number; orders: string }>("select s.id as shop, (select count(*) from orders o where o.shop_id = s.id) as orders from shops s where s.name = 'Bench Shop'")).rows;
  // The recomputation's best configuration: an index that serves its reads by shop and status.
  await db.query("create index if not exists bench_orders_paid_idx on orders (shop_id, status) include (customer_id, amount, paid_at, placed_at)");
  await db.query('analyze orders');

  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', JOBS_CONCURRENCY: '0', JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789abcdef', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600 && !(await fetch(`${base}/readyz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const token = ((await post('mutation($p: String!) { login(input: { email: "admin@bench.shop", password: $p }) { token } }', { p: BENCH_PASSWORD })).login as { token: string }).token;

  const to = day(Date.now() - 86_400_000);
  const from = day(Date.now() - 365 * 86_400_000);
  const KPIS = `query($from: LocalDate!, $to: LocalDate!) { kpis(from: $from, to: $to, granularity: DAY, compareTo: PREVIOUS_YEAR) {
    series { definition { key } points { periodStart value comparisonValue change flag { status expected } } } } }`;
  const SALES = `query($from: LocalDate!, $to: LocalDate!) { kpis(from: $from, to: $to, granularity: DAY, compareTo: PREVIOUS_YEAR,
    keys: [NEW_CUSTOMERS, ACTIVE_CUSTOMERS, PAID_ORDERS, PAID_AMOUNT, AVERAGE_ORDER_VALUE, REPEAT_PURCHASE_RATE, RETURNING_CUSTOMER_RATE, OLD_CUSTOMER_SALES_SHARE, UNPAID_ORDER_RATE]) {
    series { definition { key } points { periodStart value comparisonValue flag { status expected } } } } }`;
  const COLUMNS = `query($from: LocalDate!, $to: LocalDate!) { kpis(from: $from, to: $to, granularity: DAY, compareTo: PREVIOUS_YEAR) {
    periodStarts series { definition { key } values comparisonValues } } }`;
  const ours = async () => post(KPIS, { from, to }, token);
  const columns = async () => post(COLUMNS, { from, to }, token);
  const sales = async () => post(SALES, { from, to }, token);
  const theirs = async () => db.query(RECOMPUTE, [shop, day(Date.parse(`${from}T00:00:00Z`) - 364 * 86_400_000), to]);

  // Statements per request: pg_stat_statements when the cluster has it.
  const statements = async (run: () => Promise<unknown>) => {
    const counter = new Client({ connectionString: url });
    await counter.connect();
    try {
      await counter.query('create extension if not exists pg_stat_statements');
      await counter.query('select pg_stat_statements_reset()');
      await run();
      const { rows } = await counter.query<{ n: string }>("select coalesce(sum(calls), 0) as n from pg_stat_statements where query not ilike '%pg_stat_statements%' and dbid = (select oid from pg_database where datname = current_database())");
      return Number(rows[0].n);
    } catch {
      return null;
    } finally {
      await counter.end();
    }
  };
  await ours();
  await theirs();
  const keptStatements = await statements(ours);
  const series = ((await ours()).kpis as { series: unknown[] }).series.length;

  await sales();
  const salesStatements = await statements(sales);
  await columns();
  const columnStatements = await statements(columns);
  const timings = { kept: [] as number[], sales: [] as number[], columns: [] as number[], recomputed: [] as number[] };
  const contenders: ['kept' | 'sales' | 'columns' | 'recomputed', () => Promise<unknown>][] = [['kept', ours], ['sales', sales], ['columns', columns], ['recomputed', theirs]];
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of r % 2 ? [...contenders].reverse() : contenders) {
      for (let i = 0; i < perRound; i++) {
        const started = process.hrtime.bigint();
        await run();
        timings[name].push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
  }
  console.log(`shop of ${customers} customers and ${orders} orders; a year of days (${from} … ${to}) compared with the year before; ${rounds} interleaved rounds of ${perRound}`);
  console.log(`kpis (kept figures, ${series} series with flags and comparisons, over HTTP): median ${percentile(timings.kept, 0.5).toFixed(1)} ms, p99 ${percentile(timings.kept, 0.99).toFixed(1)} ms, ${keptStatements ?? '?'} SQL statements`);
  console.log(`kpis (kept figures, the 9 sales series with flags and comparisons, over HTTP): median ${percentile(timings.sales, 0.5).toFixed(1)} ms, p99 ${percentile(timings.sales, 0.99).toFixed(1)} ms, ${salesStatements ?? '?'} SQL statements`);
  console.log(`kpis (kept figures, all 23 series as columns: values and comparison values, over HTTP): median ${percentile(timings.columns, 0.5).toFixed(1)} ms, p99 ${percentile(timings.columns, 0.99).toFixed(1)} ms, ${columnStatements ?? '?'} SQL statements`);
  console.log(`recomputed from orders (9 sales figures only, one SQL statement, no HTTP): median ${percentile(timings.recomputed, 0.5).toFixed(1)} ms, p99 ${percentile(timings.recomputed, 0.99).toFixed(1)} ms`);
  console.log(`ratio of medians, recomputed ÷ kept: all series ${(percentile(timings.recomputed, 0.5) / percentile(timings.kept, 0.5)).toFixed(1)}, the same 9 sales series ${(percentile(timings.recomputed, 0.5) / percentile(timings.sales, 0.5)).toFixed(1)}`);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await db.end();
  await cluster.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
