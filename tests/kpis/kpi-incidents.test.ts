import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { runOnce } from 'graphile-worker';
import pino from 'pino';
import {
  AuditTrailDocument,
  KpiIncidentAcknowledgeDocument,
  KpiIncidentsDocument,
  KpisDocument,
  PromotionAddDocument,
  PromotionRemoveDocument,
  PromotionsDocument,
  type OrderInput,
} from '../generated/graphql';
import { seededRandom } from '../../seeds/demo.seeder';
import { loadConfig } from '../../src/config';
import type { EventBus } from '../../src/events/event-bus';
import { workerLogger } from '../../src/db/job-queue';
import { taskList } from '../../src/jobs/worker';
import { DETECT_INCIDENTS_TASK } from '../../src/kpis/kpi.enums';
import { createTestApp, dataOf, errorCode, TestApp, until } from '../support/test-app';
import { importOrders } from '../commerce/helpers';

let app: TestApp;
const NOW = new Date('2026-11-21T04:00:00Z'); // Saturday noon in Shanghai
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' }); // jobs run below, when the test says
  app.clock.set(NOW);
});
afterAll(() => app.close());

const admin = () => app.tokenFor('admin@demo.shop');
const WEEKLY = [30, 26, 27, 28, 29, 36, 34]; // Monday..Sunday: a weekly rhythm

/** Orders from Sep 1 to Nov 20: a weekly rhythm with noise, a drop on Tuesday Nov 10, a spike on 双11. */
function orders(): OrderInput[] {
  const random = seededRandom(4242);
  const rows: OrderInput[] = [];
  for (let t = Date.parse('2026-09-01T00:00:00Z'); t < Date.parse('2026-11-21T00:00:00Z'); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const base = WEEKLY[(new Date(t).getUTCDay() + 6) % 7];
    const n = day === '2026-11-10' ? 2 : day === '2026-11-11' ? 150 : base + Math.floor(random() * 5) - 2;
    for (let i = 0; i < n; i++) {
      const at = new Date(t + (2 + Math.floor(random() * 12)) * 3600_000).toISOString(); // 10:00–22:00 in Shanghai
      rows.push({ platformOrderId: `AN-${day}-${i}`, customer: { platform: 'TAOBAO', platformHandle: `an_buyer_${Math.floor(random() * 400)}` }, amount: 9_000 + Math.floor(random() * 2_000), status: 'PAID', placedAt: at, paidAt: at });
    }
  }
  return rows;
}

async function paidOrderFlags() {
  const kpis = dataOf(await app.gql(KpisDocument, { from: '2026-11-01', to: '2026-11-21', granularity: 'DAY', compareTo: 'PREVIOUS_PERIOD', keys: ['PAID_ORDERS'] }, await admin())).kpis;
  return new Map(kpis.series[0].points.map((p) => [p.periodStart, p]));
}

async function runDetection() {
  const config = loadConfig({ ...process.env, DATABASE_URL: app.databaseUrl });
  const deps = { orm: app.orm, clock: app.clock, config, logger: pino({ level: 'silent' }), events: {} as EventBus, shuttingDown: () => false };
  await app.sql(`select graphile_worker.add_job('${DETECT_INCIDENTS_TASK}', '{}'::json)`);
  await runOnce({ connectionString: app.databaseUrl, taskList: taskList(deps), logger: workerLogger(deps.logger) });
}

describe('anomaly flags on daily KPIs', () => {
  beforeAll(async () => {
    const all = orders();
    for (let i = 0; i < all.length; i += 1000) await importOrders(app, all.slice(i, i + 1000));
  });

  it('flags the drop and the unmarked spike, with the value, expected value, band and robust z; normal days stay normal', async () => {
    const flags = await paidOrderFlags();
    const drop = flags.get('2026-11-10')!;
    expect(drop.value).toBe(2);
    expect(drop.flag).toMatchObject({ status: 'ANOMALY', method: expect.stringContaining('same weekday') });
    expect(drop.flag!.expected).toBeGreaterThan(22);
    expect(drop.flag!.low).toBeGreaterThan(2);
    expect(drop.flag!.robustZ).toBeLessThan(-4);
    expect(flags.get('2026-11-11')!.flag!.status).toBe('ANOMALY');
    const normal = [...flags.values()].filter((p) => !['2026-11-10', '2026-11-11', '2026-11-21'].includes(p.periodStart));
    expect(normal.filter((p) => p.flag!.status !== 'NORMAL').map((p) => p.periodStart)).toEqual([]);
    expect(flags.get('2026-11-21')!.flag).toBeNull(); // today is not over: not judged
  });

  it('judges a promotion day of the calendar against past promotion days, not as an anomaly', async () => {
    const added = dataOf(await app.gql(PromotionAddDocument, { input: { name: '双11', startsOn: '2026-11-11', endsOn: '2026-11-11' } }, await admin())).promotionAdd;
    expect(added.userErrors).toEqual([]);
    const flags = await paidOrderFlags();
    expect(flags.get('2026-11-11')!.flag!.status).toBe('INSUFFICIENT_HISTORY'); // no earlier promotion day to compare with
    expect(flags.get('2026-11-10')!.flag!.status).toBe('ANOMALY');
    const listed = dataOf(await app.gql(PromotionsDocument, {}, await app.tokenFor('reviewer@demo.shop'))).promotions.edges.map((e) => e.node);
    expect(listed).toEqual([{ id: added.promotion!.id, name: '双11', startsOn: '2026-11-11', endsOn: '2026-11-11' }]);
  });

  it('refuses bad promotions with userErrors, and the calendar to anyone but admins', async () => {
    const bad = dataOf(await app.gql(PromotionAddDocument, { input: { name: ' ', startsOn: '2026-06-18', endsOn: '2026-06-01' } }, await admin())).promotionAdd;
    expect(bad.userErrors.map((e) => e.field)).toEqual([['input', 'name'], ['input', 'endsOn']]);
    const long = dataOf(await app.gql(PromotionAddDocument, { input: { name: 'Summer', startsOn: '2026-06-01', endsOn: '2026-08-01' } }, await admin())).promotionAdd;
    expect(long.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect(errorCode(await app.gql(PromotionAddDocument, { input: { name: 'x', startsOn: '2026-06-18', endsOn: '2026-06-18' } }, await app.tokenFor('reviewer@demo.shop')))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(PromotionsDocument, {}, await app.tokenFor('sales1@demo.shop')))).toBe('FORBIDDEN');
    const [promotion] = dataOf(await app.gql(PromotionsDocument, {}, await admin())).promotions.edges;
    const removedByOther = dataOf(await app.gql(PromotionRemoveDocument, { id: promotion.node.id }, await app.tokenFor('admin@other.shop'))).promotionRemove;
    expect(removedByOther.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('stores incidents from the job, announces them, and lets a reviewer acknowledge one once, in the trail', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const received: { kpi: string; firstDay: string }[] = [];
    const client = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${reviewer}` }, lazy: false, retryAttempts: 0 });
    const before = app.server.subscribers('KPI_INCIDENT_OPENED');
    client.subscribe<{ kpiIncidentOpened: { kpi: string; firstDay: string } }>(
      { query: 'subscription { kpiIncidentOpened { kpi firstDay } }' },
      { next: (value) => void (value.data && received.push(value.data.kpiIncidentOpened)), error: () => undefined, complete: () => undefined },
    );
    await until(() => app.server.subscribers('KPI_INCIDENT_OPENED') > before);

    await runDetection();
    const incidents = dataOf(await app.gql(KpiIncidentsDocument, { acknowledged: false }, reviewer)).kpiIncidents.edges.map((e) => e.node);
    const drop = incidents.find((i) => i.kpi === 'PAID_ORDERS' && i.firstDay === '2026-11-10')!;
    expect(drop).toMatchObject({ lastDay: '2026-11-10', worstDay: '2026-11-10', value: 2, acknowledgedAt: null });
    expect(drop.robustZ).toBeLessThan(-4);
    expect(incidents.some((i) => i.firstDay === '2026-11-11')).toBe(false); // the promotion day is not an incident
    await until(() => received.some((r) => r.kpi === 'PAID_ORDERS' && r.firstDay === '2026-11-10'));
    await client.dispose();

    // Running again finds nothing new.
    const count = (await app.sql<{ n: string }>('select count(*) as n from kpi_incidents'))[0].n;
    await runDetection();
    expect((await app.sql<{ n: string }>('select count(*) as n from kpi_incidents'))[0].n).toBe(count);

    expect(errorCode(await app.gql(KpiIncidentsDocument, {}, await app.tokenFor('sales1@demo.shop')))).toBe('FORBIDDEN');
    const empty = dataOf(await app.gql(KpiIncidentAcknowledgeDocument, { input: { id: drop.id, note: '  ' } }, reviewer)).kpiIncidentAcknowledge;
    expect(empty.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const foreign = dataOf(await app.gql(KpiIncidentAcknowledgeDocument, { input: { id: drop.id, note: 'x' } }, await app.tokenFor('admin@other.shop'))).kpiIncidentAcknowledge;
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const done = dataOf(await app.gql(KpiIncidentAcknowledgeDocument, { input: { id: drop.id, note: 'Payment provider outage that Tuesday.' } }, reviewer)).kpiIncidentAcknowledge;
    expect(done.incident).toMatchObject({ note: 'Payment provider outage that Tuesday.', acknowledgedBy: { email: 'reviewer@demo.shop' } });
    const again = dataOf(await app.gql(KpiIncidentAcknowledgeDocument, { input: { id: drop.id, note: 'again' } }, reviewer)).kpiIncidentAcknowledge;
    expect(again.userErrors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
    const trail = dataOf(await app.gql(AuditTrailDocument, { filter: { entityId: drop.id }, first: 10 }, reviewer)).auditTrail.edges.map((e) => e.node);
    expect(trail.map((t) => [t.action, t.actor?.email])).toEqual([['UPDATE', 'reviewer@demo.shop']]);
    expect(trail[0].changes.find((c) => c.field === 'note')).toMatchObject({ before: null, after: 'Payment provider outage that Tuesday.' });
    expect(dataOf(await app.gql(KpiIncidentsDocument, { acknowledged: false }, reviewer)).kpiIncidents.edges.some((e) => e.node.id === drop.id)).toBe(false);
  });
});
