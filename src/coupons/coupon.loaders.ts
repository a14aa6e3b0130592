import { findPlain } from '../common/plain';
import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { byIdLoader, groupLoader } from '../common/loader';
import { TierChange } from '../tiers/tier-change.entity';
import { MembershipTier } from '../tiers/membership-tier.entity';
import { Order } from '../orders/order.entity';
import { Coupon } from './coupon.entity';
import { CouponTemplate } from './coupon-template.entity';

/** Tiers, orders, templates, and each customer's newest coupons, batched per request. */
export function createCouponLoaders(em: EntityManager, viewer: Viewer | null) {
  const shopId = viewer?.shopId ?? -1;
  return {
    tierById: byIdLoader((ids) => findPlain(em, MembershipTier, { id: { $in: ids }, shop: shopId })),
    orderById: byIdLoader((ids) => findPlain(em, Order, { id: { $in: ids }, shop: shopId })),
    tierChangesByCustomer: groupLoader(
      (customerIds) => findPlain(em, TierChange, { customer: { $in: customerIds }, shop: shopId }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
      (change) => change.customer.id,
    ),
    couponById: byIdLoader((ids) => findPlain(em, Coupon, { id: { $in: ids }, shop: shopId })),
    couponTemplateById: byIdLoader((ids) => findPlain(em, CouponTemplate, { id: { $in: ids }, shop: shopId })),
    /** Key: "customerId:limit". One statement per distinct limit, whatever the number of customers. */
    newestCouponsByCustomer: new DataLoader<string, Coupon[]>(async (keys) => {
      const byLimit = new Map<number, number[]>();
      for (const key of keys) {
        const [customerId, limit] = key.split(':').map(Number);
        byLimit.set(limit, [...(byLimit.get(limit) ?? []), customerId]);
      }
      const result = new Map<string, Coupon[]>();
      for (const [limit, customerIds] of byLimit) {
        const rows = await em.execute<{ id: number }[]>(
          `select id from (
             select id, row_number() over (partition by customer_id order by created_at desc, id desc) as n
               from coupons where shop_id = ? and customer_id in (${customerIds.map(() => '?').join(', ')})
           ) ranked where n <= ?`,
          [shopId, ...customerIds, limit],
        );
        const coupons = rows.length ? await findPlain(em, Coupon, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { createdAt: 'desc', id: 'desc' } }) : [];
        for (const customerId of customerIds) result.set(`${customerId}:${limit}`, coupons.filter((c) => c.customer.id === customerId));
      }
      return keys.map((key) => result.get(key) ?? []);
    }),
  };
}
