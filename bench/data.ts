import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { hashPassword } from '../src/auth/password';
import { closeOrm } from '../src/db/sql';
import { ormConfig } from '../src/db/orm-config';
import { flag, openBenchCluster } from './bench-db';

export const BENCH_PASSWORD = 'bench-pass-2026';
const TEAMS = 8;
const REPS_PER_TEAM = 6;

/**
 * Fills a benchmark database deterministically, in set-based SQL (generate_series and integer
 * hashing, no per-row round trips): 8 teams of 6 reps, 4 CS agents, N customers, 10 follow-ups
 * per customer over two years, 3 orders per customer, tiers and coupons.
 */
export async function fillBenchData(url: string, customers: number, log: (line: string) => void): Promise<void> {
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  await closeOrm(orm);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const existing = await db.query<{ n: string }>("select count(*) as n from customers c join shops s on s.id = c.shop_id where s.name = 'Bench Shop'");
    if (Number(existing.rows[0].n) === customers) {
      log(`bench data for ${customers} customers is already there`);
      return;
    }
    const started = Date.now();
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const t = Date.now();
      const result = await db.query(sql, params);
      log(`  ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      return result;
    };
    // Triggers keep the audit trail append-only; the bench database starts from nothing instead.
    await db.query("delete from shops where name = 'Bench Shop'");
    const hash = await hashPassword(BENCH_PASSWORD);
    const shop = (await db.query<{ id: number }>("insert into shops (name) values ('Bench Shop') returning id")).rows[0].id;
    const staff = async (email: string, name: string, role: string, team: number | null) =>
      (await db.query<{ id: number }>('insert into users (shop_id, email, name, role, team_id, password_hash) values ($1, $2, $3, $4, $5, $6) returning id', [shop, email, name, role, team, hash])).rows[0].id;
    await staff('admin@bench.shop', 'Bench Admin', 'ADMIN', null);
    await staff('reviewer@bench.shop', 'Bench Reviewer', 'REVIEWER', null);
    const cs: number[] = [];
    for (let i = 1; i <= 4; i++) cs.push(await staff(`cs${i}@bench.shop`, `CS ${i}`, 'CUSTOMER_SERVICE', null));
    const reps: number[] = [];
    for (let t = 1; t <= TEAMS; t++) {
      const team = (await db.query<{ id: number }>('insert into sales_teams (shop_id, name) values ($1, $2) returning id', [shop, `Team ${t}`])).rows[0].id;
      for (let r = 1; r <= REPS_PER_TEAM; r++) reps.push(await staff(`rep${(t - 1) * REPS_PER_TEAM + r}@bench.shop`, `Rep ${t}-${r}`, 'SALES', team));
      await db.query('update sales_teams set lead_id = $1 where id = $2', [reps[reps.length - REPS_PER_TEAM], team]);
    }
    log(`filling ${customers} customers…`);
    await step(
      'customers',
      // A third have a phone, stored as the server stores one: the mask, and sealed and hashed bytes of
      // the real sizes (random here: no read of the benchmark opens them).
      `insert into customers (shop_id, platform, platform_handle, handle_key, display_name, phone_masked, phone_sealed, phone_hash, region, tags, owner_id, created_by_id, stage, created_at, updated_at)
       select $1, (array['TAOBAO','TMALL','ALIBABA_1688','JD','PINDUODUO','DOUYIN','WECHAT','OTHER'])[1 + i % 8]::platform,
              'buyer_' || i, 'buyer_' || i, 'Buyer ' || i,
              case when i % 3 = 0 then '138****' || right(lpad(((i::bigint * 7919) % 100000000)::text, 8, '0'), 4) end,
              case when i % 3 = 0 then decode(md5(i::text) || md5((i + 1)::text) || '0102030405060708090a0b0c0d', 'hex') end,
              case when i % 3 = 0 then decode(md5((i + 2)::text) || md5((i + 3)::text), 'hex') end,
              (array['Zhejiang','Guangdong','Shanghai','Beijing','Jiangsu','Sichuan','Hubei','Fujian'])[1 + (i * 7) % 8],
              case when i % 11 = 0 then array['vip'] when i % 13 = 0 then array['reseller'] else '{}'::text[] end,
              case when i % 10 = 0 then null else ($2::int[])[1 + ((i::bigint * 2654435761) % 48)::int] end,
              ($3::int[])[1 + i % 4],
              (case when i % 10 = 0 then 'POOL' else 'IN_FOLLOW_UP' end)::customer_stage,
              now() - ((i::bigint * 7919) % 730) * interval '1 day', now() - ((i::bigint * 7919) % 730) * interval '1 day'
         from generate_series(1, $4::int) i`,
      [shop, reps, cs, customers],
    );
    const first = (await db.query<{ id: number }>('select min(id) as id from customers where shop_id = $1', [shop])).rows[0].id;
    // 10 follow-ups per customer, evenly over two years; the newest of each owned customer is open.
    await step(
      'follow-up tasks',
      `insert into follow_up_tasks (shop_id, customer_id, assignee_id, kind, cycle, retry_streak, due_at, status, outcome, channel, completed_at, on_time, created_at, updated_at)
       select $1, c.id, coalesce(c.owner_id, ($2::int[])[1 + ((c.id::bigint * 40503) % 48)::int]),
              (case when k = 1 then 'FIRST_CONTACT' when h % 7 = 0 then 'REVISIT' else 'RETRY' end)::follow_up_kind,
              k, case when k = 1 then 0 else 1 end,
              due,
              (case when k = 10 and c.owner_id is not null then 'OPEN' when h % 50 = 0 then 'CANCELLED' else 'DONE' end)::follow_up_status,
              case when k = 10 and c.owner_id is not null or h % 50 = 0 then null
                   else (array['ORDERED','NO_ORDER','NO_ORDER','NO_RESPONSE','NO_RESPONSE','ORDERED','NO_ORDER','NO_RESPONSE','LOST','NO_ORDER'])[1 + h % 10]::follow_up_outcome end,
              case when k = 10 and c.owner_id is not null or h % 50 = 0 then null else (array['PHONE','WANGWANG','WECHAT','SMS'])[1 + h % 4]::contact_channel end,
              case when k = 10 and c.owner_id is not null or h % 50 = 0 then null else due - ((h % 5) - 2) * interval '1 day' end,
              case when k = 10 and c.owner_id is not null or h % 50 = 0 then null else (h % 5) >= 2 end,
              due - interval '7 days', due - interval '7 days'
         from customers c
         cross join generate_series(1, 10) k
         cross join lateral (select (c.id::bigint * 2654435761 + k * 40503) % 1000003 as h) hh
         cross join lateral (select case when k = 10 then date_trunc('day', now()) + ((h % 31) - 15) * interval '1 day' + interval '15 hours 59 minutes'
                                         else now() - (730 - k * 70 - (h % 60)) * interval '1 day' end as due) dd
        where c.shop_id = $1`,
      [shop, reps],
    );
    await step(
      'orders',
      `insert into orders (shop_id, customer_id, platform_order_id, amount, currency, status, placed_at, paid_at, review, out_of_stock, created_at, updated_at)
       select $1, $2 + ((j::bigint * 7919) % $3)::int, 'BO-' || j, 1000 + ((j::bigint * 104729) % 79000)::int, 'CNY',
              (case when j % 20 = 0 then 'REFUNDED' when j % 20 = 1 then 'UNPAID' when j % 20 = 2 then 'CANCELLED' else 'RECEIVED' end)::order_status,
              now() - ((j::bigint * 31337) % 730) * interval '1 day',
              case when j % 20 in (1, 2) then null else now() - ((j::bigint * 31337) % 730) * interval '1 day' + interval '1 hour' end,
              (case when j % 97 = 0 then 'BAD' when j % 5 = 0 then 'GOOD' end)::order_review,
              j % 211 = 0, now(), now()
         from generate_series(1, $3 * 3) j`,
      [shop, first, customers],
    );
    await step(
      'customer figures',
      `update customers c set paid_order_count = a.n, total_spent = a.total, first_paid_at = a.first, last_paid_at = a.last
         from (select customer_id, count(*) as n, sum(amount) as total, min(paid_at) as first, max(paid_at) as last
                 from orders where shop_id = $1 and status in ('PAID', 'SHIPPED', 'RECEIVED') group by customer_id) a
        where a.customer_id = c.id`,
      [shop],
    );
    const tier = async (name: string, rank: number, orders: number, spent: number, discount: number) =>
      (await db.query<{ id: number }>('insert into membership_tiers (shop_id, name, rank, min_paid_orders, min_spent, discount_percent) values ($1, $2, $3, $4, $5, $6) returning id', [shop, name, rank, orders, spent, discount])).rows[0].id;
    const silver = await tier('Silver', 1, 2, 50_000, 5);
    const gold = await tier('Gold', 2, 4, 150_000, 12);
    const platinum = await tier('Platinum', 3, 6, 300_000, 20);
    await step(
      'tiers',
      `update customers set tier_id = case when paid_order_count >= 6 or total_spent >= 300000 then $2::int when paid_order_count >= 4 or total_spent >= 150000 then $3::int
                                           when paid_order_count >= 2 or total_spent >= 50000 then $4::int end
        where shop_id = $1 and paid_order_count > 0`,
      [shop, platinum, gold, silver],
    );
    const template = (await db.query<{ id: number }>("insert into coupon_templates (shop_id, name, purpose, discount_type, discount_value, min_spend, valid_days) values ($1, 'Win back', 'WIN_BACK', 'AMOUNT_OFF', 2000, 10000, 30) returning id", [shop])).rows[0].id;
    await step(
      'coupons',
      `insert into coupons (shop_id, template_id, customer_id, code, discount_type, discount_value, min_spend, status, expires_at, issued_by_id, idempotency_key, request_fingerprint, created_at, updated_at)
       select $1, $2, c.id, 'BENCH-' || c.id, 'AMOUNT_OFF', 2000, 10000, 'ISSUED', now() + interval '30 days', $3, 'bench-' || c.id, 'bench', now(), now()
         from customers c where c.shop_id = $1 and c.id % 20 = 0`,
      [shop, template, reps[0]],
    );
    await step('analyze', 'analyze');
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  const customers = Number(flag('customers', '100000'));
  if (!Number.isInteger(customers) || customers < 100) throw new Error('--customers must be a whole number of at least 100');
  const cluster = await openBenchCluster();
  try {
    const url = await cluster.urlFor(customers);
    await fillBenchData(url, customers, (line) => process.stdout.write(line + '\n'));
  } finally {
    await cluster.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:data failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
