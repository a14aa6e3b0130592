import { CouponTemplateCreateDocument, MessageTemplateCreateDocument } from '../generated/graphql';
import { toGlobalId } from '../../src/common/relay';
import { dataOf } from '../support/test-app';
import { consoleSuite, openConsole, screenshot, seriousViolations, signIn } from './browser';

/**
 * A rep on their customer's page: opens the phone for a stated purpose (logged), edits the
 * details after the admin saved them (the stale version explained, reload, save),
 * issues a coupon and sends a message, and sees both on the timeline. Then the admin exports the
 * customer's data and erases it.
 */
const suite = consoleSuite();
let customerId: string;
let customerRow: number;
let handle: string;

beforeAll(async () => {
  const admin = await suite.app.tokenFor('admin@demo.shop');
  dataOf(await suite.app.gql(CouponTemplateCreateDocument, { input: { name: '回访 10 元券', purpose: 'WIN_BACK', discountType: 'AMOUNT_OFF', discountValue: 1000, validDays: 14 } }, admin));
  dataOf(await suite.app.gql(MessageTemplateCreateDocument, { input: { name: '到货通知', channel: 'PLATFORM_CHAT', body: '{{customer.displayName}}，您关注的商品到货了。' } }, admin));
  const [customer] = await suite.app.sql<{ id: number; platform_handle: string }>(
    `select c.id, c.platform_handle from customers c join users u on u.id = c.owner_id where u.email = 'sales2@demo.shop' and c.phone_masked is not null order by c.id limit 1`,
  );
  customerRow = customer.id;
  customerId = toGlobalId('Customer', customer.id);
  handle = customer.platform_handle;
});

test('unmask for a purpose, stale edit explained, coupon and message on the timeline', async () => {
  const { page, context } = await openConsole(suite.browser, suite.app);
  await signIn(page, 'sales2@demo.shop');
  await page.goto(`${suite.app.origin}/#/customers/${customerId}`);
  await page.getByRole('heading', { name: new RegExp(`^${handle}`) }).waitFor();

  // The phone, masked, opens for a purpose; the access log has it.
  expect(await page.getByTestId('contact-PHONE').textContent()).toContain('****');
  await page.getByRole('button', { name: '查看 手机' }).click();
  await page.getByTestId('contact-PHONE').getByText(/^\+86\d{11}/).waitFor();
  const [logged] = await suite.app.sql<{ n: number }>(`select count(*)::int as n from contact_access_log where customer_id = ${customerRow} and field = 'PHONE' and granted`);
  expect(logged.n).toBe(1);

  // The admin saves the same customer first; the rep's save is refused as stale, then reloads and saves.
  const admin = await openConsole(suite.browser, suite.app);
  const other = admin.page;
  await signIn(other, 'admin@demo.shop');
  await other.goto(`${suite.app.origin}/#/customers/${customerId}`);
  const otherForm = other.getByRole('form', { name: '客户资料' });
  await otherForm.getByLabel('地区').fill('杭州');
  await otherForm.getByRole('button', { name: '保存' }).click();
  await otherForm.getByText('已保存。').waitFor();
  await admin.context.close();
  const form = page.getByRole('form', { name: '客户资料' });
  await form.getByLabel('标签').fill('回头客, 高意向');
  await form.getByRole('button', { name: '保存' }).click();
  await form.getByText('该记录已被他人修改：请重新加载后再操作。').waitFor();
  await form.getByRole('button', { name: '重新加载' }).click();
  await page.getByRole('form', { name: '客户资料' }).getByLabel('地区').and(page.locator('[value="杭州"]')).waitFor();
  await page.getByRole('form', { name: '客户资料' }).getByLabel('标签').fill('回头客, 高意向');
  await page.getByRole('form', { name: '客户资料' }).getByRole('button', { name: '保存' }).click();
  await page.getByRole('form', { name: '客户资料' }).getByText('已保存。').waitFor();

  // A coupon and a message.
  const coupon = page.getByRole('form', { name: '发放优惠券' });
  await coupon.locator('select').selectOption({ label: '回访 10 元券' });
  await coupon.getByRole('button', { name: '发放优惠券' }).click();
  await coupon.getByText(/^已发放：/).waitFor();
  const message = page.getByRole('form', { name: '发送消息' });
  await message.locator('select').first().selectOption({ label: '到货通知 · 平台消息' });
  await message.getByRole('button', { name: '发送' }).click();
  await message.getByRole('status').waitFor();
  await screenshot(page, 'customer-actions.zh-CN');
  expect(await seriousViolations(page)).toEqual([]);

  const [saved] = await suite.app.sql<{ region: string; tags: string[]; coupons: number; messages: number }>(
    `select region, tags, (select count(*)::int from coupons where customer_id = c.id) as coupons, (select count(*)::int from messages where customer_id = c.id) as messages from customers c where id = ${customerRow}`,
  );
  expect(saved).toEqual({ region: '杭州', tags: ['回头客', '高意向'], coupons: 1, messages: 1 });
  await context.close();
}, 120_000);

test('the admin downloads the customer\'s data, then erases it', async () => {
  const { page, context } = await openConsole(suite.browser, suite.app);
  await signIn(page, 'admin@demo.shop');
  await page.goto(`${suite.app.origin}/#/customers/${customerId}`);
  await page.getByRole('heading', { name: new RegExp(`^${handle}`) }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出客户数据（JSON）' }).click();
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const document = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  expect(JSON.stringify(document)).toContain(handle);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('form', { name: '删除客户个人数据' }).getByLabel('原因').fill('客户要求删除（工单 4411）');
  await page.getByRole('button', { name: '删除客户个人数据' }).click();
  await page.getByText('已删除于').waitFor();
  const [erased] = await suite.app.sql<{ erased: boolean; phone: string | null }>(`select erased_at is not null as erased, phone_masked as phone from customers where id = ${customerRow}`);
  expect(erased).toEqual({ erased: true, phone: null });
  await context.close();
}, 60_000);
