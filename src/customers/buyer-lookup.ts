import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../db/sql';
import { handleKey } from './handle';

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
