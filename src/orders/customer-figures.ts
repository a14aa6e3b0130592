import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit-trail/audit-entry.entity';
import { writeAuditRows } from '../audit-trail/audit-trail.writer';
import { queryRows, sql } from '../db/sql';
import { PAID_STATUSES_SQL } from './order.enums';

const FIGURES = [
  ['paid_order_count', 'paidOrderCount'],
  ['total_spent', 'totalSpent'],
  ['first_paid_at', 'firstPaidAt'],
  ['last_paid_at', 'lastPaidAt'],
] as const;
const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : value === null ? null : typeof value === 'string' && !Number.isNaN(Number(value)) ? Number(value) : value);

/**
 * Each customer's paid order count, total, first and last paid dates, from their orders, in one
 * statement for the whole batch: only customers whose figures moved are written (their version
 * moves, as with any change), and the trail gets their before and after in one more.
 */
export async function refreshCustomerFigures(em: EntityManager, customerIds: number[]): Promise<void> {
  if (customerIds.length === 0) return;
  const paid = sql.raw(`o.status in (${PAID_STATUSES_SQL})`);
  const rows = await queryRows<Record<string, unknown> & { id: number; shop_id: number; version: number }>(
    em,
    sql`with figures as (
          select c.id, count(o.id) filter (where ${paid})::int as paid_order_count, coalesce(sum(o.amount) filter (where ${paid}), 0)::bigint as total_spent,
                 min(coalesce(o.paid_at, o.placed_at)) filter (where ${paid}) as first_paid_at, max(coalesce(o.paid_at, o.placed_at)) filter (where ${paid}) as last_paid_at
            from customers c left join orders o on o.customer_id = c.id
           where c.id = any(${customerIds}::int[]) group by c.id)
        update customers c
           set paid_order_count = f.paid_order_count, total_spent = f.total_spent, first_paid_at = f.first_paid_at, last_paid_at = f.last_paid_at,
               version = c.version + 1, updated_at = now()
          from figures f, customers before
         where c.id = f.id and before.id = c.id
           and (c.paid_order_count, c.total_spent, c.first_paid_at, c.last_paid_at) is distinct from (f.paid_order_count, f.total_spent, f.first_paid_at, f.last_paid_at)
        returning c.id, c.shop_id, c.version,
                  before.paid_order_count as paid_order_count_before, c.paid_order_count, before.total_spent as total_spent_before, c.total_spent,
                  before.first_paid_at as first_paid_at_before, c.first_paid_at, before.last_paid_at as last_paid_at_before, c.last_paid_at`,
  );
  await writeAuditRows(
    em,
    rows.map((row) => ({
      shopId: row.shop_id,
      action: AuditAction.UPDATE,
      entityType: 'Customer',
      entityId: row.id,
      changes: [
        ...FIGURES.filter(([column]) => String(plain(row[`${column}_before`])) !== String(plain(row[column]))).map(([column, field]) => ({ field, before: plain(row[`${column}_before`]), after: plain(row[column]), redacted: false })),
        { field: 'version', before: row.version - 1, after: row.version, redacted: false },
      ],
    })),
  );
}
