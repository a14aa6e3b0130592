import { FollowUpTaskCompleteDocument, FollowUpTasksDocument, OrderImportDocument, OrderUpdateDocument, type OrderInput } from '../generated/graphql';
import { runJobs } from '../../src/jobs/payment-reminders';
import { createLogger } from '../../src/logger';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';
import { gid } from '../loop/helpers';
import { commerceOf, customerIdByHandle, DAY, importOrders, paidOrder } from './helpers';

let app: TestApp;
const NOW = new Date('2026-11-18T02:00:00Z'); // Wednesday 10:00 in Shanghai
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(NOW);
});
afterAll(() => app.close());

const admin = () => app.tokenFor('admin@demo.shop');
const orderCount = async () => Number((await app.sql<{ n: string }>('select count(*) as n from orders'))[0].n);

describe('orderImport', () => {
  // Each test imports its own rows (prefix), so none depends on another having run.
  const rows = (p: string): OrderInput[] => [
    paidOrder(`${p}-1001`, `${p}_amy`, 12_000, new Date(NOW.getTime() - 10 * DAY)),
    paidOrder(`${p}-1002`, `${p}_amy`, 8_000, new Date(NOW.getTime() - 2 * DAY)),
    { platformOrderId: `${p}-1003`, customer: { platform: 'TAOBAO', platformHandle: `${p}_ben` }, amount: -5, status: 'PAID', placedAt: NOW.toISOString() },
    { platformOrderId: `${p}-1001`, customer: { platform: 'TAOBAO', platformHandle: `${p}_cat` }, amount: 100, status: 'UNPAID', placedAt: NOW.toISOString() },
    { platformOrderId: `${p}-1005`, customerId: gid('Customer', 999_999), amount: 100, status: 'UNPAID', placedAt: NOW.toISOString() },
  ];

  it('REJECT_EVERYTHING: one wrong row and nothing is written, every wrong row reported', async () => {
    const before = await orderCount();
    const result = dataOf(await app.gql(OrderImportDocument, { input: { orders: rows('rej'), errorPolicy: 'REJECT_EVERYTHING' } }, await admin())).orderImport;
    expect(result.imported).toBe(0);
    expect(result.rowErrors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, ['input', 'orders', '2', 'amount'], 'INVALID_INPUT'],
      [3, ['input', 'orders', '3', 'platformOrderId'], 'DUPLICATE_ROW'],
      [4, ['input', 'orders', '4', 'customerId'], 'NOT_FOUND'],
    ]);
    expect(await orderCount()).toBe(before);
    const [customers] = await app.sql<{ n: string }>("select count(*) as n from customers where platform_handle like 'rej\\_%'");
    expect(Number(customers.n)).toBe(0);
  });

  it('REJECT_FAILED_ROWS: the good rows go in (with new customers), the wrong ones are reported', async () => {
    const result = dataOf(await app.gql(OrderImportDocument, { input: { orders: rows('imp'), errorPolicy: 'REJECT_FAILED_ROWS' } }, await admin())).orderImport;
    expect(result).toMatchObject({ imported: 2, created: 2, updated: 0 });
    expect(result.rowErrors.map((e) => e.row)).toEqual([2, 3, 4]);
    const amy = await commerceOf(app, 'imp_amy');
    expect(amy).toMatchObject({ paidOrderCount: 2, totalSpent: 20_000, averageOrderValue: 10_000 });
    expect(amy.orders.edges.map((e) => [e.node.platformOrderId, e.node.currency])).toEqual([
      ['imp-1002', 'CNY'],
      ['imp-1001', 'CNY'],
    ]);
  });

  it('updates on re-import, never duplicates', async () => {
    await importOrders(app, [paidOrder('T-3001', 'imp_fay', 12_000, new Date(NOW.getTime() - 10 * DAY)), paidOrder('T-3002', 'imp_fay', 8_000, new Date(NOW.getTime() - 2 * DAY))]);
    const before = await orderCount();
    await importOrders(app, [paidOrder('T-3001', 'imp_fay', 15_000, new Date(NOW.getTime() - 10 * DAY))]);
    expect(await orderCount()).toBe(before);
    expect(await commerceOf(app, 'imp_fay')).toMatchObject({ paidOrderCount: 2, totalSpent: 23_000 });
  });

  it('moves the figures with an order re-imported under another buyer', async () => {
    await importOrders(app, [paidOrder('T-2001', 'imp_dan', 7_000, new Date(NOW.getTime() - DAY))]);
    expect(await commerceOf(app, 'imp_dan')).toMatchObject({ paidOrderCount: 1, totalSpent: 7_000 });
    await importOrders(app, [paidOrder('T-2001', 'imp_eva', 7_000, new Date(NOW.getTime() - DAY))]);
    expect(await commerceOf(app, 'imp_dan')).toMatchObject({ paidOrderCount: 0, totalSpent: 0, lastPaidAt: null });
    expect(await commerceOf(app, 'imp_eva')).toMatchObject({ paidOrderCount: 1, totalSpent: 7_000 });
  });

  it('keeps the figures exact after updates and refunds', async () => {
    await importOrders(app, [paidOrder('T-4001', 'imp_gus', 15_000, new Date(NOW.getTime() - 10 * DAY)), paidOrder('T-4002', 'imp_gus', 8_000, new Date(NOW.getTime() - 2 * DAY))]);
    const gus = await commerceOf(app, 'imp_gus');
    expect(gus).toMatchObject({ paidOrderCount: 2, totalSpent: 23_000 });
    const latest = gus.orders.edges[0].node;
    const refund = dataOf(await app.gql(OrderUpdateDocument, { id: latest.id, input: { status: 'REFUNDED' } }, await admin())).orderUpdate;
    expect(refund.userErrors).toEqual([]);
    const after = await commerceOf(app, 'imp_gus');
    expect(after).toMatchObject({ paidOrderCount: 1, totalSpent: 15_000, averageOrderValue: 15_000 });
    expect(after.lastPaidAt).toBe(new Date(NOW.getTime() - 10 * DAY).toISOString());
    expect(after.firstPaidAt).toBe(after.lastPaidAt);
    const [sums] = await app.sql<{ n: string; total: string }>(
      "select count(*) as n, sum(amount) as total from orders o join customers c on c.id = o.customer_id where c.platform_handle = 'imp_gus' and o.status in ('PAID','SHIPPED','RECEIVED')",
    );
    expect([after.paidOrderCount, after.totalSpent]).toEqual([Number(sums.n), Number(sums.total)]);
    const back = dataOf(await app.gql(OrderUpdateDocument, { id: latest.id, input: { status: 'RECEIVED', amount: 9_000 } }, await admin())).orderUpdate;
    expect(back.userErrors).toEqual([]);
    expect(await commerceOf(app, 'imp_gus')).toMatchObject({ paidOrderCount: 2, totalSpent: 24_000, averageOrderValue: 12_000 });
  });

  it('survives the same new order imported five times at once: one row, no crash', async () => {
    const token = await admin();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        app.gql(OrderImportDocument, { input: { orders: [paidOrder('RACE-1', 'imp_race', 2_000, NOW)], errorPolicy: 'REJECT_EVERYTHING' } }, token),
      ),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      const payload = dataOf(result).orderImport;
      // The losers of the race get a typed conflict (on the new buyer or on the order) to retry.
      if (payload.imported !== 1) expect(['STALE_VERSION', 'DUPLICATE_CUSTOMER']).toContain(payload.userErrors[0]?.code);
    }
    const [row] = await app.sql<{ n: string }>("select count(*) as n from orders where platform_order_id = 'RACE-1'");
    expect(Number(row.n)).toBe(1);
  });

  it('is for admins only', async () => {
    for (const email of ['cs1@demo.shop', 'sales1@demo.shop', 'reviewer@demo.shop']) {
      const result = await app.gql(OrderImportDocument, { input: { orders: [paidOrder('X-1', 'imp_x', 1, NOW)], errorPolicy: 'REJECT_EVERYTHING' } }, await app.tokenFor(email));
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    const [row] = await app.sql<{ n: string }>("select count(*) as n from orders where platform_order_id = 'X-1'");
    expect(Number(row.n)).toBe(0);
  });
});

describe('rules on import', () => {
  async function ownedCustomer(): Promise<{ handle: string; platform: 'TAOBAO' | 'TMALL' }> {
    const [row] = await app.sql<{ platform_handle: string; platform: 'TAOBAO' }>(
      "select c.platform_handle, c.platform from customers c join users u on u.id = c.owner_id where u.email = 'sales5@demo.shop' order by c.id limit 1",
    );
    return { handle: row.platform_handle, platform: row.platform };
  }
  const openOfKind = async (kind: 'AFTER_SALES' | 'COMPENSATION' | 'PAYMENT_REMINDER') =>
    dataOf(await app.gql(FollowUpTasksDocument, { filter: { kind, status: 'OPEN' }, first: 50 }, await app.tokenFor('sales5@demo.shop'))).followUpTasks.edges.map((e) => e.node);

  it('a BAD review gives the owner an AFTER_SALES follow-up due today; an out-of-stock order a COMPENSATION one; once each', async () => {
    const { handle, platform } = await ownedCustomer();
    const order = (extra: Partial<OrderInput>): OrderInput => ({ platformOrderId: 'R-1', customer: { platform, platformHandle: handle }, amount: 5_000, status: 'RECEIVED', placedAt: NOW.toISOString(), ...extra });
    await importOrders(app, [order({ review: 'BAD', outOfStock: true })]);
    const afterSales = await openOfKind('AFTER_SALES');
    const compensation = await openOfKind('COMPENSATION');
    expect(afterSales).toHaveLength(1);
    expect(compensation).toHaveLength(1);
    expect(afterSales[0]).toMatchObject({ dueAt: '2026-11-18T15:59:59.999Z', note: 'Bad review on order R-1.', customer: { platformHandle: handle } });
    // Importing the same facts again changes nothing; completing one starts no new cycle.
    await importOrders(app, [order({ review: 'BAD', outOfStock: true })]);
    expect(await openOfKind('AFTER_SALES')).toHaveLength(1);
    expect(await openOfKind('COMPENSATION')).toHaveLength(1);
    const done = dataOf(
      await app.gql(FollowUpTaskCompleteDocument, { id: afterSales[0].id, input: { outcome: 'NO_ORDER', channel: 'WANGWANG', note: 'Apologised, sent a coupon.' } }, await app.tokenFor('sales5@demo.shop')),
    ).followUpTaskComplete;
    expect(done.userErrors).toEqual([]);
    expect(done.nextTask).toBeNull();
  });

  it('an order UNPAID past the setting gets one PAYMENT_REMINDER, even with two schedulers running', async () => {
    const { handle, platform } = await ownedCustomer();
    await importOrders(app, [{ platformOrderId: 'U-1', customer: { platform, platformHandle: handle }, amount: 3_000, status: 'UNPAID', placedAt: NOW.toISOString() }]);
    const logger = createLogger({ logLevel: 'silent' });
    app.clock.set(new Date(NOW.getTime() + 23 * 3600_000));
    expect((await runJobs(app.orm, app.clock, logger)).paymentReminders.created).toBe(0);
    expect(await openOfKind('PAYMENT_REMINDER')).toHaveLength(0);

    app.clock.set(new Date(NOW.getTime() + 25 * 3600_000));
    // A second "instance": its own ORM and pool on the same database, running at the same moment.
    const second = await createTestApp({}, app.databaseUrl);
    second.clock.set(app.clock.now());
    try {
      const runs = await Promise.all([runJobs(app.orm, app.clock, logger), runJobs(second.orm, second.clock, logger)]);
      expect(runs.map((r) => r.paymentReminders.created).reduce((a, b) => a + b, 0)).toBe(1);
      expect((await runJobs(second.orm, second.clock, logger)).paymentReminders.created).toBe(0);
    } finally {
      await second.close();
    }
    const reminders = await openOfKind('PAYMENT_REMINDER');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].note).toContain('U-1');
    app.clock.set(NOW);
  });

  it('creates no follow-up for a customer in the unowned pool', async () => {
    await importOrders(app, [{ ...paidOrder('P-1', 'pool_buyer', 1_000, NOW), review: 'BAD' }]);
    const [row] = await app.sql<{ n: string }>("select count(*) as n from follow_up_tasks t join customers c on c.id = t.customer_id where c.platform_handle = 'pool_buyer'");
    expect(Number(row.n)).toBe(0);
    expect(await customerIdByHandle(app, 'pool_buyer')).toBeTruthy();
  });
});
