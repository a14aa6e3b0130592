import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit-trail/audit-entry.entity';
import { writeAuditRows } from '../audit-trail/audit-trail.writer';
import { queryRows, sql } from '../db/sql';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';
import { couponEvent, newCode } from './coupon.service';

/** A coupon issued with a message: what the message's text shows of it. */
export interface IssuedCoupon {
  id: number;
  code: string;
  discount_type: string;
  discount_value: number;
  expires_at: Date | null;
}

/** A coupon to issue with a message. */
export interface CouponWithMessage {
  messageId: number;
  customerId: number;
  templateId: number;
}

/**
 * Issues coupons with messages, set-based, under the same rules as `couponIssue`: the template
 * active and within its validity, the customer's tier at or above its floor, the per-customer
 * limit, the stock (templates locked, taken in message order), the tier-linked amount. The
 * idempotency key is the message's, so a message never gets two. Returns the coupon issued per
 * message (as the insert returned it); a message missing from it got none.
 */
export async function issueCouponsWithMessages(em: EntityManager, shopId: number, issuedBy: number, now: Date, items: readonly CouponWithMessage[]): Promise<Map<number, IssuedCoupon>> {
  if (items.length === 0) return new Map();
  await queryRows(em, sql`select id from coupon_templates where id = any(${[...new Set(items.map((i) => i.templateId))]}::int[]) order by id for update`);
  const issued = await queryRows<IssuedCoupon & { message_id: number; customer_id: number; template_id: number }>(
    em,
    sql`with want as (
          select * from unnest(${items.map((i) => i.messageId)}::int[], ${items.map((i) => i.customerId)}::int[], ${items.map((i) => i.templateId)}::int[], ${items.map(() => newCode())}::text[])
            as w(message_id, customer_id, template_id, code)
        ), allowed as (
          select w.*, t.discount_type, t.min_spend, t.total_quantity, t.issued_count,
                 coalesce((select (d->>'value')::int from jsonb_array_elements(t.tier_discounts) d where (d->>'tierId')::int = c.tier_id), t.discount_value) as discount_value,
                 least(case when t.valid_days is not null then ${now}::timestamptz + make_interval(days => t.valid_days) end, t.valid_until) as expires_at,
                 row_number() over (partition by w.template_id order by w.message_id) as nth
            from want w
            join coupon_templates t on t.id = w.template_id and t.shop_id = ${shopId} and t.active and (t.valid_until is null or t.valid_until > ${now})
            join customers c on c.id = w.customer_id
            left join membership_tiers mt on mt.id = c.tier_id
           where (t.min_tier_rank is null or coalesce(mt.rank, 0) >= t.min_tier_rank)
             and (select count(*) from coupons h where h.template_id = t.id and h.customer_id = w.customer_id and h.status <> 'REVOKED') < t.per_customer_limit
             and not exists (select 1 from coupons k where k.shop_id = ${shopId} and k.idempotency_key = 'message:' || w.message_id)
        ), stocked as (
          select * from allowed where total_quantity is null or issued_count + nth <= total_quantity
        ), taken as (
          update coupon_templates t set issued_count = t.issued_count + n.count from (select template_id, count(*) as count from stocked group by template_id) n where t.id = n.template_id
        )
        insert into coupons (shop_id, template_id, customer_id, code, discount_type, discount_value, min_spend, status, expires_at, issued_by_id, idempotency_key, request_fingerprint, created_at, updated_at)
        select ${shopId}, template_id, customer_id, code, discount_type, discount_value, min_spend, 'ISSUED', expires_at, ${issuedBy}, 'message:' || message_id, 'message', ${now}, ${now} from stocked
        returning id, code, (substr(idempotency_key, 9))::int as message_id, customer_id, template_id, discount_type, discount_value, expires_at`,
  );
  await writeAuditRows(
    em,
    issued.map((c) => ({
      shopId, action: AuditAction.CREATE, entityType: 'Coupon', entityId: c.id,
      changes: [{ field: 'customer', before: null, after: c.customer_id, redacted: false }, { field: 'template', before: null, after: c.template_id, redacted: false }, { field: 'discountValue', before: null, after: c.discount_value, redacted: false }, { field: 'idempotencyKey', before: null, after: `message:${c.message_id}`, redacted: false }],
    })),
  );
  await publishEvents(em, shopId, WebhookEventType.COUPON_ISSUED, issued.map((c) => couponEvent(c.id, c.customer_id, c.template_id, c.discount_type, c.discount_value, c.expires_at)), now);
  return new Map(issued.map((c) => [c.message_id, c]));
}
