import { CustomerTransferDocument, KpiDefinitionsDocument, KpisColumnsDocument, KpisDocument, ShopUpdateDocument, type KpiGranularity, type KpiKey, type OrderInput } from '../generated/graphql';
import { seededRandom } from '../../seeds/demo.seeder';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';
import { gid } from '../loop/helpers';
import { customerIdByHandle, importOrders, paidOrder } from '../commerce/helpers';

let app: TestApp;
const NOW = new Date('2026-12-02T04:00:00Z'); // Wednesday noon in Shanghai
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(NOW);
});
afterAll(() => app.close());

const admin = () => app.tokenFor('admin@demo.shop');
const SALES_KEYS: KpiKey[] = ['NEW_CUSTOMERS', 'ACTIVE_CUSTOMERS', 'PAID_ORDERS', 'PAID_AMOUNT', 'AVERAGE_ORDER_VALUE', 'REPEAT_PURCHASE_RATE', 'RETURNING_CUSTOMER_RATE', 'OLD_CUSTOMER_SALES_SHARE', 'UNPAID_ORDER_RATE'];
const PAID = new Set(['PAID', 'SHIPPED', 'RECEIVED']);
let offsetHours = 8; // the shop's zone: Asia/Shanghai, UTC+8 all year
const localDay = (iso: string) => new Date(new Date(iso).getTime() + offsetHours * 3600_000).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Where each period of the range starts and ends, computed here independently of the server. */
function periodsOf(granularity: KpiGranularity, from: string, to: string): [string, string][] {
  const periods: [string, string][] = [];
  let start = from;
  if (granularity === 'WEEK') start = addDays(from, -((new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7));
  if (granularity === 'MONTH') start = `${from.slice(0, 7)}-01`;
  while (start <= to) {
    const d = new Date(`${start}T00:00:00Z`);
    const end = granularity === 'DAY' ? addDays(start, 1) : granularity === 'WEEK' ? addDays(start, 7) : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
    periods.push([start, end]);
    start = end;
  }
  return periods;
}

/** Every sales KPI of a period, counted afresh from the orders by the definitions in shared/domain.md. */
async function freshCount(granularity: KpiGranularity, from: string, to: string): Promise<Map<string, Record<string, number | null>>> {
  const orders = (await app.sql<{ customer_id: number; amount: number; status: string; placed_at: Date; paid_at: Date | null }>('select customer_id, amount, status, placed_at, paid_at from orders o join shops s on s.id = o.shop_id where s.name = ?', ['Demo Shop'])).map((o) => ({
    customer: o.customer_id,
    amount: o.amount,
    paid: PAID.has(o.status),
    unpaid: o.status === 'UNPAID' || o.status === 'CANCELLED',
    paidDay: localDay(new Date(o.paid_at ?? o.placed_at).toISOString()),
    placedDay: localDay(new Date(o.placed_at).toISOString()),
  }));
  const rate = (a: number, b: number) => (b === 0 ? null : a / b);
  const result = new Map<string, Record<string, number | null>>();
  for (const [start, end] of periodsOf(granularity, from, to)) {
    const paid = orders.filter((o) => o.paid && o.paidDay >= start && o.paidDay < end);
    const inWindow = new Map<number, number>();
    for (const o of paid) inWindow.set(o.customer, (inWindow.get(o.customer) ?? 0) + 1);
    const lifetimeUpToEnd = (customer: number) => orders.filter((o) => o.paid && o.customer === customer && o.paidDay < end).length;
    const firstPaid = (customer: number) => orders.filter((o) => o.paid && o.customer === customer).map((o) => o.paidDay).sort()[0];
    const amount = paid.reduce((sum, o) => sum + o.amount, 0);
    const oldAmount = paid.filter((o) => firstPaid(o.customer) < start).reduce((sum, o) => sum + o.amount, 0);
    const placed = orders.filter((o) => o.placedDay >= start && o.placedDay < end);
    result.set(start, {
      NEW_CUSTOMERS: [...inWindow.keys()].filter((c) => firstPaid(c) >= start).length,
      ACTIVE_CUSTOMERS: inWindow.size,
      PAID_ORDERS: paid.length,
      PAID_AMOUNT: amount,
      AVERAGE_ORDER_VALUE: rate(amount, paid.length),
      REPEAT_PURCHASE_RATE: rate([...inWindow.values()].filter((n) => n >= 2).length, inWindow.size),
      RETURNING_CUSTOMER_RATE: rate([...inWindow.keys()].filter((c) => lifetimeUpToEnd(c) > 1).length, inWindow.size),
      OLD_CUSTOMER_SALES_SHARE: rate(oldAmount, amount),
      UNPAID_ORDER_RATE: rate(placed.filter((o) => o.unpaid).length, placed.length),
    });
  }
  return result;
}

async function report(granularity: KpiGranularity, from: string, to: string, keys = SALES_KEYS) {
  return dataOf(await app.gql(KpisDocument, { from, to, granularity, compareTo: 'PREVIOUS_PERIOD', keys }, await admin())).kpis;
}

async function expectKeptEqualsFresh(from: string, to: string): Promise<void> {
  for (const granularity of ['DAY', 'WEEK', 'MONTH'] as KpiGranularity[]) {
    const [kept, fresh] = await Promise.all([report(granularity, from, to), freshCount(granularity, from, to)]);
    for (const series of kept.series) {
      for (const point of series.points) {
        const expected = fresh.get(point.periodStart)![series.definition.key];
        if (expected === null) expect([granularity, series.definition.key, point.periodStart, point.value]).toEqual([granularity, series.definition.key, point.periodStart, null]);
        else expect([granularity, series.definition.key, point.periodStart, point.value]).toEqual([granularity, series.definition.key, point.periodStart, expect.closeTo(expected, 9)]);
      }
    }
  }
}

// 40 buyers, about 300 orders from August to November, every status; some buyers return.
function generatedOrders(): OrderInput[] {
  const random = seededRandom(1717);
  const statuses = ['PAID', 'PAID', 'PAID', 'SHIPPED', 'RECEIVED', 'UNPAID', 'CANCELLED', 'REFUNDED'] as const;
  const orders: OrderInput[] = [];
  for (let i = 0; i < 300; i++) {
    const placed = new Date(Date.parse('2026-08-01T00:00:00Z') + Math.floor(random() * 122 * 24) * 3600_000);
    const status = statuses[Math.floor(random() * statuses.length)];
    const buyer = Math.floor(random() * random() * 40); // the first buyers buy more often
    orders.push({
      platformOrderId: `KPI-${1000 + i}`,
      customer: { platform: 'TAOBAO', platformHandle: `kpi_buyer_${buyer}` },
      amount: 1000 + Math.floor(random() * 30_000),
      status,
      placedAt: placed.toISOString(),
      paidAt: PAID.has(status) || status === 'REFUNDED' ? new Date(placed.getTime() + Math.floor(random() * 30) * 3600_000).toISOString() : null,
    });
  }
  return orders;
}

describe('kpis: the kept figures against a fresh count', () => {
  const orders = generatedOrders();

  beforeAll(() => importOrders(app, orders));

  it('every sales KPI of every day, week and month equals a count from the orders', async () => {
    await expectKeptEqualsFresh('2026-08-01', '2026-11-30');
  });

  it('stays equal after re-imports change amounts, statuses, buyers and back-date a first order', async () => {
    const changed: OrderInput[] = [
      { ...orders[3], amount: 77_700 },
      { ...orders[5], status: 'REFUNDED' },
      { ...orders[8], status: 'PAID', paidAt: orders[8].paidAt ?? orders[8].placedAt },
      { ...orders[12], customer: { platform: 'TAOBAO', platformHandle: 'kpi_buyer_39' } },
      // A buyer's earlier order turns up: every later period of theirs now counts them as old.
      { platformOrderId: 'KPI-EARLY', customer: { platform: 'TAOBAO', platformHandle: 'kpi_buyer_7' }, amount: 5_000, status: 'PAID', placedAt: '2026-07-20T03:00:00Z', paidAt: '2026-07-20T03:00:00Z' },
    ];
    await importOrders(app, changed);
    await expectKeptEqualsFresh('2026-07-01', '2026-11-30');
  });

  it('rebuilds every local day, week and month when the shop changes its time zone', async () => {
    const move = async (timezone: string, hours: number) => {
      expect(dataOf(await app.gql(ShopUpdateDocument, { input: { timezone } }, await admin())).shopUpdate.userErrors).toEqual([]);
      offsetHours = hours;
    };
    await move('Asia/Tokyo', 9); // UTC+9, no daylight saving: an hour later than Shanghai
    const [moved] = await app.sql<{ n: string }>("select count(*) as n from orders where ((coalesce(paid_at, placed_at) at time zone 'Asia/Tokyo')::date) <> ((coalesce(paid_at, placed_at) at time zone 'Asia/Shanghai')::date)");
    expect(Number(moved.n)).toBeGreaterThan(0); // some orders change day, so the test can fail
    await expectKeptEqualsFresh('2026-07-01', '2026-11-30');
    await move('Asia/Shanghai', 8);
    await expectKeptEqualsFresh('2026-07-01', '2026-11-30');
  });

  it('compares each point with the period before the range, or a year back', async () => {
    const { series } = await report('WEEK', '2026-10-05', '2026-10-25', ['PAID_AMOUNT']);
    const fresh = await freshCount('WEEK', '2026-09-14', '2026-10-25');
    expect(series[0].points.map((p) => [p.periodStart, p.comparisonPeriodStart])).toEqual([
      ['2026-10-05', '2026-09-14'],
      ['2026-10-12', '2026-09-21'],
      ['2026-10-19', '2026-09-28'],
    ]);
    for (const point of series[0].points) {
      const comparison = fresh.get(point.comparisonPeriodStart)!.PAID_AMOUNT!;
      expect(point.comparisonValue).toBe(comparison);
      expect(point.change).toBe(point.value! - comparison);
      expect(point.relativeChange).toBeCloseTo(comparison === 0 ? NaN : (point.value! - comparison) / comparison, 9);
    }
    const yearly = dataOf(await app.gql(KpisDocument, { from: '2026-11-11', to: '2026-11-11', granularity: 'DAY', compareTo: 'PREVIOUS_YEAR', keys: ['PAID_ORDERS'] }, await admin())).kpis;
    expect(yearly.series[0].points[0]).toMatchObject({ comparisonPeriodStart: '2025-11-12', comparisonValue: 0 }); // 364 days: the same weekday
  });

  it('gives the same values as columns, for charts', async () => {
    const { kpis } = dataOf(await app.gql(KpisColumnsDocument, { from: '2026-09-01', to: '2026-11-30', granularity: 'DAY', compareTo: 'PREVIOUS_YEAR', keys: SALES_KEYS }, await admin()));
    expect(kpis.periodStarts).toHaveLength(91);
    for (const series of kpis.series) {
      expect(series.values).toEqual(series.points.map((p) => p.value));
      expect(series.comparisonValues).toEqual(series.points.map((p) => p.comparisonValue));
      expect(kpis.periodStarts).toEqual(series.points.map((p) => p.periodStart));
      expect(kpis.comparisonPeriodStarts).toEqual(series.points.map((p) => p.comparisonPeriodStart));
    }
  });

  it('lists each KPI\'s definition: formula, unit, direction and scopes', async () => {
    const definitions = dataOf(await app.gql(KpiDefinitionsDocument, {}, await app.tokenFor('sales1@demo.shop'))).kpiDefinitions;
    expect(definitions.find((d) => d.key === 'REPEAT_PURCHASE_RATE')).toMatchObject({ unit: 'RATIO', higherIsBetter: true, scopes: ['SHOP', 'TEAM', 'USER'] });
    expect(definitions.find((d) => d.key === 'UNPAID_ORDER_RATE')).toMatchObject({ higherIsBetter: false, scopes: ['SHOP'] });
    expect(definitions.find((d) => d.key === 'FOLLOW_UP_ON_TIME_RATE')).toMatchObject({ scopes: ['SHOP', 'TEAM', 'USER'] });
    expect(definitions.every((d) => d.formula.length > 20)).toBe(true);
  });
});

describe('kpis: follow-up figures per rep, team and shop', () => {
  /** Follow-ups due per local day in the range, counted from follow_up_tasks. */
  async function freshFollowUps(from: string, to: string, assignees: number[] | null) {
    const rows = await app.sql<{ due: string; on_time: string; done: string; ordered: string }>(
      `select count(*) as due, count(*) filter (where status = 'DONE' and on_time) as on_time, count(*) filter (where status = 'DONE') as done, count(*) filter (where outcome = 'ORDERED') as ordered
         from follow_up_tasks t join shops s on s.id = t.shop_id
        where s.name = 'Demo Shop' and t.status <> 'CANCELLED' and (t.due_at at time zone 'Asia/Shanghai')::date between ?::date and ?::date ${assignees ? `and t.assignee_id in (${assignees.map(Number).join(', ')})` : ''}`,
      [from, to],
    );
    return { due: Number(rows[0].due), onTime: Number(rows[0].on_time), done: Number(rows[0].done), ordered: Number(rows[0].ordered) };
  }

  it('a rep reads their own on-time rate and conversion; they equal a fresh count', async () => {
    const rep = await app.tokenFor('sales2@demo.shop');
    await app.sql("update follow_up_tasks set status = 'DONE', on_time = true, outcome = 'ORDERED', completed_at = due_at where id in (select id from follow_up_tasks where assignee_id = (select id from users where email = 'sales2@demo.shop') order by id limit 3)");
    await app.sql("update follow_up_tasks set status = 'DONE', on_time = false, outcome = 'NO_ORDER', completed_at = due_at where id in (select id from follow_up_tasks where assignee_id = (select id from users where email = 'sales2@demo.shop') and status = 'OPEN' order by id limit 2)");
    const [{ id }] = await app.sql<{ id: number }>("select id from users where email = 'sales2@demo.shop'");
    const from = '2026-01-01';
    const to = '2027-12-31';
    const kpis = dataOf(await app.gql(KpisDocument, { from, to, granularity: 'MONTH', compareTo: 'PREVIOUS_PERIOD', keys: ['FOLLOW_UP_ON_TIME_RATE', 'FOLLOW_UP_CONVERSION'] }, rep)).kpis;
    expect(kpis.scope).toBe('USER');
    const fresh = await freshFollowUps(from, to, [id]);
    expect(fresh.done).toBeGreaterThanOrEqual(5);
    // Summed over the months: the kept day figures hold exactly the follow-ups.
    const months = await Promise.all(
      kpis.series[0].points.map(async (p) => ({ p, f: await freshFollowUps(p.periodStart, addDays(new Date(Date.UTC(Number(p.periodStart.slice(0, 4)), Number(p.periodStart.slice(5, 7)), 1)).toISOString().slice(0, 10), -1), [id]) })),
    );
    for (const { p, f } of months) expect(p.value).toEqual(f.due === 0 ? null : expect.closeTo(f.onTime / f.due, 9));
    const conversion = kpis.series[1].points.filter((p) => p.value !== null);
    expect(conversion.length).toBeGreaterThan(0);
  });

  it('a lead reads the team; the shop scope sums every rep', async () => {
    const lead = await app.tokenFor('sales1@demo.shop');
    const team = dataOf(await app.gql(KpisDocument, { from: '2026-01-01', to: '2027-12-31', granularity: 'MONTH', compareTo: 'PREVIOUS_PERIOD', keys: ['FOLLOW_UP_ON_TIME_RATE'] }, lead)).kpis;
    expect(team.scope).toBe('TEAM');
    const members = (await app.sql<{ id: number }>("select u.id from users u join sales_teams t on t.id = u.team_id where t.name = 'Team East'")).map((r) => r.id);
    for (const p of team.series[0].points.filter((x) => x.value !== null)) {
      const end = addDays(new Date(Date.UTC(Number(p.periodStart.slice(0, 4)), Number(p.periodStart.slice(5, 7)), 1)).toISOString().slice(0, 10), -1);
      const f = await freshFollowUps(p.periodStart, end, members);
      expect(p.value).toBeCloseTo(f.onTime / f.due, 9);
    }
    const shop = dataOf(await app.gql(KpisDocument, { from: '2026-01-01', to: '2027-12-31', granularity: 'MONTH', compareTo: 'PREVIOUS_PERIOD', scope: 'SHOP', keys: ['FOLLOW_UP_ON_TIME_RATE', 'FOLLOW_UP_CONVERSION'] }, await admin())).kpis;
    let checked = 0;
    for (const p of shop.series[0].points) {
      const end = addDays(new Date(Date.UTC(Number(p.periodStart.slice(0, 4)), Number(p.periodStart.slice(5, 7)), 1)).toISOString().slice(0, 10), -1);
      const f = await freshFollowUps(p.periodStart, end, null);
      expect(p.value).toEqual(f.due === 0 ? null : expect.closeTo(f.onTime / f.due, 9));
      checked += f.due;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('kpis: sales per rep and team, counted for the buyer\'s owner when the order was written', () => {
  const COUNTS: KpiKey[] = ['NEW_CUSTOMERS', 'ACTIVE_CUSTOMERS', 'PAID_ORDERS', 'PAID_AMOUNT', 'REPEAT_PURCHASE_RATE', 'RETURNING_CUSTOMER_RATE', 'OLD_CUSTOMER_SALES_SHARE'];
  const november = { from: '2026-11-01', to: '2026-11-30', granularity: 'MONTH' as const, compareTo: 'PREVIOUS_PERIOD' as const, keys: COUNTS };
  const userId = async (email: string) => (await app.sql<{ id: number }>('select id from users where email = ?', [email]))[0].id;
  const teamId = async (name: string) => (await app.sql<{ id: number }>('select id from sales_teams where name = ?', [name]))[0].id;
  async function figures(args: Record<string, unknown>, token: string): Promise<Record<string, number>> {
    const { kpis } = dataOf(await app.gql(KpisDocument, { ...november, ...args }, token));
    return Object.fromEntries(kpis.series.map((s) => [s.definition.key, s.points[0].value ?? 0]));
  }
  const delta = (after: Record<string, number>, before: Record<string, number>) => Object.fromEntries(['NEW_CUSTOMERS', 'ACTIVE_CUSTOMERS', 'PAID_ORDERS', 'PAID_AMOUNT'].map((k) => [k, after[k] - before[k]]));

  it('a rep, their lead and the admin read the rep\'s and the team\'s sales; a later hand-over moves no past order', async () => {
    const [sales2, sales5] = [await userId('sales2@demo.shop'), await userId('sales5@demo.shop')];
    const [east, west] = [await teamId('Team East'), await teamId('Team West')];
    const rep2 = await app.tokenFor('sales2@demo.shop');
    const lead = await app.tokenFor('sales1@demo.shop');
    const adminToken = await admin();
    const read = async () => ({
      rep2: await figures({}, rep2),
      rep5: await figures({ scope: 'USER', userId: gid('User', sales5) }, adminToken),
      east: await figures({}, lead),
      west: await figures({ scope: 'TEAM', teamId: gid('SalesTeam', west) }, adminToken),
    });
    // Three new buyers, two of them sales2's (Team East), one sales5's (Team West).
    await importOrders(app, [paidOrder('REPX-A', 'rep_kpi_a', 100, new Date('2026-10-01T03:00:00Z')), paidOrder('REPX-B', 'rep_kpi_b', 100, new Date('2026-10-01T03:00:00Z')), paidOrder('REPX-C', 'rep_kpi_c', 100, new Date('2026-10-01T03:00:00Z'))]);
    await app.sql(`update customers set owner_id = ${sales2} where platform_handle in ('rep_kpi_a', 'rep_kpi_b')`);
    await app.sql(`update customers set owner_id = ${sales5} where platform_handle = 'rep_kpi_c'`);
    const before = await read();

    await importOrders(app, [
      paidOrder('REP-1', 'rep_kpi_a', 10_000, new Date('2026-11-03T03:00:00Z')),
      paidOrder('REP-2', 'rep_kpi_a', 5_000, new Date('2026-11-10T03:00:00Z')),
      paidOrder('REP-3', 'rep_kpi_b', 3_000, new Date('2026-11-04T03:00:00Z')),
      { ...paidOrder('REP-4', 'rep_kpi_b', 9_900, new Date('2026-11-05T03:00:00Z')), status: 'UNPAID', paidAt: null },
      paidOrder('REP-5', 'rep_kpi_c', 2_000, new Date('2026-11-05T03:00:00Z')),
    ]);
    // rep_kpi_a goes to sales5 (Team West); their next order counts there, their past ones stay with sales2, even re-imported.
    const moved = dataOf(await app.gql(CustomerTransferDocument, { id: await customerIdByHandle(app, 'rep_kpi_a'), input: { toUserId: gid('User', sales5), reason: 'Coverage.' } }, adminToken)).customerTransfer;
    expect(moved.userErrors).toEqual([]);
    await importOrders(app, [paidOrder('REP-6', 'rep_kpi_a', 7_000, new Date('2026-11-20T03:00:00Z')), paidOrder('REP-1', 'rep_kpi_a', 11_000, new Date('2026-11-03T03:00:00Z'))]);
    const after = await read();

    expect(delta(after.rep2, before.rep2)).toEqual({ NEW_CUSTOMERS: 0, ACTIVE_CUSTOMERS: 2, PAID_ORDERS: 3, PAID_AMOUNT: 11_000 + 5_000 + 3_000 });
    expect(delta(after.rep5, before.rep5)).toEqual({ NEW_CUSTOMERS: 0, ACTIVE_CUSTOMERS: 2, PAID_ORDERS: 2, PAID_AMOUNT: 2_000 + 7_000 });
    expect(delta(after.east, before.east)).toEqual(delta(after.rep2, before.rep2));
    expect(delta(after.west, before.west)).toEqual(delta(after.rep5, before.rep5));
    const orders = await app.sql<{ platform_order_id: string; owner_id: number; team_id: number }>("select platform_order_id, owner_id, team_id from orders where platform_order_id like 'REP-_' order by 1");
    expect(orders.map((o) => [o.platform_order_id, o.owner_id, o.team_id])).toEqual([
      ['REP-1', sales2, east], ['REP-2', sales2, east], ['REP-3', sales2, east], ['REP-4', sales2, east], ['REP-5', sales5, west], ['REP-6', sales5, west],
    ]);
    // Every figure of a rep equals a count from the orders counted for them (whatever else the demo year holds).
    for (const [token, args, owner] of [[rep2, {}, sales2], [adminToken, { scope: 'USER', userId: gid('User', sales5) }, sales5]] as const) {
      const kept = await figures(args, token);
      const [fresh] = await app.sql<Record<string, string>>(
        `with paid as (select o.customer_id, o.owner_id, o.amount, (coalesce(o.paid_at, o.placed_at) at time zone 'Asia/Shanghai')::date as d from orders o where o.status in ('PAID', 'SHIPPED', 'RECEIVED')),
              firsts as (select customer_id, min(d) as first_day from paid group by 1),
              mine as (select p.customer_id, count(*) as n, sum(p.amount) as amount, bool_or(f.first_day < '2026-11-01') as old
                         from paid p join firsts f using (customer_id) where p.owner_id = ${owner} and p.d between '2026-11-01' and '2026-11-30' group by 1)
         select count(*) filter (where not old) as new, count(*) as active, sum(n) as orders, sum(amount) as amount, count(*) filter (where n >= 2) as repeat,
                count(*) filter (where old or n >= 2) as returning, coalesce(sum(amount) filter (where old), 0) as old_amount from mine`,
      );
      const active = Number(fresh.active);
      expect(active).toBeGreaterThan(1);
      expect(kept).toEqual({
        NEW_CUSTOMERS: Number(fresh.new), ACTIVE_CUSTOMERS: active, PAID_ORDERS: Number(fresh.orders), PAID_AMOUNT: Number(fresh.amount),
        REPEAT_PURCHASE_RATE: expect.closeTo(Number(fresh.repeat) / active, 9), RETURNING_CUSTOMER_RATE: expect.closeTo(Number(fresh.returning) / active, 9),
        OLD_CUSTOMER_SALES_SHARE: expect.closeTo(Number(fresh.old_amount) / Number(fresh.amount), 9),
      });
    }
  });

  it('keeps the checkout figures (unpaid orders, reminders) at the shop scope only', async () => {
    expect(errorCode(await app.gql(KpisDocument, { ...november, keys: ['UNPAID_ORDER_RATE'] }, await app.tokenFor('sales2@demo.shop')))).toBe('FORBIDDEN');
    const west = await teamId('Team West');
    expect(errorCode(await app.gql(KpisDocument, { ...november, scope: 'TEAM', teamId: gid('SalesTeam', west), keys: ['REMINDER_RECOVERY_RATE'] }, await admin()))).toBe('FORBIDDEN');
  });
});

describe('kpis: who may read what', () => {
  const args = { from: '2026-11-01', to: '2026-11-30', granularity: 'DAY' as const, compareTo: 'PREVIOUS_PERIOD' as const };

  it('refuses the shop\'s KPIs to reps and leads, other reps\' to a rep, and all but its own CS figures to customer service', async () => {
    const rep = await app.tokenFor('sales2@demo.shop');
    const lead = await app.tokenFor('sales1@demo.shop');
    expect(errorCode(await app.gql(KpisDocument, { ...args, scope: 'SHOP' }, rep))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(KpisDocument, { ...args, scope: 'SHOP' }, lead))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(KpisDocument, { ...args, keys: ['UNPAID_ORDER_RATE'] }, rep))).toBe('FORBIDDEN');
    const [other] = await app.sql<{ id: number }>("select id from users where email = 'sales5@demo.shop'");
    expect(errorCode(await app.gql(KpisDocument, { ...args, scope: 'USER', userId: gid('User', other.id) }, rep))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(KpisDocument, { ...args, scope: 'USER', userId: gid('User', other.id) }, lead))).toBe('FORBIDDEN'); // sales5 is in the other team
    const [west] = await app.sql<{ id: number }>("select id from sales_teams where name = 'Team West'");
    expect(errorCode(await app.gql(KpisDocument, { ...args, scope: 'TEAM', teamId: gid('SalesTeam', west.id) }, lead))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(KpisDocument, { ...args, keys: ['FOLLOW_UP_ON_TIME_RATE'] }, await app.tokenFor('cs1@demo.shop')))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(KpisDocument, { ...args, scope: 'SHOP' }, await app.tokenFor('cs1@demo.shop')))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(KpisDocument, args))).toBe('UNAUTHENTICATED');
    // The other shop's admin sees their own shop's (empty) figures, never the demo shop's.
    const otherShop = dataOf(await app.gql(KpisDocument, { ...args, keys: ['PAID_ORDERS'] }, await app.tokenFor('admin@other.shop'))).kpis;
    expect(otherShop.series[0].points.every((p) => p.value === 0)).toBe(true);
    const [demoRep] = await app.sql<{ id: number }>("select id from users where email = 'sales2@demo.shop'");
    expect(errorCode(await app.gql(KpisDocument, { ...args, scope: 'USER', userId: gid('User', demoRep.id) }, await app.tokenFor('admin@other.shop')))).toBe('BAD_USER_INPUT');
  });

  it('refuses bad ranges with a typed error', async () => {
    const token = await admin();
    expect(errorCode(await app.gql(KpisDocument, { ...args, from: '2026-12-01', to: '2026-11-01' }, token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(KpisDocument, { ...args, from: '2020-01-01', to: '2026-11-01' }, token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(KpisDocument, { ...args, from: '2026-02-30' }, token))).toBe('BAD_USER_INPUT');
  });

  it('costs the same statements for one KPI or all, a week or two years', async () => {
    const token = await admin();
    const one = await app.statementsOf(token, () => app.gql(KpisDocument, { ...args, keys: ['PAID_ORDERS'] }, token));
    const all = await app.statementsOf(token, () => app.gql(KpisDocument, args, token));
    const long = await app.statementsOf(token, () => app.gql(KpisDocument, { ...args, from: '2025-01-01', to: '2026-12-31' }, token));
    expect(one).toBeLessThanOrEqual(3);
    expect(all).toBeLessThanOrEqual(4);
    expect(long).toBe(all);
  });
});
