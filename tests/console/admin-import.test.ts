import { consoleSuite, openConsole, screenshot, seriousViolations, signIn } from './browser';

/** An admin imports a Taobao order report in the browser and watches it to the end, refused rows included. */
const suite = consoleSuite();

const HEADER = '订单编号,买家会员名,买家应付货款,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,收货地址,联系手机';

test('upload → start → live progress → completed with the refused row shown', async () => {
  const rows = Array.from({ length: 40 }, (_, i) => `${7100000000000 + i},console_buyer_${i % 7},88.00,88.00,交易成功,2026-11-20 10:00:00,2026-11-20 10:01:00,Tea,上海市,`);
  rows.splice(17, 0, '7100000000999,console_buyer_x,12.3.4,12.3.4,交易成功,2026-11-20 10:00:00,2026-11-20 10:01:00,Tea,上海市,');
  const file = Buffer.from('\uFEFF' + [HEADER, ...rows].join('\r\n') + '\r\n');

  const { page, context } = await openConsole(suite.browser, suite.app);
  await signIn(page, 'admin@demo.shop');
  await page.getByRole('link', { name: '订单导入' }).click();
  await page.getByLabel('文件').setInputFiles({ name: 'ExportOrderList.csv', mimeType: 'text/csv', buffer: file });
  await page.getByRole('button', { name: '上传并导入' }).click();
  await page.getByTestId('import-status').getByText('已完成').waitFor({ timeout: 30_000 });
  await page.getByText('已读 41 行：新增 40，更新 0，未变 0，失败 1').waitFor();
  await page.getByTestId('import-errors').getByRole('cell', { name: '19', exact: true }).waitFor();
  await page.getByTestId('imports').getByRole('cell', { name: '已完成' }).first().waitFor();
  await screenshot(page, 'imports.zh-CN');
  expect(await seriousViolations(page)).toEqual([]);

  const [{ orders }] = await suite.app.sql<{ orders: number }>(`select count(*)::int as orders from orders where platform_order_id like '71000000000%'`);
  expect(orders).toBe(40);

  // The refused rows as CSV, fetched with the session's token.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载错误行 CSV' }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(csv).toMatch(/^\uFEFFline,column,code,message\r\n19,/);
  await context.close();
}, 120_000);
