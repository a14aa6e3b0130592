import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../db/sql';
import { keyProvider } from './key-provider';
import { newDataKey } from './sealing';

/** A customer's data key in clear (in memory only) and its row. */
interface DataKey {
  id: number;
  key: Buffer;
}

interface WrappedRow {
  id: number;
  shop_id: number;
  wrapped: Buffer;
  shop_key_version: number;
}

/** Keys unwrapped in a unit of work (a request's or a job's EntityManager), so a batch unwraps each once. */
const unwrapped = new WeakMap<object, Map<number, Buffer>>();
const cacheOf = (em: EntityManager) => {
  const root = em.getTransactionContext() ?? em;
  let cache = unwrapped.get(root);
  if (!cache) unwrapped.set(root, (cache = new Map()));
  return cache;
};

function unwrapRow(em: EntityManager, row: WrappedRow): Buffer {
  const cache = cacheOf(em);
  let key = cache.get(row.id);
  if (!key) cache.set(row.id, (key = keyProvider().unwrap(row.shop_id, row.shop_key_version, row.wrapped)));
  return key;
}

/**
 * `count` fresh data keys of a shop, wrapped under its current key version (one statement and
 * a read of the version, shared-locked so a rotation in progress is waited for).
 */
export async function createDataKeys(em: EntityManager, shopId: number, count: number): Promise<DataKey[]> {
  if (count === 0) return [];
  const [shop] = await queryRows<{ data_key_version: number }>(em, sql`select data_key_version from shops where id = ${shopId} for share`);
  const keys = Array.from({ length: count }, newDataKey);
  const provider = keyProvider();
  const rows = await queryRows<{ id: number; n: string }>(
    em,
    sql`insert into customer_data_keys (shop_id, wrapped, shop_key_version)
        select ${shopId}, decode(w.hex, 'hex'), ${shop.data_key_version} from unnest(${keys.map((k) => provider.wrap(shopId, shop.data_key_version, k).toString('hex'))}::text[]) with ordinality as w(hex, n)
         order by w.n
        returning id`,
  );
  const cache = cacheOf(em);
  return rows.map((row, index) => {
    cache.set(row.id, keys[index]);
    return { id: row.id, key: keys[index] };
  });
}

/** The data keys of the given customers, unwrapped (one statement); a customer without one (erased) is absent. */
export async function dataKeysOfCustomers(em: EntityManager, customerIds: readonly number[]): Promise<Map<number, Buffer>> {
  if (customerIds.length === 0) return new Map();
  const rows = await queryRows<WrappedRow & { customer_id: number }>(
    em,
    sql`select c.id as customer_id, k.id, k.shop_id, k.wrapped, k.shop_key_version from customers c join customer_data_keys k on k.id = c.data_key_id where c.id = any(${[...customerIds]}::int[])`,
  );
  return new Map(rows.map((row) => [row.customer_id, unwrapRow(em, row)]));
}

/** The columns a statement selects to hand its rows' data keys to `keyOfRow` (joined as `alias`). */
export const DATA_KEY_COLUMNS = (alias: string) => sql.raw(`${alias}.id as data_key_id, ${alias}.shop_id as data_key_shop_id, ${alias}.wrapped as data_key_wrapped, ${alias}.shop_key_version as data_key_version`);

/** The data key of a row selected with DATA_KEY_COLUMNS (null: none, the customer was erased). */
export function keyOfRow(em: EntityManager, row: { data_key_id: number | null; data_key_shop_id: number; data_key_wrapped: Buffer; data_key_version: number }): Buffer | null {
  if (row.data_key_id === null) return null;
  return unwrapRow(em, { id: row.data_key_id, shop_id: row.data_key_shop_id, wrapped: row.data_key_wrapped, shop_key_version: row.data_key_version });
}

/**
 * Rotates a shop's key: the next version becomes current and every data key of the shop is
 * unwrapped with its old version and wrapped with the new one, 2,000 a statement, in the
 * caller's transaction. The personal data sealed under the data keys is not touched.
 */
export async function rotateShopKey(em: EntityManager, shopId: number): Promise<{ version: number; rewrapped: number }> {
  const [shop] = await queryRows<{ data_key_version: number }>(em, sql`update shops set data_key_version = data_key_version + 1 where id = ${shopId} returning data_key_version`);
  const provider = keyProvider();
  let rewrapped = 0;
  for (let after = 0; ; ) {
    const rows = await queryRows<WrappedRow>(
      em,
      sql`select id, shop_id, wrapped, shop_key_version from customer_data_keys where shop_id = ${shopId} and id > ${after} and shop_key_version <> ${shop.data_key_version} order by id limit 2000`,
    );
    if (rows.length === 0) break;
    const wrapped = rows.map((row) => provider.wrap(shopId, shop.data_key_version, provider.unwrap(shopId, row.shop_key_version, row.wrapped)).toString('hex'));
    await queryRows(
      em,
      sql`update customer_data_keys k set wrapped = decode(u.hex, 'hex'), shop_key_version = ${shop.data_key_version}
            from unnest(${rows.map((r) => r.id)}::int[], ${wrapped}::text[]) as u(id, hex) where k.id = u.id`,
    );
    rewrapped += rows.length;
    after = rows[rows.length - 1].id;
  }
  return { version: shop.data_key_version, rewrapped };
}

/**
 * The data keys of customers; a customer without one gets one now (set-based: one statement to
 * read, two more for those without), unless erased (null).
 */
export async function keysMakingMissing(em: EntityManager, customerIds: number[]): Promise<Map<number, Buffer | null>> {
  const rows = await queryRows<Parameters<typeof keyOfRow>[1] & { customer_id: number; shop_id: number; erased: boolean }>(
    em,
    sql`select c.id as customer_id, c.shop_id, c.erased_at is not null as erased, ${DATA_KEY_COLUMNS('k')}
          from customers c left join customer_data_keys k on k.id = c.data_key_id where c.id = any(${customerIds}::int[])`,
  );
  const keys = new Map<number, Buffer | null>();
  const keyless = rows.filter((r) => r.data_key_id === null && !r.erased);
  for (const row of rows) keys.set(row.customer_id, row.data_key_id === null ? null : keyOfRow(em, row));
  for (const shopId of new Set(keyless.map((r) => r.shop_id))) {
    const mine = keyless.filter((r) => r.shop_id === shopId);
    const made = await createDataKeys(em, shopId, mine.length);
    await queryRows(em, sql`update customers c set data_key_id = u.key_id from unnest(${mine.map((r) => r.customer_id)}::int[], ${made.map((k) => k.id)}::int[]) as u(id, key_id) where c.id = u.id and c.data_key_id is null`);
    mine.forEach((row, index) => keys.set(row.customer_id, made[index].key));
  }
  return keys;
}
