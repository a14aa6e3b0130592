import { Role } from '../auth/role';
import type { AuthedContext } from '../context';
import { idOf } from '../common/relay';
import { forbidden, notFound } from '../common/user-error';
import { queryRows, sql } from '../db/sql';
import { ContactField, UnmaskPurpose } from './privacy.enums';
import { logSystemUses } from './privacy.service';

/** The tables that hold rows about a customer (by `customer_id`), as the export names them. */
const HELD = {
  consents: 'marketing_consents',
  orders: 'orders',
  coupons: 'coupons',
  followUps: 'follow_up_tasks',
  registrationEntries: 'registration_entries',
  conversations: 'conversations',
  messages: 'messages',
  ownershipChanges: 'ownership_changes',
  tierChanges: 'tier_changes',
  contactAccess: 'contact_access_log',
} as const;

/**
 * Everything the shop holds about a customer as one JSON document, in clear, for the shop to
 * hand over (an admin's act, one statement). Each contact detail it contains is logged in the
 * access log under DATA_EXPORT, in the same transaction.
 */
export async function exportCustomerData(ctx: AuthedContext, globalId: string): Promise<{ document: Record<string, unknown> }> {
  if (ctx.viewer.role !== Role.ADMIN) throw forbidden('Only admins export a customer\'s data.');
  const id = idOf(globalId, 'Customer');
  const held = Object.entries(HELD).map(([name, table]) => sql`${name}::text, (select coalesce(jsonb_agg(to_jsonb(r) - 'shop_id' order by r.id), '[]') from ${sql.raw(table)} r where r.customer_id = c.id)`);
  const [row] = id === null ? [] : await queryRows<{ document: Record<string, unknown>; fields: ContactField[] }>(
    ctx.em,
    sql`select jsonb_build_object('exportedAt', ${ctx.clock.now().toISOString()}::text, 'shop', jsonb_build_object('name', s.name),
                 'customer', to_jsonb(c) - 'shop_id' - 'handle_key', ${sql.join(held, ', ')}) as document,
               array_remove(array[case when c.phone is not null then 'PHONE' end, case when c.wechat_id is not null then 'WECHAT_ID' end,
                                  case when c.real_name is not null then 'REAL_NAME' end, case when c.shipping_detail is not null then 'SHIPPING_ADDRESS' end], null) as fields
          from customers c join shops s on s.id = c.shop_id where c.id = ${id} and c.shop_id = ${ctx.viewer.shopId}`,
  );
  if (!row) throw notFound('Customer');
  await logSystemUses(ctx.em, ctx.viewer.shopId, row.fields.map((field) => ({ customerId: id!, field, purpose: UnmaskPurpose.DATA_EXPORT, userId: ctx.viewer.userId, reference: ctx.requestId })), ctx.clock.now());
  return { document: row.document };
}
