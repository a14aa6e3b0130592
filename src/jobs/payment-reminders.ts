import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../db/sql';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock';
import { endOfLocalDayAfter } from '../common/zoned-time';
import { Customer } from '../customers/customer.entity';
import { FollowUpKind } from '../followups/follow-up.enums';
import { followUpService } from '../followups/follow-up.service';
import { Order } from '../orders/order.entity';
import { careService } from '../care/care.service';
import { Shop } from '../shops/shop.entity';

/** Arbitrary, fixed: every instance asks PostgreSQL for the same lock. */
const PAYMENT_REMINDER_LOCK = 741_002;
const BATCH = 500;

export interface JobRun {
  skipped: boolean;
  created: number;
}

/**
 * Gives the owner of every order still UNPAID after the shop's `unpaidReminderHours` one
 * PAYMENT_REMINDER follow-up, due today. Safe with several instances: one transaction-scoped
 * advisory lock lets one run at a time, and each order is marked so it is reminded once.
 */
export async function runPaymentReminders(orm: MikroORM, clock: Clock, logger: Logger): Promise<JobRun> {
  const now = clock.now();
  return orm.em.fork().transactional(async (em: EntityManager) => {
    const [{ locked }] = await queryRows<{ locked: boolean }>(em, sql`select pg_try_advisory_xact_lock(${PAYMENT_REMINDER_LOCK}) as locked`);
    if (!locked) return { skipped: true, created: 0 };
    const rows = await queryRows<{ id: number }>(
      em,
      sql`select o.id from orders o
         join shops s on s.id = o.shop_id
         join customers c on c.id = o.customer_id
        where o.status = 'UNPAID' and o.payment_reminder_at is null and c.owner_id is not null
          and o.placed_at <= ${now}::timestamptz - make_interval(hours => s.unpaid_reminder_hours)
        order by o.id limit ${BATCH}`,
    );
    if (rows.length === 0) return { skipped: false, created: 0 };
    const orders = await em.find(Order, { id: { $in: rows.map((r) => r.id) } }, { populate: ['customer'] });
    const shops = new Map((await em.find(Shop, { id: { $in: [...new Set(orders.map((o) => o.shop.id))] } })).map((s) => [s.id, s]));
    for (const order of orders) {
      const customer = order.customer.getEntity() as Customer;
      const shop = shops.get(order.shop.id)!;
      await followUpService.schedule(
        { em, viewer: { shopId: shop.id } },
        {
          customer,
          assignee: customer.owner!.id,
          kind: FollowUpKind.PAYMENT_REMINDER,
          cycle: 1,
          retryStreak: 0,
          dueAt: endOfLocalDayAfter(now, 0, shop.timezone),
          note: `Order ${order.platformOrderId} is still unpaid: remind on what the buyer cares about (stock, delivery time).`,
        },
      );
      order.paymentReminderAt = now;
    }
    await em.flush();
    // The PAYMENT_REMINDER care rule also messages the buyer, in the same transaction.
    for (const shopId of shops.keys()) await careService.afterPaymentReminders(em, shopId, orders.filter((o) => o.shop.id === shopId).map((o) => o.id), now);
    logger.info({ created: orders.length }, 'payment reminders scheduled');
    return { skipped: false, created: orders.length };
  });
}

/** Runs every job once (the server's timer and `npm run jobs` both call this). */
export async function runJobs(orm: MikroORM, clock: Clock, logger: Logger): Promise<{ paymentReminders: JobRun }> {
  return { paymentReminders: await runPaymentReminders(orm, clock, logger) };
}
