import {
  AuditTrailDocument,
  CouponIssueDocument,
  CouponRedeemDocument,
  CouponRevokeDocument,
  CouponsDocument,
  CouponTemplateCreateDocument,
  CouponTemplateUpdateDocument,
  CustomerCommerceDocument,
  MembershipTierUpsertDocument,
  NodeDocument,
  type CouponTemplateInput,
} from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';
import { gid } from '../loop/helpers';
import { customerIdByHandle, DAY, importOrders, paidOrder } from './helpers';

let app: TestApp;
const NOW = new Date('2026-11-18T02:00:00Z');
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(NOW);
  const admin = await app.tokenFor('admin@demo.shop');
  dataOf(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Silver', rank: 1, minPaidOrders: 2, minSpent: 50_000, discountPercent: 5 } }, admin));
  dataOf(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Gold', rank: 2, minPaidOrders: 4, minSpent: 150_000, discountPercent: 12 } }, admin));
  await importOrders(app, [paidOrder('RD-0', 'redeem_rita', 1_000, new Date(NOW.getTime() - DAY))]);
});
afterAll(() => app.close());

const admin = () => app.tokenFor('admin@demo.shop');
async function template(input: Partial<CouponTemplateInput> & { name: string }) {
  const created = dataOf(await app.gql(CouponTemplateCreateDocument, { input: { purpose: 'WIN_BACK', discountType: 'AMOUNT_OFF', discountValue: 1_000, ...input } }, await admin())).couponTemplateCreate;
  expect(created.userErrors).toEqual([]);
  return created.couponTemplate!;
}
async function ownedBy(email: string, offset = 0): Promise<string> {
  const [row] = await app.sql<{ id: number }>('select c.id from customers c join users u on u.id = c.owner_id where u.email = ? order by c.id offset ? limit 1', [email, offset]);
  return gid('Customer', row.id);
}
const issue = async (templateId: string, customerId: string, key: string, as = 'admin@demo.shop', note?: string) =>
  dataOf(await app.gql(CouponIssueDocument, { input: { templateId, customerId, idempotencyKey: key, note } }, await app.tokenFor(as))).couponIssue;

describe('couponIssue', () => {
  it('issues exactly as many as are left when 100 ask at once', async () => {
    const tpl = await template({ name: 'Ten left', totalQuantity: 10, perCustomerLimit: 100 });
    const customers = (await app.sql<{ id: number }>('select id from customers where shop_id = 1 order by id limit 100')).map((r) => gid('Customer', r.id));
    const results = await Promise.all(customers.map((customerId, i) => issue(tpl.id, customerId, `stock-run-${i}`)));
    const ok = results.filter((r) => r.coupon);
    expect(ok).toHaveLength(10);
    expect(results.filter((r) => r.userErrors[0]?.code === 'OUT_OF_STOCK')).toHaveLength(90);
    const [row] = await app.sql<{ issued_count: number; coupons: string }>(
      'select t.issued_count, (select count(*) from coupons c where c.template_id = t.id) as coupons from coupon_templates t where t.id = ?',
      [Number(Buffer.from(tpl.id, 'base64url').toString().split(':')[1])],
    );
    expect([row.issued_count, Number(row.coupons)]).toEqual([10, 10]);
    expect(new Set(ok.map((r) => r.coupon!.code)).size).toBe(10);
    expect(ok.every((r) => /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/.test(r.coupon!.code))).toBe(true);
  });

  it('returns the same coupon for the same key and request, and refuses the key with another request', async () => {
    const tpl = await template({ name: 'Idempotent', perCustomerLimit: 5 });
    const customer = await ownedBy('sales1@demo.shop');
    const first = await issue(tpl.id, customer, 'idem-key-0001', 'admin@demo.shop', 'Sorry');
    const again = await issue(tpl.id, customer, 'idem-key-0001', 'admin@demo.shop', 'Sorry');
    expect(again.coupon!.id).toBe(first.coupon!.id);
    const other = await issue(tpl.id, customer, 'idem-key-0001', 'admin@demo.shop', 'Different note');
    expect(other.userErrors[0]).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] });
    // Another rep replaying the key gets nothing of a customer they may not see.
    const replay = await issue(tpl.id, customer, 'idem-key-0001', 'sales4@demo.shop', 'Sorry');
    expect(replay.coupon).toBeNull();
    expect(replay.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    const concurrent = await Promise.all([1, 2, 3, 4, 5].map(() => issue(tpl.id, customer, 'idem-key-0002')));
    expect(new Set(concurrent.map((r) => r.coupon!.id)).size).toBe(1);
    const [count] = await app.sql<{ n: string }>("select count(*) as n from coupons where idempotency_key like 'idem-key-%'");
    expect(Number(count.n)).toBe(2);
  });

  it('checks the template, the tier floor and the per-customer limit, and gives the tier\'s discount', async () => {
    const silverOnly = await template({ name: 'Silver and up', minTierRank: 1, discountType: 'PERCENT_OFF', discountValue: 5 });
    const customer = await ownedBy('sales2@demo.shop');
    expect((await issue(silverOnly.id, customer, 'floor-0001')).userErrors[0].code).toBe('TIER_TOO_LOW');
    const [row] = await app.sql<{ platform: string; platform_handle: string }>('select platform, platform_handle from customers where id = ?', [Number(Buffer.from(customer, 'base64url').toString().split(':')[1])]);
    await importOrders(app, [
      { ...paidOrder('C-1', row.platform_handle, 100_000, new Date(NOW.getTime() - 3 * DAY)), customer: { platform: row.platform as never, platformHandle: row.platform_handle } },
      { ...paidOrder('C-2', row.platform_handle, 100_000, new Date(NOW.getTime() - 2 * DAY)), customer: { platform: row.platform as never, platformHandle: row.platform_handle } },
    ]);
    const tiers = await app.sql<{ id: number; name: string }>('select id, name from membership_tiers order by rank');
    const tiered = await template({
      name: 'Per tier',
      minTierRank: 1,
      discountType: 'PERCENT_OFF',
      discountValue: 5,
      tierDiscounts: tiers.map((t, i) => ({ tierId: gid('MembershipTier', t.id), value: 10 + i * 10 })),
    });
    const ok = await issue(tiered.id, customer, 'floor-0002');
    expect(ok.userErrors).toEqual([]);
    expect(ok.coupon).toMatchObject({ discountType: 'PERCENT_OFF', discountValue: 20 }); // Gold's own discount
    expect((await issue(tiered.id, customer, 'floor-0003')).userErrors[0].code).toBe('CUSTOMER_LIMIT_REACHED');
    dataOf(await app.gql(CouponTemplateUpdateDocument, { id: tiered.id, input: { active: false } }, await admin()));
    const other = await ownedBy('sales2@demo.shop', 1);
    expect((await issue(tiered.id, other, 'floor-0004')).userErrors[0].code).toBe('TEMPLATE_INACTIVE');
  });

  it('is for the customer\'s owner, their lead, or an admin', async () => {
    const tpl = await template({ name: 'Roles', perCustomerLimit: 10 });
    const customer = await ownedBy('sales2@demo.shop');
    expect((await issue(tpl.id, customer, 'role-owner', 'sales2@demo.shop')).coupon).toBeTruthy();
    expect((await issue(tpl.id, customer, 'role-lead', 'sales1@demo.shop')).coupon).toBeTruthy();
    expect((await issue(tpl.id, customer, 'role-other', 'sales3@demo.shop')).userErrors[0].code).toBe('NOT_FOUND');
    for (const email of ['cs1@demo.shop', 'reviewer@demo.shop']) {
      const result = await app.gql(CouponIssueDocument, { input: { templateId: tpl.id, customerId: customer, idempotencyKey: `role-${email}` } }, await app.tokenFor(email));
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    expect(errorCode(await app.gql(CouponTemplateCreateDocument, { input: { name: 'x', purpose: 'PROMOTION', discountType: 'AMOUNT_OFF', discountValue: 1 } }, await app.tokenFor('sales1@demo.shop')))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('node(id) for orders and coupons', () => {
  it('shows them to whoever may see their customer, and to nobody else', async () => {
    const tpl = await template({ name: 'Node check' });
    const customerId = await ownedBy('sales2@demo.shop');
    const coupon = (await issue(tpl.id, customerId, 'node-check-0001')).coupon!;
    const [row] = await app.sql<{ platform: string; platform_handle: string }>('select platform, platform_handle from customers where id = ?', [Number(Buffer.from(customerId, 'base64url').toString().split(':')[1])]);
    await importOrders(app, [{ platformOrderId: 'NODE-1', customer: { platform: row.platform as never, platformHandle: row.platform_handle }, amount: 1_000, status: 'PAID', placedAt: NOW.toISOString() }]);
    const [order] = await app.sql<{ id: number }>("select id from orders where platform_order_id = 'NODE-1'");
    const orderId = gid('Order', order.id);
    for (const [email, visible] of [['sales2@demo.shop', true], ['sales1@demo.shop', true], ['sales3@demo.shop', false], ['admin@other.shop', false]] as const) {
      const token = await app.tokenFor(email);
      for (const id of [coupon.id, orderId]) {
        const node = dataOf(await app.gql(NodeDocument, { id }, token)).node;
        expect([email, id, node?.id ?? null]).toEqual([email, id, visible ? id : null]);
      }
    }
  });
});

describe('couponRedeem', () => {
  async function setup(name: string, extra: Partial<CouponTemplateInput> = {}) {
    const tpl = await template({ minSpend: 5_000, ...extra, name });
    const customerId = await customerIdByHandle(app, 'redeem_rita');
    const coupon = (await issue(tpl.id, customerId, `redeem-${name}`)).coupon!;
    return { tpl, customerId, coupon };
  }
  const orderFor = async (handle: string, id: string, amount: number) => {
    await importOrders(app, [{ platformOrderId: id, customer: { platform: 'TAOBAO', platformHandle: handle }, amount, status: 'UNPAID', placedAt: NOW.toISOString() }]);
    const [row] = await app.sql<{ id: number }>('select id from orders where platform_order_id = ?', [id]);
    return gid('Order', row.id);
  };
  const redeem = async (code: string, orderId: string) => dataOf(await app.gql(CouponRedeemDocument, { input: { code, orderId } }, await admin())).couponRedeem;

  it('succeeds exactly once when the same code is redeemed 50 times at once', async () => {
    const { coupon } = await setup('Once');
    const order = await orderFor('redeem_rita', 'RD-1', 20_000);
    const results = await Promise.all(Array.from({ length: 50 }, () => redeem(coupon.code, order)));
    const ok = results.filter((r) => r.coupon);
    expect(ok).toHaveLength(1);
    expect(ok[0].discountApplied).toBe(1_000);
    expect(results.filter((r) => r.userErrors[0]?.code === 'COUPON_ALREADY_REDEEMED')).toHaveLength(49);
  });

  it('refuses a wrong customer, a small order, an expired and a revoked coupon', async () => {
    const { coupon } = await setup('Checks', { discountType: 'PERCENT_OFF', discountValue: 10 });
    const otherOrder = await orderFor('redeem_sam', 'RD-2', 50_000);
    expect((await redeem(coupon.code, otherOrder)).userErrors[0].code).toBe('WRONG_CUSTOMER');
    const small = await orderFor('redeem_rita', 'RD-3', 4_999);
    expect((await redeem(coupon.code, small)).userErrors[0].code).toBe('MIN_SPEND_NOT_MET');
    const fine = await orderFor('redeem_rita', 'RD-4', 12_345);
    const ok = await redeem(coupon.code.toLowerCase(), fine);
    expect(ok.discountApplied).toBe(1_234);

    const expiring = await setup('Expiring', { validDays: 7 });
    app.clock.set(new Date(NOW.getTime() + 8 * DAY));
    try {
      const late = await orderFor('redeem_rita', 'RD-5', 20_000);
      expect((await redeem(expiring.coupon.code, late)).userErrors[0].code).toBe('COUPON_EXPIRED');
      const listed = dataOf(await app.gql(CouponsDocument, { filter: { status: 'EXPIRED', customerId: expiring.customerId } }, await admin())).coupons;
      expect(listed.edges.map((e) => e.node.code)).toContain(expiring.coupon.code);
    } finally {
      app.clock.set(NOW);
    }

    const revoked = await setup('Revoked');
    const revoke = dataOf(await app.gql(CouponRevokeDocument, { id: revoked.coupon.id, reason: 'Issued by mistake' }, await admin())).couponRevoke;
    expect(revoke.coupon).toMatchObject({ status: 'REVOKED', revokeReason: 'Issued by mistake' });
    const order = await orderFor('redeem_rita', 'RD-6', 20_000);
    expect((await redeem(revoked.coupon.code, order)).userErrors[0].code).toBe('COUPON_REVOKED');
    const again = dataOf(await app.gql(CouponRevokeDocument, { id: revoked.coupon.id }, await admin())).couponRevoke;
    expect(again.userErrors[0].code).toBe('COUPON_REVOKED');
  });

  it('shows a customer\'s coupons, and leaves every coupon action in the audit trail', async () => {
    const { coupon, customerId } = await setup('Visible');
    const withdrawn = await setup('Withdrawn');
    dataOf(await app.gql(CouponRevokeDocument, { id: withdrawn.coupon.id, reason: 'test' }, await admin()));
    expect((await redeem(coupon.code, await orderFor('redeem_rita', 'RD-V', 20_000))).discountApplied).toBe(1_000);
    const customer = dataOf(await app.gql(CustomerCommerceDocument, { id: customerId }, await admin())).customer!;
    expect(customer.coupons.map((c) => c.code)).toContain(coupon.code);
    const trail = dataOf(await app.gql(AuditTrailDocument, { filter: { entityType: 'Coupon' }, first: 100 }, await app.tokenFor('reviewer@demo.shop'))).auditTrail;
    const actions = new Set(trail.edges.map((e) => e.node.action));
    expect(actions).toEqual(new Set(['CREATE', 'UPDATE']));
    const redeemed = trail.edges.find((e) => e.node.changes.some((c) => c.field === 'status' && c.after === 'REDEEMED'));
    expect(redeemed).toBeDefined();
    const revokedRow = trail.edges.find((e) => e.node.changes.some((c) => c.field === 'status' && c.after === 'REVOKED'));
    expect(revokedRow).toBeDefined();
    const templateRows = dataOf(await app.gql(AuditTrailDocument, { filter: { entityType: 'CouponTemplate' }, first: 5 }, await app.tokenFor('reviewer@demo.shop'))).auditTrail;
    expect(templateRows.totalCount).toBeGreaterThanOrEqual(2); // at least the two templates made here
  });
});
