import {
  CouponIssueDocument,
  CouponTemplateCreateDocument,
  CustomersCommerceDocument,
  MembershipTiersDocument,
  MembershipTiersRecomputeDocument,
  MembershipTierUpsertDocument,
  OrderUpdateDocument,
  SegmentCountsDocument,
  SegmentPolicyUpdateDocument,
  type CustomersCommerceQuery,
} from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';
import { commerceOf, customerIdByHandle, DAY, importOrders, paidOrder } from './helpers';

let app: TestApp;
const NOW = new Date('2026-11-18T02:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(NOW);
  await importOrders(app, [
    { platformOrderId: 'S-P', customer: { platform: 'TAOBAO', platformHandle: 'seg_prospect' }, amount: 5_000, status: 'UNPAID', placedAt: NOW.toISOString() },
    paidOrder('S-N30', 'seg_new30', 5_000, ago(30)),
    paidOrder('S-A31', 'seg_act31', 5_000, ago(31)),
    paidOrder('S-A90', 'seg_act90', 50_000, new Date(ago(90).getTime() - 12 * 3600_000)),
    paidOrder('S-A90b', 'seg_act90', 50_000, ago(120)),
    paidOrder('S-S91', 'seg_sleep91', 20_000, ago(91)),
    paidOrder('S-S180', 'seg_sleep180', 20_000, ago(180)),
    paidOrder('S-C181', 'seg_churn181', 20_000, ago(181)),
    paidOrder('S-K1', 'seg_key', 60_000, ago(10)),
    paidOrder('S-K2', 'seg_key', 40_000, ago(5)),
    paidOrder('S-M1', 'seg_mid', 60_000, ago(10)),
    paidOrder('S-M2', 'seg_mid', 39_999, ago(5)),
    paidOrder('S-B1', 'seg_bottom', 6_000, ago(10)),
    paidOrder('S-B2', 'seg_bottom', 4_000, ago(5)),
  ]);
  const token = await app.tokenFor('admin@demo.shop');
  dataOf(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Silver', rank: 1, minPaidOrders: 2, minSpent: 50_000, discountPercent: 5 } }, token));
  dataOf(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Gold', rank: 2, minPaidOrders: 4, minSpent: 150_000, discountPercent: 12 } }, token));
});
afterAll(() => app.close());

const admin = () => app.tokenFor('admin@demo.shop');
const segmentOfHandle = async (handle: string) => (await commerceOf(app, handle)).segment;

describe('segments', () => {
  it('place customers at the threshold edges, with the reasons', async () => {
    expect(await segmentOfHandle('seg_prospect')).toEqual({ lifecycle: 'PROSPECT', value: 'NEW', reasons: ['no paid order yet'] });
    expect(await segmentOfHandle('seg_new30')).toEqual({ lifecycle: 'NEW', value: 'NEW', reasons: ['first and only paid order 30 days ago (new within 30)'] });
    expect(await segmentOfHandle('seg_act31')).toEqual({
      lifecycle: 'ACTIVE',
      value: 'BOTTOM',
      reasons: ['last paid order 31 days ago (active within 90)', '50.00 spent (bottom up to 100.00)'],
    });
    expect((await segmentOfHandle('seg_act90')).lifecycle).toBe('ACTIVE');
    expect(await segmentOfHandle('seg_sleep91')).toMatchObject({ lifecycle: 'SLEEPING', reasons: ['last paid order 91 days ago (sleeping after 90)', expect.any(String)] });
    expect((await segmentOfHandle('seg_sleep180')).lifecycle).toBe('SLEEPING');
    expect(await segmentOfHandle('seg_churn181')).toEqual({ lifecycle: 'CHURNED', value: 'CHURNED', reasons: ['last paid order 181 days ago (churned after 180)'] });
    expect(await segmentOfHandle('seg_key')).toMatchObject({ lifecycle: 'ACTIVE', value: 'KEY', reasons: [expect.any(String), '2 paid orders, 1000.00 spent (key from 2 orders and 1000.00)'] });
    expect((await segmentOfHandle('seg_mid')).value).toBe('MID');
    expect((await segmentOfHandle('seg_bottom')).value).toBe('BOTTOM');
  });

  it('follow a threshold change at once, for every customer', async () => {
    const changed = dataOf(await app.gql(SegmentPolicyUpdateDocument, { input: { sleepingDays: 100, activeDays: 31 } }, await admin())).segmentPolicyUpdate;
    expect(changed.segmentPolicy).toMatchObject({ activeDays: 31, sleepingDays: 100, churnDays: 180 });
    expect(await segmentOfHandle('seg_sleep91')).toMatchObject({ lifecycle: 'ACTIVE', reasons: ['last paid order 91 days ago (active within 100)', expect.any(String)] });
    expect((await segmentOfHandle('seg_act31')).lifecycle).toBe('NEW');
    const refused = dataOf(await app.gql(SegmentPolicyUpdateDocument, { input: { sleepingDays: 500 } }, await admin())).segmentPolicyUpdate;
    expect(refused.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'sleepingDays'] });
    expect(errorCode(await app.gql(SegmentPolicyUpdateDocument, { input: { sleepingDays: 95 } }, await app.tokenFor('sales1@demo.shop')))).toBe('FORBIDDEN');
    dataOf(await app.gql(SegmentPolicyUpdateDocument, { input: { sleepingDays: 90, activeDays: 30 } }, await admin()));
  });

  it('show the next mutation of the same document what a threshold change wrote', async () => {
    const id = await customerIdByHandle(app, 'seg_sleep91');
    const { version } = (await app.raw<{ customer: { version: number } }>('query ($id: ID!) { customer(id: $id) { version } }', { id }, await admin())).data!.customer;
    // The caller's shop comes with the caller; a mutation that commits must not leave it stale.
    const result = await app.raw<{ customerUpdate: { customer: { segment: { lifecycle: string } } } }>(
      `mutation ($id: ID!, $version: Int!) {
        segmentPolicyUpdate(input: { sleepingDays: 100, activeDays: 31 }) { userErrors { code } }
        customerUpdate(id: $id, input: { version: $version, notes: "asked about the winter range" }) { customer { segment { lifecycle } } }
      }`,
      { id, version },
      await admin(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.customerUpdate.customer.segment.lifecycle).toBe('ACTIVE');
    dataOf(await app.gql(SegmentPolicyUpdateDocument, { input: { sleepingDays: 90, activeDays: 30 } }, await admin()));
    expect((await segmentOfHandle('seg_sleep91')).lifecycle).toBe('SLEEPING');
  });

  it('filter and count in SQL exactly as each customer\'s own segment says', async () => {
    const token = await admin();
    const all: CustomersCommerceQuery['customers']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const page: { customers: { edges: { node: (typeof all)[number] }[]; totalCount: number } } & Record<string, unknown> = dataOf(
        await app.raw(
          `query($after: String) { customers(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id platformHandle paidOrderCount totalSpent segment { lifecycle value } tier { name } coupons(first: 1) { code status } } } } }`,
          { after },
          token,
        ),
      ) as never;
      all.push(...page.customers.edges.map((e) => e.node));
      const info = (page.customers as unknown as { pageInfo: { hasNextPage: boolean; endCursor: string } }).pageInfo;
      if (!info.hasNextPage) break;
      after = info.endCursor;
    }
    const counts = dataOf(await app.gql(SegmentCountsDocument, {}, token)).segmentCounts;
    for (const { segment, count } of counts.lifecycle) {
      expect([segment, count]).toEqual([segment, all.filter((c) => c.segment.lifecycle === segment).length]);
      const filtered = dataOf(await app.gql(CustomersCommerceDocument, { filter: { lifecycle: segment }, first: 1 }, token)).customers.totalCount;
      expect([segment, filtered]).toEqual([segment, count]);
    }
    for (const { segment, count } of counts.value) {
      expect([segment, count]).toEqual([segment, all.filter((c) => c.segment.value === segment).length]);
      const filtered = dataOf(await app.gql(CustomersCommerceDocument, { filter: { valueSegment: segment }, first: 1 }, token)).customers.totalCount;
      expect([segment, filtered]).toEqual([segment, count]);
    }
    expect(counts.lifecycle.find((c) => c.segment === 'SLEEPING')!.count).toBeGreaterThanOrEqual(2);
    const spenders = dataOf(await app.gql(CustomersCommerceDocument, { filter: { search: 'seg_', minOrders: 2, minSpent: 99_999 }, first: 50 }, token)).customers;
    expect(spenders.edges.map((e) => e.node.platformHandle).sort()).toEqual(['seg_act90', 'seg_key', 'seg_mid']);
    const lastBefore = dataOf(await app.gql(CustomersCommerceDocument, { filter: { search: 'seg_', lastOrderBefore: ago(180).toISOString() }, first: 50 }, token)).customers;
    expect(lastBefore.edges.map((e) => e.node.platformHandle)).toEqual(['seg_churn181']);
  });
});

describe('membership tiers', () => {
  it('refuse a gradient where a higher rank needs less or gives less', async () => {
    const token = await admin();
    const silver = dataOf(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Silver', rank: 1, minPaidOrders: 2, minSpent: 50_000, discountPercent: 5 } }, token)).membershipTierUpsert;
    expect(silver.userErrors).toEqual([]);
    expect(silver.membershipTier).toMatchObject({ windowDays: 365 });
    const above = dataOf(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Silver', rank: 1, minPaidOrders: 5, minSpent: 50_000, discountPercent: 5 } }, token)).membershipTierUpsert;
    expect(above.userErrors[0].code).toBe('TIER_GRADIENT'); // Silver may not need more orders than Gold
    const flat = dataOf(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Gold', rank: 2, minPaidOrders: 4, minSpent: 150_000, discountPercent: 5 } }, token)).membershipTierUpsert;
    expect(flat.userErrors[0].code).toBe('TIER_GRADIENT');
    const cheaper = dataOf(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Gold', rank: 2, minPaidOrders: 4, minSpent: 40_000, discountPercent: 12 } }, token)).membershipTierUpsert;
    expect(cheaper.userErrors[0].code).toBe('TIER_GRADIENT');
    const gold = dataOf(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Gold', rank: 2, minPaidOrders: 4, minSpent: 150_000, discountPercent: 12 } }, token)).membershipTierUpsert;
    expect(gold.userErrors).toEqual([]);
    expect(errorCode(await app.gql(MembershipTierUpsertDocument, { input: { name: 'Mine', rank: 3, minPaidOrders: 9, minSpent: 900_000, discountPercent: 20 } }, await app.tokenFor('sales1@demo.shop')))).toBe(
      'FORBIDDEN',
    );
    const [count] = await app.sql<{ n: string }>('select count(*) as n from membership_tiers');
    expect(Number(count.n)).toBe(2);
    // Every role reads the tiers, lowest rank first (and, under ROW_SHAPE_CHECK, as read-only rows).
    const tiers = dataOf(await app.gql(MembershipTiersDocument, {}, await app.tokenFor('sales1@demo.shop'))).membershipTiers;
    expect(tiers.map((t) => [t.name, t.rank, t.discountPercent])).toEqual([['Silver', 1, 5], ['Gold', 2, 12]]);
  });

  it('move a customer up and down as their orders change, keeping the history', async () => {
    await importOrders(app, [paidOrder('TIER-1', 'tier_tom', 30_000, ago(20)), paidOrder('TIER-2', 'tier_tom', 30_000, ago(10))]);
    expect((await commerceOf(app, 'tier_tom')).tier).toEqual({ name: 'Silver', rank: 1 });
    await importOrders(app, [paidOrder('TIER-3', 'tier_tom', 50_000, ago(5)), paidOrder('TIER-4', 'tier_tom', 50_000, ago(4))]);
    const gold = await commerceOf(app, 'tier_tom');
    expect(gold.tier).toEqual({ name: 'Gold', rank: 2 });
    const refunded = gold.orders.edges.find((e) => e.node.platformOrderId === 'TIER-4')!.node.id;
    dataOf(await app.gql(OrderUpdateDocument, { id: refunded, input: { status: 'REFUNDED' } }, await admin()));
    const down = await commerceOf(app, 'tier_tom');
    expect(down.tier).toEqual({ name: 'Silver', rank: 1 });
    expect(down.tierHistory.map((h) => [h.reason, h.fromTier?.name ?? null, h.toTier?.name ?? null])).toEqual([
      ['ORDERS', 'Gold', 'Silver'],
      ['ORDERS', 'Silver', 'Gold'],
      ['ORDERS', null, 'Silver'],
    ]);
  });

  it('recompute everyone when time moves orders out of the window', async () => {
    await importOrders(app, [paidOrder('TIER-U1', 'tier_uma', 30_000, ago(20)), paidOrder('TIER-U2', 'tier_uma', 30_000, ago(10))]);
    expect((await commerceOf(app, 'tier_uma')).tier).toEqual({ name: 'Silver', rank: 1 });
    app.clock.set(new Date(NOW.getTime() + 400 * DAY));
    try {
      const result = dataOf(await app.gql(MembershipTiersRecomputeDocument, {}, await admin())).membershipTiersRecompute;
      expect(result.changed).toBeGreaterThanOrEqual(1);
      const uma = await commerceOf(app, 'tier_uma');
      expect(uma.tier).toBeNull();
      expect(uma.tierHistory[0]).toMatchObject({ reason: 'RECOMPUTE', fromTier: { name: 'Silver' }, toTier: null });
    } finally {
      app.clock.set(NOW);
      dataOf(await app.gql(MembershipTiersRecomputeDocument, {}, await admin()));
    }
  });
});

describe('the customer list with tier, segment and coupons', () => {
  it('costs the same number of SQL statements for 50 customers as for 5', async () => {
    const token = await admin();
    const template = dataOf(
      await app.gql(CouponTemplateCreateDocument, { input: { name: 'Count', purpose: 'PROMOTION', discountType: 'AMOUNT_OFF', discountValue: 500 } }, token),
    ).couponTemplateCreate.couponTemplate!;
    await importOrders(app, [paidOrder('CNT-1', 'count_ivy', 60_000, ago(3)), paidOrder('CNT-2', 'count_ivy', 60_000, ago(2))]);
    for (const handle of ['seg_key', 'seg_mid', 'count_ivy']) {
      dataOf(await app.gql(CouponIssueDocument, { input: { templateId: template.id, customerId: await customerIdByHandle(app, handle), idempotencyKey: `count-${handle}` } }, token));
    }
    const statementsFor = (first: number) =>
      app.statementsOf(token, async () => {
        const data = dataOf(await app.gql(CustomersCommerceDocument, { first, filter: { minOrders: 0 } }, token));
        expect(data.customers.edges).toHaveLength(first);
        expect(data.customers.edges.some((e) => e.node.coupons.length > 0 && e.node.tier)).toBe(true);
      });
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
  });
});
