import { CustomerErasuresDocument, OrderImportDocument, ShopUpdateDocument, type OrderInput } from '../generated/graphql';
import { applyRetention } from '../../src/privacy/retention';
import { toGlobalId } from '../../src/common/relay';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' });
  app.clock.set(new Date('2027-03-01T04:00:00Z'));
});
afterAll(() => app.close());

const CUTOFF = '2026-09-01T04:00:00Z'; // six months before the clock
const admin = () => app.tokenFor('admin@demo.shop');
/** The demo shop's customers the rule names, counted here from the tables. */
const dormant = async () =>
  (await app.sql<{ id: number }>(
    `select c.id from customers c join shops s on s.id = c.shop_id where s.name = 'Demo Shop' and c.erased_at is null and c.created_at < ?
       and not exists (select 1 from orders o where o.customer_id = c.id and o.placed_at >= ?) and not exists (select 1 from follow_up_tasks t where t.customer_id = c.id and t.completed_at >= ?)
       and not exists (select 1 from messages m where m.customer_id = c.id and m.handed_over_at >= ?) and not exists (select 1 from conversations v where v.customer_id = c.id and v.started_at >= ?)
     order by c.id`, [CUTOFF, CUTOFF, CUTOFF, CUTOFF, CUTOFF])).map((r) => r.id);

describe('retention: customers with no order and no contact for N months', () => {
  it('is off by default, set by admins only, and checked', async () => {
    expect((await applyRetention(app.orm, app.clock.now())).length).toBe(0);
    expect(errorCode(await app.gql(ShopUpdateDocument, { input: { retentionMonths: 6 } }, await app.tokenFor('reviewer@demo.shop')))).toBe('FORBIDDEN');
    expect(dataOf(await app.gql(ShopUpdateDocument, { input: { retentionMonths: 0 } }, await admin())).shopUpdate.userErrors.map((e) => e.field)).toEqual([['input', 'retentionMonths']]);
    expect(dataOf(await app.gql(ShopUpdateDocument, { input: { retentionMonths: 6 } }, await admin())).shopUpdate.userErrors).toEqual([]);
  });

  it('erases exactly the dormant customers, leaves those a legal hold keeps, and reports both', async () => {
    const [recent, held] = await dormant();
    expect((await dormant()).length).toBeGreaterThan(10);
    const order = (id: string, customerId: number, fields: Partial<OrderInput>): OrderInput => ({ platformOrderId: id, customerId: toGlobalId('Customer', customerId), amount: 9_900, status: 'PAID', placedAt: '2027-02-01T02:00:00Z', paidAt: '2027-02-01T02:00:00Z', ...fields });
    // One ordered after the cutoff (no longer dormant); one still owes an old unpaid order (a legal hold).
    const imported = dataOf(await app.gql(OrderImportDocument, { input: { orders: [order('RET-1', recent, {}), order('RET-2', held, { status: 'UNPAID', paidAt: null, placedAt: '2026-03-01T02:00:00Z' })], errorPolicy: 'REJECT_EVERYTHING' } }, await admin())).orderImport;
    expect(imported.rowErrors).toEqual([]);
    const expected = (await dormant()).filter((id) => id !== held);
    expect(expected).not.toContain(recent);

    const [report] = await applyRetention(app.orm, app.clock.now());
    expect(report.months).toBe(6);
    expect(report.erased.sort((a, b) => a - b)).toEqual(expected);
    expect(report.held).toEqual([held]);
    expect(await dormant()).toEqual([held]);
    const [other] = await app.sql<{ n: string }>("select count(*) as n from customers c join shops s on s.id = c.shop_id where s.name = 'Other Shop' and c.erased_at is not null");
    expect(Number(other.n)).toBe(0); // the rule is the shop's own

    // The register shows what the rule erased, and why; a second run has nothing left to do.
    const register = dataOf(await app.gql(CustomerErasuresDocument, { first: 5 }, await app.tokenFor('reviewer@demo.shop'))).customerErasures;
    expect(register.totalCount).toBe(expected.length);
    expect(register.edges[0].node).toMatchObject({ erasureReason: 'Retention: no order and no contact for 6 months.', erasedBy: null });
    expect(register.edges[0].node.platformHandle).toMatch(/^erased-\d+$/);
    expect(errorCode(await app.gql(CustomerErasuresDocument, { first: 5 }, await app.tokenFor('sales1@demo.shop')))).toBe('FORBIDDEN');
    const [again] = await applyRetention(app.orm, app.clock.now());
    expect([again.erased, again.held]).toEqual([[], [held]]);
  });

  it('keeps the access log append-only in the database', async () => {
    await app.sql("insert into contact_access_log (shop_id, customer_id, field, purpose, granted, created_at, updated_at) select shop_id, id, 'PHONE', 'AUDIT', true, now(), now() from customers order by id limit 1");
    await expect(app.sql('update contact_access_log set granted = false')).rejects.toThrow(/append-only/);
    await expect(app.sql('delete from contact_access_log')).rejects.toThrow(/append-only/);
    await expect(app.sql('truncate contact_access_log')).rejects.toThrow(/append-only/);
  });
});
