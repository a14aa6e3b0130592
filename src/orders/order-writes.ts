import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, type AuditFieldChange } from '../audit-trail/audit-entry.entity';
import { AuditRow, writeAuditRows } from '../audit-trail/audit-trail.writer';
import { queryRows, sql } from '../db/sql';
import { sameStored, trailValue } from '../db/stored-values';
import { OrderReview, OrderStatus, PAID_STATUSES } from './order.enums';

/** What an import reads of an order already there. */
export interface StoredOrder {
  id: number;
  platformOrderId: string;
  customerId: number;
  amount: number;
  status: OrderStatus;
  placedAt: Date;
  paidAt: Date | null;
  review: OrderReview | null;
  outOfStock: boolean;
}

/** An order as an import leaves it. */
export type OrderValues = Omit<StoredOrder, 'id'>;

/** The shop's orders of the given platform order ids, as stored (one statement). */
export async function storedOrders(em: EntityManager, shopId: number, platformOrderIds: string[]): Promise<Map<string, StoredOrder>> {
  if (platformOrderIds.length === 0) return new Map();
  const rows = await queryRows<StoredOrder>(
    em,
    sql`select id, platform_order_id as "platformOrderId", customer_id as "customerId", amount, status, placed_at as "placedAt", paid_at as "paidAt", review, out_of_stock as "outOfStock"
          from orders where shop_id = ${shopId} and platform_order_id = any(${platformOrderIds}::text[])`,
  );
  // Times come back as text or Date depending on the connection (transaction or pool).
  return new Map(rows.map((row) => [row.platformOrderId, { ...row, placedAt: new Date(row.placedAt), paidAt: row.paidAt === null ? null : new Date(row.paidAt) }]));
}

const FIELDS = ['customerId', 'amount', 'status', 'placedAt', 'paidAt', 'review', 'outOfStock'] as const;
/** The trail names fields as the entity does (`customer`, not `customerId`). */
const TRAIL_NAME: Record<(typeof FIELDS)[number], string> = { customerId: 'customer', amount: 'amount', status: 'status', placedAt: 'placedAt', paidAt: 'paidAt', review: 'review', outOfStock: 'outOfStock' };

/** The fields an import changes of a stored order (none: the row is unchanged). */
export function changedFields(before: StoredOrder, after: OrderValues): AuditFieldChange[] {
  return FIELDS.filter((field) => !sameStored(before[field], after[field])).map((field) => ({ field: TRAIL_NAME[field], before: trailValue(before[field]), after: trailValue(after[field]), redacted: false }));
}

/** An order's values after an import row: the rules of `orderImport` on what a row may leave out. */
export function importedValues(
  before: StoredOrder | undefined,
  row: { customerId: number; platformOrderId: string; amount: number; status: OrderStatus; placedAt: Date; paidAt?: Date | null; review?: OrderReview | null; outOfStock?: boolean | null },
): OrderValues {
  const paid = PAID_STATUSES.includes(row.status);
  return {
    platformOrderId: row.platformOrderId,
    customerId: row.customerId,
    amount: row.amount,
    status: row.status,
    placedAt: row.placedAt,
    paidAt: row.paidAt ?? (paid ? (before?.paidAt ?? row.placedAt) : null),
    review: row.review !== undefined ? row.review : (before?.review ?? null),
    outOfStock: row.outOfStock !== undefined && row.outOfStock !== null ? row.outOfStock : (before?.outOfStock ?? false),
  };
}

/**
 * Writes new and changed orders in one statement (an upsert by platform order id, so a
 * concurrent import of the same order updates instead of failing), and their trail rows in one
 * more; the kept figures follow by trigger. A new order counts for its buyer's owner (and their
 * team) of this moment; an order moved to another buyer, for that buyer's. Returns the ids by platform order id.
 */
export async function writeOrders(
  em: EntityManager,
  shop: { id: number; currency: string },
  writes: { values: OrderValues; before?: StoredOrder }[],
  now: Date,
): Promise<Map<string, number>> {
  if (writes.length === 0) return new Map();
  const column = <K extends keyof OrderValues>(key: K) => writes.map((w) => w.values[key]);
  const rows = await queryRows<{ id: number; platform_order_id: string }>(
    em,
    sql`insert into orders as o (shop_id, customer_id, owner_id, team_id, platform_order_id, amount, currency, status, placed_at, paid_at, review, out_of_stock, created_at, updated_at)
        select ${shop.id}, r.customer_id, c.owner_id, u.team_id, r.platform_order_id, r.amount, ${shop.currency}, r.status::order_status, r.placed_at, r.paid_at, r.review::order_review, r.out_of_stock, ${now}, ${now}
          from unnest(${column('customerId')}::int[], ${column('platformOrderId')}::text[], ${column('amount')}::int[], ${column('status')}::text[],
                      ${column('placedAt')}::timestamptz[], ${column('paidAt')}::timestamptz[], ${column('review')}::text[], ${column('outOfStock')}::boolean[])
               with ordinality as r(customer_id, platform_order_id, amount, status, placed_at, paid_at, review, out_of_stock, n)
          join customers c on c.id = r.customer_id left join users u on u.id = c.owner_id
         order by r.n
        on conflict (shop_id, platform_order_id) do update
          set customer_id = excluded.customer_id, amount = excluded.amount, status = excluded.status, placed_at = excluded.placed_at,
              owner_id = case when o.customer_id = excluded.customer_id then o.owner_id else excluded.owner_id end,
              team_id = case when o.customer_id = excluded.customer_id then o.team_id else excluded.team_id end,
              paid_at = excluded.paid_at, review = excluded.review, out_of_stock = excluded.out_of_stock, updated_at = excluded.updated_at
        returning o.id, o.platform_order_id`,
  );
  const ids = new Map(rows.map((r) => [r.platform_order_id, r.id]));
  const trail: AuditRow[] = writes.map(({ values, before }) => ({
    shopId: shop.id,
    action: before ? AuditAction.UPDATE : AuditAction.CREATE,
    entityType: 'Order',
    entityId: ids.get(values.platformOrderId)!,
    changes: before
      ? changedFields(before, values)
      : [
          { field: 'platformOrderId', before: null, after: values.platformOrderId, redacted: false },
          { field: 'currency', before: null, after: shop.currency, redacted: false },
          ...FIELDS.map((field) => ({ field: TRAIL_NAME[field], before: null, after: trailValue(values[field]), redacted: false })),
        ],
  }));
  await writeAuditRows(em, trail);
  return ids;
}
