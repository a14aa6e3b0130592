import type { OrderInput } from '../generated/graphql';
import { CareRulesDocument, CareRuleSetDocument, CouponTemplateCreateDocument, CustomerCreateDocument, MessageDecisionsDocument, MessageTemplateCreateDocument, OrderImportDocument, OrderUpdateDocument } from '../generated/graphql';
import { careService } from '../../src/care/care.service';
import { runPaymentReminders } from '../../src/jobs/payment-reminders';
import { runDispatch } from '../../src/messages/dispatch.runner';
import { toGlobalId } from '../../src/common/relay';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
let shopId: number;
let customerId: string;
const templates: Record<string, string> = {};
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' });
  app.clock.set(new Date('2026-12-07T04:00:00Z')); // Monday 12:00 in Shanghai
  [{ id: shopId }] = await app.sql<{ id: number }>(`select id from shops where name = 'Demo Shop'`);
  const admin = await app.tokenFor('admin@demo.shop');
  for (const [kind, body] of Object.entries({
    SIGNED_FOR: '{{customer.displayName}}，订单{{order.platformOrderId}}已签收，期待您的评价！',
    BAD_REVIEW: '{{customer.displayName}}，很抱歉让您失望。送您{{coupon.amount}}券{{coupon.code}}，客服会一对一跟进。',
    OUT_OF_STOCK: '{{customer.displayName}}，订单{{order.platformOrderId}}部分缺货，我们会尽快补偿。',
    PAYMENT_REMINDER: '{{customer.displayName}}，订单{{order.platformOrderId}}库存紧张，付款后48小时内发货。',
    LOGISTICS_DELAY: '{{customer.displayName}}，订单{{order.platformOrderId}}物流有延误，非常抱歉，我们在催。',
  })) {
    templates[kind] = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: `Care ${kind}`, channel: 'SMS', body } }, admin)).messageTemplateCreate.messageTemplate!.id;
  }
  customerId = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'TAOBAO', platformHandle: 'care_buyer', displayName: '林芳', phone: '+8613600003333' } }, await app.tokenFor('sales1@demo.shop'))).customerCreate.customer!.id;
});
afterAll(() => app.close());

const admin = () => app.tokenFor('admin@demo.shop');
const dispatch = () => runDispatch(app.jobDeps, shopId);
const setRule = async (input: Record<string, unknown>) => dataOf(await app.gql(CareRuleSetDocument, { input: input as never }, await admin())).careRuleSet;
const ledger = async () =>
  (await app.sql<{ key: string; status: string; rule: string | null; body: string | null; due_at: Date; coupon_id: number | null; purpose: string }>(`select key, status, rule, body, due_at, coupon_id, purpose from messages where origin = 'CARE' order by id`)).map((m) => ({ ...m, key: m.key.replace(/:\d+$/, '') }));
const order = (platformOrderId: string, fields: Partial<OrderInput>): OrderInput => ({ platformOrderId, customerId, amount: 9900, status: 'PAID', placedAt: '2026-12-06T02:00:00Z', ...fields });

describe('care messages on order events', () => {
  it('refuses a template with a coupon but no coupon template, and reviewers', async () => {
    const refused = await setRule({ kind: 'BAD_REVIEW', templateId: templates.BAD_REVIEW });
    expect(refused.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([['INVALID_INPUT', 'input.couponTemplateId']]);
    expect(errorCode(await app.gql(CareRuleSetDocument, { input: { kind: 'SIGNED_FOR', templateId: templates.SIGNED_FOR } }, await app.tokenFor('reviewer@demo.shop')))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CareRulesDocument, {}, await app.tokenFor('sales1@demo.shop')))).toBe('FORBIDDEN');
  });

  it('answers signed-for, bad review and out of stock once each, as transactional messages, the apology with its coupon', async () => {
    const coupon = dataOf(await app.gql(CouponTemplateCreateDocument, { input: { name: 'Sorry', purpose: 'BAD_REVIEW_APOLOGY', discountType: 'AMOUNT_OFF', discountValue: 1500, validDays: 30 } }, await admin())).couponTemplateCreate.couponTemplate!.id;
    expect((await setRule({ kind: 'SIGNED_FOR', templateId: templates.SIGNED_FOR, delayHours: 24 })).careRule).toMatchObject({ kind: 'SIGNED_FOR', enabled: true, delayHours: 24 });
    expect((await setRule({ kind: 'BAD_REVIEW', templateId: templates.BAD_REVIEW, couponTemplateId: coupon })).userErrors).toEqual([]);
    expect((await setRule({ kind: 'OUT_OF_STOCK', templateId: templates.OUT_OF_STOCK })).userErrors).toEqual([]);
    const rows = [order('CARE-SIGNED', { status: 'RECEIVED' }), order('CARE-BAD', { status: 'RECEIVED', review: 'BAD' }), order('CARE-OOS', { outOfStock: true }), order('CARE-PLAIN', {}), order('CARE-OLD', { status: 'RECEIVED', placedAt: '2026-09-01T02:00:00Z' })];
    const imported = dataOf(await app.gql(OrderImportDocument, { input: { orders: rows, errorPolicy: 'REJECT_EVERYTHING' } }, await admin())).orderImport;
    expect(imported.rowErrors).toEqual([]);
    // The invitation waits a day; the reviewed order and the order from September get none.
    expect(new Date((await ledger())[0].due_at)).toEqual(new Date('2026-12-08T04:00:00Z'));
    expect(await ledger()).toMatchObject([
      { key: 'care:SIGNED_FOR', status: 'SCHEDULED', purpose: 'TRANSACTIONAL' },
      { key: 'care:BAD_REVIEW', status: 'SCHEDULED' },
      { key: 'care:OUT_OF_STOCK', status: 'SCHEDULED' },
    ]);
    await dispatch();
    const now = await ledger();
    expect(now.filter((m) => m.status === 'HANDED_OVER').map((m) => m.key)).toEqual(['care:BAD_REVIEW', 'care:OUT_OF_STOCK']);
    const apology = now.find((m) => m.key === 'care:BAD_REVIEW')!;
    const [issued] = await app.sql<{ code: string; discount_value: number }>(`select code, discount_value from coupons where id = ${apology.coupon_id}`);
    expect(apology.body).toBe(`【Demo Shop】林芳，很抱歉让您失望。送您¥15券${issued.code}，客服会一对一跟进。`);
    // The same file again, and an update of the review: nothing new.
    dataOf(await app.gql(OrderImportDocument, { input: { orders: rows.map((r) => ({ ...r, amount: 9901 })), errorPolicy: 'REJECT_EVERYTHING' } }, await admin()));
    expect(await ledger()).toHaveLength(3);
    // A day on, the review invitations go.
    app.clock.set(new Date('2026-12-08T04:00:00Z'));
    await dispatch();
    const [invite] = (await ledger()).filter((m) => m.key === 'care:SIGNED_FOR');
    expect(invite).toMatchObject({ status: 'HANDED_OVER', body: '【Demo Shop】林芳，订单CARE-SIGNED已签收，期待您的评价！' });
  });

  it('sends the payment reminder with the PAYMENT_REMINDER follow-up, and apologises for late deliveries', async () => {
    await setRule({ kind: 'PAYMENT_REMINDER', templateId: templates.PAYMENT_REMINDER });
    expect((await setRule({ kind: 'LOGISTICS_DELAY', templateId: templates.LOGISTICS_DELAY, thresholdDays: 4 })).careRule).toMatchObject({ thresholdDays: 4 });
    dataOf(await app.gql(OrderImportDocument, { input: { orders: [
      order('CARE-UNPAID', { status: 'UNPAID', placedAt: '2026-12-06T02:00:00Z' }),
      order('CARE-LATE', { status: 'SHIPPED', placedAt: '2026-12-03T02:00:00Z', paidAt: '2026-12-03T02:00:00Z' }),
      order('CARE-ONTIME', { status: 'SHIPPED', placedAt: '2026-12-06T02:00:00Z', paidAt: '2026-12-06T02:00:00Z' }),
    ], errorPolicy: 'REJECT_EVERYTHING' } }, await admin()));
    app.clock.set(new Date('2026-12-08T05:00:00Z'));
    expect((await runPaymentReminders(app.orm, app.clock, app.jobDeps.logger)).created).toBeGreaterThanOrEqual(1);
    expect(await careService.scanDelays(app.orm.em.fork(), app.clock.now())).toBe(1);
    expect(await careService.scanDelays(app.orm.em.fork(), app.clock.now())).toBe(0); // once per order
    await dispatch();
    const sent = (await ledger()).filter((m) => m.key === 'care:PAYMENT_REMINDER' || m.key === 'care:LOGISTICS_DELAY');
    expect(sent.map((m) => [m.key, m.status, m.body])).toEqual([
      ['care:PAYMENT_REMINDER', 'HANDED_OVER', '【Demo Shop】林芳，订单CARE-UNPAID库存紧张，付款后48小时内发货。'],
      ['care:LOGISTICS_DELAY', 'HANDED_OVER', '【Demo Shop】林芳，订单CARE-LATE物流有延误，非常抱歉，我们在催。'],
    ]);
    const follow = await app.sql(`select 1 from follow_up_tasks where kind = 'PAYMENT_REMINDER' and note like '%CARE-UNPAID%'`);
    expect(follow).toHaveLength(1);
  });

  it('sends nothing for a rule turned off', async () => {
    await setRule({ kind: 'OUT_OF_STOCK', enabled: false });
    const [{ id }] = await app.sql<{ id: number }>(`select id from orders where platform_order_id = 'CARE-PLAIN'`);
    const updated = dataOf(await app.gql(OrderUpdateDocument, { id: toGlobalId('Order', id), input: { outOfStock: true } }, await admin())).orderUpdate;
    expect(updated.userErrors).toEqual([]);
    expect((await ledger()).filter((m) => m.key === 'care:OUT_OF_STOCK')).toHaveLength(1);
    const rules = dataOf(await app.gql(CareRulesDocument, {}, await app.tokenFor('reviewer@demo.shop'))).careRules;
    expect(rules.map((r) => [r.kind, r.enabled])).toEqual([['PAYMENT_REMINDER', true], ['LOGISTICS_DELAY', true], ['SIGNED_FOR', true], ['BAD_REVIEW', true], ['OUT_OF_STOCK', false]]);
    const decisions = dataOf(await app.gql(MessageDecisionsDocument, { customerId }, await app.tokenFor('sales1@demo.shop'))).messageDecisions;
    expect(decisions.totalCount).toBe(5);
  });
});
