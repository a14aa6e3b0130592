import { importOrders, paidOrder } from '../commerce/helpers';
import { consoleSuite, openConsole, screenshot, seriousViolations, signIn } from './browser';

/**
 * The KPI dashboard in the browser: the admin reads the shop's KPIs (the demo year's orders),
 * switches the comparison, and acknowledges an anomaly incident; a rep reads only their own.
 * The incident is written as the detection task writes one (tests/kpis covers the detection).
 */
const suite = consoleSuite();

beforeAll(async () => {
  // Sixty days of paid orders (two to six a day, the latest a minute ago) so the tiles and their lines have figures.
  const day = 86_400_000;
  await importOrders(suite.app, Array.from({ length: 60 }, (_, d) => Array.from({ length: 2 + (d % 5) }, (_, i) => paidOrder(`KPI-${d}-${i}`, `kpi_buyer_${(d * 7 + i) % 45}`, 8_800 + i * 1_000, new Date(Date.now() - d * day - 60_000)))).flat());
  await suite.app.sql(
    `insert into kpi_incidents (shop_id, kpi, first_day, last_day, worst_day, value, expected, low, high, robust_z, method)
     select id, 'PAID_ORDERS', current_date - 3, current_date - 2, current_date - 3, 2, 28.5, 19.1, 37.9, -6.2, 'weekday median of 8 weeks' from shops where name = 'Demo Shop'`,
  );
});

test('the shop\'s KPIs with comparison, and an incident acknowledged; a rep sees their own scope', async () => {
  const { page, context } = await openConsole(suite.browser, suite.app);
  await signIn(page, 'admin@demo.shop');
  await page.getByRole('link', { name: '经营指标' }).click();
  const paidOrders = page.locator('[data-testid=kpi][data-kpi=PAID_ORDERS]');
  await paidOrders.getByText('支付订单数').waitFor();
  await page.getByText(/ · 全店$/).waitFor();
  expect(await page.getByTestId('kpi').count()).toBeGreaterThan(10);
  await paidOrders.getByText(/^对比 /).waitFor();
  expect(Number(await paidOrders.locator('.kpi-value').textContent())).toBeGreaterThan(0);

  await page.getByLabel('周期', { exact: true }).selectOption({ label: '按周' });
  await page.getByLabel('对比', { exact: true }).selectOption({ label: '去年同期' });
  await paidOrders.getByText(/^对比 /).waitFor();

  const incident = page.getByTestId('incident').filter({ hasText: '支付订单数' });
  await incident.getByText(/预期 28\.50，区间 19\.10–37\.90，z=-6\.2/).waitFor();
  await screenshot(page, 'kpis.zh-CN');
  expect(await seriousViolations(page)).toEqual([]);
  await incident.getByLabel('说明').fill('平台活动流量被分走，已调整投放');
  await incident.getByRole('button', { name: '确认' }).click();
  await incident.getByText(/平台活动流量被分走，已调整投放 · Admin Zhou/).waitFor();
  const [row] = await suite.app.sql<{ note: string; by: string }>(`select i.note, u.email as by from kpi_incidents i join users u on u.id = i.acknowledged_by_id`);
  expect(row).toEqual({ note: '平台活动流量被分走，已调整投放', by: 'admin@demo.shop' });
  await context.close();

  // A rep: their own figures, no incidents box.
  const rep = await openConsole(suite.browser, suite.app);
  await signIn(rep.page, 'sales2@demo.shop');
  await rep.page.getByRole('link', { name: '经营指标' }).click();
  await rep.page.getByText(/ · 个人$/).waitFor();
  await rep.page.locator('[data-testid=kpi][data-kpi=FOLLOW_UP_ON_TIME_RATE]').waitFor();
  expect(await rep.page.getByTestId('incidents').count()).toBe(0);
  await rep.context.close();
}, 120_000);
