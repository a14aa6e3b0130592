import { CouponIssueDocument, CouponRedeemDocument, CouponTemplateCreateDocument, CustomerCreateDocument, CustomerTransferDocument, OrderImportDocument, WebhookEndpointCreateDocument } from '../generated/graphql';
import { fromGlobalId, toGlobalId } from '../../src/common/relay';
import { deliverEndpoint } from '../../src/webhooks/delivery.runner';
import { startReceiver, WebhookReceiver } from '../../src/webhooks/webhook-receiver';
import { createTestApp, dataOf, TestApp } from '../support/test-app';

let app: TestApp;
let receiver: WebhookReceiver;
let secret = '';
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' });
  receiver = await startReceiver({ secrets: () => [secret] });
});
afterAll(async () => {
  await receiver.close();
  await app.close();
});

const admin = () => app.tokenFor('admin@demo.shop');
const eventsOf = async (type: string) => app.sql<{ payload: { type: string; data: Record<string, unknown> } }>(`select payload from webhook_events where type = '${type}' order by id`);

describe('business events through the outbox', () => {
  it('writes no event nobody subscribes to', async () => {
    dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'TAOBAO', platformHandle: 'nobody_listens' } }, await admin()));
    expect(await eventsOf('CUSTOMER_REGISTERED')).toEqual([]);
  });

  it('delivers registrations, assignments, imported orders and coupons to the endpoints that subscribe', async () => {
    const all = dataOf(await app.gql(WebhookEndpointCreateDocument, { input: { url: receiver.url, description: 'warehouse' } }, await admin())).webhookEndpointCreate;
    secret = all.secret!;
    const sendOnly = dataOf(await app.gql(WebhookEndpointCreateDocument, { input: { url: `${receiver.url}?only=send`, eventTypes: ['MESSAGE_SEND'] } }, await admin())).webhookEndpointCreate.webhookEndpoint!;

    const customer = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: 'events_buyer', displayName: '赵雷', phone: '+8613500004444' } }, await app.tokenFor('sales1@demo.shop'))).customerCreate.customer!;
    const [owned] = await app.sql<{ id: number; tasks: number }>(
      `select c.id, count(t.id)::int as tasks from customers c join users u on u.id = c.owner_id and u.email = 'sales1@demo.shop' join follow_up_tasks t on t.customer_id = c.id and t.status = 'OPEN' group by c.id order by c.id limit 1`,
    );
    const [sales2] = await app.sql<{ id: number }>(`select id from users where email = 'sales2@demo.shop'`);
    expect(dataOf(await app.gql(CustomerTransferDocument, { id: toGlobalId('Customer', owned.id), input: { toUserId: toGlobalId('User', sales2.id), reason: 'Leave' } }, await admin())).customerTransfer.userErrors).toEqual([]);
    const imported = dataOf(await app.gql(OrderImportDocument, { input: { orders: [{ platformOrderId: 'EV-1', customerId: customer.id, amount: 20000, status: 'PAID', placedAt: new Date().toISOString() }], errorPolicy: 'REJECT_EVERYTHING' } }, await admin())).orderImport;
    expect(imported.created).toBe(1);
    const templateId = dataOf(await app.gql(CouponTemplateCreateDocument, { input: { name: 'Ten off', purpose: 'PROMOTION', discountType: 'AMOUNT_OFF', discountValue: 1000, validDays: 30 } }, await admin())).couponTemplateCreate.couponTemplate!.id;
    const coupon = dataOf(await app.gql(CouponIssueDocument, { input: { templateId, customerId: customer.id, idempotencyKey: 'events-coupon-1' } }, await admin())).couponIssue.coupon!;
    const [order] = await app.sql<{ id: number }>(`select id from orders where platform_order_id = 'EV-1'`);
    expect(dataOf(await app.gql(CouponRedeemDocument, { input: { code: coupon.code, orderId: toGlobalId('Order', order.id) } }, await admin())).couponRedeem.userErrors).toEqual([]);

    const [endpoint] = await app.sql<{ id: number }>(`select id from webhook_endpoints where url = '${receiver.url}'`);
    await deliverEndpoint({ orm: app.orm, webhookTargets: 'loopback', shuttingDown: () => false }, endpoint.id);
    await deliverEndpoint({ orm: app.orm, webhookTargets: 'loopback', shuttingDown: () => false }, fromGlobalId(sendOnly.id)!.id);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const byType = (type: string) => receiver.received.filter((r) => r.type === type).map((r) => r.data);
    expect(byType('customer.registered')).toEqual([expect.objectContaining({ customerId: customer.id, platform: 'JD', platformHandle: 'events_buyer', displayName: '赵雷' })]);
    expect(JSON.stringify(byType('customer.registered'))).not.toContain('+8613500004444'); // no contact details in business events
    expect(byType('follow_up.assigned')).toHaveLength(owned.tasks);
    expect(byType('follow_up.assigned')[0]).toMatchObject({ customerId: toGlobalId('Customer', owned.id), assigneeId: toGlobalId('User', sales2.id) });
    expect(byType('order.imported')).toEqual([expect.objectContaining({ orderId: toGlobalId('Order', order.id), created: true, platformOrderId: 'EV-1', amount: 20000, status: 'PAID' })]);
    expect(byType('coupon.issued')).toEqual([expect.objectContaining({ couponId: coupon.id, customerId: customer.id, discountValue: 1000, expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) })]);
    expect(byType('coupon.redeemed')).toEqual([expect.objectContaining({ couponId: coupon.id, orderId: toGlobalId('Order', order.id), discountApplied: 1000 })]);
    // The endpoint that takes only message.send got none of these.
    const [{ count }] = await app.sql<{ count: number }>(`select count(*)::int as count from webhook_deliveries where endpoint_id = ${fromGlobalId(sendOnly.id)!.id}`);
    expect(count).toBe(0);
  });
});
