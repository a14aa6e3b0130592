import type { Page } from 'playwright-core';
import { consoleSuite, openConsole, screenshot, seriousViolations, signIn } from './browser';

/**
 * An admin's settings in the browser: staff and teams, the shop's rules, tiers and coupon
 * templates, message templates and care rules. Each refusal is shown beside its field; each
 * change is read back from the database.
 */
const suite = consoleSuite();
let page: Page;

beforeAll(async () => {
  ({ page } = await openConsole(suite.browser, suite.app));
  await signIn(page, 'admin@demo.shop');
});

const expectAccessible = async (name: string) => {
  await screenshot(page, `${name}.zh-CN`);
  expect(await seriousViolations(page)).toEqual([]);
};

test('staff: add a rep to a team, then take their access away', async () => {
  await page.getByRole('link', { name: '员工与团队' }).click();
  const form = page.getByRole('form', { name: '添加员工' });
  await form.getByLabel('姓名').fill('Sales Wu 7');
  await form.getByLabel('邮箱').fill('sales7@demo.shop');
  await form.getByLabel('初始密码').fill('short');
  await form.getByLabel('团队').selectOption({ index: 1 });
  await form.getByRole('button', { name: '添加员工' }).click();
  await form.locator('.field.invalid').first().waitFor();
  await form.getByLabel('初始密码').fill('a-long-enough-password-7');
  await form.getByRole('button', { name: '添加员工' }).click();
  await page.getByLabel('角色', { exact: true }).selectOption({ label: '销售' });
  const row = page.getByTestId('staff-row').filter({ hasText: 'sales7@demo.shop' });
  await row.waitFor();
  await expectAccessible('staff');
  // The box follows the saved user (the mutation's answer), not the click.
  await row.getByLabel('启用').click();
  await row.locator('input[type=checkbox]:not(:checked)').waitFor();
  const [user] = await suite.app.sql<{ active: boolean; team: string }>(`select u.active, t.name as team from users u join sales_teams t on t.id = u.team_id where u.email = 'sales7@demo.shop'`);
  expect(user.active).toBe(false);
  expect(user.team).toBeTruthy();
}, 60_000);

test('rules: a cycle out of range is refused beside its field; a good one is saved', async () => {
  await page.getByRole('link', { name: '规则设置' }).click();
  const cycles = page.getByRole('form', { name: '跟进周期' });
  await cycles.getByLabel('首次联系周期（天）').fill('0');
  await cycles.getByRole('button', { name: '保存' }).click();
  await cycles.locator('.field.invalid').getByText(/./).first().waitFor();
  await cycles.getByLabel('首次联系周期（天）').fill('3');
  await cycles.getByRole('button', { name: '保存' }).click();
  await cycles.getByText('已保存。').waitFor();
  const segments = page.getByRole('form', { name: '客户分层' });
  await segments.getByLabel('重要客户最低消费（元）').fill('1500');
  await segments.getByRole('button', { name: '保存' }).click();
  await segments.getByText('已保存。').waitFor();
  await expectAccessible('policies');
  const [shop] = await suite.app.sql<{ first: number; key_min: number }>(`select first_cycle_days as first, key_min_spent as key_min from shops where name = 'Demo Shop'`);
  expect(shop).toEqual({ first: 3, key_min: 150000 });
}, 60_000);

test('tiers and coupon templates', async () => {
  await page.getByRole('link', { name: '会员与优惠券' }).click();
  const tier = page.getByRole('form', { name: '保存等级' });
  await tier.getByLabel('等级名称').fill('银卡');
  await tier.getByLabel('最少订单').fill('2');
  await tier.getByLabel('最低消费（元）').fill('500');
  await tier.getByLabel('折扣（%）').fill('5');
  await tier.getByRole('button', { name: '保存等级' }).click();
  await page.getByTestId('tiers').getByRole('cell', { name: '银卡' }).waitFor();
  const coupon = page.getByRole('form', { name: '新建优惠券模板' });
  await coupon.getByLabel('名称').fill('回头客 20 元券');
  await coupon.getByLabel('用途').selectOption({ label: '召回' });
  await coupon.getByLabel('立减金额（元）').fill('20');
  await coupon.getByLabel('使用门槛（元）').fill('199');
  await coupon.getByRole('button', { name: '新建优惠券模板' }).click();
  const row = page.getByTestId('coupon-templates').getByRole('row').filter({ hasText: '回头客 20 元券' });
  await row.getByText('¥199.00').waitFor();
  await expectAccessible('loyalty');
  const [saved] = await suite.app.sql<{ discount_value: number; min_spend: number }>(`select discount_value, min_spend from coupon_templates where name = '回头客 20 元券'`);
  expect(saved).toEqual({ discount_value: 2000, min_spend: 19900 });
}, 60_000);

test('message templates (an unknown variable refused beside the text) and a care rule', async () => {
  await page.getByRole('link', { name: '消息模板与关怀' }).click();
  const form = page.getByRole('form', { name: '新建模板' });
  await form.getByLabel('模板名称').fill('催付提醒');
  await form.getByLabel('内容', { exact: true }).fill('{{customer.nickname}}，您的订单还没付款哦');
  await form.getByRole('button', { name: '新建模板' }).click();
  await form.locator('.field-error', { hasText: 'Unknown variable: {{customer.nickname}}' }).waitFor();
  await form.getByLabel('内容', { exact: true }).fill('{{customer.displayName}}，订单{{order.platformOrderId}}还没付款，现货不多哦');
  await form.getByRole('button', { name: '新建模板' }).click();
  await page.getByTestId('message-templates').getByRole('row').filter({ hasText: '催付提醒' }).waitFor();
  await page.getByLabel('未付款催付 的模板').selectOption({ label: '催付提醒 · 平台消息' });
  // The rule exists once the template is saved; then it is switched on.
  await page.locator('select[aria-label="未付款催付 的模板"] option:checked', { hasText: '催付提醒' }).waitFor({ state: 'attached' });
  for (let i = 0; i < 50 && (await suite.app.sql(`select 1 from care_rules where kind = 'PAYMENT_REMINDER'`)).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  const enabled = page.locator('input[aria-label="启用未付款催付"]');
  if (!(await enabled.isChecked())) await enabled.click();
  await page.locator('input[aria-label="启用未付款催付"]:checked').waitFor();
  await expectAccessible('messaging');
  const [rule] = await suite.app.sql<{ enabled: boolean; name: string }>(`select r.enabled, t.name from care_rules r join message_templates t on t.id = r.template_id where r.kind = 'PAYMENT_REMINDER'`);
  expect(rule).toEqual({ enabled: true, name: '催付提醒' });
}, 60_000);
