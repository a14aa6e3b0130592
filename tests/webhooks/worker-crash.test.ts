import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { TEST_DATA_MASTER_KEY } from '../support/test-keys';
import os from 'node:os';
import path from 'node:path';
import { CustomerConsentRecordDocument, CustomerCreateDocument, MessageSendDocument, MessageTemplateCreateDocument, ShopSendSettingsDocument, WebhookEndpointCreateDocument } from '../generated/graphql';
import { freePort } from '../../src/db/embedded-postgres';
import { reviveStalledDeliveries } from '../../src/webhooks/delivery.runner';
import { startReceiver, WebhookReceiver } from '../../src/webhooks/webhook-receiver';
import { createTestApp, dataOf, TestApp } from '../support/test-app';

/**
 * The real thing: a server process (`node dist/src/main.js`) whose queue worker is killed with
 * SIGKILL while it posts a batch of webhooks, then another that takes over.
 */
const root = path.join(__dirname, '../..');
const EVENTS = 20;
let app: TestApp;
let receiver: WebhookReceiver;
let hang = true;
let secret = '';
beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-if-needed.cjs')], { stdio: 'ignore', timeout: 180_000 });
  app = await createTestApp({ JOBS_CONCURRENCY: '0' });
  receiver = await startReceiver({ secrets: () => [secret], answer: () => (hang ? 'hang' : 200) });
}, 240_000);
afterAll(async () => {
  await receiver.close();
  await app.close();
});

async function startWorkerProcess(): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: root,
    stdio: 'ignore',
    env: {
      ...process.env, DATABASE_URL: app.databaseUrl, PORT: String(port), NODE_ENV: 'production', SEED_DEMO: 'false', LOG_LEVEL: 'silent', JOBS_INTERVAL_SECONDS: '0', JOBS_CRON: 'false',
      JOBS_CONCURRENCY: '2', WEBHOOK_TARGETS: 'loopback', JWT_SECRET: 'crash-test-secret-that-is-long-enough-012345', DATA_MASTER_KEY: TEST_DATA_MASTER_KEY, DATA_DIR: path.join(os.tmpdir(), 'rl-crash-test'),
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 300; i++) {
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return { child, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not become ready');
}

async function until(what: string, condition: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const distinct = (filter: (r: WebhookReceiver['received'][number]) => boolean = () => true) => new Set(receiver.received.filter(filter).map((r) => r.webhookId)).size;

describe('a worker killed in the middle of deliveries', () => {
  it('still delivers every event at least once, with the same webhook-id, once another worker takes over', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    secret = dataOf(await app.gql(WebhookEndpointCreateDocument, { input: { url: receiver.url, eventTypes: ['MESSAGE_SEND'] } }, admin)).webhookEndpointCreate.secret!;
    await app.gql(ShopSendSettingsDocument, { input: { marketingCapPerDay: 20, marketingCapPerWeek: 100, quietHoursFrom: '00:00', quietHoursUntil: '00:00' } }, admin);
    const templateId = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Crash', channel: 'WECHAT', body: '{{customer.displayName}}，您好。' } }, admin)).messageTemplateCreate.messageTemplate!.id;
    const customerId = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'WECHAT', platformHandle: 'crash_buyer', wechatId: 'wx_crash' } }, admin)).customerCreate.customer!.id;
    await app.gql(CustomerConsentRecordDocument, { customerId, input: { granted: true, source: 'STAFF', evidence: 'yes' } }, admin);
    for (let i = 0; i < EVENTS; i++) {
      const sent = dataOf(await app.gql(MessageSendDocument, { input: { customerId, templateId, purpose: 'MARKETING', idempotencyKey: `crash-${i}` } }, admin)).messageSend;
      expect(sent.message!.status).toBe('HANDED_OVER');
    }

    // The first worker takes the deliveries and posts them; the receiver holds every request open.
    const first = await startWorkerProcess();
    await until('the first worker to post every event', () => distinct() === EVENTS);
    first.child.kill('SIGKILL');
    await first.exited;
    const held = await app.sql<{ status: string; attempts: number; leased: boolean }>(`select status, attempts, leased_until is not null as leased from webhook_deliveries`);
    expect(held).toHaveLength(EVENTS);
    expect(held.every((d) => d.status === 'PENDING' && d.attempts === 0 && d.leased)).toBe(true);

    // A minute on, as the revive task sees it: the leases ran out, the deliveries are overdue.
    await app.sql(`update webhook_deliveries set leased_until = now() - interval '1 second', next_attempt_at = now() - interval '2 minutes'`);
    hang = false;
    const firstIds = new Set(receiver.received.map((r) => r.webhookId));
    const second = await startWorkerProcess();
    try {
      // What the queue's revive task does every minute (the run queued for the leases' end would too).
      await reviveStalledDeliveries(app.orm);
      await until('every delivery to succeed', async () => (await app.sql(`select 1 from webhook_deliveries where status <> 'SUCCEEDED'`)).length === 0);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    const again = receiver.received.slice(-EVENTS);
    expect(new Set(again.map((r) => r.webhookId))).toEqual(firstIds);
    expect(receiver.received.every((r) => r.verified && r.type === 'message.send')).toBe(true);
    expect(distinct()).toBe(EVENTS);
  }, 120_000);
});
