import { MessageTemplateCreateDocument } from '../generated/graphql';
import { startReceiver, type WebhookReceiver } from '../../src/webhooks/webhook-receiver';
import { dataOf } from '../support/test-app';
import { consoleSuite, openConsole, screenshot, seriousViolations, signIn } from './browser';

/**
 * An admin, in the browser, registers the shop's sender as a webhook endpoint, makes a campaign
 * and a wave for a tag, previews its audience, schedules it, and watches the sender receive the
 * messages and the deliveries turn to succeeded. The queue's worker runs as in production.
 */
const suite = consoleSuite();
let receiver: WebhookReceiver;
let secrets: string[] = [];
/** Today's date, the campaign's event date: at 04:00 UTC it is the same date in Shanghai. */
const TODAY = new Date().toISOString().slice(0, 10);
const TAG = 'console_wave';

beforeAll(async () => {
  // Noon in the shop (Asia/Shanghai): inside the wave's window and outside the quiet hours.
  suite.app.clock.set(new Date(`${TODAY}T04:00:00Z`));
  receiver = await startReceiver({ secrets: () => secrets });
  // Five consenting demo buyers carry the wave's tag; the template is the one the admin picks.
  await suite.app.sql(`update customers set tags = array_append(tags, '${TAG}'), marketing_consent = 'GRANTED' where id in (select id from customers where erased_at is null order by id limit 5)`);
  const admin = await suite.app.tokenFor('admin@demo.shop');
  dataOf(await suite.app.gql(MessageTemplateCreateDocument, { input: { name: '会员日问候', channel: 'PLATFORM_CHAT', body: '{{customer.displayName}}，会员日快乐！' } }, admin));
});

afterAll(async () => {
  await receiver?.close();
});

test('endpoint → campaign → wave → preview → schedule → deliveries arrive at the receiver', async () => {
  const { page, context } = await openConsole(suite.browser, suite.app);
  await signIn(page, 'admin@demo.shop');

  // The sender's endpoint; its secret is shown once, and the receiver checks signatures with it.
  await page.getByRole('link', { name: 'Webhook' }).click();
  await page.getByLabel('地址（URL）').fill(receiver.url);
  await page.getByLabel('说明').fill('测试发送方');
  await page.getByRole('button', { name: '添加接收地址' }).click();
  const secret = (await page.getByTestId('webhook-secret').locator('code').textContent())!;
  expect(secret).toMatch(/^whsec_/);
  secrets = [secret];
  await page.getByTestId('webhook-endpoint').filter({ hasText: receiver.url }).waitFor();

  // The campaign, today, with no holdout, and one wave for the tag.
  await page.getByRole('link', { name: '营销活动' }).click();
  await page.getByLabel('活动名称').fill('会员日');
  await page.getByLabel('活动日').fill(TODAY);
  await page.getByLabel('对照组比例（%）').fill('0');
  await page.getByRole('button', { name: '新建活动' }).click();
  const campaign = page.getByTestId('campaign').filter({ hasText: '会员日' });
  await campaign.getByLabel('波次名称').fill('当天问候');
  await campaign.getByLabel('模板').selectOption({ label: '会员日问候 · 平台消息' });
  await campaign.getByLabel('客户标签（可空）').fill(TAG);
  await campaign.getByRole('button', { name: '添加波次' }).click();
  const wave = campaign.getByTestId('wave').filter({ hasText: '当天问候' });
  await wave.getByRole('button', { name: '预览人群' }).click();
  await wave.getByTestId('wave-preview').getByText('符合 5 人，锁定后 5 人').waitFor();
  await screenshot(page, 'campaigns.zh-CN');
  expect(await seriousViolations(page)).toEqual([]);
  await wave.getByRole('button', { name: '排期发送' }).click();
  await wave.getByText('已锁定 5 人（对照 0）').waitFor();

  // The worker hands the five over; the outbox delivers them, signed, to the receiver.
  for (let i = 0; i < 150 && receiver.received.length < 5; i++) await new Promise((resolve) => setTimeout(resolve, 200));
  expect(receiver.received.map((event) => [event.type, event.verified])).toEqual(Array(5).fill(['message.send', true]));
  expect(receiver.received.map((event) => (event.data as { text: string }).text).every((text) => text.endsWith('，会员日快乐！'))).toBe(true);

  await page.getByRole('link', { name: 'Webhook' }).click();
  await page.getByLabel('类型').selectOption({ label: '消息发送' });
  await page.locator('[data-testid=webhook-delivery][data-status=SUCCEEDED]').nth(4).waitFor();
  expect(await page.locator('[data-testid=webhook-delivery]').count()).toBe(5);
  await screenshot(page, 'webhooks.zh-CN');
  expect(await seriousViolations(page)).toEqual([]);

  // Back on the campaign, the wave's messages are counted by what became of them.
  await page.getByRole('link', { name: '营销活动' }).click();
  const card = page.getByTestId('campaign').filter({ hasText: '会员日' });
  await card.getByTestId('wave').filter({ hasText: '当天问候' }).getByText('已交发送方/通过 5').waitFor();
  // The lift report counts the five sent (no holdout, no orders yet).
  await card.getByRole('button', { name: '效果报告' }).click();
  await card.getByTestId('lift').getByText('发送 5 人，转化率 0.0%；对照组 0 人，转化率 —').waitFor();
  await context.close();
}, 120_000);
