import { CustomerConsentRecordDocument, CustomerConsentsDocument, CustomerCreateDocument, MessageDecisionsDocument, MessageReportDocument, MessageSendDocument, MessageTemplateCreateDocument, ShopSendSettingsDocument, WebhookEndpointCreateDocument } from '../generated/graphql';
import { runDispatch } from '../../src/messages/dispatch.runner';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
let shopId: number;
let templateId: string;
let reminderId: string;
let customerId: string;
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' }); // dispatch runs when the test says
  [{ id: shopId }] = await app.sql<{ id: number }>(`select id from shops where name = 'Demo Shop'`);
  const admin = await app.tokenFor('admin@demo.shop');
  const make = async (name: string, body: string) =>
    dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name, channel: 'SMS', body } }, admin)).messageTemplateCreate.messageTemplate!.id;
  templateId = await make('Old friends', '{{customer.displayName}}，老朋友专享：全店满199减30。回T退订');
  reminderId = await make('Pay reminder', '{{customer.displayName}}，订单{{order.platformOrderId}}库存紧张，付款后48小时内发货。');
  const created = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'TAOBAO', platformHandle: 'msg_buyer_1', displayName: '周敏', phone: '+8613900001111' } }, await app.tokenFor('sales1@demo.shop'))).customerCreate;
  customerId = created.customer!.id;
});
afterAll(() => app.close());

const sales = () => app.tokenFor('sales1@demo.shop');
const at = (iso: string) => app.clock.set(new Date(iso));
const dispatch = () => runDispatch(app.jobDeps, shopId);
let keys = 0;
const send = async (input: Partial<{ templateId: string; purpose: 'MARKETING' | 'TRANSACTIONAL'; orderId: string; idempotencyKey: string; customerId: string }> = {}, token?: string) =>
  app.gql(MessageSendDocument, { input: { customerId, templateId, purpose: 'MARKETING', idempotencyKey: `k${++keys}`, ...input } }, token ?? (await sales()));
const sent = async (input: Parameters<typeof send>[0] = {}) => {
  const payload = dataOf(await send(input)).messageSend;
  expect(payload.userErrors).toEqual([]);
  return payload.message!;
};
const consent = async (granted: boolean, evidence = 'Said yes in chat 2026-12-07.') =>
  dataOf(await app.gql(CustomerConsentRecordDocument, { customerId, input: { granted, source: 'STAFF', evidence } }, await sales())).customerConsentRecord;

describe('outbound messages: the rules every message passes', () => {
  it('sends marketing only with recorded consent, then caps it per shop day while transactional messages have their own cap', async () => {
    at('2026-12-07T04:00:00Z'); // Monday 12:00 in Shanghai
    const refused = await sent();
    expect(refused).toMatchObject({ status: 'SKIPPED', rule: 'NO_CONSENT', body: null, handedOverAt: null });

    const recorded = await consent(true);
    expect(recorded.customer).toMatchObject({ marketingConsent: 'GRANTED' });
    expect(recorded.consent).toMatchObject({ granted: true, source: 'STAFF', evidence: 'Said yes in chat 2026-12-07.' });

    const first = await sent();
    expect(first).toMatchObject({ status: 'HANDED_OVER', rule: 'CLEARED', body: '【Demo Shop】周敏，老朋友专享：全店满199减30。回T退订' });
    expect(first.decisions.map((d) => d.rule)).toEqual(['CLEARED']);
    // Handed over = a message.send event in the outbox, in the same transaction.
    const [event] = await app.sql<{ payload: { type: string; data: { text: string; to: { phone: string } } } }>(`select payload from webhook_events where type = 'MESSAGE_SEND' order by id desc limit 1`);
    expect(event.payload).toMatchObject({ type: 'message.send', data: { text: first.body, to: { phone: '+8613900001111' } } });

    const capped = await sent();
    expect(capped).toMatchObject({ status: 'SKIPPED', rule: 'CAPPED_DAY' });
    expect(capped.detail).toContain('the cap is 1');

    // A payment reminder is a notice about the buyer's own order: no consent needed, its own cap.
    const [order] = await app.sql<{ id: number }>(`insert into orders (shop_id, customer_id, platform_order_id, amount, currency, status, placed_at) select ${shopId}, id, 'MSG-ORDER-1', 12850, 'CNY', 'UNPAID', now() from customers where platform_handle = 'msg_buyer_1' returning id`);
    const orderId = Buffer.from(`Order:${order.id}`).toString('base64');
    const reminder = await sent({ templateId: reminderId, purpose: 'TRANSACTIONAL', orderId });
    expect(reminder).toMatchObject({ status: 'HANDED_OVER', body: '【Demo Shop】周敏，订单MSG-ORDER-1库存紧张，付款后48小时内发货。' });

    // The next shop day the marketing cap starts again; the week's cap (3) still counts.
    at('2026-12-08T04:00:00Z');
    expect(await sent()).toMatchObject({ status: 'HANDED_OVER' });
    at('2026-12-09T04:00:00Z');
    expect(await sent()).toMatchObject({ status: 'HANDED_OVER' });
    at('2026-12-10T04:00:00Z');
    const weekly = await sent();
    expect(weekly).toMatchObject({ status: 'SKIPPED', rule: 'CAPPED_WEEK' });
    // Monday of the next week, shop time (Sunday 16:00 UTC).
    at('2026-12-14T01:00:00Z');
    expect(await sent()).toMatchObject({ status: 'HANDED_OVER' });
  });

  it('defers a message due in quiet hours to their end, never drops it, and sends it then', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    expect(dataOf(await app.gql(ShopSendSettingsDocument, { input: { marketingCapPerDay: 5, marketingCapPerWeek: 20, quietHoursFrom: '21:30', quietHoursUntil: '08:30' } }, admin)).shopUpdate.shop).toMatchObject({ quietHoursFrom: '21:30', quietHoursUntil: '08:30', marketingCapPerDay: 5 });
    at('2026-12-15T15:00:00Z'); // Tuesday 23:00 in Shanghai
    const deferred = await sent();
    expect(deferred).toMatchObject({ status: 'SCHEDULED', rule: 'QUIET_HOURS', dueAt: '2026-12-16T00:30:00.000Z', body: null });
    at('2026-12-16T00:29:00Z');
    await dispatch();
    expect(dataOf(await app.gql(MessageDecisionsDocument, { customerId, first: 1 }, await sales())).messageDecisions.edges[0].node.status).toBe('SCHEDULED');
    at('2026-12-16T00:31:00Z');
    expect(await dispatch()).toBe(1);
    const [latest] = dataOf(await app.gql(MessageDecisionsDocument, { customerId, first: 1 }, await sales())).messageDecisions.edges;
    expect(latest.node).toMatchObject({ status: 'HANDED_OVER', rule: 'CLEARED' });
    expect(latest.node.decisions.map((d) => d.rule)).toEqual(['QUIET_HOURS', 'CLEARED']);

    // Deferred at 23:00; the shop then narrows its quiet hours: the message is decided again at once.
    at('2026-12-15T15:00:00Z');
    expect((await sent()).status).toBe('SCHEDULED');
    dataOf(await app.gql(ShopSendSettingsDocument, { input: { quietHoursFrom: '23:30', quietHoursUntil: '07:00' } }, admin));
    expect(await dispatch()).toBe(1);
    const [moved] = dataOf(await app.gql(MessageDecisionsDocument, { customerId, first: 1 }, await sales())).messageDecisions.edges;
    expect(moved.node.decisions.map((d) => d.rule)).toEqual(['QUIET_HOURS', 'CLEARED']);
    dataOf(await app.gql(ShopSendSettingsDocument, { input: { quietHoursFrom: '21:30', quietHoursUntil: '08:30' } }, admin));
  });

  it('an opt-out stops a scheduled marketing message before it goes, and a reply keyword the sender reports opts out too', async () => {
    at('2026-12-16T15:00:00Z'); // 23:00: deferred to 08:30
    const waiting = await sent();
    expect(waiting.status).toBe('SCHEDULED');
    expect((await consent(false, 'Asked us to stop in chat.')).customer).toMatchObject({ marketingConsent: 'WITHDRAWN' });
    at('2026-12-17T01:00:00Z');
    expect(await dispatch()).toBe(0);
    const decisions = dataOf(await app.gql(MessageDecisionsDocument, { customerId, first: 1 }, await sales())).messageDecisions.edges[0].node;
    expect(decisions).toMatchObject({ id: waiting.id, status: 'SKIPPED', rule: 'OPTED_OUT' });
    expect(await sent()).toMatchObject({ status: 'SKIPPED', rule: 'OPTED_OUT' });

    // Consent again, a message goes, the buyer replies 退订: withdrawn at once, with the reply as evidence.
    await consent(true, 'Re-subscribed on the shop page.');
    const handed = await sent();
    expect(handed.status).toBe('HANDED_OVER');
    const admin = await app.tokenFor('admin@demo.shop');
    // A status event is written for an endpoint that takes it.
    dataOf(await app.gql(WebhookEndpointCreateDocument, { input: { url: 'http://127.0.0.1:9/status', eventTypes: ['MESSAGE_STATUS'] } }, admin));
    const reported = dataOf(await app.gql(MessageReportDocument, { input: { messageId: handed.id, status: 'DELIVERED', reply: '退订' } }, admin)).messageReport;
    expect(reported.message).toMatchObject({ status: 'DELIVERED', customer: { marketingConsent: 'WITHDRAWN' } });
    const history = dataOf(await app.gql(CustomerConsentsDocument, { customerId }, admin)).customerConsents;
    expect(history[0]).toMatchObject({ granted: false, source: 'REPLY_KEYWORD' });
    expect(history[0].evidence).toContain('退订');
    expect(history.map((h) => h.granted)).toEqual([false, true, false, true]);
    const [status] = await app.sql<{ payload: { data: { status: string; optedOut: boolean } } }>(`select payload from webhook_events where type = 'MESSAGE_STATUS' order by id desc limit 1`);
    expect(status.payload.data).toMatchObject({ status: 'DELIVERED', optedOut: true });
  });

  it('returns the first message for a repeated idempotency key, and refuses the key for another message', async () => {
    at('2026-12-18T04:00:00Z');
    const first = await sent({ idempotencyKey: 'same-key' });
    const again = await sent({ idempotencyKey: 'same-key' });
    expect(again.id).toBe(first.id);
    // Two requests with one key at the same moment: one message, both answers name it.
    const racing = await Promise.all([send({ idempotencyKey: 'racing-key' }), send({ idempotencyKey: 'racing-key' })]);
    const ids = racing.map((r) => dataOf(r).messageSend.message!.id);
    expect(ids[0]).toBe(ids[1]);
    const other = dataOf(await send({ idempotencyKey: 'same-key', templateId: reminderId, purpose: 'TRANSACTIONAL' })).messageSend;
    expect(other.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([['IDEMPOTENCY_KEY_REUSED', 'input.idempotencyKey']]);
    const missing = dataOf(await send({ templateId: reminderId, purpose: 'TRANSACTIONAL' })).messageSend;
    expect(missing.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([['INVALID_INPUT', 'input.orderId']]);
  });

  it('refuses reviewers, reps outside the customer\'s reach and other shops', async () => {
    expect(errorCode(await send({}, await app.tokenFor('reviewer@demo.shop')))).toBe('FORBIDDEN');
    expect(dataOf(await send({}, await app.tokenFor('sales5@demo.shop'))).messageSend.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(dataOf(await send({}, await app.tokenFor('admin@other.shop'))).messageSend.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const foreign = dataOf(await app.gql(CustomerConsentRecordDocument, { customerId, input: { granted: true, source: 'STAFF', evidence: 'x' } }, await app.tokenFor('sales5@demo.shop'))).customerConsentRecord;
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(dataOf(await app.gql(MessageDecisionsDocument, { customerId }, await app.tokenFor('sales5@demo.shop'))).messageDecisions.totalCount).toBe(0);
    expect(dataOf(await app.gql(MessageDecisionsDocument, { customerId }, await app.tokenFor('admin@other.shop'))).messageDecisions.totalCount).toBe(0);
    expect(dataOf(await app.gql(MessageDecisionsDocument, { customerId }, await app.tokenFor('reviewer@demo.shop'))).messageDecisions.totalCount).toBeGreaterThan(5);
    expect(errorCode(await app.gql(MessageReportDocument, { input: { messageId: '1', status: 'DELIVERED' } }, await sales()))).toBe('FORBIDDEN');
  });
});
