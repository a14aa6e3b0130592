import { handleKey } from '../customers/handle';
import { sql } from '../db/sql';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { idOf, toGlobalId } from '../common/relay';
import { DomainError, notFound, UserError, UserErrorCode } from '../common/user-error';
import { endOfLocalDayAfter } from '../common/zoned-time';
import { Customer } from '../customers/customer.entity';
import { FollowUpKind } from '../followups/follow-up.enums';
import { followUpService } from '../followups/follow-up.service';
import { Shop } from '../shops/shop.entity';
import { tierService } from '../tiers/tier.service';
import { ImportErrorPolicy, OrderReview } from './order.enums';
import { Order } from './order.entity';
import { buyerKey, createBuyers, customerIdsByHandle } from '../customers/buyer-lookup';
import { refreshCustomerFigures } from './customer-figures';
import { careService } from '../care/care.service';
import { changedFields, importedValues, OrderValues, StoredOrder, storedOrders, writeOrders } from './order-writes';
import { OrderImportInput, OrderInput, OrderUpdateInput } from './order.inputs';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';

/** A row's error in an import: which row, which field, why. */
export interface OrderRowError extends UserError {
  row: number;
}

/** What the rules after an order change need: the buyer (and the one before), the order's review and stock before and after. */
interface OrderChange {
  customerId: number;
  platformOrderId: string;
  review: OrderReview | null;
  outOfStock: boolean;
  wasBad: boolean;
  wasOutOfStock: boolean;
  /** The buyer before a re-import moved the order to another customer; their figures change too. */
  previousCustomerId?: number;
}

const rowError = (row: number, code: UserErrorCode, message: string, field: string): OrderRowError =>
  Object.assign(new UserError(code, message, ['input', 'orders', String(row), field]), { row });


export class OrderService {
  /** Validates a row on its own (shape and values), before anything is looked up. */
  private checkRow(row: OrderInput, index: number): OrderRowError[] {
    const errors: OrderRowError[] = [];
    const id = row.platformOrderId?.trim() ?? '';
    if (id.length < 1 || id.length > 64) errors.push(rowError(index, UserErrorCode.INVALID_INPUT, 'The platform order id must be 1–64 characters.', 'platformOrderId'));
    if (!Number.isInteger(row.amount) || row.amount < 0) errors.push(rowError(index, UserErrorCode.INVALID_INPUT, 'The amount must be 0 or more (minor units).', 'amount'));
    if (!row.customerId && !row.customer) errors.push(rowError(index, UserErrorCode.INVALID_INPUT, 'Name the buyer: customerId or customer.', 'customer'));
    if (row.customerId && row.customer) errors.push(rowError(index, UserErrorCode.INVALID_INPUT, 'Give customerId or customer, not both.', 'customer'));
    const handle = row.customer ? handleKey(row.customer.platformHandle) : '';
    if (row.customer && (handle.length < 1 || handle.length > 100)) errors.push(rowError(index, UserErrorCode.INVALID_INPUT, 'The handle must be 1–100 characters.', 'customer'));
    if (row.paidAt && row.paidAt < row.placedAt) errors.push(rowError(index, UserErrorCode.INVALID_INPUT, 'paidAt cannot be before placedAt.', 'paidAt'));
    return errors;
  }

  /**
   * Imports orders by platform order id (again = update). Every row is checked; with
   * REJECT_EVERYTHING one wrong row imports nothing, with REJECT_FAILED_ROWS the good rows go in.
   */
  async import(ctx: AuthedContext, input: OrderImportInput) {
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    const errors: OrderRowError[] = input.orders.flatMap((row, index) => this.checkRow(row, index));
    const seen = new Map<string, number>();
    input.orders.forEach((row, index) => {
      const key = row.platformOrderId.trim();
      if (seen.has(key)) errors.push(rowError(index, UserErrorCode.DUPLICATE_ROW, `Order ${key} is also in row ${seen.get(key)}.`, 'platformOrderId'));
      else seen.set(key, index);
    });

    // Look everything up in a few statements, not one per row.
    const byId = new Map<number, Customer>();
    const wantedIds = input.orders.map((r) => (r.customerId ? idOf(r.customerId, 'Customer') : null)).filter((id): id is number => id !== null);
    for (const c of wantedIds.length ? await ctx.em.find(Customer, { id: { $in: wantedIds }, shop: shop.id }) : []) byId.set(c.id, c);
    input.orders.forEach((row, index) => {
      if (!row.customerId) return;
      const id = idOf(row.customerId, 'Customer');
      if (id === null || !byId.has(id)) errors.push(rowError(index, UserErrorCode.NOT_FOUND, 'No such customer in your shop.', 'customerId'));
    });
    const byHandle = await customerIdsByHandle(ctx.em, shop.id, input.orders.filter((r) => r.customer).map((r) => ({ platform: r.customer!.platform, handle: r.customer!.platformHandle })));
    const existing = await storedOrders(ctx.em, shop.id, [...seen.keys()]);

    const failedRows = new Set(errors.map((e) => e.row));
    if (errors.length > 0 && input.errorPolicy === ImportErrorPolicy.REJECT_EVERYTHING) {
      return { imported: 0, created: 0, updated: 0, unchanged: 0, rowErrors: errors.sort((a, b) => a.row - b.row) };
    }

    // New buyers first, then the orders, each in one statement.
    const rows = input.orders.map((row, index) => ({ row, index })).filter(({ index }) => !failedRows.has(index));
    const newBuyers = rows.filter(({ row }) => row.customer && !byHandle.has(buyerKey(row.customer.platform, row.customer.platformHandle)));
    for (const [key, id] of await createBuyers(ctx.em, shop.id, ctx.viewer.userId, newBuyers.map(({ row }) => ({ platform: row.customer!.platform, handle: row.customer!.platformHandle, displayName: row.customer!.displayName, contact: row.customer! })))) byHandle.set(key, id);

    const writes: { values: OrderValues; before?: StoredOrder }[] = [];
    const changes: OrderChange[] = [];
    let unchanged = 0;
    for (const { row } of rows) {
      const customerId = row.customerId ? idOf(row.customerId, 'Customer')! : byHandle.get(buyerKey(row.customer!.platform, row.customer!.platformHandle))!;
      const before = existing.get(row.platformOrderId.trim());
      const values = importedValues(before, { ...row, platformOrderId: row.platformOrderId.trim(), customerId });
      if (before && changedFields(before, values).length === 0) {
        unchanged += 1; // the same row again: nothing to write, no rule to run
        continue;
      }
      writes.push({ values, before });
      changes.push({
        customerId,
        platformOrderId: values.platformOrderId,
        review: values.review,
        outOfStock: values.outOfStock,
        wasBad: before?.review === OrderReview.BAD,
        wasOutOfStock: before?.outOfStock ?? false,
        previousCustomerId: before && before.customerId !== customerId ? before.customerId : undefined,
      });
    }
    const ids = await writeOrders(ctx.em, shop, writes, ctx.clock.now());
    await publishEvents(ctx.em, shop.id, WebhookEventType.ORDER_IMPORTED, writes.map(({ values, before }) => orderEvent(ids.get(values.platformOrderId)!, values, !before)), ctx.clock.now());
    await this.afterChanges(ctx, shop, changes, [...ids.values()]);
    const createdOrders = writes.filter((w) => !w.before).length;
    return { imported: writes.length + unchanged, created: createdOrders, updated: writes.length - createdOrders, unchanged, rowErrors: errors.sort((a, b) => a.row - b.row) };
  }

  async update(ctx: AuthedContext, globalId: string, input: OrderUpdateInput): Promise<{ order: Order }> {
    const id = idOf(globalId, 'Order');
    const order = id === null ? null : await ctx.em.findOne(Order, { id, shop: ctx.viewer.shopId });
    if (!order) throw notFound('Order');
    const before = { wasBad: order.review === OrderReview.BAD, wasOutOfStock: order.outOfStock };
    if (input.amount !== undefined && input.amount !== null) {
      if (input.amount < 0) throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'The amount must be 0 or more.', ['input', 'amount']));
      order.amount = input.amount;
    }
    if (input.status) order.status = input.status;
    if (input.paidAt !== undefined) order.paidAt = input.paidAt;
    if (order.isPaid && !order.paidAt) order.paidAt = order.placedAt;
    if (input.review !== undefined) order.review = input.review;
    if (input.outOfStock !== undefined && input.outOfStock !== null) order.outOfStock = input.outOfStock;
    await ctx.em.flush();
    await publishEvents(ctx.em, ctx.viewer.shopId, WebhookEventType.ORDER_IMPORTED, [orderEvent(order.id, { ...order, customerId: order.customer.id }, false)], ctx.clock.now());
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    await this.afterChanges(ctx, shop, [{ customerId: order.customer.id, platformOrderId: order.platformOrderId, review: order.review, outOfStock: order.outOfStock, ...before }], [order.id]);
    return { order };
  }

  /** In the same transaction: the rules (after-sales, compensation, care messages), then the figures and tiers. */
  private async afterChanges(ctx: AuthedContext, shop: Shop, changes: OrderChange[], orderIds: number[]): Promise<void> {
    const customerIds = [...new Set(changes.flatMap((c) => [c.customerId, ...(c.previousCustomerId ? [c.previousCustomerId] : [])]))];
    if (customerIds.length === 0) return;
    // The rules follow the order's current buyer; only the buyers they concern are loaded.
    const concerned = changes.filter((c) => (c.review === OrderReview.BAD && !c.wasBad) || (c.outOfStock && !c.wasOutOfStock));
    const customers = concerned.length ? new Map((await ctx.em.find(Customer, { id: { $in: concerned.map((c) => c.customerId) } })).map((c) => [c.id, c])) : new Map<number, Customer>();
    const dueToday = endOfLocalDayAfter(ctx.clock.now(), 0, shop.timezone);
    for (const { customerId, platformOrderId, review, outOfStock, wasBad, wasOutOfStock } of concerned) {
      const customer = customers.get(customerId)!;
      if (!customer.owner) continue; // the pool has nobody to follow up; screening hands them over
      if (review === OrderReview.BAD && !wasBad) {
        await followUpService.schedule(ctx, { customer, assignee: customer.owner.id, kind: FollowUpKind.AFTER_SALES, cycle: 1, retryStreak: 0, dueAt: dueToday, note: `Bad review on order ${platformOrderId}.` });
      }
      if (outOfStock && !wasOutOfStock) {
        await followUpService.schedule(ctx, { customer, assignee: customer.owner.id, kind: FollowUpKind.COMPENSATION, cycle: 1, retryStreak: 0, dueAt: dueToday, note: `Out of stock on order ${platformOrderId}.` });
      }
    }
    await ctx.em.flush();
    await careService.afterOrderChanges(ctx.em, shop.id, orderIds, ctx.clock.now());
    // Then figures and tiers of every buyer concerned, set-based (the entities above are not written again).
    await refreshCustomerFigures(ctx.em, customerIds);
    await tierService.recompute(ctx, customerIds, 'ORDERS');
  }

  async forCustomer(ctx: AuthedContext, customer: Customer, args: PageArgs): Promise<Page<Order>> {
    return selectPage(ctx.em, Order, 'o', sql`o.customer_id = ${customer.id} and o.shop_id = ${ctx.viewer.shopId}`, { property: 'placedAt', direction: SortDirection.DESC }, args);
  }
}

export const orderService = new OrderService();

/** The order.imported event: the order as it now stands, and whether it is new. */
function orderEvent(id: number, values: Pick<OrderValues, 'platformOrderId' | 'customerId' | 'amount' | 'status' | 'placedAt' | 'paidAt' | 'review' | 'outOfStock'>, created: boolean) {
  const { platformOrderId, customerId, amount, status, placedAt, paidAt, review, outOfStock } = values;
  return { orderId: toGlobalId('Order', id), created, platformOrderId, customerId: toGlobalId('Customer', customerId), amount, status, placedAt, paidAt, review, outOfStock };
}
