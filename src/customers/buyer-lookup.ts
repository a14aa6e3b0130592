import { toGlobalId } from '../common/relay';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit-trail/audit-entry.entity';
import { writeAuditRows } from '../audit-trail/audit-trail.writer';
import { queryRows, sql } from '../db/sql';
import { handleKey } from './handle';
import { createDataKeys } from '../privacy/data-keys';
import { sealedContacts } from '../privacy/contacts';
import { normalizedPhone } from '../privacy/sealing';
import { trailField, trailSealed } from '../privacy/trail-sealing';

/** A new buyer's contact details as an order file gives them (the receiver's). */
export interface ImportedContact {
  phone?: string | null;
  realName?: string | null;
  shippingProvince?: string | null;
  shippingCity?: string | null;
  shippingDetail?: string | null;
}

/** How a buyer is keyed in a batch: the platform and the handle's key. */
export const buyerKey = (platform: string, handle: string) => `${platform}\u0000${handleKey(handle)}`;

/**
 * The shop's customers with the given (platform, handle) pairs, by `buyerKey`, in one statement
 * on the unique (shop, platform, handle key) index: a join with the pairs, not one `or` per pair
 * (a thousand `or`s cost MikroORM and the planner more than the import itself).
 */
export async function customerIdsByHandle(em: EntityManager, shopId: number, buyers: { platform: string; handle: string }[]): Promise<Map<string, number>> {
  if (buyers.length === 0) return new Map();
  const rows = await queryRows<{ id: number; platform: string; handle_key: string }>(
    em,
    sql`select c.id, c.platform::text as platform, c.handle_key from customers c
          join unnest(${buyers.map((b) => b.platform)}::text[], ${buyers.map((b) => handleKey(b.handle))}::text[]) as w(platform, handle_key)
            on c.platform = w.platform::platform and c.handle_key = w.handle_key
         where c.shop_id = ${shopId}`,
  );
  return new Map(rows.map((r) => [`${r.platform}\u0000${r.handle_key}`, r.id]));
}

/**
 * Creates the buyers a batch names that are not customers yet (into the pool, as `orderImport`
 * always has), in one statement with their trail rows in one more; a buyer another transaction
 * created meanwhile is found instead. Returns every buyer's id by `buyerKey`.
 */
export async function createBuyers(em: EntityManager, shopId: number, createdBy: number, buyers: { platform: string; handle: string; displayName?: string | null; contact?: ImportedContact }[]): Promise<Map<string, number>> {
  const wanted = new Map<string, { platform: string; handle: string; key: string; name: string; contact?: ImportedContact }>();
  for (const b of buyers) {
    const handle = b.handle.trim();
    const key = buyerKey(b.platform, handle);
    // A buyer on several rows: the first row's contact details.
    if (!wanted.has(key)) wanted.set(key, { platform: b.platform, handle, key: handleKey(handle), name: b.displayName?.trim() || handle, contact: b.contact });
  }
  if (wanted.size === 0) return new Map();
  const rows = [...wanted.values()];
  // Each new buyer gets their data key as they are created (their trail values are sealed with it).
  const keys = await createDataKeys(em, shopId, rows.length);
  // Their contact details (an order report's receiver) go in sealed with that key, never in clear.
  const phoneOf = (c: ImportedContact) => (c.phone && normalizedPhone(c.phone) ? c.phone.trim() : undefined);
  const contacts = rows.map((r, i) => (r.contact ? sealedContacts(keys[i].key, shopId, { phone: phoneOf(r.contact), realName: r.contact.realName?.trim() || undefined, shippingDetail: r.contact.shippingDetail?.trim() || undefined }) : {}));
  const hex = (pick: (c: (typeof contacts)[number]) => Buffer | null | undefined) => contacts.map((c) => pick(c)?.toString('hex') ?? null);
  const text = (pick: (r: (typeof rows)[number]) => string | null | undefined) => rows.map((r) => pick(r)?.trim() || null);
  const created = await queryRows<{ id: number; platform: string; handle_key: string; platform_handle: string; display_name: string; data_key_id: number }>(
    em,
    sql`insert into customers as c (shop_id, platform, platform_handle, handle_key, display_name, created_by_id, data_key_id,
                                    phone_sealed, phone_masked, phone_hash, real_name_sealed, real_name_masked, shipping_province, shipping_city, shipping_detail_sealed)
        select ${shopId}, r.platform::platform, r.handle, r.key, r.name, ${createdBy}, r.key_id,
               decode(r.phone_sealed, 'hex'), r.phone_masked, decode(r.phone_hash, 'hex'), decode(r.real_name_sealed, 'hex'), r.real_name_masked, r.province, r.city, decode(r.detail_sealed, 'hex')
          from unnest(${rows.map((r) => r.platform)}::text[], ${rows.map((r) => r.handle)}::text[], ${rows.map((r) => r.key)}::text[], ${rows.map((r) => r.name)}::text[], ${keys.map((k) => k.id)}::int[],
                      ${hex((c) => c.phoneSealed)}::text[], ${contacts.map((c) => c.phoneMasked ?? null)}::text[], ${hex((c) => c.phoneHash)}::text[], ${hex((c) => c.realNameSealed)}::text[],
                      ${contacts.map((c) => c.realNameMasked ?? null)}::text[], ${text((r) => r.contact?.shippingProvince)}::text[], ${text((r) => r.contact?.shippingCity)}::text[], ${hex((c) => c.shippingDetailSealed)}::text[])
               as r(platform, handle, key, name, key_id, phone_sealed, phone_masked, phone_hash, real_name_sealed, real_name_masked, province, city, detail_sealed)
        on conflict (shop_id, platform, handle_key) do nothing
        returning c.id, c.platform::text as platform, c.handle_key, c.platform_handle, c.display_name, c.data_key_id`,
  );
  if (created.length < keys.length) {
    const used = new Set(created.map((c) => c.data_key_id));
    await queryRows(em, sql`delete from customer_data_keys where id = any(${keys.filter((k) => !used.has(k.id)).map((k) => k.id)}::int[])`);
  }
  const indexOf = new Map(rows.map((r, i) => [`${r.platform}\u0000${r.key}`, i]));
  await writeAuditRows(
    em,
    created.map((c) => ({
      shopId,
      action: AuditAction.CREATE,
      entityType: 'Customer',
      entityId: c.id,
      changes: [
        { field: 'platform', before: null, after: c.platform, redacted: false },
        { field: 'platformHandle', before: null, after: c.platform_handle, redacted: false },
        { field: 'displayName', before: null, after: c.display_name, redacted: false },
        { field: 'createdBy', before: null, after: createdBy, redacted: false },
        { field: 'stage', before: null, after: 'REGISTERED', redacted: false },
        // The contact details as the trail keeps them: sealed.
        ...(['phoneSealed', 'realNameSealed', 'shippingDetailSealed'] as const).flatMap((property) => {
          const value = contacts[indexOf.get(`${c.platform}\u0000${c.handle_key}`)!][property];
          return value ? [{ field: trailField(property), before: null, after: trailSealed(value), redacted: false }] : [];
        }),
      ],
    })),
  );
  await publishEvents(em, shopId, WebhookEventType.CUSTOMER_REGISTERED, created.map((c) => registeredEvent(c.id, c.platform, c.platform_handle, c.display_name, createdBy)), new Date());
  const ids = new Map(created.map((c) => [`${c.platform}\u0000${c.handle_key}`, c.id]));
  const raced = rows.filter((r) => !ids.has(`${r.platform}\u0000${r.key}`));
  for (const [key, id] of await customerIdsByHandle(em, shopId, raced)) ids.set(key, id);
  return ids;
}

/** The customer.registered event: who, where, by whom (no contact details). */
export function registeredEvent(id: number, platform: string, platformHandle: string, displayName: string, createdBy: number) {
  return { customerId: toGlobalId('Customer', id), platform, platformHandle, displayName, registeredBy: toGlobalId('User', createdBy) };
}
