import { execFileSync } from 'node:child_process';
import {
  CustomerContactUnmaskDocument, CustomerCreateDocument, CustomerDataExportDocument, CustomerEraseDocument, FollowUpTaskCompleteDocument, MessageSendDocument,
  MessageTemplateCreateDocument, OrderImportDocument, type OrderInput,
} from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
let customerId: string;
const PHONE = '13766665555';
const HANDLE = 'forget_me_please';
const SECRETS = [PHONE, HANDLE, 'wx_forget_me', '司马光辉', '朝阳区建国路'];
const NOW = new Date('2026-12-07T04:00:00Z');
const admin = () => app.tokenFor('admin@demo.shop');
const order = (id: string, fields: Partial<OrderInput>): OrderInput => ({ platformOrderId: id, customerId, amount: 25_000, status: 'PAID', placedAt: '2026-05-01T02:00:00Z', paidAt: '2026-05-01T03:00:00Z', ...fields });
const importOrders = async (orders: OrderInput[]) => expect(dataOf(await app.gql(OrderImportDocument, { input: { orders, errorPolicy: 'REJECT_EVERYTHING' } }, await admin())).orderImport.rowErrors).toEqual([]);
const erase = async (token: string, reason = 'The customer asked to be forgotten (ticket 8812).') => app.gql(CustomerEraseDocument, { id: customerId, reason }, token);

beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0', LOG_LEVEL: 'trace' });
  app.clock.set(NOW);
  customerId = dataOf(
    await app.gql(
      CustomerCreateDocument,
      { input: { platform: 'TAOBAO', platformHandle: HANDLE, displayName: HANDLE, phone: `+86${PHONE}`, wechatId: 'wx_forget_me', realName: '司马光辉', shippingProvince: '北京市', shippingCity: '北京市', shippingDetail: '朝阳区建国路 1 号', notes: `Prefers calls on ${PHONE}.` } },
      await app.tokenFor('sales2@demo.shop'),
    ),
  ).customerCreate.customer!.id;
  // What the shop holds about them: a registration entry with their phone, orders, a message handed to the sender with the phone, a staged file with their row.
  const entry = await app.raw('mutation($h: String!, $p: PhoneNumber!) { registrationEntryAdd(input: { customer: { platform: TAOBAO, platformHandle: $h }, contactPhone: $p, notes: "Called from 137 6666 5555" }) { userErrors { message } } }', { h: HANDLE, p: `+86${PHONE}` }, await app.tokenFor('cs1@demo.shop'));
  expect(entry.errors).toBeUndefined();
  await importOrders([order('ERASE-1', {}), order('ERASE-2', { amount: 5_000, placedAt: '2026-06-01T02:00:00Z', paidAt: '2026-06-01T02:00:00Z' })]);
  const template = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Parcel', channel: 'SMS', body: '{{customer.displayName}}，您的包裹已发出。' } }, await admin())).messageTemplateCreate.messageTemplate!.id;
  const sent = dataOf(await app.gql(MessageSendDocument, { input: { customerId, templateId: template, purpose: 'TRANSACTIONAL', idempotencyKey: 'erase-parcel' } }, await app.tokenFor('sales2@demo.shop'))).messageSend;
  expect(sent.message?.status).toBe('HANDED_OVER');
  const staged = await fetch(`${app.origin}/uploads?name=orders.csv`, { method: 'POST', headers: { authorization: `Bearer ${await admin()}` }, body: `订单编号,买家会员名,联系手机\r\nE-9,${HANDLE},${PHONE}\r\n` });
  expect(staged.status).toBe(201);
});
afterAll(() => app.close());

/** The whole database as a dump: pg_dump where its version can read the server, else every table of every schema as text. */
async function dump(): Promise<string> {
  const [{ server }] = await app.sql<{ server: string }>("select current_setting('server_version_num') as server");
  let dumper: number | null = null;
  try {
    dumper = Number(/(\d+)\./.exec(execFileSync('pg_dump', ['--version'], { encoding: 'utf8' }))?.[1]);
  } catch {
    dumper = null;
  }
  if (dumper !== null && dumper >= Math.floor(Number(server) / 10000)) return execFileSync('pg_dump', ['--dbname', app.databaseUrl, '--no-owner'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const tables = await app.sql<{ name: string }>("select quote_ident(n.nspname) || '.' || quote_ident(c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'");
  const parts = await Promise.all(tables.map(async ({ name }) => `${name}: ${(await app.sql<{ t: string | null }>(`select string_agg(r::text, E'\\n') as t from ${name} r`))[0].t ?? ''}`));
  return parts.join('\n');
}

describe('erasure that keeps the books', () => {
  it('holds the clear values before, where they are needed (outbox, staged file): the test can fail', async () => {
    const before = await dump();
    expect(before).toContain(HANDLE);
    expect(before.includes(PHONE) || before.includes(Buffer.from(PHONE).toString('hex'))).toBe(true);
  });

  it('is refused to reviewers, reps and other shops, and while a legal hold applies, with the reason', async () => {
    expect(errorCode(await erase(await app.tokenFor('reviewer@demo.shop')))).toBe('FORBIDDEN');
    expect(errorCode(await erase(await app.tokenFor('sales2@demo.shop')))).toBe('FORBIDDEN');
    expect(dataOf(await erase(await app.tokenFor('admin@other.shop'))).customerErase.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(dataOf(await erase(await admin(), 'x')).customerErase.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', ['reason']]]);

    await importOrders([order('ERASE-3', { status: 'UNPAID', paidAt: null, placedAt: '2026-06-02T02:00:00Z' })]);
    const unpaid = dataOf(await erase(await admin())).customerErase.userErrors;
    expect(unpaid.map((e) => [e.code, e.message])).toEqual([['LEGAL_HOLD', 'The customer has 1 unpaid order(s).']]);
    // Closed unpaid, then a bad review opens an after-sales case (the owner rep's follow-up).
    await importOrders([order('ERASE-3', { status: 'CANCELLED', paidAt: null, placedAt: '2026-06-02T02:00:00Z' }), order('ERASE-2', { amount: 5_000, placedAt: '2026-06-01T02:00:00Z', paidAt: '2026-06-01T02:00:00Z', review: 'BAD' })]);
    expect(dataOf(await erase(await admin())).customerErase.userErrors.map((e) => e.message)).toEqual(['The customer has an open after-sales case.']);
    const [task] = await app.sql<{ id: number }>("select t.id from follow_up_tasks t join customers c on c.id = t.customer_id where c.platform_handle = ? and t.kind = 'AFTER_SALES'", [HANDLE]);
    const done = dataOf(await app.gql(FollowUpTaskCompleteDocument, { id: Buffer.from(`FollowUpTask:${task.id}`).toString('base64url'), input: { outcome: 'NO_ORDER', channel: 'PHONE', note: `Apologised on ${PHONE}.` } }, await app.tokenFor('sales2@demo.shop'))).followUpTaskComplete;
    expect(done.userErrors).toEqual([]);
    // The hold period after the last order (90 days by default; the last order was placed on 2 June).
    app.clock.set(new Date('2026-08-20T04:00:00Z'));
    expect(dataOf(await erase(await admin())).customerErase.userErrors.map((e) => e.message)).toEqual(["The customer's last order is inside the shop's hold period of 90 days (until 2026-08-31)."]);
    app.clock.set(NOW);
  });

  it('destroys the customer\'s data key and every clear or derived value; orders and figures keep their counts and sums', async () => {
    const erased = dataOf(await erase(await admin())).customerErase;
    expect(erased.userErrors).toEqual([]);
    const id = Number(Buffer.from(customerId, 'base64url').toString().split(':')[1]);
    expect(erased.customer).toMatchObject({ platformHandle: `erased-${id}`, displayName: `erased-${id}`, phone: null, wechatId: null, realName: null, shippingAddress: null, paidOrderCount: 2, totalSpent: 30_000 });
    expect(erased.customer!.erasedAt).toBeTruthy();
    expect(dataOf(await erase(await admin())).customerErase.userErrors.map((e) => e.code)).toEqual(['ALREADY_ERASED']);
    const [orders] = await app.sql<{ n: string; total: string }>("select count(*) as n, sum(amount) as total from orders where platform_order_id like 'ERASE-%'");
    expect([Number(orders.n), Number(orders.total)]).toEqual([3, 55_000]);
    // Nothing sealed can be opened again: unmasking gives nothing, the export has nothing, the trail reads null.
    expect(dataOf(await app.gql(CustomerContactUnmaskDocument, { customerId, field: 'PHONE', purpose: 'CONTACT' }, await app.tokenFor('sales2@demo.shop'))).customerContactUnmask.value).toBeNull();
    const exported = JSON.stringify(dataOf(await app.gql(CustomerDataExportDocument, { id: customerId }, await admin())).customerDataExport.document);
    for (const secret of SECRETS) expect([secret, exported.includes(secret)]).toEqual([secret, false]);
    const trail = await app.raw<{ customer: { history: { edges: { node: { changes: { field: string; after: unknown }[] } }[] } } }>(
      'query($id: ID!) { customer(id: $id) { history(first: 20) { edges { node { changes { field after } } } } } }', { id: customerId }, await app.tokenFor('reviewer@demo.shop'));
    const created = Object.fromEntries(trail.data!.customer.history.edges.at(-1)!.node.changes.map((c) => [c.field, c.after]));
    expect(created).toMatchObject({ platformHandle: null, phone: null, displayName: null });
    expect(Object.fromEntries(trail.data!.customer.history.edges[0].node.changes.map((c) => [c.field, c.after]))).toMatchObject({ erasureReason: 'The customer asked to be forgotten (ticket 8812).' });
  });

  it('leaves neither the phone nor the handle, nor a copy that can be decrypted, in a dump of the whole database, the outbox and job payloads, or the server\'s logs', async () => {
    const text = await dump();
    for (const secret of [...SECRETS, Buffer.from(PHONE).toString('hex'), Buffer.from(HANDLE).toString('hex')]) expect([secret, text.includes(secret)]).toEqual([secret, false]);
    const [keys] = await app.sql<{ n: string }>('select count(*) as n from customer_data_keys k join customers c on c.data_key_id = k.id where c.erased_at is not null');
    expect(Number(keys.n)).toBe(0);
    const [outbox] = await app.sql<{ t: string }>("select string_agg(payload::text, ' ') as t from webhook_events");
    expect(outbox.t).not.toContain(PHONE);
    expect(outbox.t).toContain('"erased": true');
    const logs = app.logged.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect([secret, logs.includes(secret)]).toEqual([secret, false]);
  });
});
