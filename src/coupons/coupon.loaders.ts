import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { groupLoader, shopRowByIdLoader } from '../common/loader';
import { selectPlain } from '../common/plain';
import { sql } from '../db/sql';
import { TierChange } from '../tiers/tier-change.entity';
import { MembershipTier } from '../tiers/membership-tier.entity';
import { Order } from '../orders/order.entity';
import { Coupon } from './coupon.entity';
import { CouponTemplate } from './coupon-template.entity';

/** Tiers, orders, templates, and each customer's newest coupons, batched per request. */
export function createCouponLoaders(em: EntityManager, viewer: Viewer | null) {
  const shopId = viewer?.shopId ?? -1;
  return {
    tierById: shopRowByIdLoader(em, MembershipTier, shopId),
    orderById: shopRowByIdLoader(em, Order, shopId),
    tierChangesByCustomer: groupLoader(
      (customerIds) =>
        selectPlain(em, TierChange, 'c', sql`c.customer_id = any(${customerIds}) and c.shop_id = ${shopId}`, {
          orderBy: sql`c.created_at desc, c.id desc`,
        }),
      (change) => change.customer.id,
    ),
    couponById: shopRowByIdLoader(em, Coupon, shopId),
    couponTemplateById: shopRowByIdLoader(em, CouponTemplate, shopId),
    /** Key: "customerId:limit". One statement per distinct limit, whatever the number of customers. */
    newestCouponsByCustomer: new DataLoader<string, Coupon[]>(async (keys) => {
      const byLimit = new Map<number, number[]>();
      for (const key of keys) {
        const [customerId, limit] = key.split(':').map(Number);
        byLimit.set(limit, [...(byLimit.get(limit) ?? []), customerId]);
      }
      const result = new Map<string, Coupon[]>();
      for (const [limit, customerIds] of byLimit) {
        const coupons = await selectPlain(
          em,
          Coupon,
          'c',
          sql`c.id in (
                select id from (
                  select id, row_number() over (partition by customer_id order by created_at desc, id desc) as n
                    from coupons where shop_id = ${shopId} and customer_id = any(${customerIds})
                ) ranked where n <= ${limit})`,
          { orderBy: sql`c.created_at desc, c.id desc` },
        );
        for (const customerId of customerIds) result.set(`${customerId}:${limit}`, coupons.filter((c) => c.customer.id === customerId));
      }
      return keys.map((key) => result.get(key) ?? []);
    }),
  };
}
