import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthedContext } from '../context';
import { queryRows, sql } from '../db/sql';
import { ImportErrorPolicy } from '../orders/order.enums';
import type { OrderInput } from '../orders/order.inputs';
import { orderService } from '../orders/order.service';
import type { BatchImporter, FileRowError } from './batch-importer';
import type { FileRecord } from './import-file';
import type { MappedRow } from './order-rows';

/**
 * The line each order id of a batch was first met on in an earlier batch of the import (null: not
 * met), remembering the batch's own: in the database, so memory stays bounded and a resumed
 * import knows what its committed batches held. Two statements.
 */
async function earlierLines(em: EntityManager, importId: number, orderIds: string[], lines: number[]): Promise<(number | null)[]> {
  if (orderIds.length === 0) return [];
  const seen = await queryRows<{ platform_order_id: string; line: number }>(
    em,
    sql`select platform_order_id, line from bulk_import_order_ids where bulk_import_id = ${importId} and platform_order_id = any(${orderIds}::text[])`,
  );
  const before = new Map(seen.map((r) => [r.platform_order_id, r.line]));
  await queryRows(
    em,
    sql`insert into bulk_import_order_ids (bulk_import_id, platform_order_id, line)
        select ${importId}, * from unnest(${orderIds}::text[], ${lines}::int[]) on conflict do nothing`,
  );
  return orderIds.map((orderId) => before.get(orderId) ?? null);
}

/** Orders (a report or JSON Lines) through the rules of `orderImport`, a batch in a few statements. */
export function orderBatches(map: (record: FileRecord) => MappedRow, columnOf: (field: string | undefined) => string | null): BatchImporter {
  return {
    canCut: () => true,
    async write(ctx: AuthedContext, em: EntityManager, importId: number, batch: FileRecord[]) {
      const orders: OrderInput[] = [];
      const lines: number[] = [];
      const errors: FileRowError[] = [];
      const firstLine = new Map<string, number>();
      for (const record of batch) {
        const mapped = map(record);
        const orderId = 'order' in mapped ? mapped.order.platformOrderId.trim() : '';
        if ('order' in mapped && firstLine.has(orderId)) {
          errors.push({ line: record.line, column: columnOf('platformOrderId'), code: 'DUPLICATE_ROW', message: `Order ${orderId} is also on line ${firstLine.get(orderId)}.` });
        } else if ('order' in mapped) {
          firstLine.set(orderId, record.line);
          orders.push(mapped.order);
          lines.push(record.line);
        } else {
          for (const problem of mapped.problems) errors.push({ line: record.line, ...problem });
        }
      }
      // An order id already met in this batch or an earlier one of the file is refused, naming the line it was first on.
      const earlier = await earlierLines(em, importId, orders.map((o) => o.platformOrderId.trim()), lines);
      earlier.forEach((line, index) => {
        if (line !== null) errors.push({ line: lines[index], column: columnOf('platformOrderId'), code: 'DUPLICATE_ROW', message: `Order ${orders[index].platformOrderId.trim()} is also on line ${line}.` });
      });
      const fresh = orders.filter((_, index) => earlier[index] === null);
      const freshLines = lines.filter((_, index) => earlier[index] === null);
      if (fresh.length === 0) return { created: 0, updated: 0, unchanged: 0, errors };
      const result = await orderService.import({ ...ctx, em }, { orders: fresh, errorPolicy: ImportErrorPolicy.REJECT_FAILED_ROWS });
      for (const error of result.rowErrors) errors.push({ line: freshLines[error.row], column: columnOf(error.field?.[3]), code: error.code, message: error.message });
      return { created: result.created, updated: result.updated, unchanged: result.unchanged, errors };
    },
  };
}
