import { consoleSuite, openConsole, screenshot, seriousViolations, signIn } from './browser';

/**
 * The tracking loop in the browser, one role after another, on the real server:
 * customer service registers two customers and submits → the reviewer screens them to a rep →
 * the rep, whose queue is open, sees them arrive live and completes one → the lead transfers the
 * other → the auditor's report and trail show it all.
 */
const suite = consoleSuite();

const suffix = Date.now().toString(36);
const first = `story-a-${suffix}`;
const second = `story-b-${suffix}`;

test('register → screen → live queue → complete → transfer → audit', async () => {
  // Customer service: this week's sheet, entered from the keyboard.
  const cs = await openConsole(suite.browser, suite.app);
  await signIn(cs.page, 'cs1@demo.shop');
  await cs.page.getByRole('heading', { name: '本周登记表' }).waitFor();
  for (const handle of [first, second]) {
    await cs.page.getByLabel('平台账号').fill(handle);
    await cs.page.getByLabel('意向商品').fill('羊绒围巾');
    await cs.page.getByLabel('嫌贵').check();
    await cs.page.getByLabel('意向商品').press('Enter');
    await cs.page.getByRole('cell', { name: handle, exact: true }).waitFor();
  }
  // Typing a handle the shop has warns before anything is saved.
  await cs.page.getByLabel('平台账号').fill(first);
  await cs.page.getByTestId('duplicate-warning').waitFor();
  await cs.page.getByLabel('平台账号').fill('');
  await screenshot(cs.page, 'registration.zh-CN');
  expect(await seriousViolations(cs.page)).toEqual([]);
  await cs.page.getByRole('button', { name: /提交登记表/ }).click();
  await cs.page.getByText(/已于 .* 提交/).waitFor();

  // The rep opens their queue before anything is handed to them.
  const rep = await openConsole(suite.browser, suite.app);
  await signIn(rep.page, 'sales2@demo.shop');
  await rep.page.getByRole('heading', { name: '我的跟进', level: 1 }).waitFor();
  expect(await rep.page.getByRole('link', { name: first }).count()).toBe(0);

  // The reviewer screens both to the rep in one go.
  const reviewer = await openConsole(suite.browser, suite.app);
  await signIn(reviewer.page, 'reviewer@demo.shop');
  await reviewer.page.getByRole('link', { name: '筛选队列' }).click();
  await reviewer.page.getByRole('checkbox', { name: first }).check();
  await reviewer.page.getByRole('checkbox', { name: second }).check();
  await reviewer.page.getByLabel('分配给').selectOption({ label: 'Sales Zhang 2' });
  await screenshot(reviewer.page, 'screening.zh-CN');
  expect(await seriousViolations(reviewer.page)).toEqual([]);
  await reviewer.page.getByRole('button', { name: '筛选所选（2）' }).click();
  await reviewer.page.getByText('已分配给：').waitFor();
  await reviewer.page.getByRole('checkbox', { name: first }).waitFor({ state: 'detached' });

  // …and they appear in the rep's open queue without a reload.
  await rep.page.getByRole('link', { name: first }).waitFor();
  await rep.page.getByRole('link', { name: second }).waitFor();
  await screenshot(rep.page, 'queue.zh-CN');
  expect(await seriousViolations(rep.page)).toEqual([]);
  const card = rep.page.getByTestId('follow-up').filter({ has: rep.page.getByRole('link', { name: first }) }).filter({ hasText: '首次联系' });
  await card.getByRole('button', { name: '完成跟进' }).click();
  await card.getByLabel('结果').selectOption('ORDERED');
  await card.getByLabel('备注').fill('已下单，明天发货');
  await card.getByRole('button', { name: '完成跟进' }).click();
  // The first contact is done; the cycle's next follow-up (a revisit) takes its place.
  await card.waitFor({ state: 'detached' });
  await rep.page.getByTestId('follow-up').filter({ has: rep.page.getByRole('link', { name: first }) }).filter({ hasText: '回访' }).waitFor();

  // The lead finds the other in the team's queue and transfers it within the team.
  const lead = await openConsole(suite.browser, suite.app);
  await signIn(lead.page, 'sales1@demo.shop');
  await lead.page.getByRole('link', { name: '团队跟进' }).click();
  await lead.page.getByTestId('queue-overdue').or(lead.page.getByTestId('queue-today')).or(lead.page.getByTestId('queue-upcoming')).first().waitFor();
  await lead.page.getByRole('link', { name: '客户' }).click();
  await lead.page.getByRole('searchbox').fill(second);
  await lead.page.getByTestId('customers').getByRole('link', { name: second }).click();
  await lead.page.getByTestId('customer-owner').getByText('Sales Zhang 2').waitFor();
  await lead.page.getByLabel('转交给').selectOption({ label: 'Sales Liu 3 (Team East)' });
  await lead.page.getByLabel('原因').first().fill('休假交接');
  await lead.page.getByRole('button', { name: '转交客户' }).click();
  await lead.page.getByTestId('customer-owner').getByText('Sales Liu 3').waitFor();
  await lead.page.getByTestId('timeline').getByText(/转交: Sales Zhang 2 → Sales Liu 3/).waitFor();
  await screenshot(lead.page, 'customer.zh-CN');
  expect(await seriousViolations(lead.page)).toEqual([]);

  // What the database holds is what the screens said.
  const rows = await suite.app.sql<{ platform_handle: string; owner: string; done: number }>(
    `select c.platform_handle, u.email as owner, (select count(*)::int from follow_up_tasks t where t.customer_id = c.id and t.status = 'DONE') as done
       from customers c join users u on u.id = c.owner_id where c.platform_handle in (?, ?) order by c.platform_handle`,
    [first, second],
  );
  expect(rows).toEqual([
    { platform_handle: first, owner: 'sales2@demo.shop', done: 1 },
    { platform_handle: second, owner: 'sales3@demo.shop', done: 0 },
  ]);

  // The auditor: the trail has every step's actor; the report counts the agent's entries.
  await reviewer.page.getByRole('link', { name: '审计轨迹' }).click();
  const trail = reviewer.page.getByTestId('audit-trail');
  for (const actor of ['CS Lin', 'Reviewer Qian', 'Sales Zhang 2', 'Sales Li 1']) await trail.getByRole('cell', { name: actor, exact: true }).first().waitFor();
  await screenshot(reviewer.page, 'audit-trail.zh-CN');
  expect(await seriousViolations(reviewer.page)).toEqual([]);
  await reviewer.page.getByRole('link', { name: '合规报表' }).click();
  const csRow = reviewer.page.getByTestId('compliance-cs').getByRole('row').filter({ hasText: 'CS Lin' });
  await csRow.waitFor();
  const entries = Number(await csRow.getByRole('cell').nth(5).textContent());
  expect(entries).toBeGreaterThanOrEqual(2);
  await screenshot(reviewer.page, 'compliance.zh-CN');
  expect(await seriousViolations(reviewer.page)).toEqual([]);

  for (const session of [cs, rep, reviewer, lead]) await session.context.close();
}, 180_000);
