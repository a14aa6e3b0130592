import { createTestApp, TestApp } from '../support/test-app';

const TOKEN = 'metrics-token-for-tests-0123';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ METRICS_TOKEN: TOKEN, GRAPHQL_MAX_QUEUED: '0', GRAPHQL_CONCURRENCY: '1' });
});
afterAll(() => app.close());

const scrape = async (token?: string) => {
  const response = await fetch(`${app.origin}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text() };
};

/** The value of one sample line, e.g. `graphql_operations_total{operation="Probe",outcome="ok"}`. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line ? Number(line.slice(series.length + 1)) : undefined;
};

describe('/metrics', () => {
  it('is not served without the token, nor with a wrong one', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('wrong-token-of-the-same-size')).status).toBe(401);
    const closed = await createTestApp({}, app.databaseUrl);
    try {
      expect((await fetch(`${closed.origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    } finally {
      await closed.close();
    }
  });

  it('counts operations by name and outcome, errors by code, throttled requests, answers, pools, the listener and the process', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    for (let i = 0; i < 3; i++) await app.raw('query Probe { viewer { id } }', {}, admin);
    await app.raw('query Refused { viewer { id } }', {}, 'not-a-valid-token');
    // A request the full admission queue turns away (one running, none may wait).
    await Promise.all(Array.from({ length: 6 }, () => app.raw('query Busy { customers(first: 50) { totalCount } }', {}, admin)));
    const { status, text } = await scrape(TOKEN);
    expect(status).toBe(200);
    expect(sample(text, 'graphql_operations_total{operation="Probe",outcome="ok"}')).toBe(3);
    expect(sample(text, 'graphql_operations_total{operation="Refused",outcome="UNAUTHENTICATED"}')).toBe(1);
    expect(sample(text, 'graphql_errors_total{code="UNAUTHENTICATED"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'graphql_operation_duration_seconds_count{operation="Probe",outcome="ok"}')).toBe(3);
    expect(sample(text, 'throttled_requests_total{code="SERVER_BUSY"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'http_responses_total{status="503"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'db_pool_connections{pool="statements",state="used"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'event_bus_listening')).toBe(1);
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toContain('websocket_connections');
  });

  it('keeps operation names a bounded label: past 200 distinct names they count as "other"', async () => {
    for (let i = 0; i < 210; i++) await app.raw(`query Name${i} { __typename }`);
    const { text } = await scrape(TOKEN);
    const names = new Set(text.split('\n').filter((l) => l.startsWith('graphql_operations_total{')).map((l) => /operation="([^"]+)"/.exec(l)![1]));
    expect(names.size).toBeLessThanOrEqual(202);
    expect(names.has('other')).toBe(true);
  });
});
