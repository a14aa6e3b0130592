import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ApiTokenCreateDocument, ApiTokenRevokeDocument, LogoutDocument, UserSessionsEndDocument, UserUpdateDocument, ViewerDocument } from '../generated/graphql';
import { newStaff, registerAndSubmit } from '../loop/helpers';
import { createTestApp, dataOf, DEMO_PASSWORD, errorCode, TestApp, until } from '../support/test-app';

let instanceA: TestApp;
let instanceB: TestApp;
let admin: string;
beforeAll(async () => {
  instanceA = await createTestApp();
  // Sockets live on B; rights change through A: only PostgreSQL connects them.
  instanceB = await createTestApp({}, instanceA.databaseUrl);
  admin = await instanceA.tokenFor('admin@demo.shop');
});
afterAll(async () => {
  await instanceB.close();
  await instanceA.close();
});

const login = async (app: TestApp, email: string, password = DEMO_PASSWORD) =>
  (await app.raw<{ login: { token: string | null } }>('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }', { e: email, p: password })).data!.login.token!;

interface Watched {
  received: unknown[];
  closed: Promise<{ code: number; at: number }>;
  dispose(): Promise<void>;
}

/** Opens a socket on instance B with `authorization` and subscribes to submitted sheets. */
async function watchSheets(authorization: string): Promise<Watched> {
  const received: unknown[] = [];
  let closedWith!: (value: { code: number; at: number }) => void;
  const closed = new Promise<{ code: number; at: number }>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: instanceB.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization },
    lazy: false,
    // The close is what the test waits for (on.closed): graphql-ws would also print it.
    onNonLazyError: () => undefined,
    retryAttempts: 0,
    on: { closed: (event) => closedWith({ code: (event as { code: number }).code, at: Date.now() }) },
  });
  const before = instanceB.server.subscribers('REGISTRATION_SHEET_SUBMITTED');
  client.subscribe(
    { query: 'subscription { registrationSheetSubmitted { id entries(first: 5) { edges { node { notes customer { platformHandle } } } } } }' },
    { next: (value) => void received.push(value), error: () => undefined, complete: () => undefined },
  );
  // Ready once instance B listens for it.
  await until(() => instanceB.server.subscribers('REGISTRATION_SHEET_SUBMITTED') > before);
  return { received, closed, dispose: () => client.dispose() as Promise<void> };
}

const withinASecond = async (watched: Watched, changedAt: number) => {
  const outcome = await Promise.race([watched.closed, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
  expect(outcome?.code).toBe(4403);
  expect(outcome!.at - changedAt).toBeLessThan(1000);
};

describe('open WebSockets when rights change', () => {
  it.each([
    ['a deactivation', 'rev-deactivated@demo.shop', { active: false }, 'cs1@demo.shop'],
    ['a role change to customer service', 'rev-demoted@demo.shop', { role: 'CUSTOMER_SERVICE' as const }, 'cs2@demo.shop'],
  ])('close within a second of %s on another instance, and the next sheet is not delivered', async (_change, email, input, agent) => {
    const reviewer = await newStaff(instanceA, email, 'REVIEWER');
    const watched = await watchSheets(`Bearer ${reviewer.token}`);
    const changedAt = Date.now();
    dataOf(await instanceA.gql(UserUpdateDocument, { id: reviewer.id, input }, admin));
    await withinASecond(watched, changedAt);
    // An admin's socket on the same instance hears the sheet: once it has, the closed socket would have too.
    const control = await watchSheets(`Bearer ${admin}`);
    const { sheetId } = await registerAndSubmit(instanceA, agent, [`revoked_${email.split('@')[0]}`]);
    await until(() => control.received.length > 0);
    expect(control.received).toEqual([{ data: { registrationSheetSubmitted: expect.objectContaining({ id: sheetId }) } }]);
    expect(watched.received).toEqual([]);
    await Promise.all([watched.dispose(), control.dispose()]);
  });

  it('close when the API token they connected with is revoked', async () => {
    const reviewer = await newStaff(instanceA, 'rev-token@demo.shop', 'REVIEWER');
    const created = dataOf(await instanceA.gql(ApiTokenCreateDocument, { input: { name: 'socket', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }, reviewer.token));
    const watched = await watchSheets(`Bearer ${created.apiTokenCreate.token}`);
    const changedAt = Date.now();
    dataOf(await instanceA.gql(ApiTokenRevokeDocument, { id: created.apiTokenCreate.apiToken!.id }, admin));
    await withinASecond(watched, changedAt);
    await watched.dispose();
  });

  it('stay open for a change that leaves the rights as they were', async () => {
    const reviewer = await newStaff(instanceA, 'rev-renamed@demo.shop', 'REVIEWER');
    const watched = await watchSheets(`Bearer ${reviewer.token}`);
    dataOf(await instanceA.gql(UserUpdateDocument, { id: reviewer.id, input: { name: 'Renamed reviewer' } }, admin));
    const start = instanceA.clock.now();
    instanceA.clock.set(new Date(start.getTime() + 7 * 86_400_000)); // a new week: cs1 has a new sheet
    try {
      const { sheetId } = await registerAndSubmit(instanceA, 'cs1@demo.shop', ['renamed_c']);
      for (let i = 0; i < 50 && watched.received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(watched.received).toEqual([{ data: { registrationSheetSubmitted: expect.objectContaining({ id: sheetId }) } }]);
    } finally {
      // Sessions expire by this clock: the tests below use tokens signed in before it moved.
      instanceA.clock.set(start);
      await watched.dispose();
    }
  });
});

describe('sessions', () => {
  it('end with logout: that token stops working, the user\'s other sessions do not', async () => {
    const first = await login(instanceA, 'sales3@demo.shop');
    const second = await login(instanceA, 'sales3@demo.shop');
    expect(dataOf(await instanceB.gql(ViewerDocument, {}, first)).viewer).toBeTruthy(); // cached on B
    expect(dataOf(await instanceA.gql(LogoutDocument, {}, first)).logout).toEqual({ endedSessions: 1, userErrors: [] });
    expect(errorCode(await instanceA.gql(ViewerDocument, {}, first))).toBe('UNAUTHENTICATED');
    await eventually(async () => errorCode(await instanceB.gql(ViewerDocument, {}, first)) === 'UNAUTHENTICATED');
    expect(dataOf(await instanceA.gql(ViewerDocument, {}, second)).viewer).toBeTruthy();
  });

  it('cannot be ended by logout with an API token, which has none (it is revoked instead)', async () => {
    const created = dataOf(await instanceA.gql(ApiTokenCreateDocument, { input: { name: 'logout', expiresAt: new Date(instanceA.clock.now().getTime() + 86_400_000).toISOString() } }, admin));
    expect(created.apiTokenCreate.userErrors).toEqual([]);
    const payload = dataOf(await instanceA.gql(LogoutDocument, {}, created.apiTokenCreate.token!)).logout;
    expect(payload.userErrors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
    expect(dataOf(await instanceA.gql(ViewerDocument, {}, created.apiTokenCreate.token!)).viewer).toBeTruthy();
    expect(errorCode(await instanceA.gql(LogoutDocument, {}))).toBe('UNAUTHENTICATED');
  });

  it('all end when an admin sets a new password, and the admin keeps theirs when setting their own', async () => {
    const rep = await newStaff(instanceA, 'rep-password@demo.shop', 'SALES');
    const other = await login(instanceA, 'rep-password@demo.shop', 'loop-pass-2026');
    dataOf(await instanceA.gql(UserUpdateDocument, { id: rep.id, input: { password: 'a-brand-new-pass' } }, admin));
    for (const token of [rep.token, other]) expect(errorCode(await instanceA.gql(ViewerDocument, {}, token))).toBe('UNAUTHENTICATED');
    expect(await login(instanceA, 'rep-password@demo.shop', 'a-brand-new-pass')).toBeTruthy();

    const adminId = dataOf(await instanceA.gql(ViewerDocument, {}, admin)).viewer!.id;
    const adminElsewhere = await login(instanceA, 'admin@demo.shop');
    dataOf(await instanceA.gql(UserUpdateDocument, { id: adminId, input: { password: DEMO_PASSWORD } }, admin));
    expect(dataOf(await instanceA.gql(ViewerDocument, {}, admin)).viewer!.id).toBe(adminId);
    expect(errorCode(await instanceA.gql(ViewerDocument, {}, adminElsewhere))).toBe('UNAUTHENTICATED');
  });

  it('all end at an admin\'s userSessionsEnd, which others may not call', async () => {
    const rep = await newStaff(instanceA, 'rep-ended@demo.shop', 'SALES');
    const again = await login(instanceA, 'rep-ended@demo.shop', 'loop-pass-2026');
    expect(errorCode(await instanceA.gql(UserSessionsEndDocument, { id: rep.id }, again))).toBe('FORBIDDEN');
    expect(dataOf(await instanceA.gql(UserSessionsEndDocument, { id: rep.id }, admin)).userSessionsEnd).toEqual({ endedSessions: 2, userErrors: [] });
    for (const token of [rep.token, again]) expect(errorCode(await instanceA.gql(ViewerDocument, {}, token))).toBe('UNAUTHENTICATED');
    // An admin of another shop does not reach this shop's staff.
    const otherAdmin = await instanceA.tokenFor('admin@other.shop');
    const refused = dataOf(await instanceA.gql(UserSessionsEndDocument, { id: rep.id }, otherAdmin)).userSessionsEnd;
    expect(refused.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});

async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met within 5 s');
}
