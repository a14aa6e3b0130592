import ExcelJS from 'exceljs';
import { toGlobalId } from '../../src/common/relay';
import { AuditCheckCreateDocument, AuditFindingAddDocument, ApiTokenCreateDocument, CustomerContactUnmaskDocument, ExportLinkCreateDocument, LogoutDocument, UserUpdateDocument } from '../generated/graphql';
import { createTestApp, dataOf, DEMO_PASSWORD, errorCode, TestApp } from '../support/test-app';

/** The auditors' files: made through a short-lived link, read through the API's own rules. */
let app: TestApp;
let reviewer: string;
const now = () => app.clock.now();
const days = (n: number) => new Date(now().getTime() + n * 86_400_000).toISOString();

beforeAll(async () => {
  app = await createTestApp();
  reviewer = await app.tokenFor('reviewer@demo.shop');
});
afterAll(() => app?.close());

async function linkOf(input: Record<string, unknown>, token = reviewer) {
  const payload = dataOf(await app.gql(ExportLinkCreateDocument, { input: input as never }, token)).exportLinkCreate;
  expect(payload.userErrors).toEqual([]);
  return payload.link!;
}

/** Fetches a link as an auditor's tool would: no Authorization header. */
const fetchLink = (url: string) => fetch(app.origin + url);

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));

test('the compliance report as CSV: BOM, titled tables, the agents and reps of the API report', async () => {
  const link = await linkOf({ kind: 'COMPLIANCE_REPORT', format: 'CSV', from: days(-30), to: days(0) });
  expect(link.url).toMatch(/^\/exports\/[\w-]+\.[\w-]{43}$/);
  expect(new Date(link.expiresAt).getTime() - now().getTime()).toBe(300_000);
  expect(link.fileName).toMatch(/^compliance-report_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const response = await fetchLink(link.url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${link.fileName}"`);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('客服登记');
  expect(lines[1]).toBe('员工,邮箱,应交,按时,逾期,缺交,登记数');
  expect(lines).toContain('销售跟进');
  expect(lines).toContain('脱管客户');
  expect(lines.some((line) => line.startsWith('CS Lin,cs1@demo.shop,'))).toBe(true);
  expect(lines.filter((line) => /^Sales \w+ \d,sales\d@demo\.shop,/.test(line))).toHaveLength(6);
});

test('a link costs no SQL statement for a period (signed, not stored), one for an audit check', async () => {
  expect(await app.statementsOf(reviewer, () => linkOf({ kind: 'AUDIT_TRAIL', format: 'CSV', from: days(-7), to: days(0) }))).toBe(0);
});

test('the audit trail as XLSX in English: one row per changed field, newest first, as the API lists it', async () => {
  const from = days(-365);
  const to = days(1);
  const link = await linkOf({ kind: 'AUDIT_TRAIL', format: 'XLSX', language: 'EN', from, to });
  const response = await fetchLink(link.url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const sheet = (await workbookOf(response)).getWorksheet('Audit trail')!;
  const [header, ...rows] = rowsOf(sheet);
  expect(header).toEqual(['When', 'By', 'Email', 'API token', 'Action', 'Record type', 'Record', 'Field', 'Before', 'After', 'Request']);
  const [{ changes }] = await app.sql<{ changes: number }>(
    `select coalesce(sum(greatest(jsonb_array_length(a.changes), 1)), 0)::int as changes from audit_trail a join shops s on s.id = a.shop_id and s.name = 'Demo Shop' where a.at >= ? and a.at < ?`,
    [from, to],
  );
  expect(rows.length).toBeGreaterThan(100);
  expect(rows.length).toBe(changes);
});

test('an audit check with its findings, and the access log of a period', async () => {
  const check = dataOf(await app.gql(AuditCheckCreateDocument, { input: { title: '11月检查', from: days(-30), to: days(0) } }, reviewer)).auditCheckCreate.auditCheck!;
  const [rep] = await app.sql<{ id: number }>(`select id from users where email = 'sales2@demo.shop'`);
  const finding = dataOf(
    await app.gql(AuditFindingAddDocument, { checkId: check.id, input: { code: 'LATE_FOLLOW_UP', severity: 'WARNING', comment: '=HYPERLINK("x") 跟进晚了', subjectUserId: toGlobalId('User', rep.id) } }, reviewer),
  ).auditFindingAdd;
  expect(finding.userErrors).toEqual([]);
  const workbook = await workbookOf(await fetchLink((await linkOf({ kind: 'AUDIT_CHECK', format: 'XLSX', checkId: check.id })).url));
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['审计检查', '审计发现', '客服登记', '销售跟进', '脱管客户']);
  const findings = rowsOf(workbook.getWorksheet('审计发现')!);
  expect(findings).toHaveLength(2);
  expect(findings[1]).toEqual(expect.arrayContaining(['LATE_FOLLOW_UP', 'WARNING', 'Sales Zhang 2', '=HYPERLINK("x") 跟进晚了']));
  // A string cell, not a formula: a spreadsheet shows it and runs nothing.
  expect(workbook.getWorksheet('审计发现')!.getRow(2).getCell(6).type).toBe(ExcelJS.ValueType.String);

  const [customer] = await app.sql<{ id: number }>(`select c.id from customers c where c.owner_id = ? and c.phone_sealed is not null order by c.id limit 1`, [rep.id]);
  const unmasked = dataOf(await app.gql(CustomerContactUnmaskDocument, { customerId: toGlobalId('Customer', customer.id), field: 'PHONE', purpose: 'CONTACT' }, await app.tokenFor('sales2@demo.shop')));
  const phone = unmasked.customerContactUnmask.value!;
  expect(phone).toMatch(/^\+861\d{10}$/);
  const csv = await (await fetchLink((await linkOf({ kind: 'CONTACT_ACCESS_LOG', format: 'CSV', from: days(-1), to: days(1) })).url)).text();
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('时间,员工,邮箱,客户,账号,字段,用途,允许,拒绝原因,请求');
  expect(lines.filter((line) => line.includes(',Sales Zhang 2,sales2@demo.shop,') && line.includes(',PHONE,CONTACT,true,'))).toHaveLength(1);
  // The clear number itself is never in the log's export.
  expect(csv).not.toContain(phone.slice(3));
  // A value starting with = is neutralised in CSV (the finding's comment in the check's CSV).
  const checkCsv = await (await fetchLink((await linkOf({ kind: 'AUDIT_CHECK', format: 'CSV', checkId: check.id })).url)).text();
  expect(checkCsv).toContain(`"'=HYPERLINK(""x"") 跟进晚了"`);
});

test('refusals: roles, periods, checks, tampered and expired links, ended sessions, lost rights', async () => {
  for (const email of ['sales1@demo.shop', 'cs1@demo.shop']) {
    expect(errorCode(await app.gql(ExportLinkCreateDocument, { input: { kind: 'AUDIT_TRAIL', format: 'CSV', from: days(-1), to: days(0) } }, await app.tokenFor(email)))).toBe('FORBIDDEN');
  }
  const refused = async (input: Record<string, unknown>) => dataOf(await app.gql(ExportLinkCreateDocument, { input: input as never }, reviewer)).exportLinkCreate;
  expect((await refused({ kind: 'AUDIT_TRAIL', format: 'CSV', from: days(0), to: days(-1) })).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'to'] })]);
  expect((await refused({ kind: 'AUDIT_TRAIL', format: 'CSV', from: days(-400), to: days(0) })).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'to'] })]);
  expect((await refused({ kind: 'CONTACT_ACCESS_LOG', format: 'CSV' })).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'from'] })]);
  expect((await refused({ kind: 'AUDIT_CHECK', format: 'CSV' })).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'checkId'] })]);
  const [otherShopCheck] = await app.sql<{ id: number }>(
    `insert into audit_checks (shop_id, title, period_from, period_to, created_by_id, status, created_at, updated_at, figures)
     select s.id, 'other', now() - interval '7 days', now(), u.id, 'OPEN', now(), now(), '{}' from shops s join users u on u.shop_id = s.id where s.name <> 'Demo Shop' limit 1 returning id`,
  );
  expect((await refused({ kind: 'AUDIT_CHECK', format: 'CSV', checkId: toGlobalId('AuditCheck', otherShopCheck.id) })).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);

  const period = { kind: 'AUDIT_TRAIL', format: 'CSV', from: days(-1), to: days(1) };
  const link = await linkOf(period);
  const [body, mac] = link.url.slice('/exports/'.length).split('.');
  const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), shopId: 999 })).toString('base64url');
  for (const url of [`/exports/${forged}.${mac}`, `/exports/${body}.${'A'.repeat(43)}`, '/exports/nonsense']) {
    const response = await fetchLink(url);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('LINK_EXPIRED');
  }
  app.clock.set(new Date(now().getTime() + 301_000));
  expect((await fetchLink(link.url)).status).toBe(403);
  app.clock.set(new Date(now().getTime() - 301_000));
  expect((await fetchLink(link.url)).status).toBe(200);

  // A link dies with the session that made it…
  const session = await loginAs('reviewer@demo.shop');
  const sessionLink = await linkOf(period, session);
  expect((await fetchLink(sessionLink.url)).status).toBe(200);
  dataOf(await app.gql(LogoutDocument, {}, session));
  const ended = await fetchLink(sessionLink.url);
  expect(ended.status).toBe(403);
  expect(((await ended.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');

  // …and with its maker's right to export: a reviewer moved to sales loses it at once.
  const [auditor] = await app.sql<{ id: number }>(`insert into users (shop_id, email, name, password_hash, role, active, created_at, updated_at)
    select shop_id, 'auditor2@demo.shop', 'Auditor Two', password_hash, 'REVIEWER', true, now(), now() from users where email = 'reviewer@demo.shop' returning id`);
  const auditorToken = await loginAs('auditor2@demo.shop');
  const auditorLink = await linkOf(period, auditorToken);
  dataOf(await app.gql(UserUpdateDocument, { id: toGlobalId('User', auditor.id), input: { role: 'SALES' } }, await app.tokenFor('admin@demo.shop')));
  const lost = await fetchLink(auditorLink.url);
  expect(lost.status).toBe(403);
  expect(((await lost.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('FORBIDDEN');

  // A read-only API token (an auditor's script) makes links; revoked, its links stop.
  const token = dataOf(await app.gql(ApiTokenCreateDocument, { input: { name: 'audit script', readOnly: true, expiresAt: days(30) } }, reviewer)).apiTokenCreate.token!;
  const scriptLink = await linkOf(period, token);
  expect((await fetchLink(scriptLink.url)).status).toBe(200);
  await app.sql(`update api_tokens set revoked_at = now()`);
  expect((await fetchLink(scriptLink.url)).status).toBe(403);
});

async function loginAs(email: string): Promise<string> {
  const result = await app.raw<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }', { e: email, p: DEMO_PASSWORD });
  return result.data!.login.token;
}
