import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit-trail/audit-entry.entity';
import { writeAuditRows } from '../audit-trail/audit-trail.writer';
import { Role } from '../auth/role';
import type { AuthedContext } from '../context';
import { idOf, toGlobalId } from '../common/relay';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { queryRows, sql } from '../db/sql';

/** Why a customer cannot be erased yet (null: nothing holds them), as the shop's rules say. */
export async function legalHoldOf(em: EntityManager, customerId: number, now: Date): Promise<string | null> {
  const [hold] = await queryRows<{ unpaid: number; open_cases: number; last_order_at: Date | null; hold_days: number }>(
    em,
    sql`select (select count(*)::int from orders o where o.customer_id = c.id and o.status = 'UNPAID') as unpaid,
               (select count(*)::int from follow_up_tasks t where t.customer_id = c.id and t.status = 'OPEN' and t.kind in ('AFTER_SALES', 'COMPENSATION')) as open_cases,
               (select max(o.placed_at) from orders o where o.customer_id = c.id) as last_order_at, s.erasure_hold_days as hold_days
          from customers c join shops s on s.id = c.shop_id where c.id = ${customerId}`,
  );
  if (hold.unpaid > 0) return `The customer has ${hold.unpaid} unpaid order(s).`;
  if (hold.open_cases > 0) return 'The customer has an open after-sales case.';
  if (hold.last_order_at && new Date(hold.last_order_at).getTime() > now.getTime() - hold.hold_days * 86_400_000) {
    return `The customer's last order is inside the shop's hold period of ${hold.hold_days} days (until ${new Date(new Date(hold.last_order_at).getTime() + hold.hold_days * 86_400_000).toISOString().slice(0, 10)}).`;
  }
  return null;
}

/**
 * Erases a customer in the caller's transaction: destroys their data key (every value sealed
 * with it, in their row, their registration entries and the audit trail, can no longer be read),
 * clears what was derived from it and every free text about them, gives them a pseudonym for a
 * handle and a name, redacts the outbox events about them, drops staged upload files, skips
 * their scheduled messages, and records the erasure in the trail. Orders, coupons, follow-ups,
 * figures and audit checks keep their rows, counts and sums.
 */
export async function eraseCustomerRow(em: EntityManager, shopId: number, customerId: number, reason: string, erasedBy: number | null, now: Date): Promise<void> {
  const pseudonym = `erased-${customerId}`;
  const gid = toGlobalId('Customer', customerId);
  await queryRows(em, sql`delete from customer_data_keys where id = (select data_key_id from customers where id = ${customerId})`);
  await queryRows(
    em,
    sql`update customers set platform_handle = ${pseudonym}, handle_key = ${pseudonym}, display_name = ${pseudonym},
               phone_sealed = null, phone_masked = null, phone_hash = null, wechat_id_sealed = null, wechat_id_masked = null, wechat_id_hash = null,
               real_name_sealed = null, real_name_masked = null, shipping_province = null, shipping_city = null, shipping_detail_sealed = null,
               region = null, notes = null, data_key_id = null, erased_at = ${now}, erasure_reason = ${reason}, erased_by_id = ${erasedBy},
               version = version + 1, updated_at = ${now}
         where id = ${customerId}`,
  );
  const statements = [
    sql`update registration_entries set contact_phone_sealed = null, contact_phone_masked = null, contact_wechat_sealed = null, contact_wechat_masked = null, notes = null, screening_note = null where customer_id = ${customerId}`,
    sql`update follow_up_tasks set note = null where customer_id = ${customerId} and note is not null`,
    sql`update ownership_changes set note = null where customer_id = ${customerId} and note is not null`,
    sql`update coupons set note = null where customer_id = ${customerId} and note is not null`,
    sql`update conversations set review_note = null where customer_id = ${customerId} and review_note is not null`,
    sql`update marketing_consents set evidence = null where customer_id = ${customerId} and evidence is not null`,
    sql`update messages set body = null, status = case when status = 'SCHEDULED' then 'SKIPPED'::message_status else status end,
               rule = case when status = 'SCHEDULED' then 'NO_ADDRESS'::message_rule else rule end,
               detail = case when status = 'SCHEDULED' then 'The customer was erased.' else detail end
         where customer_id = ${customerId}`,
    // The outbox's events about them keep their type and time; their data goes.
    sql`update webhook_events set payload = jsonb_build_object('type', payload->'type', 'timestamp', payload->'timestamp', 'data', jsonb_build_object('erased', true))
         where shop_id = ${shopId} and payload::text like ${`%"${gid}"%`}`,
    // Staged and imported files hold buyers' rows as the platform wrote them; those of no running import go.
    sql`delete from upload_chunks where upload_id in (select u.id from uploads u where u.shop_id = ${shopId}
          and not exists (select 1 from bulk_imports b where b.upload_id = u.id and b.status in ('QUEUED', 'RUNNING')))`,
  ];
  for (const statement of statements) await queryRows(em, statement);
  await writeAuditRows(em, [{ shopId, action: AuditAction.UPDATE, entityType: 'Customer', entityId: customerId, changes: [
    { field: 'erasedAt', before: null, after: now.toISOString(), redacted: false },
    { field: 'erasureReason', before: null, after: reason, redacted: false },
  ] }]);
}

/** `customerErase`: an admin erases a customer of the shop, unless a legal hold applies (typed, with the reason). */
export async function eraseCustomer(ctx: AuthedContext, globalId: string, reason: string): Promise<{ customerId: number }> {
  if (ctx.viewer.role !== Role.ADMIN) throw forbidden('Only admins erase customers.');
  const refuse = (code: UserErrorCode, message: string, field: string) => new DomainError(new UserError(code, message, [field]));
  const text = reason.trim();
  if (text.length < 3 || text.length > 500) throw refuse(UserErrorCode.INVALID_INPUT, 'Give the reason in 3 to 500 characters.', 'reason');
  const id = idOf(globalId, 'Customer');
  // Locked: an order or an after-sales case written meanwhile waits, then sees the customer erased.
  const [customer] = id === null ? [] : await queryRows<{ id: number; erased_at: Date | null }>(ctx.em, sql`select id, erased_at from customers where id = ${id} and shop_id = ${ctx.viewer.shopId} for update`);
  if (!customer) throw notFound('Customer');
  if (customer.erased_at) throw refuse(UserErrorCode.ALREADY_ERASED, 'The customer was erased already.', 'id');
  const hold = await legalHoldOf(ctx.em, customer.id, ctx.clock.now());
  if (hold) throw refuse(UserErrorCode.LEGAL_HOLD, hold, 'id');
  await eraseCustomerRow(ctx.em, ctx.viewer.shopId, customer.id, text, ctx.viewer.userId, ctx.clock.now());
  return { customerId: customer.id };
}
