import { queryRows, sql } from '../db/sql';
import { selectPlain } from '../db/rows';
import { PAID_STATUSES_SQL } from '../orders/order.enums';
import type { AuthedContext } from '../context';
import type { Viewer } from '../auth/viewer';

/** What tier computations need: a system job or seed can provide it without a signed-in user. */
export type TierContext = Pick<AuthedContext, 'em' | 'clock'> & { viewer: Pick<Viewer, 'shopId'> };
import { DomainError, UserError, UserErrorCode } from '../common/user-error';
import { AuditAction } from '../audit-trail/audit-entry.entity';
import { writeAuditRows } from '../audit-trail/audit-trail.writer';
import { MembershipTier } from './membership-tier.entity';
import { MembershipTierUpsertInput } from './tier.inputs';
import { earnedTier } from './tier-rule';

const BATCH = 1000;

export class TierService {
  /** The shop's tiers, lowest rank first, as read-only rows (what the API answers). */
  read(ctx: TierContext): Promise<MembershipTier[]> {
    return selectPlain(ctx.em, MembershipTier, 't', sql`t.shop_id = ${ctx.viewer.shopId}`, { orderBy: sql`t.rank` });
  }

  /** The shop's tiers, lowest rank first, managed (to change them). */
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
  async recompute(ctx: TierContext, customerIds: number[], reason: 'ORDERS' | 'RECOMPUTE'): Promise<number> {
    if (customerIds.length === 0) return 0;
    const tiers = await this.list(ctx);
    const now = ctx.clock.now();
    const windows = [...new Set(tiers.map((t) => t.windowDays))];
    const stats = new Map<string, { n: number; spent: number }>();
    for (const days of windows) {
      const rows = await queryRows<{ customer_id: number; n: string; spent: string }>(
        ctx.em,
        sql`select customer_id, count(*) as n, sum(amount) as spent from orders
          where customer_id = any(${customerIds}::int[]) and status in (${sql.raw(PAID_STATUSES_SQL)}) and coalesce(paid_at, placed_at) > ${new Date(now.getTime() - days * 86_400_000)}
          group by customer_id`,
      );
      for (const r of rows) stats.set(`${days}:${r.customer_id}`, { n: Number(r.n), spent: Number(r.spent) });
    }
    const current = await queryRows<{ id: number; tier_id: number | null }>(ctx.em, sql`select id, tier_id from customers where id = any(${customerIds}::int[])`);
    const moves = current
      .map((c) => ({ id: c.id, from: c.tier_id, to: earnedTier(tiers, (days) => stats.get(`${days}:${c.id}`))?.id ?? null }))
      .filter((m) => m.from !== m.to);
    if (moves.length === 0) return 0;
    // The customers and their tier changes in one statement; a customer whose tier moved meanwhile is left to that change.
    const moved = await queryRows<{ customer_id: number; change_id: number; from_tier: number | null; to_tier: number | null }>(
      ctx.em,
      sql`with m as (select * from unnest(${moves.map((m) => m.id)}::int[], ${moves.map((m) => m.from)}::int[], ${moves.map((m) => m.to)}::int[]) as m(id, from_tier, to_tier)),
          moved as (
            update customers c set tier_id = m.to_tier, version = c.version + 1, updated_at = now()
              from m where c.id = m.id and c.tier_id is not distinct from m.from_tier
            returning c.id, c.version, m.from_tier, m.to_tier)
          insert into tier_changes as t (shop_id, customer_id, from_tier_id, to_tier_id, reason, created_at, updated_at)
          select ${ctx.viewer.shopId}, moved.id, moved.from_tier, moved.to_tier, ${reason}, now(), now() from moved
          returning t.id as change_id, t.customer_id, t.from_tier_id as from_tier, t.to_tier_id as to_tier`,
    );
    await writeAuditRows(
      ctx.em,
      moved.flatMap((m) => [
        { shopId: ctx.viewer.shopId, action: AuditAction.UPDATE, entityType: 'Customer', entityId: m.customer_id, changes: [{ field: 'tier', before: m.from_tier, after: m.to_tier, redacted: false }] },
        {
          shopId: ctx.viewer.shopId,
          action: AuditAction.CREATE,
          entityType: 'TierChange',
          entityId: m.change_id,
          changes: [
            { field: 'customer', before: null, after: m.customer_id, redacted: false },
            { field: 'fromTier', before: null, after: m.from_tier, redacted: false },
            { field: 'toTier', before: null, after: m.to_tier, redacted: false },
            { field: 'reason', before: null, after: reason, redacted: false },
          ],
        },
      ]),
    );
    return moved.length;
  }

  /** Every customer of the shop, in batches (after tiers change, or as time moves orders out of the window). */
  async recomputeAll(ctx: TierContext): Promise<{ changed: number }> {
    let changed = 0;
    for (let after = 0; ; ) {
      const batch = await queryRows<{ id: number }>(ctx.em, sql`select id from customers where shop_id = ${ctx.viewer.shopId} and id > ${after} order by id limit ${BATCH}`);
      if (batch.length === 0) break;
      changed += await this.recompute(ctx, batch.map((c) => c.id), 'RECOMPUTE');
      after = batch[batch.length - 1].id;
    }
    return { changed };
  }
}

export const tierService = new TierService();
