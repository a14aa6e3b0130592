import {
  CustomerConsentRecordDocument, CustomerCreateDocument, MessageSendDocument, MessageTemplateCreateDocument, ShopSendSettingsDocument,
  WebhookEndpointCreateDocument, WebhookEndpointSecretRotateDocument, WebhookEndpointUpdateDocument, WebhookEventReplayDocument, WebhookEventsDocument,
} from '../generated/graphql';
import { fromGlobalId } from '../../src/common/relay';
import { deliverEndpoint } from '../../src/webhooks/delivery.runner';
import { ReceiverAnswer, startReceiver, WebhookReceiver } from '../../src/webhooks/webhook-receiver';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
let receiver: WebhookReceiver;
let secrets: string[] = [];
let answers: ReceiverAnswer[] = [];
let templateId: string;
let customerId: string;
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' }); // deliveries run when the test says
  receiver = await startReceiver({ secrets: () => secrets, answer: () => answers.shift() ?? 204 });
  const admin = await app.tokenFor('admin@demo.shop');
  templateId = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Hello', channel: 'SMS', body: '{{customer.displayName}}，新品到了。' } }, admin)).messageTemplateCreate.messageTemplate!.id;
  customerId = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'TAOBAO', platformHandle: 'hook_buyer', displayName: '陈晨', phone: '+8613700002222' } }, admin)).customerCreate.customer!.id;
  await app.gql(CustomerConsentRecordDocument, { customerId, input: { granted: true, source: 'CUSTOMER_FORM', evidence: 'Ticked the box on the membership page.' } }, admin);
  await app.gql(ShopSendSettingsDocument, { input: { marketingCapPerDay: 20, marketingCapPerWeek: 100, quietHoursFrom: '00:00', quietHoursUntil: '00:00' } }, admin);
});
afterAll(async () => {
  await receiver.close();
  await app.close();
});

const admin = () => app.tokenFor('admin@demo.shop');
const deliver = (endpointId: string) => deliverEndpoint({ orm: app.orm, webhookTargets: 'loopback', shuttingDown: () => false }, fromGlobalId(endpointId)!.id);
let sends = 0;
const sendMessage = async () => {
  const payload = dataOf(await app.gql(MessageSendDocument, { input: { customerId, templateId, purpose: 'MARKETING', idempotencyKey: `hook-${++sends}` } }, await admin())).messageSend;
  expect(payload.message!.status).toBe('HANDED_OVER');
  return payload.message!;
};
const events = async (deadOnly = false) => dataOf(await app.gql(WebhookEventsDocument, { type: 'MESSAGE_SEND', deadOnly }, await admin())).webhookEvents.edges.map((e) => e.node);
const createEndpoint = async (url: string, eventTypes: ('MESSAGE_SEND' | 'MESSAGE_STATUS')[] = []) => {
  const created = dataOf(await app.gql(WebhookEndpointCreateDocument, { input: { url, eventTypes, description: 'SMS gateway' } }, await admin())).webhookEndpointCreate;
  expect(created.userErrors).toEqual([]);
  return { id: created.webhookEndpoint!.id, secret: created.secret! };
};

describe('webhook endpoints and the outbox', () => {
  it('refuses endpoints at private, link-local and reserved addresses, and URLs that are not plain http(s)', async () => {
    for (const url of ['http://10.1.2.3/hook', 'http://169.254.169.254/latest/meta-data', 'http://[fd00::1]/x', 'http://192.168.1.10:8080/', 'ftp://example.com/x', 'https://user:pw@example.com/x', 'not a url']) {
      const refused = dataOf(await app.gql(WebhookEndpointCreateDocument, { input: { url } }, await admin())).webhookEndpointCreate;
      expect([url, refused.userErrors.map((e) => [e.code, e.field?.join('.')])]).toEqual([url, [['INVALID_INPUT', 'input.url']]]);
    }
    expect(errorCode(await app.gql(WebhookEndpointCreateDocument, { input: { url: receiver.url } }, await app.tokenFor('reviewer@demo.shop')))).toBe('FORBIDDEN');
  });

  it('delivers a handed-over message, signed per Standard Webhooks, and records the delivery', async () => {
    const endpoint = await createEndpoint(receiver.url, ['MESSAGE_SEND']);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    secrets = [endpoint.secret];
    const message = await sendMessage();
    expect(await deliver(endpoint.id)).toBe(1);
    const got = receiver.received.at(-1)!;
    expect(got).toMatchObject({ verified: true, type: 'message.send', data: { messageId: message.id, channel: 'SMS', text: '【Demo Shop】陈晨，新品到了。', to: { phone: '+8613700002222' } } });
    const [event] = await events();
    expect(event.webhookId).toBe(got.webhookId);
    expect(event.deliveries).toMatchObject([{ status: 'SUCCEEDED', attempts: 1, lastStatus: 204, lastError: null, endpoint: { id: endpoint.id } }]);
    // The secret is in no payload and no trail row.
    const trail = await app.sql<{ changes: unknown }>(`select changes from audit_trail where entity_type = 'WebhookEndpoint'`);
    expect(JSON.stringify(trail)).not.toContain(endpoint.secret.slice(6));
    await app.gql(WebhookEndpointUpdateDocument, { id: endpoint.id, input: { enabled: false } }, await admin());
  });

  it('retries on the spec\'s schedule with the same webhook-id, dead-letters after the tenth attempt, and replays', async () => {
    const endpoint = await createEndpoint(receiver.url, ['MESSAGE_SEND']);
    secrets = [endpoint.secret];
    await sendMessage();
    answers = [500];
    const before = Date.now();
    await deliver(endpoint.id);
    let [event] = await events();
    expect(event.deliveries).toMatchObject([{ status: 'PENDING', attempts: 1, lastStatus: 500, lastError: 'HTTP 500' }]);
    const wait = new Date(event.deliveries[0].nextAttemptAt).getTime() - before;
    expect(wait).toBeGreaterThanOrEqual(4_000);
    expect(wait).toBeLessThan(7_000);
    expect(await deliver(endpoint.id)).toBe(0); // not due yet
    const due = () => app.sql(`update webhook_deliveries set next_attempt_at = now() - interval '1 second' where status = 'PENDING'`);
    await due();
    answers = [503];
    await deliver(endpoint.id);
    [event] = await events();
    expect(event.deliveries[0]).toMatchObject({ status: 'PENDING', attempts: 2 });
    const second = new Date(event.deliveries[0].nextAttemptAt).getTime() - Date.now();
    expect(second).toBeGreaterThan(290_000); // 5 minutes
    // The tenth attempt fails: dead-lettered.
    await app.sql(`update webhook_deliveries set attempts = 9, next_attempt_at = now() - interval '1 second' where status = 'PENDING'`);
    answers = [500];
    await deliver(endpoint.id);
    const [dead] = await events(true);
    expect(dead.id).toBe(event.id);
    expect(dead.deliveries[0]).toMatchObject({ status: 'DEAD', attempts: 10 });
    // Replayed: a fresh schedule, the same webhook-id.
    const replay = dataOf(await app.gql(WebhookEventReplayDocument, { id: event.id }, await admin())).webhookEventReplay;
    expect(replay.userErrors).toEqual([]);
    await deliver(endpoint.id);
    [event] = await events();
    expect(event.deliveries[0]).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastStatus: 204 });
    const ids = receiver.received.filter((r) => r.webhookId === event.webhookId);
    expect(ids).toHaveLength(4);
    expect(ids.every((r) => r.verified)).toBe(true);
    await app.gql(WebhookEndpointUpdateDocument, { id: endpoint.id, input: { enabled: false } }, await admin());
  });

  it('disables an endpoint that answers 410 Gone; it gets nothing until enabled again', async () => {
    const endpoint = await createEndpoint(receiver.url);
    secrets = [endpoint.secret];
    await sendMessage();
    answers = [410];
    await deliver(endpoint.id);
    let [event] = await events();
    expect(event.deliveries).toMatchObject([{ status: 'DEAD', lastStatus: 410 }]);
    const [row] = await app.sql<{ disabled_at: Date | null; disabled_reason: string }>(`select disabled_at, disabled_reason from webhook_endpoints where id = ${fromGlobalId(endpoint.id)!.id}`);
    expect(row.disabled_at).not.toBeNull();
    expect(row.disabled_reason).toContain('410');
    await sendMessage();
    [event] = await events();
    expect(event.deliveries).toEqual([]);
    const enabled = dataOf(await app.gql(WebhookEndpointUpdateDocument, { id: endpoint.id, input: { enabled: true } }, await admin())).webhookEndpointUpdate;
    expect(enabled.webhookEndpoint).toMatchObject({ disabledAt: null, disabledReason: null });
    dataOf(await app.gql(WebhookEventReplayDocument, { id: event.id, endpointId: endpoint.id }, await admin()));
    await deliver(endpoint.id);
    [event] = await events();
    expect(event.deliveries).toMatchObject([{ status: 'SUCCEEDED' }]);
    await app.gql(WebhookEndpointUpdateDocument, { id: endpoint.id, input: { enabled: false } }, await admin());
  });

  it('signs with both secrets for a day after a rotation, so a receiver on either verifies', async () => {
    const endpoint = await createEndpoint(receiver.url);
    const rotated = dataOf(await app.gql(WebhookEndpointSecretRotateDocument, { id: endpoint.id }, await admin())).webhookEndpointSecretRotate;
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(Math.abs(new Date(rotated.webhookEndpoint!.previousSecretExpiresAt!).getTime() - Date.now() - 24 * 3_600_000)).toBeLessThan(60_000);
    for (const secret of [endpoint.secret, rotated.secret!]) {
      secrets = [secret];
      await sendMessage();
      await deliver(endpoint.id);
      expect(receiver.received.at(-1)).toMatchObject({ verified: true });
    }
    secrets = ['whsec_' + Buffer.alloc(32, 7).toString('base64')];
    await sendMessage();
    await deliver(endpoint.id);
    expect(receiver.received.at(-1)).toMatchObject({ verified: false });
    const [event] = await events();
    expect(event.deliveries[0]).toMatchObject({ status: 'PENDING', lastStatus: 401 });
  });

  it('reads the outbox with its deliveries and endpoints in as many statements for 100 events as for 2', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const statementsFor = (first: number) =>
      app.statementsOf(reviewer, async () => {
        const result = await app.raw<{ webhookEvents: { edges: { node: { deliveries: { endpoint: { url: string } }[] } }[] } }>(
          `query($first: Int) { webhookEvents(first: $first) { totalCount edges { node { webhookId payload deliveries { status endpoint { url } } } } } }`,
          { first },
          reviewer,
        );
        expect(result.data!.webhookEvents.edges).toHaveLength(Math.min(first, 7));
        expect(result.data!.webhookEvents.edges.some((e) => e.node.deliveries.length > 0)).toBe(true);
      });
    const two = await statementsFor(2);
    expect(await statementsFor(100)).toBe(two);
    expect(two).toBeLessThanOrEqual(4);
  });

  it('lets reviewers read the outbox; refuses reps and other shops', async () => {
    expect(dataOf(await app.gql(WebhookEventsDocument, {}, await app.tokenFor('reviewer@demo.shop'))).webhookEvents.totalCount).toBeGreaterThan(3);
    expect(errorCode(await app.gql(WebhookEventsDocument, {}, await app.tokenFor('sales1@demo.shop')))).toBe('FORBIDDEN');
    expect(dataOf(await app.gql(WebhookEventsDocument, {}, await app.tokenFor('admin@other.shop'))).webhookEvents.totalCount).toBe(0);
    const [event] = await events();
    const foreign = dataOf(await app.gql(WebhookEventReplayDocument, { id: event.id }, await app.tokenFor('admin@other.shop'))).webhookEventReplay;
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});
