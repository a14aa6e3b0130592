import { createClient } from 'graphql-ws';
import iconv from 'iconv-lite';
import WebSocket from 'ws';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import type { EventBus } from '../../src/events/event-bus';
import { reviveStalledImports, runBulkImport } from '../../src/imports/bulk-import.runner';
import { taskList } from '../../src/jobs/worker';
import { workerLogger } from '../../src/db/job-queue';
import { runOnce } from 'graphile-worker';
import { createTestApp, TestApp, until } from '../support/test-app';

let app: TestApp;
let idle: TestApp; // no worker: imports stay queued
beforeAll(async () => {
  app = await createTestApp();
  idle = await createTestApp({ JOBS_CONCURRENCY: '0', MAX_UPLOAD_BYTES: '4096' });
});
afterAll(async () => {
  await idle.close();
  await app.close();
});

const HEADER = '订单编号,买家会员名,买家应付货款,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,收货地址,联系手机';
const report = (rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

async function upload(target: TestApp, body: Buffer | string, token: string, name = 'orders.csv') {
  const response = await fetch(`${target.origin}/uploads?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body });
  return { status: response.status, body: (await response.json()) as { uploadId?: string; bytes?: number; sha256?: string; errors?: { extensions: { code: string } }[] } };
}

type Progress = { id: string; status: string; rowsRead: number; created: number; updated: number; unchanged: number; failed: number; failure: string | null; errors: { totalCount: number; edges: { node: { line: number; column: string | null; code: string; message: string } }[] } };
const PROGRESS = 'id status rowsRead created updated unchanged failed failure errors(first: 50) { totalCount edges { node { line column code message } } }';

async function start(target: TestApp, uploadId: string, token: string, format = 'TAOBAO_ORDER_CSV', encoding = 'AUTO') {
  return target.raw<{ bulkImportStart: { bulkImport: Progress | null; userErrors: { code: string; field: string[] }[] } }>(
    `mutation($input: BulkImportStartInput!) { bulkImportStart(input: $input) { bulkImport { ${PROGRESS} } userErrors { code field } } }`,
    { input: { uploadId, format, encoding } },
    token,
  );
}

/** Follows an import until it ends (the worker runs it in the background). */
async function finished(target: TestApp, id: string, token: string): Promise<Progress> {
  for (let i = 0; i < 400; i++) {
    const result = await target.raw<{ bulkImport: Progress }>(`query($id: ID!) { bulkImport(id: $id) { ${PROGRESS} } }`, { id }, token);
    const progress = result.data!.bulkImport;
    if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(progress.status)) return progress;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the import did not end within 20 s');
}

async function importFile(body: Buffer | string, format = 'TAOBAO_ORDER_CSV', encoding = 'AUTO') {
  const admin = await app.tokenFor('admin@demo.shop');
  const stored = await upload(app, body, admin);
  expect(stored.status).toBe(201);
  const started = (await start(app, stored.body.uploadId!, admin, format, encoding)).data!.bulkImportStart;
  expect(started.userErrors).toEqual([]);
  return finished(app, started.bulkImport!.id, admin);
}

const orderRow = (platformOrderId: string) => app.sql<{ amount: number; status: string; placed_at: Date; paid_at: Date | null; handle: string }>(
  'select o.amount, o.status, o.placed_at, o.paid_at, c.platform_handle as handle from orders o join customers c on c.id = o.customer_id where o.platform_order_id = ?',
  [platformOrderId],
);

describe('a Taobao order report, uploaded and imported in the background', () => {
  const file = report([
    '="3141592653589793",bulk_buyer_a,128.50,128.50,交易成功,2026-11-11 00:01:02,2026-11-11 00:01:30,Tea set,"浙江省 杭州市 西湖区",138****0000',
    '3141592653589794,bulk_buyer_b,"1,024.00","1,024.00",等待买家付款,2026-11-11 09:00:00,,Tea cups,上海市,139****1111',
    '3141592653589795,bulk_buyer_a,66,66,卖家已发货，等待买家确认,2026-11-12 08:00:00,2026-11-12 08:05:00,Tea,北京市,',
    '3141592653589796,bulk_buyer_c,12.3.4,12.3.4,交易成功,2026-11-12 08:00:00,2026-11-12 08:05:00,Tea,北京市,',
    '3141592653589797,bulk_buyer_c,10,10,已揽件,2026-11-31 08:00:00,,Tea,北京市,',
  ]);

  it('imports the good rows with the order rules, lists the bad ones by line and column, and counts what it committed', async () => {
    const done = await importFile(Buffer.from('\uFEFF' + file, 'utf8'));
    expect(done).toMatchObject({ status: 'COMPLETED', rowsRead: 5, created: 3, updated: 0, failed: 2, failure: null });
    expect(done.errors.edges.map((e) => e.node)).toEqual([
      { line: 5, column: '买家实际支付金额', code: 'INVALID_INPUT', message: '"12.3.4" is not an amount in yuan.' },
      { line: 6, column: '订单状态', code: 'INVALID_INPUT', message: '"已揽件" is not an order state of the report.' },
      { line: 6, column: '订单创建时间', code: 'INVALID_INPUT', message: '"2026-11-31 08:00:00" is not a date and time.' },
    ]);
    // Amounts exactly in fen, times read in the shop's zone (Asia/Shanghai, UTC+8), the Excel-safe id unwrapped.
    const [paid] = await orderRow('3141592653589793');
    expect(paid).toMatchObject({ amount: 12850, status: 'RECEIVED', handle: 'bulk_buyer_a' });
    expect(new Date(paid.placed_at).toISOString()).toBe('2026-11-10T16:01:02.000Z');
    expect((await orderRow('3141592653589794'))[0]).toMatchObject({ amount: 102400, status: 'UNPAID', paid_at: null });
    // The figures the order rules keep: two paid orders of buyer a.
    const [buyer] = await app.sql<{ paid_order_count: number; total_spent: number }>("select paid_order_count, total_spent::int from customers where platform_handle = 'bulk_buyer_a'");
    expect(buyer).toEqual({ paid_order_count: 2, total_spent: 12850 + 6600 });
  });

  it('refuses an order id met again in a later batch of the file, saying on which line it was first', async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => `88000000${String(i).padStart(4, '0')},dup_buyer_${i % 7},10,10,交易成功,2026-11-12 08:00:00,2026-11-12 08:05:00,Tea,北京市,`);
    rows.splice(10, 0, rows[4].replace(',10,10,', ',30,30,')); // line 12 repeats line 6's order in the same batch
    rows.push(rows[3].replace(',10,10,', ',20,20,')); // line 1103 repeats line 5's order, batches later
    const done = await importFile(Buffer.from(report(rows), 'utf8'));
    expect(done).toMatchObject({ status: 'COMPLETED', rowsRead: 1102, created: 1100, failed: 2 });
    expect(done.errors.edges.map((e) => e.node)).toEqual([
      { line: 12, column: '订单编号', code: 'DUPLICATE_ROW', message: 'Order 880000000004 is also on line 6.' },
      { line: 1103, column: '订单编号', code: 'DUPLICATE_ROW', message: 'Order 880000000003 is also on line 5.' },
    ]);
    expect((await orderRow('880000000003'))[0].amount).toBe(1000); // the first one stands
    expect(await app.sql('select count(*)::int as n from bulk_import_order_ids')).toEqual([{ n: 0 }]); // forgotten once it ended
  });

  it('changes nothing when the same file comes again: every row is found and written as it was', async () => {
    const before = await app.sql<{ n: number }>("select count(*)::int as n from orders where platform_order_id like '31415926535897%'");
    const trail = await app.sql<{ n: number }>("select count(*)::int as n from audit_trail where entity_type = 'Order'");
    const again = await importFile(Buffer.from(file, 'utf8'));
    expect(again).toMatchObject({ status: 'COMPLETED', rowsRead: 5, created: 0, updated: 0, unchanged: 3, failed: 2 });
    expect(await app.sql("select count(*)::int as n from orders where platform_order_id like '31415926535897%'")).toEqual(before);
    expect(await app.sql("select count(*)::int as n from audit_trail where entity_type = 'Order'")).toEqual(trail);
  });

  it('reads GB18030, as the seller centre exports by default', async () => {
    const gbk = iconv.encode(report(['4000000000000001,淘宝买家小王,88.00,88.00,交易成功,2026-11-13 10:00:00,2026-11-13 10:01:00,茶具,广东省 深圳市,']), 'gb18030');
    expect(gbk.equals(Buffer.from(report([]), 'utf8'))).toBe(false);
    const done = await importFile(gbk);
    expect(done).toMatchObject({ status: 'COMPLETED', created: 1, failed: 0 });
    expect((await orderRow('4000000000000001'))[0]).toMatchObject({ amount: 8800, handle: '淘宝买家小王' });
  });

  it('seals a new buyer\'s receiver name, address and phone on the way in: read masked, never stored in clear', async () => {
    const withReceiver = ['订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,收货人姓名,收货地址,联系手机', '5000000000000001,receiver_buyer,50.00,交易成功,2026-11-14 10:00:00,2026-11-14 10:01:00,诸葛明亮,"江苏省 南京市 鼓楼区 中山路 18 号",13655557777'].join('\r\n') + '\r\n';
    expect(await importFile(Buffer.from(withReceiver, 'utf8'))).toMatchObject({ status: 'COMPLETED', created: 1, failed: 0 });
    const [id] = await app.sql<{ id: number }>("select id from customers where platform_handle = 'receiver_buyer'");
    const customer = await app.raw<{ customer: Record<string, string> }>('query($id: ID!) { customer(id: $id) { phone realName shippingAddress } }', { id: Buffer.from(`Customer:${id.id}`).toString('base64url') }, await app.tokenFor('admin@demo.shop'));
    expect(customer.data!.customer).toEqual({ phone: '136****7777', realName: '诸***', shippingAddress: '江苏省 南京市' });
    const [stored] = await app.sql<{ t: string }>("select c::text || coalesce((select string_agg(changes::text, ' ') from audit_trail a where a.entity_type = 'Customer' and a.entity_id = c.id), '') as t from customers c where platform_handle = 'receiver_buyer'");
    for (const clear of ['13655557777', '诸葛明亮', '中山路']) expect([clear, stored.t.includes(clear)]).toEqual([clear, false]);
    const unmasked = await app.raw<{ customerContactUnmask: { value: string } }>('mutation($id: ID!) { customerContactUnmask(customerId: $id, field: SHIPPING_ADDRESS, purpose: SHIPPING) { value } }', { id: Buffer.from(`Customer:${id.id}`).toString('base64url') }, await app.tokenFor('admin@demo.shop'));
    expect(unmasked.data!.customerContactUnmask.value).toBe('江苏省 南京市 鼓楼区 中山路 18 号');
  });

  it('ends FAILED, naming the missing columns, when the file is not an order report', async () => {
    const done = await importFile(Buffer.from('编号,会员\r\n1,a\r\n', 'utf8'));
    expect(done).toMatchObject({ status: 'FAILED', rowsRead: 0, created: 0 });
    expect(done.failure).toBe('The file is not a Taobao order report: its header lacks 订单编号, 买家会员名, 买家实际支付金额, 订单状态, 订单创建时间.');
  });
});

describe('JSON Lines of the API\'s own order input', () => {
  it('imports each line, and lists a line that is not an order with its number and field', async () => {
    const lines = [
      JSON.stringify({ platformOrderId: 'JL-1', customer: { platform: 'JD', platformHandle: 'jsonl_buyer' }, amount: 5000, status: 'PAID', placedAt: '2026-11-14T02:00:00Z' }),
      '',
      '{ not json',
      JSON.stringify({ platformOrderId: 'JL-2', customer: { platform: 'JD', platformHandle: 'jsonl_buyer' }, amount: 12.5, status: 'PAID', placedAt: '2026-11-14T02:00:00Z' }),
      JSON.stringify({ platformOrderId: 'JL-3', customer: { platform: 'JD', platformHandle: 'jsonl_buyer' }, amount: 700, status: 'PAID', placedAt: '2026-11-14T01:00:00Z', paidAt: '2026-11-13T01:00:00Z' }),
    ].join('\n');
    const done = await importFile(lines, 'JSONL');
    expect(done).toMatchObject({ status: 'COMPLETED', rowsRead: 4, created: 1, failed: 3 });
    expect(done.errors.edges.map((e) => [e.node.line, e.node.column, e.node.code])).toEqual([
      [3, null, 'INVALID_INPUT'],
      [4, 'amount', 'INVALID_INPUT'],
      [5, 'paidAt', 'INVALID_INPUT'],
    ]);
  });
});

describe('the runner', () => {
  const deps = () => ({ orm: app.orm, clock: app.clock, config: loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: app.databaseUrl }), logger: pino({ level: 'silent' }), events: null as unknown as EventBus, shuttingDown: () => false });

  async function queuedImport(rows: string[]): Promise<number> {
    const admin = await idle.tokenFor('admin@demo.shop');
    const stored = await upload(idle, Buffer.from(report(rows), 'utf8'), admin);
    const started = (await start(idle, stored.body.uploadId!, admin)).data!.bulkImportStart.bulkImport!;
    return Number(Buffer.from(started.id, 'base64url').toString().split(':')[1]);
  }
  const state = (id: number) => idle.sql<{ status: string; rows_read: number; created: number; updated: number }>('select status, rows_read, created, updated from bulk_imports where id = ?', [id]);
  const idleDeps = () => ({ ...deps(), orm: idle.orm, clock: idle.clock });

  it('resumes after the rows a run before a crash committed, importing each row once', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => `500000000000000${i},resume_buyer_${i},10,10,交易成功,2026-11-15 10:00:00,2026-11-15 10:00:00,Tea,北京市,`);
    const id = await queuedImport(rows);
    // As if a run committed the first 4 rows' batch, then the process died.
    await idle.sql("update bulk_imports set status = 'RUNNING', rows_read = 4, created = 4 where id = ?", [id]);
    await runBulkImport(idleDeps(), id);
    expect((await state(id))[0]).toEqual({ status: 'COMPLETED', rows_read: 7, created: 7, updated: 0 });
    const imported = await idle.sql<{ n: number }>("select count(*)::int as n from orders where platform_order_id like '500000000000000%'");
    expect(imported[0].n).toBe(3); // only the rows after the checkpoint were read
  });

  it('survives the death of the worker running it: a later instance frees its job and another worker finishes it', async () => {
    const id = await queuedImport(['8000000000000001,revive_buyer,10,10,交易成功,2026-11-15 10:00:00,2026-11-15 10:00:00,Tea,北京市,']);
    const fresh = await queuedImport(['8000000000000002,revive_buyer,10,10,交易成功,2026-11-15 10:00:00,2026-11-15 10:00:00,Tea,北京市,']);
    // What a crash leaves: the job locked by a worker that is gone, the import RUNNING and silent for ten minutes.
    // (The lock is set in graphile-worker's own table: nothing public takes a lock without running the job.)
    await idle.sql("update graphile_worker._private_jobs set locked_by = 'dead-worker', locked_at = now() where key = ?", [`bulk_import:${id}`]);
    await idle.sql("update bulk_imports set status = 'RUNNING', updated_at = now() - interval '10 minutes' where id = ?", [id]);
    // One that committed a batch a moment ago is left alone.
    await idle.sql("update graphile_worker._private_jobs set locked_by = 'busy-worker', locked_at = now() where key = ?", [`bulk_import:${fresh}`]);
    await idle.sql("update bulk_imports set status = 'RUNNING' where id = ?", [fresh]);

    expect(await reviveStalledImports(idle.orm, 120)).toBe(1);
    const locks = await idle.sql<{ key: string; locked_by: string | null }>("select key, locked_by from graphile_worker.jobs where key like 'bulk_import:%' and key in (?, ?) order by key", [`bulk_import:${id}`, `bulk_import:${fresh}`]);
    expect(locks).toEqual([{ key: `bulk_import:${id}`, locked_by: null }, { key: `bulk_import:${fresh}`, locked_by: 'busy-worker' }]);
    await runOnce({ connectionString: idle.databaseUrl, taskList: taskList(idleDeps()), logger: workerLogger(pino({ level: 'silent' })) });
    expect((await state(id))[0]).toMatchObject({ status: 'COMPLETED', rows_read: 1, created: 1 });
    expect((await state(fresh))[0]).toMatchObject({ status: 'RUNNING', rows_read: 0 });
  });

  it('gives its job back when the server stops, to go on later from its last committed batch', async () => {
    const id = await queuedImport(['8100000000000001,stop_buyer,10,10,交易成功,2026-11-15 10:00:00,2026-11-15 10:00:00,Tea,北京市,']);
    await expect(runBulkImport({ ...idleDeps(), shuttingDown: () => true }, id)).rejects.toThrow('The server is stopping');
    expect((await state(id))[0]).toMatchObject({ status: 'RUNNING', rows_read: 0 });
    await runBulkImport(idleDeps(), id); // the retry
    expect((await state(id))[0]).toMatchObject({ status: 'COMPLETED', rows_read: 1, created: 1 });
  });

  it('stops at the next batch when cancelled, and a queued import is cancelled at once', async () => {
    const id = await queuedImport(['6000000000000001,cancel_buyer,10,10,交易成功,2026-11-15 10:00:00,2026-11-15 10:00:00,Tea,北京市,']);
    await idle.sql("update bulk_imports set status = 'RUNNING', cancel_requested_at = now() where id = ?", [id]);
    await runBulkImport(idleDeps(), id);
    expect((await state(id))[0]).toMatchObject({ status: 'CANCELLED', rows_read: 0 });

    const admin = await idle.tokenFor('admin@demo.shop');
    const queued = await queuedImport(['6000000000000002,cancel_buyer,10,10,交易成功,2026-11-15 10:00:00,2026-11-15 10:00:00,Tea,北京市,']);
    const gid = Buffer.from(`BulkImport:${queued}`).toString('base64url');
    const cancelled = await idle.raw<{ bulkImportCancel: { bulkImport: { status: string } | null; userErrors: { code: string }[] } }>('mutation($id: ID!) { bulkImportCancel(id: $id) { bulkImport { status } userErrors { code } } }', { id: gid }, admin);
    expect(cancelled.data!.bulkImportCancel).toEqual({ bulkImport: { status: 'CANCELLED' }, userErrors: [] });
    const again = await idle.raw<{ bulkImportCancel: { userErrors: { code: string }[] } }>('mutation($id: ID!) { bulkImportCancel(id: $id) { userErrors { code } } }', { id: gid }, admin);
    expect(again.data!.bulkImportCancel.userErrors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
    await runBulkImport(idleDeps(), queued); // the job, when it comes, finds nothing to do
    expect((await state(queued))[0]).toMatchObject({ status: 'CANCELLED', rows_read: 0 });
  });
});

describe('who may upload and import', () => {
  it('refuses anonymous callers, non-admins, read-only tokens and files over the limit; another shop cannot use the upload', async () => {
    const admin = await idle.tokenFor('admin@demo.shop');
    expect((await upload(idle, 'x', 'not-a-token')).status).toBe(401);
    expect((await fetch(`${idle.origin}/uploads`, { method: 'POST', body: 'x' })).status).toBe(401);
    const rep = await idle.tokenFor('sales1@demo.shop');
    expect(await upload(idle, 'x', rep)).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    expect(await upload(idle, Buffer.alloc(5000, 65), admin)).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });
    const stored = await upload(idle, report([]), admin);
    expect(stored.status).toBe(201);
    const repStart = await start(idle, stored.body.uploadId!, rep);
    expect(repStart.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await idle.raw('{ bulkImports(first: 5) { totalCount } }', {}, rep)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await idle.tokenFor('admin@other.shop');
    expect((await start(idle, stored.body.uploadId!, other)).data!.bulkImportStart.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'uploadId'] }]);
    const mine = (await start(idle, stored.body.uploadId!, admin)).data!.bulkImportStart.bulkImport!;
    expect((await idle.raw<{ bulkImport: unknown }>('query($id: ID!) { bulkImport(id: $id) { id } }', { id: mine.id }, other)).data!.bulkImport).toBeNull();
    expect((await idle.raw<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id: mine.id }, other)).data!.node).toBeNull();
  });
});

describe('following an import', () => {
  it('pushes its progress to subscribers and ends with the counts; its refused rows download as CSV for its admins only', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const received: { status: string; rowsRead: number }[] = [];
    const client = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${admin}` }, lazy: false, retryAttempts: 0 });
    const before = app.server.subscribers('BULK_IMPORT_PROGRESS');
    client.subscribe<{ bulkImportProgress: { status: string; rowsRead: number } }>(
      { query: 'subscription { bulkImportProgress { status rowsRead } }' },
      { next: (value) => void (value.data && received.push(value.data.bulkImportProgress)), error: () => undefined, complete: () => undefined },
    );
    await until(() => app.server.subscribers('BULK_IMPORT_PROGRESS') > before);
    const rows = Array.from({ length: 3 }, (_, i) => `700000000000000${i},follow_buyer,10,${i === 1 ? 'x' : '10'},交易成功,2026-11-15 10:00:00,2026-11-15 10:00:00,"Tea, ""best""",北京市,`);
    const done = await importFile(Buffer.from(report(rows), 'utf8'));
    await until(() => received.some((p) => p.status === 'COMPLETED'));
    expect(received.at(-1)).toEqual({ status: 'COMPLETED', rowsRead: 3 });
    await client.dispose();

    const download = (token: string) => fetch(`${app.origin}/bulk-imports/${done.id}/errors.csv`, { headers: { authorization: `Bearer ${token}` } });
    const csv = await download(admin);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const body = Buffer.from(await csv.arrayBuffer());
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // a BOM, for spreadsheets
    expect(body.subarray(3).toString('utf8')).toBe('line,column,code,message\r\n3,买家实际支付金额,INVALID_INPUT,"""x"" is not an amount in yuan."\r\n');
    expect((await download(await app.tokenFor('sales1@demo.shop'))).status).toBe(404);
    expect((await download(await app.tokenFor('admin@other.shop'))).status).toBe(404);
    expect((await fetch(`${app.origin}/bulk-imports/${done.id}/errors.csv`)).status).toBe(401);
  });
});

describe('a shop\'s own column names', () => {
  const MAPPING = 'format builtIn platformOrderId buyer amount status placedAt paidAt';
  const english = { format: 'TAOBAO_ORDER_CSV', platformOrderId: 'Order ID', buyer: 'Buyer', amount: 'Paid (CNY)', status: 'Order status', placedAt: 'Created', paidAt: 'Paid at' };

  it('read an export with renamed headers once set, refuse a mapping with a column twice or unnamed, and go back to the built-in names', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const update = (input: Record<string, string>, token = admin) =>
      app.raw<{ importMappingUpdate: { importMapping: Record<string, unknown> | null; userErrors: { code: string; field: string[] }[] } }>(`mutation($input: ImportMappingInput!) { importMappingUpdate(input: $input) { importMapping { ${MAPPING} } userErrors { code field } } }`, { input }, token);
    expect((await app.raw<{ importMapping: Record<string, unknown> }>(`{ importMapping(format: TAOBAO_ORDER_CSV) { ${MAPPING} } }`, {}, admin)).data!.importMapping).toMatchObject({ builtIn: true, platformOrderId: '订单编号' });
    expect((await update({ ...english, buyer: 'Order ID', status: ' ' })).data!.importMappingUpdate.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'buyer'] },
      { code: 'INVALID_INPUT', field: ['input', 'status'] },
    ]);
    expect((await update(english, await app.tokenFor('sales1@demo.shop'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Set at the same moment by several admins' requests: each finds or creates the one mapping.
    const together = await Promise.all(Array.from({ length: 4 }, () => update(english)));
    expect(together.map((r) => r.errors ?? r.data!.importMappingUpdate.userErrors)).toEqual([[], [], [], []]);
    expect(await app.sql("select count(*)::int as n from import_mappings where format = 'TAOBAO_ORDER_CSV'")).toEqual([{ n: 1 }]);
    expect((await update(english)).data!.importMappingUpdate).toEqual({ importMapping: { ...english, builtIn: false }, userErrors: [] });
    expect((await start(app, 'not-an-upload', admin)).data!.bulkImportStart.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'uploadId'] }]);

    const file = ['Order ID,Buyer,Paid (CNY),Order status,Created,Paid at', '9100000000000001,mapped_buyer,20.00,交易成功,2026-11-16 10:00:00,2026-11-16 10:00:05', '9100000000000002,mapped_buyer,x,交易成功,2026-11-16 10:00:00,'].join('\n');
    const done = await importFile(Buffer.from(file, 'utf8'));
    expect(done).toMatchObject({ status: 'COMPLETED', created: 1, failed: 1 });
    expect(done.errors.edges.map((e) => e.node.column)).toEqual(['Paid (CNY)']); // named as the shop's export names it

    const reset = await app.raw<{ importMappingReset: { importMapping: { builtIn: boolean; buyer: string } } }>('mutation { importMappingReset(format: TAOBAO_ORDER_CSV) { importMapping { builtIn buyer } } }', {}, admin);
    expect(reset.data!.importMappingReset.importMapping).toEqual({ builtIn: true, buyer: '买家会员名' });
    expect(await importFile(Buffer.from(file, 'utf8'))).toMatchObject({ status: 'FAILED' });
  });
});
