import { handleKey } from '../customers/handle';
import { ref } from '@mikro-orm/core';
import { queryRows, sql } from '../db/sql';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { idOf } from '../common/relay';
import { DomainError, notFound, UserError, UserErrorCode } from '../common/user-error';
import { endOfLocalDayAfter } from '../common/zoned-time';
import { Customer } from '../customers/customer.entity';
import { FollowUpKind } from '../followups/follow-up.enums';
import { followUpService } from '../followups/follow-up.service';
import { Shop } from '../shops/shop.entity';
import { tierService } from '../tiers/tier.service';
import { ImportErrorPolicy, OrderReview, PAID_STATUSES_SQL } from './order.enums';
import { Order } from './order.entity';
import { OrderImportInput, OrderInput, OrderUpdateInput } from './order.inputs';

/** A row's error in an import: which row, which field, why. */
export interface OrderRowError extends UserError {
  row: number;
}

interface OrderChange {
  order: Order;
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
    const buyerKey = (platform: string, handle: string) => `${platform}\u0000${handleKey(handle)}`;
    const handles = input.orders.filter((r) => r.customer).map((r) => ({ platform: r.customer!.platform, handleKey: handleKey(r.customer!.platformHandle) }));
    const byHandle = new Map<string, Customer>();
    for (const c of handles.length ? await ctx.em.find(Customer, { shop: shop.id, $or: handles }) : []) byHandle.set(buyerKey(c.platform, c.platformHandle), c);
    const ids = [...seen.keys()];
    const existing = new Map((ids.length ? await ctx.em.find(Order, { shop: shop.id, platformOrderId: { $in: ids } }) : []).map((o) => [o.platformOrderId, o]));

    const failedRows = new Set(errors.map((e) => e.row));
    if (errors.length > 0 && input.errorPolicy === ImportErrorPolicy.REJECT_EVERYTHING) {
      return { imported: 0, created: 0, updated: 0, rowErrors: errors.sort((a, b) => a.row - b.row) };
    }

    const changes: OrderChange[] = [];
    let created = 0;
    input.orders.forEach((row, index) => {
      if (failedRows.has(index)) return;
      let customer = row.customerId ? byId.get(idOf(row.customerId, 'Customer')!)! : byHandle.get(buyerKey(row.customer!.platform, row.customer!.platformHandle));
      if (!customer) {
        const handle = row.customer!.platformHandle.trim();
        customer = ctx.em.create(Customer, {
          shop: shop.id,
          platform: row.customer!.platform,
          platformHandle: handle,
          displayName: row.customer!.displayName?.trim() || handle,
          createdBy: ctx.viewer.userId,
        });
        byHandle.set(buyerKey(customer.platform, handle), customer);
      }
      const key = row.platformOrderId.trim();
      let order = existing.get(key);
      const before = { wasBad: order?.review === OrderReview.BAD, wasOutOfStock: order?.outOfStock ?? false, previousCustomerId: order?.customer.id };
      if (!order) {
        order = ctx.em.create(Order, { shop: shop.id, customer, platformOrderId: key, amount: row.amount, currency: shop.currency, status: row.status, placedAt: row.placedAt });
        created += 1;
      }
      order.customer = ref(customer);
      order.amount = row.amount;
      order.status = row.status;
      order.placedAt = row.placedAt;
      order.paidAt = row.paidAt ?? (order.isPaid ? (order.paidAt ?? row.placedAt) : null);
      if (row.review !== undefined) order.review = row.review;
      if (row.outOfStock !== undefined && row.outOfStock !== null) order.outOfStock = row.outOfStock;
      changes.push({ order, ...before });
    });
    await ctx.em.flush();
    await this.afterChanges(ctx, shop, changes);
    return { imported: changes.length, created, updated: changes.length - created, rowErrors: errors.sort((a, b) => a.row - b.row) };
  }

  async update(ctx: AuthedContext, globalId: string, input: OrderUpdateInput): Promise<{ order: Order }> {
    const id = idOf(globalId, 'Order');
    const order = id === null ? null : await ctx.em.findOne(Order, { id, shop: ctx.viewer.shopId });
    if (!order) throw notFound('Order');
    const change: OrderChange = { order, wasBad: order.review === OrderReview.BAD, wasOutOfStock: order.outOfStock };
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
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    await this.afterChanges(ctx, shop, [change]);
    return { order };
  }

  /** In the same transaction: the rules (after-sales, compensation), then the figures and tiers. */
  private async afterChanges(ctx: AuthedContext, shop: Shop, changes: OrderChange[]): Promise<void> {
    const customerIds = [...new Set(changes.flatMap((c) => [c.order.customer.id, ...(c.previousCustomerId ? [c.previousCustomerId] : [])]))];
    const customers = new Map((await ctx.em.find(Customer, { id: { $in: customerIds } })).map((c) => [c.id, c]));
    const dueToday = endOfLocalDayAfter(ctx.clock.now(), 0, shop.timezone);
    for (const { order, wasBad, wasOutOfStock } of changes) {
      const customer = customers.get(order.customer.id)!;
      // The rules follow the order's current buyer only.
      if (!customer.owner) continue; // the pool has nobody to follow up; screening hands them over
      if (order.review === OrderReview.BAD && !wasBad) {
        await followUpService.schedule(ctx, { customer, assignee: customer.owner.id, kind: FollowUpKind.AFTER_SALES, cycle: 1, retryStreak: 0, dueAt: dueToday, note: `Bad review on order ${order.platformOrderId}.` });
      }
      if (order.outOfStock && !wasOutOfStock) {
        await followUpService.schedule(ctx, { customer, assignee: customer.owner.id, kind: FollowUpKind.COMPENSATION, cycle: 1, retryStreak: 0, dueAt: dueToday, note: `Out of stock on order ${order.platformOrderId}.` });
      }
    }
    await this.refreshFigures(ctx, [...customers.values()]);
    await tierService.recompute(ctx, [...customers.values()], 'ORDERS');
    await ctx.em.flush();
  }

  /** Paid order count, total, first and last paid dates, from the orders themselves. */
  async refreshFigures(ctx: Pick<AuthedContext, 'em'>, customers: Customer[]): Promise<void> {
    if (customers.length === 0) return;
    const paid = sql.raw(`status in (${PAID_STATUSES_SQL})`);
    const rows = await queryRows<{ customer_id: number; n: string; total: string; first: Date | null; last: Date | null }>(
      ctx.em,
      sql`select customer_id,
              count(*) filter (where ${paid}) as n,
              coalesce(sum(amount) filter (where ${paid}), 0) as total,
              min(coalesce(paid_at, placed_at)) filter (where ${paid}) as first,
              max(coalesce(paid_at, placed_at)) filter (where ${paid}) as last
         from orders where customer_id = any(${customers.map((c) => c.id)}) group by customer_id`,
    );
    const byCustomer = new Map(rows.map((r) => [r.customer_id, r]));
    for (const customer of customers) {
      const row = byCustomer.get(customer.id);
      customer.paidOrderCount = Number(row?.n ?? 0);
      customer.totalSpent = Number(row?.total ?? 0);
      customer.firstPaidAt = row?.first ? new Date(row.first) : null;
      customer.lastPaidAt = row?.last ? new Date(row.last) : null;
    }
  }

  async forCustomer(ctx: AuthedContext, customer: Customer, args: PageArgs): Promise<Page<Order>> {
    return selectPage(ctx.em, Order, 'o', sql`o.customer_id = ${customer.id} and o.shop_id = ${ctx.viewer.shopId}`, { property: 'placedAt', direction: SortDirection.DESC }, args);
  }
}

export const orderService = new OrderService();
