import jwt from 'jsonwebtoken';
import { ViewerCache } from '../../src/auth/viewer-cache';
import { RepQueueDocument, SalesTeamUpdateDocument, SalesTeamsDocument, ViewerDocument } from '../generated/graphql';
import { createTestApp, dataOf, DEMO_PASSWORD, errorCode, TestApp } from '../support/test-app';

let instanceA: TestApp;
let instanceB: TestApp;
beforeAll(async () => {
  instanceA = await createTestApp({ SESSION_HOURS: '12' });
  instanceB = await createTestApp({ SESSION_HOURS: '12' }, instanceA.databaseUrl);
});
afterAll(async () => {
  await instanceB.close();
  await instanceA.close();
});

const statementsOf = async (app: TestApp, request: () => Promise<unknown>) => {
  const before = app.sqlCount();
  await request();
  return app.sqlCount() - before;
};

/** Asks until `done` holds (another instance hears a change when PostgreSQL delivers it). */
async function eventually(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('did not happen within 2 s');
}

describe('session callers', () => {
  it('are read once, and again after a mutation of the shop commits', async () => {
    const admin = await instanceA.tokenFor('admin@demo.shop');
    const reviewer = await instanceA.tokenFor('reviewer@demo.shop');
    const ping = () => instanceA.raw('{ __typename }', {}, reviewer);
    expect(await statementsOf(instanceA, ping)).toBe(1);
    expect(await statementsOf(instanceA, ping)).toBe(0);
    const team = dataOf(await instanceA.gql(SalesTeamsDocument, {}, admin)).salesTeams.edges[0].node;
    const renamed = dataOf(await instanceA.gql(SalesTeamUpdateDocument, { id: team.id, input: { name: `${team.name} renamed` } }, admin));
    expect(renamed.salesTeamUpdate.userErrors).toEqual([]);
    // this instance forgot the shop's callers when the mutation committed, not when it hears of it
    expect(await statementsOf(instanceA, ping)).toBe(1);
    await eventually(async () => (await statementsOf(instanceA, ping)) === 0);
  });

  it('lose a deactivated user on another instance as soon as PostgreSQL announces it, even a change made by hand', async () => {
    const rep = await instanceB.tokenFor('sales2@demo.shop');
    expect(dataOf(await instanceB.gql(ViewerDocument, {}, rep)).viewer?.role).toBe('SALES');
    expect(await statementsOf(instanceB, () => instanceB.raw('{ __typename }', {}, rep))).toBe(0); // cached on B

    await instanceA.sql("update users set role = 'CUSTOMER_SERVICE' where email = 'sales2@demo.shop'");
    await eventually(async () => errorCode(await instanceB.gql(RepQueueDocument, { first: 5 }, rep)) === 'FORBIDDEN');

    await instanceA.sql("update users set role = 'SALES', active = false where email = 'sales2@demo.shop'");
    await eventually(async () => errorCode(await instanceB.gql(ViewerDocument, {}, rep)) === 'UNAUTHENTICATED');
    await instanceA.sql("update users set active = true where email = 'sales2@demo.shop'");
    await eventually(async () => (await instanceB.gql(ViewerDocument, {}, rep)).data?.viewer?.role === 'SALES');
  });
});

describe('session tokens', () => {
  const SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789'; // tests/support/test-app.ts
  const userId = async (email: string) => (await instanceA.sql<{ id: number }>('select id from users where email = ?', [email]))[0].id;

  it('stop at their expiry by the server\'s clock, though their signature was checked once', async () => {
    const start = instanceA.clock.now();
    try {
      const exp = Math.floor(start.getTime() / 1000) + 2;
      const user = await userId('cs1@demo.shop');
      await instanceA.sql("insert into user_sessions (id, shop_id, user_id, expires_at) values ('expiry-test', 1, ?, ?::timestamptz + interval '1 hour')", [user, start]);
      const token = jwt.sign({ exp, iat: exp - 60, sid: 'expiry-test' }, SECRET, { algorithm: 'HS256', subject: String(user), issuer: 'retention-loop' });
      expect(dataOf(await instanceA.gql(ViewerDocument, {}, token)).viewer?.role).toBe('CUSTOMER_SERVICE');
      instanceA.clock.set(new Date(exp * 1000 + 1));
      expect(errorCode(await instanceA.gql(ViewerDocument, {}, token))).toBe('UNAUTHENTICATED');
    } finally {
      instanceA.clock.set(start);
    }
  });

  it('end with their session row by the server\'s clock: twelve hours after sign-in', async () => {
    const start = instanceA.clock.now();
    try {
      const signedIn = await instanceA.raw<{ login: { token: string } }>('mutation($p: String!) { login(input: { email: "reviewer@demo.shop", password: $p }) { token } }', { p: DEMO_PASSWORD });
      const token = signedIn.data!.login.token;
      instanceA.clock.set(new Date(start.getTime() + 12 * 3600_000 - 1000));
      expect(dataOf(await instanceA.gql(ViewerDocument, {}, token)).viewer?.role).toBe('REVIEWER');
      instanceA.clock.set(new Date(start.getTime() + 12 * 3600_000 + 1000));
      expect(errorCode(await instanceA.gql(ViewerDocument, {}, token))).toBe('UNAUTHENTICATED');
      const [session] = await instanceA.sql<{ expires_at: Date }>("select us.expires_at from user_sessions us join users u on u.id = us.user_id where u.email = 'reviewer@demo.shop' order by us.created_at desc limit 1");
      expect(new Date(session.expires_at).getTime() - start.getTime()).toBeGreaterThanOrEqual(12 * 3600_000 - 60_000);
    } finally {
      instanceA.clock.set(start);
    }
  });

  it('are refused when signed with another key or for another issuer', async () => {
    const sub = String(await userId('cs1@demo.shop'));
    for (const token of [
      jwt.sign({ sid: 'expiry-test' }, `${SECRET}-not`, { algorithm: 'HS256', subject: sub, expiresIn: 60, issuer: 'retention-loop' }),
      jwt.sign({ sid: 'expiry-test' }, SECRET, { algorithm: 'HS256', subject: sub, expiresIn: 60, issuer: 'someone-else' }),
      // A token of the time before sessions (no `sid`), and one naming a session that does not exist.
      jwt.sign({}, SECRET, { algorithm: 'HS256', subject: sub, expiresIn: 60, issuer: 'retention-loop' }),
      jwt.sign({ sid: 'no-such-session' }, SECRET, { algorithm: 'HS256', subject: sub, expiresIn: 60, issuer: 'retention-loop' }),
    ]) {
      expect(errorCode(await instanceA.gql(ViewerDocument, {}, token))).toBe('UNAUTHENTICATED');
    }
  });
});

describe('ViewerCache', () => {
  const hearing = { listening: true };
  let now = 0;
  const cache = () => new ViewerCache<string>(1000, hearing, () => now);

  it('keeps a caller until the time to live ends or their shop changes', () => {
    const c = cache();
    c.set(1, 10, 'rep of shop 10', c.generation);
    c.set(2, 20, 'rep of shop 20', c.generation);
    expect(c.get(1)).toBe('rep of shop 10');
    c.forgetShop(20);
    expect([c.get(1), c.get(2)]).toEqual(['rep of shop 10', undefined]);
    now += 1000;
    expect(c.get(1)).toBeUndefined();
  });

  it('does not keep a read that started before a change', () => {
    const c = cache();
    const readAt = c.generation;
    c.forgetShop(10); // committed while the read was on its way
    c.set(1, 10, 'as read before the change', readAt);
    expect(c.get(1)).toBeUndefined();
  });

  it('keeps nothing while it cannot hear changes, or with no time to live', () => {
    const deaf = new ViewerCache<string>(1000, { listening: false }, () => now);
    deaf.set(1, 10, 'x', deaf.generation);
    expect(deaf.get(1)).toBeUndefined();
    const off = new ViewerCache<string>(0, hearing, () => now);
    off.set(1, 10, 'x', off.generation);
    expect(off.get(1)).toBeUndefined();
  });
});
