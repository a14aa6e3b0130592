import { toGlobalId } from '../common/relay';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit-trail/audit-entry.entity';
import { writeAuditRows } from '../audit-trail/audit-trail.writer';
import { queryRows, sql } from '../db/sql';
import { handleKey } from './handle';
import { createDataKeys } from '../privacy/data-keys';

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
export async function createBuyers(em: EntityManager, shopId: number, createdBy: number, buyers: { platform: string; handle: string; displayName?: string | null }[]): Promise<Map<string, number>> {
  const wanted = new Map<string, { platform: string; handle: string; key: string; name: string }>();
  for (const b of buyers) {
    const handle = b.handle.trim();
    wanted.set(buyerKey(b.platform, handle), { platform: b.platform, handle, key: handleKey(handle), name: b.displayName?.trim() || handle });
  }
  if (wanted.size === 0) return new Map();
  const rows = [...wanted.values()];
  // Each new buyer gets their data key as they are created (their trail values are sealed with it).
  const keys = await createDataKeys(em, shopId, rows.length);
  const created = await queryRows<{ id: number; platform: string; handle_key: string; platform_handle: string; display_name: string; data_key_id: number }>(
    em,
    sql`insert into customers as c (shop_id, platform, platform_handle, handle_key, display_name, created_by_id, data_key_id)
        select ${shopId}, r.platform::platform, r.handle, r.key, r.name, ${createdBy}, r.key_id
          from unnest(${rows.map((r) => r.platform)}::text[], ${rows.map((r) => r.handle)}::text[], ${rows.map((r) => r.key)}::text[], ${rows.map((r) => r.name)}::text[], ${keys.map((k) => k.id)}::int[]) as r(platform, handle, key, name, key_id)
        on conflict (shop_id, platform, handle_key) do nothing
        returning c.id, c.platform::text as platform, c.handle_key, c.platform_handle, c.display_name, c.data_key_id`,
  );
  if (created.length < keys.length) {
    const used = new Set(created.map((c) => c.data_key_id));
    await queryRows(em, sql`delete from customer_data_keys where id = any(${keys.filter((k) => !used.has(k.id)).map((k) => k.id)}::int[])`);
  }
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
