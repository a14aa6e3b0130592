import {
  ApiTokenCreateDocument,
  AuditTrailDocument,
  CustomerCreateDocument,
  CustomerHistoryDocument,
  CustomerTransferDocument,
  CustomerUpdateDocument,
  FollowUpPolicyUpdateDocument,
  FollowUpTaskCompleteDocument,
  FollowUpTaskHistoryDocument,
  RegistrationEntryScreenDocument,
  UserUpdateDocument,
  type AuditTrailQuery,
} from '../generated/graphql';
import { createTestApp, dataOf, TestApp } from '../support/test-app';
import { gid, registerAndSubmit, WEDNESDAY } from '../loop/helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(WEDNESDAY);
});
afterAll(() => app.close());

type Entry = AuditTrailQuery['auditTrail']['edges'][number]['node'];
const userGid = async (email: string) => gid('User', (await app.sql<{ id: number }>('select id from users where email = ?', [email]))[0].id);
async function trailOf(entityId: string, as = 'reviewer@demo.shop'): Promise<Entry[]> {
  const trail = dataOf(await app.gql(AuditTrailDocument, { filter: { entityId }, first: 100 }, await app.tokenFor(as))).auditTrail;
  return trail.edges.map((e) => e.node);
}
const change = (entry: Entry, field: string) => entry.changes.find((c) => c.field === field);

describe('the audit trail', () => {
  it('is append-only in PostgreSQL itself: UPDATE, DELETE and TRUNCATE fail from plain SQL', async () => {
    const [before] = await app.sql<{ n: string }>('select count(*) as n from audit_trail');
    expect(Number(before.n)).toBeGreaterThan(0); // the demo seed is in it
    await expect(app.sql("update audit_trail set entity_type = 'Forged' where id = (select min(id) from audit_trail)")).rejects.toThrow(/append-only/);
    await expect(app.sql('delete from audit_trail where id = (select min(id) from audit_trail)')).rejects.toThrow(/append-only/);
    await expect(app.sql('truncate audit_trail')).rejects.toThrow(/append-only/);
    const [after] = await app.sql<{ n: string }>('select count(*) as n from audit_trail');
    expect(after.n).toBe(before.n);
  });

  it('records creates and updates with before and after, actor and request id', async () => {
    const cs = await app.tokenFor('cs1@demo.shop');
    const created = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: 'trail_lily', notes: 'First note' } }, cs)).customerCreate.customer!;
    const updated = dataOf(await app.gql(CustomerUpdateDocument, { id: created.id, input: { version: 1, notes: 'Second note', region: 'Shanghai' } }, cs)).customerUpdate;
    expect(updated.userErrors).toEqual([]);
    const [update, create] = await trailOf(created.id);
    expect(create).toMatchObject({ action: 'CREATE', entityType: 'Customer', entityId: created.id, actor: { email: 'cs1@demo.shop' }, apiToken: null });
    expect(change(create, 'platformHandle')).toEqual({ field: 'platformHandle', before: null, after: 'trail_lily', redacted: false });
    expect(update.action).toBe('UPDATE');
    expect(change(update, 'notes')).toEqual({ field: 'notes', before: 'First note', after: 'Second note', redacted: false });
    expect(change(update, 'region')).toEqual({ field: 'region', before: null, after: 'Shanghai', redacted: false });
    expect(change(update, 'version')).toEqual({ field: 'version', before: 1, after: 2, redacted: false });
    expect(update.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // The trail keeps wall-clock time, whatever the rules' clock says.
    expect(Math.abs(new Date(update.at).getTime() - Date.now())).toBeLessThan(60_000);
    const history = dataOf(await app.gql(CustomerHistoryDocument, { id: created.id }, cs)).customer!.history;
    expect(history.totalCount).toBe(2);
  });

  it('follows a customer through the loop: screening, completion, transfer', async () => {
    const { entryIds, customerIds } = await registerAndSubmit(app, 'cs2@demo.shop', ['trail_mike']);
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const sales2 = await userGid('sales2@demo.shop');
    const screened = dataOf(await app.gql(RegistrationEntryScreenDocument, { id: entryIds[0], input: { intent: 'HAS_INTENT', assignTo: { userId: sales2 } } }, reviewer)).registrationEntryScreen;
    const taskId = screened.followUpTask!.id;

    const entryTrail = await trailOf(entryIds[0]);
    expect(change(entryTrail[0], 'intent')).toMatchObject({ before: null, after: 'HAS_INTENT' });
    expect(entryTrail[0].actor!.email).toBe('reviewer@demo.shop');
    const customerTrail = await trailOf(customerIds[0]);
    const handOver = customerTrail.find((e) => change(e, 'owner'))!;
    expect(change(handOver, 'owner')).toMatchObject({ before: null, after: Number(Buffer.from(sales2, 'base64url').toString().split(':')[1]) });
    const stageChange = customerTrail.find((e) => change(e, 'stage'))!;
    expect(change(stageChange, 'stage')).toMatchObject({ before: 'REGISTERED', after: 'IN_FOLLOW_UP' });
    expect(stageChange.requestId).toBe(handOver.requestId); // one mutation, one request

    const rep = await app.tokenFor('sales2@demo.shop');
    dataOf(await app.gql(FollowUpTaskCompleteDocument, { id: taskId, input: { outcome: 'NO_ORDER', channel: 'PHONE', note: 'Busy' } }, rep));
    const taskHistory = dataOf(await app.gql(FollowUpTaskHistoryDocument, { id: taskId }, rep)).followUpTask!.history.edges.map((e) => e.node);
    expect(taskHistory.map((e) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(taskHistory[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'OPEN', after: 'DONE' },
        { field: 'outcome', before: null, after: 'NO_ORDER' },
        { field: 'note', before: null, after: 'Busy' },
      ]),
    );
    expect(taskHistory[0].actor!.email).toBe('sales2@demo.shop');

    const admin = await app.tokenFor('admin@demo.shop');
    const sales3 = await userGid('sales3@demo.shop');
    dataOf(await app.gql(CustomerTransferDocument, { id: customerIds[0], input: { toUserId: sales3, reason: 'Coverage' } }, admin));
    const afterTransfer = await trailOf(customerIds[0]);
    expect(change(afterTransfer[0], 'owner')).toMatchObject({ before: Number(Buffer.from(sales2, 'base64url').toString().split(':')[1]), after: Number(Buffer.from(sales3, 'base64url').toString().split(':')[1]) });
    expect(afterTransfer[0].actor!.email).toBe('admin@demo.shop');
    const ownershipRows = dataOf(await app.gql(AuditTrailDocument, { filter: { entityType: 'OwnershipChange' }, first: 50 }, reviewer)).auditTrail;
    expect(ownershipRows.totalCount).toBe(2); // the screening and the transfer
  });

  it('never keeps secrets, and names the API token a change came through', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const token = dataOf(await app.gql(ApiTokenCreateDocument, { input: { name: 'Ops script', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }, admin)).apiTokenCreate;
    const tokenTrail = await trailOf(token.apiToken!.id);
    expect(change(tokenTrail[0], 'secretHash')).toEqual({ field: 'secretHash', before: null, after: null, redacted: true });
    const [stored] = await app.sql<{ secret_hash: string }>('select secret_hash from api_tokens where name = ?', ['Ops script']);
    const [leak] = await app.sql<{ n: string }>('select count(*) as n from audit_trail where changes::text like ?', [`%${stored.secret_hash}%`]);
    expect(Number(leak.n)).toBe(0);

    const sales6 = await userGid('sales6@demo.shop');
    dataOf(await app.gql(UserUpdateDocument, { id: sales6, input: { password: 'a-brand-new-password' } }, token.token!));
    const userTrail = await trailOf(sales6, 'admin@demo.shop');
    expect(userTrail[0]).toMatchObject({ action: 'UPDATE', actor: { email: 'admin@demo.shop' }, apiToken: { name: 'Ops script' } });
    // A reviewer sees who, not which of the admin's tokens.
    expect((await trailOf(sales6))[0]).toMatchObject({ actor: { email: 'admin@demo.shop' }, apiToken: null });
    expect(userTrail[0].changes).toEqual([{ field: 'passwordHash', before: null, after: null, redacted: true }]);
    const [hashLeak] = await app.sql<{ n: string }>("select count(*) as n from audit_trail where changes::text like '%scrypt$%'");
    expect(Number(hashLeak.n)).toBe(0);
  });

  it('records the shop policy, and nothing of a refused mutation', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const [before] = await app.sql<{ n: string }>('select count(*) as n from audit_trail');
    const refused = dataOf(await app.gql(FollowUpPolicyUpdateDocument, { input: { firstCycleDays: 0 } }, admin)).followUpPolicyUpdate;
    expect(refused.userErrors).toHaveLength(1);
    const [afterRefusal] = await app.sql<{ n: string }>('select count(*) as n from audit_trail');
    expect(afterRefusal.n).toBe(before.n);
    dataOf(await app.gql(FollowUpPolicyUpdateDocument, { input: { firstCycleDays: 5 } }, admin));
    const shopTrail = await trailOf(gid('Shop', 1));
    expect(change(shopTrail[0], 'firstCycleDays')).toMatchObject({ before: 7, after: 5 });
  });

  it('filters by actor and time, newest first', async () => {
    const cs = await app.tokenFor('cs1@demo.shop');
    for (const handle of ['trail_f1', 'trail_f2']) dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: handle } }, cs));
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const byCs = dataOf(await app.gql(AuditTrailDocument, { filter: { actorId: await userGid('cs1@demo.shop') }, first: 100 }, reviewer)).auditTrail;
    expect(byCs.totalCount).toBeGreaterThan(0);
    expect(byCs.edges.every((e) => e.node.actor?.email === 'cs1@demo.shop')).toBe(true);
    const start = new Date(Date.now() - 3_600_000).toISOString();
    const recent = dataOf(await app.gql(AuditTrailDocument, { filter: { from: start }, first: 100 }, reviewer)).auditTrail;
    expect(recent.edges.length).toBeGreaterThan(0);
    expect(recent.edges.every((e) => e.node.at >= start)).toBe(true);
    expect(dataOf(await app.gql(AuditTrailDocument, { filter: { to: '2000-01-01T00:00:00Z' } }, reviewer)).auditTrail.totalCount).toBe(0);
    const positions = byCs.edges.map((e) => Number(e.node.id));
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
  });
});
