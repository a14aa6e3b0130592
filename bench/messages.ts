// The messages benchmark (issue #18): on a copy of the 100k-customer bench shop, through the
// production build (`node dist/src/main.js`, its queue worker on), with a webhook receiver in this
// process that verifies every signature:
// 1. audience snapshot: `campaignWaveSchedule` of a wave whose audience is every customer, over HTTP;
// 2. outbox delivery: a wave due now (one region, about 12k customers) decided by the queue's
//    dispatch and delivered to the receiver: messages per second at the receiver;
// 3. enqueue to first attempt: one-off messages (`messageSend`, handed over in the mutation's
//    transaction), time from the mutation's answer to the receiver's first request.
// `npm run bench:messages`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { projectRoot } from '../src/common/project-root';
import { startReceiver } from '../src/webhooks/webhook-receiver';
import { flag, openBenchCluster } from './bench-db';
import { BENCH_PASSWORD, fillBenchData } from './data';

const root = projectRoot();
const percentile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function main(): Promise<void> {
  const customers = Number(flag('customers', '100000'));
  const rounds = Number(flag('rounds', '3'));
  const oneOffs = Number(flag('one-offs', '200'));
  const concurrency = flag('jobs', '2');
  const cluster = await openBenchCluster();
  const source = await cluster.urlFor(customers);
  await fillBenchData(source, customers, (line) => console.log(line));
  // A copy, so the other benchmarks' database keeps no messages, consents or coupons.
  const copyName = `bench_messages_${customers}`;
  const admin = new Client({ connectionString: new URL('/postgres', source).toString() });
  await admin.connect();
  await admin.query(`drop database if exists ${copyName}`);
  await admin.query(`create database ${copyName} template bench_${customers}`);
  const url = new URL(`/${copyName}`, source).toString();
  const db = new Client({ connectionString: url });
  await db.connect();
  const [{ shop }] = (await db.query<{ shop: number }>("select id as shop from shops where name = 'Bench Shop'")).rows;
  await db.query("update customers set marketing_consent = 'GRANTED' where shop_id = $1", [shop]);
  await db.query('analyze customers');

  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: root,
    env: {
      ...process.env, DATABASE_URL: url, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', JOBS_CONCURRENCY: concurrency, JOBS_CRON: 'false', WEBHOOK_TARGETS: 'loopback',
      COST_BUDGET_CAPACITY: '0', JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789abcdef', PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600 && !(await fetch(`${base}/readyz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
  const post = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const payload = Object.values(body.data as object)[0] as { userErrors?: unknown[] };
    if (payload?.userErrors?.length) throw new Error(JSON.stringify(payload.userErrors));
    return body.data;
  };
  const token = (await post('mutation($p: String!) { login(input: { email: "admin@bench.shop", password: $p }) { token } }', { p: BENCH_PASSWORD })).login.token as string;
  await post('mutation { shopUpdate(input: { marketingCapPerDay: 20, marketingCapPerWeek: 100, quietHoursFrom: "00:00", quietHoursUntil: "00:00" }) { userErrors { message } } }', {}, token);

  let secret = '';
  const arrivals = new Map<string, number>();
  const receiver = await startReceiver({ secrets: () => [secret], onEvent: (e) => void (arrivals.has(String(e.data.messageId)) || arrivals.set(String(e.data.messageId), performance.now())) });
  secret = (await post('mutation($url: String!) { webhookEndpointCreate(input: { url: $url, eventTypes: [MESSAGE_SEND] }) { secret userErrors { message } } }', { url: receiver.url }, token)).webhookEndpointCreate.secret;
  const templateId = (await post('mutation { messageTemplateCreate(input: { name: "Bench", channel: PLATFORM_CHAT, body: "{{customer.displayName}}，大促就要开始了。" }) { messageTemplate { id } userErrors { message } } }', {}, token)).messageTemplateCreate.messageTemplate.id;
  const eventDate = new Date(Date.now() + 8 * 3600_000 + 40 * 86_400_000).toISOString().slice(0, 10);
  const campaignId = (await post('mutation($d: LocalDate!) { campaignCreate(input: { name: "Bench", eventDate: $d }) { campaign { id } userErrors { message } } }', { d: eventDate }, token)).campaignCreate.campaign.id;
  const WAVE = 'mutation($c: ID!, $input: CampaignWaveInput!) { campaignWaveCreate(campaignId: $c, input: $input) { wave { id } userErrors { message } } }';
  const SCHEDULE = 'mutation($id: ID!) { campaignWaveSchedule(id: $id) { wave { audienceSize holdoutSize } userErrors { message } } }';

  // 1. Snapshots of every customer, each wave on its own day (no overlap to deduplicate).
  const snapshots: number[] = [];
  let size = 0;
  for (let r = 0; r < rounds; r++) {
    const waveId = (await post(WAVE, { c: campaignId, input: { name: `All ${r}`, offsetDays: -30 + r, sendFrom: '10:00', sendUntil: '20:00', templateId, audience: {} } }, token)).campaignWaveCreate.wave.id;
    const started = performance.now();
    size = (await post(SCHEDULE, { id: waveId }, token)).campaignWaveSchedule.wave.audienceSize;
    snapshots.push(performance.now() - started);
  }

  // 2. A wave due now: the queue decides it and the outbox delivers it.
  const now = new Date(Date.now() + 8 * 3600_000); // shop time (Asia/Shanghai)
  const offset = Math.round((Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) - Date.parse(`${eventDate}T00:00:00Z`)) / 86_400_000);
  const dueId = (await post(WAVE, { c: campaignId, input: { name: 'Now', offsetDays: offset, sendFrom: '00:00', sendUntil: '23:59', templateId, audience: { region: 'Zhejiang' } } }, token)).campaignWaveCreate.wave.id;
  arrivals.clear();
  const scheduledAt = performance.now();
  const due = (await post(SCHEDULE, { id: dueId }, token)).campaignWaveSchedule.wave;
  const expected = due.audienceSize - due.holdoutSize;
  while (arrivals.size < expected) await new Promise((r) => setTimeout(r, 20));
  const times = [...arrivals.values()].sort((a, b) => a - b);
  const [{ handed }] = (await db.query<{ handed: string }>("select extract(epoch from max(handed_over_at) - min(handed_over_at)) * 1000 as handed from messages where wave_id = (select max(id) from campaign_waves) and status = 'HANDED_OVER'")).rows;
  const deliverySeconds = (times[times.length - 1] - times[0]) / 1000;
  const wholeSeconds = (times[times.length - 1] - scheduledAt) / 1000;

  // 3. One-off messages: from the mutation's answer to the receiver's first request.
  const buyers = (await db.query<{ id: string }>("select id from customers where shop_id = $1 and region = 'Beijing' order by id limit $2", [shop, oneOffs])).rows.map((r) => Buffer.from(`Customer:${r.id}`).toString('base64'));
  const latencies: number[] = [];
  for (const [i, customerId] of buyers.entries()) {
    const sent = await post('mutation($input: MessageSendInput!) { messageSend(input: $input) { message { id status } userErrors { message } } }', { input: { customerId, templateId, purpose: 'MARKETING', idempotencyKey: `bench-${Date.now()}-${i}` } }, token);
    const answered = performance.now();
    const id = sent.messageSend.message.id as string;
    while (!arrivals.has(id)) await new Promise((r) => setTimeout(r, 1));
    latencies.push(arrivals.get(id)! - answered);
    await new Promise((r) => setTimeout(r, 10));
  }

  console.log(`bench shop of ${customers} customers (all with consent), server with ${concurrency} queue workers, receiver in the bench process`);
  console.log(`audience snapshot of ${size} customers (campaignWaveSchedule over HTTP, ${rounds} waves): median ${(percentile(snapshots, 0.5) / 1000).toFixed(2)} s, max ${(Math.max(...snapshots) / 1000).toFixed(2)} s`);
  console.log(`outbox delivery of a wave of ${expected} messages: ${(expected / deliverySeconds).toFixed(0)} messages/s at the receiver (first to last ${deliverySeconds.toFixed(1)} s); decided in ${(Number(handed) / 1000).toFixed(1)} s; schedule to last delivery ${wholeSeconds.toFixed(1)} s`);
  console.log(`enqueue to first attempt (${latencies.length} one-off messages): p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`);
  console.log(`receiver: ${receiver.received.length} requests, ${receiver.received.filter((r) => !r.verified).length} with a bad signature`);
  await receiver.close();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await db.end();
  await admin.query(`drop database if exists ${copyName}`);
  await admin.end();
  await cluster.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
