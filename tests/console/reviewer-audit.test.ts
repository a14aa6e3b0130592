import { consoleSuite, openConsole, screenshot, seriousViolations, signIn } from './browser';

/**
 * The review department's audit check in the browser: the reviewer makes a check over the last
 * week, records a finding about a rep with a corrective task, the rep answers it from their
 * queue (where the corrective task now is), the reviewer signs the check off and downloads it.
 */
const suite = consoleSuite();

test('check → finding with corrective task → the rep answers → sign-off → XLSX', async () => {
  const reviewer = await openConsole(suite.browser, suite.app);
  await signIn(reviewer.page, 'reviewer@demo.shop');
  await reviewer.page.getByRole('link', { name: '审计检查' }).click();
  await reviewer.page.getByLabel('检查名称').fill('东区周检');
  await reviewer.page.getByRole('button', { name: '新建检查' }).click();
  const check = reviewer.page.getByTestId('audit-check');
  await check.getByRole('heading', { name: '东区周检 · 进行中' }).waitFor();

  const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await check.getByLabel('问题类型').selectOption({ label: '跟进超时' });
  await check.getByLabel('严重程度').selectOption({ label: '违规' });
  await check.getByLabel('涉及人员').selectOption({ label: 'Sales Zhang 2 · 销售' });
  await check.getByLabel('客户', { exact: true }).locator('option').nth(1).waitFor({ state: 'attached' });
  await check.getByLabel('客户', { exact: true }).selectOption({ index: 1 });
  await check.getByLabel('备注').fill('两位客户的回访晚了两天');
  await check.getByLabel('整改截止日').fill(due);
  await check.getByRole('button', { name: '添加问题' }).click();
  const finding = check.getByTestId('findings').getByRole('row').filter({ hasText: '两位客户的回访晚了两天' });
  await finding.getByText('Sales Zhang 2 ·').first().waitFor();
  await finding.getByText('待办').waitFor();
  await screenshot(reviewer.page, 'audit-check.zh-CN');
  expect(await seriousViolations(reviewer.page)).toEqual([]);

  // The rep sees the finding on their queue and answers it; the corrective task is theirs now.
  const rep = await openConsole(suite.browser, suite.app);
  await signIn(rep.page, 'sales2@demo.shop');
  const mine = rep.page.getByTestId('my-findings');
  await mine.getByText('跟进超时 · 违规 · 两位客户的回访晚了两天').waitFor();
  await mine.getByLabel('我的答复').fill('已补回访，今后当天处理');
  await mine.getByRole('button', { name: '答复' }).click();
  await mine.getByText('已补回访，今后当天处理').waitFor();
  const [{ corrective }] = await suite.app.sql<{ corrective: number }>(
    `select count(*)::int as corrective from follow_up_tasks t join users u on u.id = t.assignee_id where u.email = 'sales2@demo.shop' and t.kind = 'CORRECTIVE' and t.status = 'OPEN'`,
  );
  expect(corrective).toBe(1);
  await rep.context.close();

  // The reviewer sees the answer, signs off, and downloads the check.
  await reviewer.page.reload();
  await reviewer.page.getByRole('button', { name: '查看' }).first().click();
  await check.getByRole('cell', { name: '已补回访，今后当天处理' }).waitFor();
  await check.getByRole('button', { name: '签字关闭' }).click();
  await check.getByRole('heading', { name: '东区周检 · 已关闭' }).waitFor();
  await check.getByText(/Reviewer Qian 于 .* 签字关闭/).waitFor();
  expect(await check.getByRole('button', { name: '添加问题' }).count()).toBe(0);
  const download = reviewer.page.waitForEvent('download');
  await check.getByRole('button', { name: '导出 Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await reviewer.context.close();
}, 120_000);
