import { ComplianceReportDocument } from '../generated/graphql';
import { createTestApp, dataOf, TestApp } from '../support/test-app';

let app: TestApp;
let reps: number[];
let customerId: number;

// Now: 13:30 UTC, so today is split into overdue and not yet due follow-ups.
const NOW = new Date('2027-05-12T13:30:00Z');
const HOUR = 3_600_000;

/** A small deterministic generator (the same follow-ups on every run). */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}
const random = generator(20271112);

beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(NOW);
  reps = (await app.sql<{ id: number }>("select id from users where shop_id = 1 and role = 'SALES' order by id")).map((r) => r.id);
  const [cs] = await app.sql<{ id: number }>("select id from users where email = 'cs1@demo.shop'");
  [{ id: customerId }] = await app.sql<{ id: number }>(
    "insert into customers (shop_id, platform, platform_handle, handle_key, display_name, owner_id, created_by_id, stage) values (1, 'JD', 'figures', 'figures', 'Figures', ?, ?, 'IN_FOLLOW_UP') returning id",
    [reps[0], cs.id],
  );
  // 400 follow-ups over 40 days around now, at any hour, in one statement.
  const rows: unknown[] = [];
  for (let i = 0; i < 400; i++) {
    const status = ['OPEN', 'DONE', 'DONE', 'CANCELLED'][random(4)];
    const dueAt = new Date(NOW.getTime() + (random(40 * 24) - 20 * 24) * HOUR + random(60) * 60_000);
    rows.push(customerId, reps[random(reps.length)], dueAt, status, status === 'DONE' ? random(2) === 0 : null, status === 'DONE' ? ['ORDERED', 'NO_ORDER'][random(2)] : null);
  }
  await app.sql(
    `insert into follow_up_tasks (shop_id, customer_id, assignee_id, kind, cycle, due_at, status, on_time, outcome)
     values ${Array.from({ length: 400 }, () => "(1, ?, ?, 'REVISIT', 1, ?, ?, ?, ?)").join(', ')}`,
    rows,
  );
  // Then the follow-ups change the ways the loop changes them: done, reassigned, rescheduled, deleted.
  await app.sql("update follow_up_tasks set status = 'DONE', on_time = (id % 2 = 0), outcome = 'ORDERED' where customer_id = ? and status = 'OPEN' and id % 3 = 0", [customerId]);
  await app.sql('update follow_up_tasks set assignee_id = ? where customer_id = ? and id % 7 = 0', [reps[1], customerId]);
  await app.sql("update follow_up_tasks set due_at = due_at + interval '26 hours' where customer_id = ? and id % 5 = 0", [customerId]);
  await app.sql("update follow_up_tasks set status = 'CANCELLED' where customer_id = ? and id % 11 = 0", [customerId]);
  await app.sql('delete from follow_up_tasks where customer_id = ? and id % 13 = 0', [customerId]);
});
afterAll(() => app.close());

/** The sales figures counted from every follow-up of the period, the way the report did before day figures. */
async function countedFromFollowUps(from: Date, to: Date) {
  const rows = await app.sql<Record<string, string>>(
    `select u.email,
            count(t.id) as due,
            count(t.id) filter (where t.status = 'DONE' and t.on_time) as on_time,
            count(t.id) filter (where t.status = 'DONE' and not t.on_time) as late,
            count(t.id) filter (where t.status = 'OPEN' and t.due_at < ?) as overdue,
            count(t.id) filter (where t.status = 'OPEN' and t.due_at >= ?) as not_due,
            count(t.id) filter (where t.outcome = 'ORDERED') as ordered
       from users u left join follow_up_tasks t on t.assignee_id = u.id and t.due_at >= ? and t.due_at < ? and t.status <> 'CANCELLED'
      where u.shop_id = 1 and u.role = 'SALES' group by u.id, u.email order by u.id`,
    [NOW, NOW, from, to],
  );
  return rows.map((r) => ({
    user: { email: r.email },
    followUpsDue: Number(r.due),
    doneOnTime: Number(r.on_time),
    doneLate: Number(r.late),
    openOverdue: Number(r.overdue),
    openNotYetDue: Number(r.not_due),
    ordered: Number(r.ordered),
  }));
}

describe('the compliance report over kept day figures', () => {
  it('counts exactly what a count over every follow-up of the period counts, for any period', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const day = (offset: number, hours = 0) => new Date(Date.UTC(2027, 4, 12 + offset) + hours * HOUR);
    const periods: [Date, Date][] = [
      [day(-30), day(1)], // whole days, today inside
      [day(-30, 7.25), NOW], // ends now, starts mid-day
      [day(-3, 23), day(-2, 1)], // across one midnight
      [day(-5, 2), day(-5, 20)], // inside one day
      [day(0, 1), day(0, 22)], // inside today
      [day(1), day(15, 12)], // the future only
      [day(-20), day(-2)], // the past only, whole days
    ];
    for (let i = 0; i < 12; i++) {
      const from = new Date(NOW.getTime() + (random(40 * 24) - 22 * 24) * HOUR);
      periods.push([from, new Date(from.getTime() + (1 + random(20 * 24)) * HOUR + random(60) * 60_000)]);
    }
    let counted = 0;
    for (const [from, to] of periods) {
      const report = dataOf(await app.gql(ComplianceReportDocument, { from: from.toISOString(), to: to.toISOString() }, admin)).complianceReport;
      const expected = await countedFromFollowUps(from, to);
      expect({ from, to, sales: report.sales.map(({ onTimeRate: _r, conversionRate: _c, ...figures }) => figures) }).toEqual({ from, to, sales: expected });
      counted += expected.reduce((sum, r) => sum + r.followUpsDue, 0);
    }
    expect(counted).toBeGreaterThan(1000); // the periods did cover the follow-ups
  });
});
