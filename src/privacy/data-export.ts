import { Role } from '../auth/role';
import type { AuthedContext } from '../context';
import { idOf } from '../common/relay';
import { forbidden, notFound } from '../common/user-error';
import { queryRows, sql } from '../db/sql';
import { ContactField, UnmaskPurpose } from './privacy.enums';
import { logSystemUses } from './privacy.service';
import { CONTACT_COLUMNS, CONTACT_KEY_JOIN, openContacts } from './contacts';
import { keyOfRow } from './data-keys';
import { unseal } from './sealing';

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
  const [row] = id === null ? [] : await queryRows<{ document: Record<string, unknown> } & Parameters<typeof openContacts>[1]>(
    ctx.em,
    sql`select jsonb_build_object('exportedAt', ${ctx.clock.now().toISOString()}::text, 'shop', jsonb_build_object('name', s.name),
                 'customer', to_jsonb(c) - 'shop_id' - 'handle_key' - 'data_key_id' - ${SEALED_COLUMNS}::text[], ${sql.join(held, ', ')}) as document,
               ${CONTACT_COLUMNS}
          from customers c join shops s on s.id = c.shop_id ${CONTACT_KEY_JOIN} where c.id = ${id} and c.shop_id = ${ctx.viewer.shopId}`,
  );
  if (!row) throw notFound('Customer');
  // The sealed details go out in clear, opened here with the customer's data key.
  const contacts = openContacts(ctx, row);
  const customer = row.document.customer as Record<string, unknown>;
  Object.assign(customer, { phone: contacts.phone, wechat_id: contacts.wechatId, real_name: contacts.realName, shipping_detail: contacts.shippingDetail });
  const key = keyOfRow(ctx.em, row);
  for (const entry of row.document.registrationEntries as Record<string, unknown>[]) {
    const open = (field: string, column: string) => (key && typeof entry[column] === 'string' ? unseal(key, field, Buffer.from((entry[column] as string).slice(2), 'hex')) : null);
    Object.assign(entry, { contact_phone: open('contactPhone', 'contact_phone_sealed'), contact_wechat: open('contactWechat', 'contact_wechat_sealed') });
    delete entry.contact_phone_sealed;
    delete entry.contact_wechat_sealed;
  }
  const fields = [contacts.phone && ContactField.PHONE, contacts.wechatId && ContactField.WECHAT_ID, contacts.realName && ContactField.REAL_NAME, contacts.shippingDetail && ContactField.SHIPPING_ADDRESS].filter((f): f is ContactField => Boolean(f));
  await logSystemUses(ctx.em, ctx.viewer.shopId, fields.map((field) => ({ customerId: id!, field, purpose: UnmaskPurpose.DATA_EXPORT, userId: ctx.viewer.userId, reference: ctx.requestId })), ctx.clock.now());
  return { document: row.document };
}

/** What the export leaves out of the customer's row: the sealed values (given opened instead) and the lookup hashes. */
const SEALED_COLUMNS = ['phone_sealed', 'phone_hash', 'wechat_id_sealed', 'wechat_id_hash', 'real_name_sealed', 'shipping_detail_sealed'];
