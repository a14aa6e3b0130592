import { UserSessionsEndDocument } from '../generated/graphql';
import { toGlobalId } from '../../src/common/relay';
import { dataOf } from '../support/test-app';
import { consoleSuite, openConsole, screenshot, seriousViolations, signIn } from './browser';

/**
 * What goes wrong around the screens: a session ended while a form is half typed (re-sign-in in
 * a dialog keeps the page), a spent query budget (the wait is shown), and a phone-width screen.
 */
// A small budget restored slowly, so a test can spend it; the screens' own reads fit in it.
const suite = consoleSuite({ COST_BUDGET_CAPACITY: '10000', COST_RESTORE_RATE: '1' });

test('a session ended mid-entry: re-sign-in in a dialog, and the typed entry is still there to submit', async () => {
  const { page, context } = await openConsole(suite.browser, suite.app);
  await signIn(page, 'cs1@demo.shop');
  await page.getByRole('heading', { name: '本周登记表' }).waitFor();
  await page.getByLabel('平台账号').fill('resilient_buyer');
  await page.getByLabel('意向商品').fill('真丝睡衣');

  // The admin ends every session of the agent (a lost phone).
  const [{ id }] = await suite.app.sql<{ id: number }>(`select id from users where email = 'cs1@demo.shop'`);
  dataOf(await suite.app.gql(UserSessionsEndDocument, { id: toGlobalId('User', id) }, await suite.app.tokenFor('admin@demo.shop')));

  await page.getByLabel('意向商品').press('Enter');
  const dialog = page.getByRole('dialog', { name: '请重新登录' });
  await dialog.getByText('登录已过期。重新登录后，本页内容保留。').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.locator('input[type=email]').fill('cs1@demo.shop');
  await dialog.locator('input[type=password]').fill('demo-pass-2026');
  await dialog.getByRole('button', { name: '登录' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(await page.getByLabel('平台账号').inputValue()).toBe('resilient_buyer');
  expect(await page.getByLabel('意向商品').inputValue()).toBe('真丝睡衣');
  await page.getByLabel('意向商品').press('Enter');
  await page.getByRole('cell', { name: 'resilient_buyer', exact: true }).waitFor();
  await context.close();
}, 60_000);

test('a spent query budget: the console says how long to wait instead of failing', async () => {
  const { page, context } = await openConsole(suite.browser, suite.app);
  await signIn(page, 'sales3@demo.shop');
  await page.getByRole('link', { name: '客户' }).click();
  await page.getByRole('searchbox').waitFor();
  // The same person's other session spends the budget (budgets are per person, not per tab).
  const token = await suite.app.tokenFor('sales3@demo.shop');
  const spend = (query: string) => fetch(suite.app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) }).then((r) => r.status);
  while ((await spend('{ customers(first: 100) { edges { node { id platformHandle } } } }')) !== 429);
  while ((await spend('{ viewer { id } }')) !== 429);
  await page.getByRole('searchbox').fill('taobao');
  await page.getByRole('status').getByText(/请求过于频繁：\d+ 秒后可继续。/).waitFor();
  await context.close();
}, 60_000);

test('a rep\'s queue and a customer at phone width: no sideways scrolling, nothing serious for axe', async () => {
  const { page, context } = await openConsole(suite.browser, suite.app, { viewport: { width: 390, height: 844 } });
  await signIn(page, 'sales1@demo.shop');
  await page.getByRole('heading', { name: '我的跟进' }).waitFor();
  await page.getByTestId('follow-up').first().waitFor();
  const overflow = await page.evaluate(() => {
    const root = (globalThis as unknown as { document: { scrollingElement: { scrollWidth: number; clientWidth: number } } }).document.scrollingElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'queue.phone.zh-CN');
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
}, 60_000);
