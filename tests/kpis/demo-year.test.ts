import pino from 'pino';
import { CampaignsDocument, CareRulesDocument, KpiIncidentsDocument, KpisDocument } from '../generated/graphql';
import { loadConfig } from '../../src/config';
import { PLANTED_WEEK, seedDemoYear } from '../../seeds/demo-year';
import { DEMO_RECEIVER_URL, seedDemoMessages } from '../../seeds/demo-messages';
import { runShopDispatch } from '../../src/campaigns/wave-runner';
import { deliverEndpoint } from '../../src/webhooks/delivery.runner';
import { startReceiver } from '../../src/webhooks/webhook-receiver';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, dataOf, TestApp } from '../support/test-app';

let app: TestApp;
const NOW = new Date('2026-12-02T04:00:00Z');
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const TODAY = '2026-12-02';
let seeded: { orders: number; conversations: number; incidents: number };

beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' });
  app.clock.set(NOW);
  seeded = await seedDemoYear({ orm: app.orm, config: loadConfig({ ...process.env, DATABASE_URL: app.databaseUrl }), logger: pino({ level: 'silent' }), clock: app.clock });
}, 120_000);
afterAll(() => app.close());

describe('the demo year', () => {
  it('holds a year of orders, the same every time for the same day', async () => {
    expect(seeded.orders).toBeGreaterThan(8_000);
    const [{ n, first }] = await app.sql<{ n: string; first: string }>("select count(*) as n, min((placed_at at time zone 'Asia/Shanghai')::date)::text as first from orders where platform_order_id like 'DEMO-%'");
    expect(Number(n)).toBe(seeded.orders);
    expect(first).toBe(addDays(TODAY, -365));
  });

  it('holds a year of conversations, whose CS figures read per month', async () => {
    expect(seeded.conversations).toBeGreaterThan(10_000);
    const cs = dataOf(await app.gql(KpisDocument, { from: '2026-11-01', to: '2026-11-30', granularity: 'MONTH', compareTo: 'PREVIOUS_PERIOD', keys: ['INQUIRIES', 'INQUIRY_CONVERSION_RATE', 'FIRST_RESPONSE_MEDIAN', 'THREE_MINUTE_RESPONSE_RATE'] }, await app.tokenFor('reviewer@demo.shop'))).kpis;
    const [inquiries, conversion, median, fast] = cs.series.map((s) => s.points[0].value!);
    expect(inquiries).toBeGreaterThan(1000);
    expect(conversion).toBeGreaterThan(0.3);
    expect(conversion).toBeLessThan(0.9);
    expect(median).toBeLessThanOrEqual(30);
    expect(fast).toBeGreaterThan(0.8);
  });

  it('shows KPIs with comparisons, and exactly the planted week as incidents', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const monthly = dataOf(await app.gql(KpisDocument, { from: '2026-06-01', to: '2026-11-30', granularity: 'MONTH', compareTo: 'PREVIOUS_PERIOD', keys: ['PAID_AMOUNT', 'RETURNING_CUSTOMER_RATE', 'OLD_CUSTOMER_SALES_SHARE'] }, admin)).kpis;
    for (const series of monthly.series) for (const point of series.points) expect([series.definition.key, point.value !== null && point.comparisonValue !== null]).toEqual([series.definition.key, true]);
    const returning = monthly.series[1].points.at(-1)!.value!;
    expect(returning).toBeGreaterThan(0.2);

    const incidents = dataOf(await app.gql(KpiIncidentsDocument, {}, admin)).kpiIncidents.edges.map((e) => e.node);
    const planted = [addDays(TODAY, -PLANTED_WEEK.fromDaysAgo), addDays(TODAY, -PLANTED_WEEK.toDaysAgo)];
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents.length).toBe(seeded.incidents);
    for (const incident of incidents) expect([incident.kpi, incident.firstDay >= planted[0] && incident.lastDay <= planted[1]]).toEqual([incident.kpi, true]);
    expect(incidents.map((i) => i.kpi)).toContain('RETURNING_CUSTOMER_RATE');
    const drop = incidents.find((i) => i.kpi === 'RETURNING_CUSTOMER_RATE')!;
    expect(drop.value).toBeLessThan(drop.expected);
  });

  it('starts its messages: consents, care rules on, a 双11-style campaign whose first wave goes today, signed to the demo receiver', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rl-demo-'));
    const deps = { orm: app.orm, config: loadConfig({ ...process.env, DATABASE_URL: app.databaseUrl, DATA_DIR: dataDir }), logger: pino({ level: 'silent' }), clock: app.clock };
    const seededMessages = await seedDemoMessages(deps);
    expect(seededMessages.consented).toBeGreaterThan(1000);
    const admin = await app.tokenFor('admin@demo.shop');
    const [campaign] = dataOf(await app.gql(CampaignsDocument, {}, admin)).campaigns.edges.map((e) => e.node);
    expect(campaign.eventDate).toBe(addDays(TODAY, 10));
    expect(campaign.waves.map((w) => [w.offsetDays, w.status])).toEqual([[-10, 'SCHEDULED'], [-5, 'SCHEDULED'], [-1, 'SCHEDULED'], [0, 'SCHEDULED']]);
    expect(campaign.waves[0].audienceSize).toBeGreaterThan(100);
    const rules = dataOf(await app.gql(CareRulesDocument, {}, admin)).careRules;
    expect(rules.filter((r) => r.enabled)).toHaveLength(5);

    // The demo receiver, as `npm run demo:receiver` runs it, with the secret `npm start` wrote.
    const secret = readFileSync(path.join(dataDir, 'demo-webhook-secret'), 'utf8').trim();
    const receiver = await startReceiver({ secrets: () => [secret] });
    try {
      const [endpoint] = await app.sql<{ id: number }>(`update webhook_endpoints set url = '${receiver.url}' where url = '${DEMO_RECEIVER_URL}' returning id`);
      const [shop] = await app.sql<{ id: number }>(`select id from shops where name = 'Demo Shop'`);
      await runShopDispatch({ ...deps, shuttingDown: () => false }, shop.id);
      await deliverEndpoint({ orm: app.orm, webhookTargets: 'loopback', shuttingDown: () => false }, endpoint.id);
      const sends = receiver.received.filter((r) => r.type === 'message.send');
      expect(sends.length).toBeGreaterThan(50);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      expect(sends[0].data).toMatchObject({ channel: 'PLATFORM_CHAT', origin: 'CAMPAIGN' });
      expect(String(sends[0].data.text)).toMatch(/好久不见！大促10天后开始，老朋友先领一张¥20券：[0-9A-Z-]{19}。$/);
    } finally {
      await receiver.close();
    }
  });
});
