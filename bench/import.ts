// The bulk import benchmark (issue #17): a generated Taobao order report of N rows, uploaded to the
// production build and imported by its worker; wall time, rows per second and the server's peak
// memory. `npm run bench:import -- --rows 100000`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../src/common/project-root';
import { flag, openBenchCluster } from './bench-db';

const root = projectRoot();
const DEMO_PASSWORD = 'demo-pass-2026';
const STATES = ['交易成功', '交易成功', '交易成功', '卖家已发货，等待买家确认', '买家已付款，等待卖家发货', '等待买家付款', '交易关闭'];

/** A report like the seller centre's: `rows` orders of `rows / 3` buyers over a year, with the columns the product does not read. */
function report(rows: number, seed: string): Buffer {
  const lines = ['订单编号,买家会员名,买家应付货款,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,收货地址,联系手机'];
  const start = Date.UTC(2025, 10, 1);
  for (let i = 0; i < rows; i++) {
    const placed = new Date(start + ((i * 7919) % 365) * 86_400_000 + ((i * 104_729) % 86_400) * 1000);
    const state = STATES[i % STATES.length];
    const stamp = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
    const amount = (((i * 37) % 50_000) / 100 + 9.9).toFixed(2);
    const paid = state === '等待买家付款' || state === '交易关闭' ? '' : stamp(new Date(placed.getTime() + 60_000));
    lines.push(`="${seed}${String(i).padStart(9, '0')}",bench_buyer_${i % Math.max(1, Math.floor(rows / 3))},${amount},${amount},${state},${stamp(placed)},${paid},"Tea set, ${i % 12} cups",浙江省 杭州市 西湖区 文三路${i % 500}号,138****${String(i % 10_000).padStart(4, '0')}`);
  }
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Peak resident memory of a process (Linux), in MB. */
const peakRss = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function main(): Promise<void> {
  const rows = Number(flag('rows', '100000'));
  const cluster = await openBenchCluster();
  const databaseUrl = await cluster.urlFor(0).then((url) => url.replace('/bench_0', '/bench_import'));
  {
    const admin = new (await import('pg')).Client({ connectionString: databaseUrl.replace('/bench_import', '/postgres') });
    await admin.connect();
    await admin.query('drop database if exists bench_import with (force)');
    await admin.query('create database bench_import');
    await admin.end();
  }
  const port = await freePort();
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [, ...args] = scripts.start.split(/\s+/);
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn', JOBS_INTERVAL_SECONDS: '0', JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789abcdef', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600 && !(await fetch(`${base}/readyz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { login } = await gql<{ login: { token: string } }>('mutation($p: String!) { login(input: { email: "admin@demo.shop", password: $p }) { token } }', { p: DEMO_PASSWORD });
  // The demo shop's endpoint (the demo receiver, not running here) would get one order.imported
  // delivery per row: the import is measured without it, delivery by bench:messages.
  const endpoints = await gql<{ webhookEndpoints: { edges: { node: { id: string } }[] } }>('{ webhookEndpoints(first: 50) { edges { node { id } } } }', {}, login.token);
  for (const { node } of endpoints.webhookEndpoints.edges) await gql('mutation($id: ID!) { webhookEndpointUpdate(id: $id, input: { enabled: false }) { userErrors { code } } }', { id: node.id }, login.token);
  const file = report(rows, '9');
  console.log(`${rows} rows, ${(file.length / 1e6).toFixed(1)} MB (UTF-8, Taobao order report)`);
  for (const run of ['first import', 'the same file again']) {
    const started = Date.now();
    const upload = (await (await fetch(`${base}/uploads?name=bench.csv`, { method: 'POST', headers: { authorization: `Bearer ${login.token}` }, body: file })).json()) as { uploadId: string };
    const uploaded = Date.now();
    const { bulkImportStart } = await gql<{ bulkImportStart: { bulkImport: { id: string } } }>(
      'mutation($input: BulkImportStartInput!) { bulkImportStart(input: $input) { bulkImport { id } } }',
      { input: { uploadId: upload.uploadId, format: 'TAOBAO_ORDER_CSV' } },
      login.token,
    );
    let progress: { status: string; rowsRead: number; created: number; updated: number; unchanged: number; failed: number };
    for (;;) {
      progress = (await gql<{ bulkImport: typeof progress }>('query($id: ID!) { bulkImport(id: $id) { status rowsRead created updated unchanged failed } }', { id: bulkImportStart.bulkImport.id }, login.token)).bulkImport;
      if (!['QUEUED', 'RUNNING'].includes(progress.status)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${run}: ${progress.status}, ${progress.rowsRead} rows (${progress.created} created, ${progress.updated} updated, ${progress.unchanged} unchanged, ${progress.failed} refused) in ${seconds.toFixed(1)} s ` +
        `(upload ${((uploaded - started) / 1000).toFixed(1)} s), ${Math.round(progress.rowsRead / seconds)} rows/s; server peak RSS ${Math.round(peakRss(child.pid!))} MB`,
    );
  }
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await cluster.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
