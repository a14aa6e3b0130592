import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader, shopRowByIdLoader } from '../db/row-loaders';
import { selectPlain } from '../db/rows';
import { sql } from '../db/sql';
import { ofReadableCustomer } from '../customers/customer.access';
import { Coupon } from './coupon.entity';
import { CouponTemplate } from './coupon-template.entity';

/** Coupons, templates, and each customer's newest coupons, batched per request. */
export function createCouponLoaders(em: EntityManager, viewer: Viewer | null) {
  const shopId = viewer?.shopId ?? -1;
  return {
    /** Coupons are seen with their customer: only by who may read that customer. */
    couponById: new RowByIdLoader(em, Coupon, 'k', viewer ? (ids) => sql`k.id = any(${ids}) and ${ofReadableCustomer(viewer, 'k')}` : null),
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
