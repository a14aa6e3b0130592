import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../db/sql';
import { eraseCustomerRow, legalHoldOf } from './erasure';

/** The queue's task that applies the shops' retention rule (a cron task, daily). */
export const RETENTION_TASK = 'privacy_retention';
/** Customers one run erases per shop before it leaves the rest to the next run (each erasure is one transaction). */
const PER_RUN = 500;

/** What a run did in a shop: who it erased, and who it left because a legal hold applies. */
export interface RetentionReport {
  shopId: number;
  months: number;
  erased: number[];
  held: number[];
}

/**
 * The shop's customers with no order and no contact for `months` months: created before, no
 * order placed, no follow-up done, no message handed over and no conversation since.
 */
async function dormantCustomers(em: EntityManager, shopId: number, months: number, now: Date): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    em,
    sql`select c.id from customers c
         where c.shop_id = ${shopId} and c.erased_at is null and c.created_at < ${now}::timestamptz - make_interval(months => ${months})
           and not exists (select 1 from orders o where o.customer_id = c.id and o.placed_at >= ${now}::timestamptz - make_interval(months => ${months}))
           and not exists (select 1 from follow_up_tasks t where t.customer_id = c.id and t.completed_at >= ${now}::timestamptz - make_interval(months => ${months}))
           and not exists (select 1 from messages m where m.customer_id = c.id and m.handed_over_at >= ${now}::timestamptz - make_interval(months => ${months}))
           and not exists (select 1 from conversations v where v.customer_id = c.id and v.started_at >= ${now}::timestamptz - make_interval(months => ${months}))
         order by c.id limit ${PER_RUN}`,
  );
  return rows.map((r) => r.id);
}

/**
 * Erases, in every shop whose retention rule is on, the customers with no order and no contact
 * for its months, each in a transaction of its own under the same rules as `customerErase`
 * (a legal hold leaves the customer for a later run), recorded in the trail with the rule as the
 * reason. Returns what it did, per shop.
 */
export async function applyRetention(orm: MikroORM, now: Date): Promise<RetentionReport[]> {
  const shops = await queryRows<{ id: number; retention_months: number }>(orm.em.fork(), sql`select id, retention_months from shops where retention_months is not null order by id`);
  const reports: RetentionReport[] = [];
  for (const shop of shops) {
    const report: RetentionReport = { shopId: shop.id, months: shop.retention_months, erased: [], held: [] };
    for (const id of await dormantCustomers(orm.em.fork(), shop.id, shop.retention_months, now)) {
      await orm.em.fork().transactional(async (em) => {
        const [still] = await queryRows<{ id: number }>(em, sql`select id from customers where id = ${id} and erased_at is null for update`);
        if (!still) return;
        if (await legalHoldOf(em, id, now)) return void report.held.push(id);
        await eraseCustomerRow(em, shop.id, id, `Retention: no order and no contact for ${shop.retention_months} months.`, null, now);
        report.erased.push(id);
      });
    }
    reports.push(report);
  }
  return reports;
}
