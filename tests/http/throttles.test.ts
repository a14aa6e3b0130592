import { createClient } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { createTestApp, DEMO_PASSWORD, TestApp } from '../support/test-app';

let instanceA: TestApp;
let instanceB: TestApp;
const BUDGET = { COST_BUDGET_CAPACITY: '300', MAX_QUERY_COST: '300', COST_RESTORE_RATE: '1', TRUST_PROXY: 'true', LOGIN_MAX_FAILURES: '10', LOGIN_MAX_FAILURES_PER_ADDRESS: '25' };
beforeAll(async () => {
  instanceA = await createTestApp(BUDGET);
  // A second instance on the same database: every bucket is shared through PostgreSQL.
  instanceB = await createTestApp(BUDGET, instanceA.databaseUrl);
});
afterAll(async () => {
  await instanceB.close();
  await instanceA.close();
});

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: { login?: { token: string | null; userErrors: { code: string }[] } } | null; errors?: { extensions: { code: string } }[]; extensions?: { cost?: Record<string, unknown> } };
}

async function post(app: TestApp, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token userErrors { code } } }';
const from = (address: string) => ({ 'x-forwarded-for': address });
const outcome = (a: Answer) => a.body.errors?.[0]?.extensions.code ?? a.body.data?.login?.userErrors[0]?.code ?? 'SIGNED_IN';

describe('failed logins', () => {
  it('are throttled per account across instances: after ten, every attempt is refused with 429 and retry-after, the right password too', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const app = i % 2 ? instanceB : instanceA;
      const answer = await post(app, LOGIN, { e: 'cs1@demo.shop', p: `wrong-${i}` }, from(`10.0.0.${i}`));
      outcomes.push(outcome(answer));
      if (outcome(answer) === 'TOO_MANY_ATTEMPTS') {
        expect(answer.status).toBe(429);
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      }
    }
    expect(outcomes).toEqual([...Array(10).fill('INVALID_CREDENTIALS'), ...Array(20).fill('TOO_MANY_ATTEMPTS')]);
    expect(outcome(await post(instanceA, LOGIN, { e: 'cs1@demo.shop', p: DEMO_PASSWORD }, from('10.0.1.1')))).toBe('TOO_MANY_ATTEMPTS');
    // Another account is not affected.
    expect(outcome(await post(instanceB, LOGIN, { e: 'cs2@demo.shop', p: DEMO_PASSWORD }, from('10.0.1.2')))).toBe('SIGNED_IN');
  });

  it('are throttled per client address, whichever accounts they try', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) outcomes.push(outcome(await post(i % 2 ? instanceB : instanceA, LOGIN, { e: `nobody${i}@demo.shop`, p: 'x' }, from('10.9.9.9'))));
    expect(outcomes).toEqual([...Array(25).fill('INVALID_CREDENTIALS'), ...Array(5).fill('TOO_MANY_ATTEMPTS')]);
    expect(outcome(await post(instanceA, LOGIN, { e: 'reviewer@demo.shop', p: DEMO_PASSWORD }, from('10.9.9.9')))).toBe('TOO_MANY_ATTEMPTS');
    expect(outcome(await post(instanceA, LOGIN, { e: 'reviewer@demo.shop', p: DEMO_PASSWORD }, from('10.9.9.10')))).toBe('SIGNED_IN');
  });

  it('check one password per document', async () => {
    const answer = await post(instanceA, 'mutation { a: login(input: { email: "sales1@demo.shop", password: "a" }) { token } b: login(input: { email: "sales1@demo.shop", password: "b" }) { token } }', {});
    expect([answer.status, outcome(answer)]).toEqual([400, 'FIELD_REPEATED']);
  });
});

describe('the query-cost budget', () => {
  it('is shared by two instances and admits no more than it holds under 200 concurrent requests', async () => {
    const token = await instanceA.tokenFor('admin@demo.shop');
    const auth = { authorization: `Bearer ${token}` };
    const query = '{ viewer { id name email } }';
    const first = await post(instanceA, query, {}, auth);
    const cost = first.body.extensions!.cost as { requested: number; throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } };
    expect(cost.throttleStatus).toEqual({ maximumAvailable: 300, currentlyAvailable: 300 - cost.requested, restoreRate: 1 });
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => post(i % 2 ? instanceB : instanceA, query, {}, auth)));
    const seconds = (Date.now() - started) / 1000 + 1;
    const admitted = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status !== 200);
    // What the bucket held after the first request, plus what came back meanwhile.
    const holds = Math.floor((300 - cost.requested + seconds * 1) / cost.requested);
    expect(admitted.length).toBeLessThanOrEqual(Math.floor(holds * 1.01));
    expect(admitted.length).toBeGreaterThanOrEqual(Math.floor((300 - cost.requested) / cost.requested));
    for (const answer of refused) {
      expect([answer.status, answer.body.errors?.[0]?.extensions.code]).toEqual([429, 'THROTTLED']);
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
    }
  });

  it('charges operations started over a WebSocket too: a spent budget refuses them with THROTTLED', async () => {
    // The admin's budget was spent by the test above (it refills one point a second).
    const token = await instanceA.tokenFor('admin@demo.shop');
    const client = createClient({ url: instanceB.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
    const refusal = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: 'subscription { registrationSheetSubmitted { id entries(first: 20) { edges { node { id notes } } } } }' }, { next: () => resolve('delivered'), error: resolve, complete: () => resolve('completed') });
    });
    await client.dispose();
    expect(refusal).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'THROTTLED' }) })]);
  });

  it('costs one statement per request, and is the caller\'s own: another user is not throttled', async () => {
    const rep = await instanceA.tokenFor('sales1@demo.shop');
    const before = instanceA.sqlCount();
    // The admin's budget was spent by the test above; the rep's is whole.
    const answer = await post(instanceA, '{ __typename }', {}, { authorization: `Bearer ${rep}` });
    expect(answer.status).toBe(200);
    // The charge, and the caller (not cached yet after the login's change).
    expect(instanceA.sqlCount() - before).toBeLessThanOrEqual(2);
    const cached = instanceA.sqlCount();
    await post(instanceA, '{ __typename }', {}, { authorization: `Bearer ${rep}` });
    expect(instanceA.sqlCount() - cached).toBe(1);
  });
});

describe('a login with an absurd email', () => {
  it('is refused as input, not as a crash of the throttle', async () => {
    // Random, so PostgreSQL cannot compress it under its index row limit (about 2.7 kB).
    const answer = await post(instanceA, LOGIN, { e: `${randomBytes(100_000).toString('hex')}@demo.shop`, p: 'x' }, from('10.7.7.7'));
    expect(answer.status).toBe(200);
    expect(outcome(answer)).not.toBe('INTERNAL_SERVER_ERROR');
    expect(['INVALID_INPUT', 'TOO_LONG', 'INVALID_CREDENTIALS']).toContain(outcome(answer));
  });
});
