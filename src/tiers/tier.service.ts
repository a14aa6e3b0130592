import { queryRows, sql } from '../db/sql';
import { PAID_STATUSES_SQL } from '../orders/order.enums';
import { ref } from '@mikro-orm/core';
import type { AuthedContext } from '../context';
import type { Viewer } from '../auth/viewer';

/** What tier computations need: a system job or seed can provide it without a signed-in user. */
export type TierContext = Pick<AuthedContext, 'em' | 'clock'> & { viewer: Pick<Viewer, 'shopId'> };
import { DomainError, UserError, UserErrorCode } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { MembershipTier } from './membership-tier.entity';
import { MembershipTierUpsertInput } from './tier.inputs';
import { TierChange } from './tier-change.entity';
import { earnedTier } from './tier-rule';

const BATCH = 1000;

export class TierService {
  list(ctx: TierContext): Promise<MembershipTier[]> {
    return ctx.em.find(MembershipTier, { shop: ctx.viewer.shopId }, { orderBy: { rank: 'asc' } });
  }

  /**
   * Creates or replaces the tier of a rank. Refused unless the tiers, in rank order, each need
   * at least as much as the one below (orders and spend, one of them more) and give a bigger
   * discount: loyal customers must feel the gap.
   */
  async upsert(ctx: AuthedContext, input: MembershipTierUpsertInput): Promise<{ membershipTier: MembershipTier }> {
    const tiers = await this.list(ctx);
    let tier = tiers.find((t) => t.rank === input.rank);
    if (!tier) {
      tier = ctx.em.create(MembershipTier, { shop: ctx.viewer.shopId, name: input.name.trim(), rank: input.rank, minPaidOrders: 0, minSpent: 0, discountPercent: 0 });
      tiers.push(tier);
    }
    Object.assign(tier, {
      name: input.name.trim(),
      minPaidOrders: input.minPaidOrders,
      minSpent: input.minSpent,
      windowDays: input.windowDays ?? tier.windowDays ?? 365,
      discountPercent: input.discountPercent,
    });
    const sorted = [...tiers].sort((a, b) => a.rank - b.rank);
    for (let i = 1; i < sorted.length; i++) {
      const [lower, higher] = [sorted[i - 1], sorted[i]];
      const needsMore =
        higher.minPaidOrders >= lower.minPaidOrders && higher.minSpent >= lower.minSpent && (higher.minPaidOrders > lower.minPaidOrders || higher.minSpent > lower.minSpent);
      if (!needsMore || higher.discountPercent <= lower.discountPercent) {
        throw new DomainError(
          new UserError(
            UserErrorCode.TIER_GRADIENT,
            `Tier ${higher.name} (rank ${higher.rank}) must need more orders or spend than ${lower.name} (rank ${lower.rank}), never less, and give a bigger discount.`,
            ['input'],
          ),
        );
      }
    }
    await ctx.em.flush();
    return { membershipTier: tier };
  }

  /**
   * Sets each customer's tier from their paid orders within each tier's window: the highest
   * rank whose orders or spend they reach (with at least one paid order). Changes are kept.
   */
  async recompute(ctx: TierContext, customers: Customer[], reason: 'ORDERS' | 'RECOMPUTE'): Promise<number> {
    if (customers.length === 0) return 0;
    const tiers = await this.list(ctx);
    const now = ctx.clock.now();
    const windows = [...new Set(tiers.map((t) => t.windowDays))];
    const stats = new Map<string, { n: number; spent: number }>();
    for (const days of windows) {
      const rows = await queryRows<{ customer_id: number; n: string; spent: string }>(
        ctx.em,
        sql`select customer_id, count(*) as n, sum(amount) as spent from orders
          where customer_id = any(${customers.map((c) => c.id)}) and status in (${sql.raw(PAID_STATUSES_SQL)}) and coalesce(paid_at, placed_at) > ${new Date(now.getTime() - days * 86_400_000)}
          group by customer_id`,
      );
      for (const r of rows) stats.set(`${days}:${r.customer_id}`, { n: Number(r.n), spent: Number(r.spent) });
    }
    let changed = 0;
    for (const customer of customers) {
      const target = earnedTier(tiers, (days) => stats.get(`${days}:${customer.id}`));
      if ((customer.tier?.id ?? null) === (target?.id ?? null)) continue;
      ctx.em.create(TierChange, { shop: ctx.viewer.shopId, customer, fromTier: customer.tier?.id ?? null, toTier: target, reason });
      customer.tier = target ? ref(target) : null;
      changed += 1;
    }
    return changed;
  }

  /** Every customer of the shop, in batches (after tiers change, or as time moves orders out of the window). */
  async recomputeAll(ctx: TierContext): Promise<{ changed: number }> {
    let changed = 0;
    let after = 0;
    for (;;) {
      const batch = await ctx.em.find(Customer, { shop: ctx.viewer.shopId, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: BATCH });
      if (batch.length === 0) break;
      changed += await this.recompute(ctx, batch, 'RECOMPUTE');
      await ctx.em.flush();
      after = batch[batch.length - 1].id;
      ctx.em.clear();
    }
    return { changed };
  }
}

export const tierService = new TierService();
