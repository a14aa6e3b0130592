import fc from 'fast-check';
import { queryRows, sql } from '../../src/db/sql';
import { Lifecycle, lifecycleSql, SegmentPolicy, segmentOf, ValueSegment, valueSql } from '../../src/segments/segment';
import { createTestApp, TestApp } from '../support/test-app';

// The segment rule still has two forms: `segmentOf` for one customer's field, and the SQL of the
// filters and counts. This property holds them to the same answer for generated customers whose
// figures sit on and around every threshold of generated policies.

const DAY = 86_400_000;
const now = new Date('2026-11-18T02:00:00.000Z');

const policy: fc.Arbitrary<SegmentPolicy> = fc
  .record({ activeDays: fc.integer({ min: 1, max: 60 }), sleepingGap: fc.integer({ min: 1, max: 120 }), churnGap: fc.integer({ min: 1, max: 200 }), keyMinOrders: fc.integer({ min: 1, max: 6 }), keyMinSpent: fc.integer({ min: 100, max: 100_000 }), bottomMaxSpent: fc.integer({ min: 0, max: 5_000 }) })
  .map((p) => ({ activeDays: p.activeDays, sleepingDays: p.activeDays + p.sleepingGap, churnDays: p.activeDays + p.sleepingGap + p.churnGap, keyMinOrders: p.keyMinOrders, keyMinSpent: p.keyMinSpent, bottomMaxSpent: p.bottomMaxSpent }));

/** A customer's figures, with days ago chosen around the policy's thresholds (±1 day, ±1 ms). */
const customerFor = (p: SegmentPolicy) =>
  fc
    .record({
      orders: fc.integer({ min: 0, max: 8 }),
      spent: fc.oneof(fc.constantFrom(0, p.bottomMaxSpent, p.bottomMaxSpent + 1, p.keyMinSpent - 1, p.keyMinSpent), fc.integer({ min: 0, max: 200_000 })),
      lastDays: fc.oneof(fc.constantFrom(0, p.activeDays, p.activeDays + 1, p.sleepingDays, p.sleepingDays + 1, p.churnDays, p.churnDays + 1), fc.integer({ min: 0, max: 800 })),
      lastJitter: fc.constantFrom(-1, 0, 1),
      firstExtra: fc.integer({ min: 0, max: 400 }),
    })
    .map((c) => {
      const lastPaidAt = c.orders === 0 ? null : new Date(now.getTime() - c.lastDays * DAY + c.lastJitter);
      const firstPaidAt = lastPaidAt === null ? null : new Date(lastPaidAt.getTime() - (c.orders === 1 ? 0 : c.firstExtra * DAY));
      return { paidOrderCount: c.orders, totalSpent: c.orders === 0 ? 0 : c.spent, lastPaidAt, firstPaidAt };
    });

const world = policy.chain((p) => fc.tuple(fc.constant(p), fc.array(customerFor(p), { minLength: 1, maxLength: 25 })));

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

it('segmentOf and the SQL filters put every customer in the same lifecycle and value segment', async () => {
  await fc.assert(
    fc.asyncProperty(world, async ([p, customers]) => {
      const rollback = new Error('rollback');
      await app.orm.em
        .fork()
        .transactional(async (em) => {
          const rows = await queryRows<{ id: number }>(
            em,
            sql`insert into customers (shop_id, platform, platform_handle, handle_key, display_name, created_by_id, paid_order_count, total_spent, last_paid_at, first_paid_at)
                select 2, 'TAOBAO', 'seg' || n, 'seg' || n, 'seg' || n, (select id from users where shop_id = 2 order by id limit 1), c.paid, c.spent, c.last_at, c.first_at
                  from json_to_recordset(${JSON.stringify(customers.map((c, n) => ({ n, paid: c.paidOrderCount, spent: c.totalSpent, last_at: c.lastPaidAt, first_at: c.firstPaidAt })))}::json)
                       as c(n int, paid int, spent bigint, last_at timestamptz, first_at timestamptz)
                order by n returning id`,
          );
          const ids = rows.map((r) => r.id);
          const expected = customers.map((c) => segmentOf(c, p, now));
          for (const lifecycle of Object.values(Lifecycle)) {
            const chosen = await queryRows<{ id: number }>(em, sql`select c.id from customers c where c.id = any(${ids}) and ${lifecycleSql(lifecycle, p, now, 'c')} order by c.id`);
            expect([lifecycle, chosen.map((r) => r.id)]).toEqual([lifecycle, ids.filter((_, i) => expected[i].lifecycle === lifecycle)]);
          }
          for (const value of Object.values(ValueSegment)) {
            const chosen = await queryRows<{ id: number }>(em, sql`select c.id from customers c where c.id = any(${ids}) and ${valueSql(value, p, now, 'c')} order by c.id`);
            expect([value, chosen.map((r) => r.id)]).toEqual([value, ids.filter((_, i) => expected[i].value === value)]);
          }
          throw rollback;
        })
        .catch((error) => {
          if (error !== rollback) throw error;
        });
    }),
    { numRuns: 60 },
  );
});
