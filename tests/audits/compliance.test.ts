import { AuditCheckCreateDocument, AuditCheckDocument, ComplianceReportDocument, FollowUpTaskCompleteDocument } from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';
import { gid } from '../loop/helpers';

let app: TestApp;
let teamId: string;
const ids: Record<string, number> = {};

// Period: two weeks in Shanghai time, Monday 1 March 00:00 to Monday 15 March 00:00 (2027).
const FROM = '2027-02-28T16:00:00.000Z';
const TO = '2027-03-14T16:00:00.000Z';
// Now: Wednesday 10 March, noon in Shanghai. Week 1 (1–7 March) has ended; week 2 has not.
const NOW = new Date('2027-03-10T04:00:00Z');
const endOfLocalDay = (day: number) => new Date(Date.UTC(2027, 2, day, 15, 59, 59, 999)); // 23:59:59.999 +08:00

async function insert(table: string, row: Record<string, unknown>): Promise<number> {
  const columns = Object.keys(row);
  const [created] = await app.sql<{ id: number }>(
    `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')}) returning id`,
    Object.values(row),
  );
  return created.id;
}

/** A scenario with known dates, written straight into the database. */
async function seedScenario(): Promise<void> {
  const shop = 1;
  teamId = gid('SalesTeam', await insert('sales_teams', { shop_id: shop, name: 'Audit Team' }));
  const team = Number(Buffer.from(teamId, 'base64url').toString().split(':')[1]);
  for (const name of ['a', 'b', 'c']) {
    ids[name] = await insert('users', { shop_id: shop, email: `audit.${name}@demo.shop`, name: `Audit ${name}`, role: 'SALES', team_id: team, password_hash: 'x' });
  }
  ids.cs3 = await insert('users', { shop_id: shop, email: 'cs3@demo.shop', name: 'CS Three', role: 'CUSTOMER_SERVICE', password_hash: 'x' });
  const [cs1] = await app.sql<{ id: number }>("select id from users where email = 'cs1@demo.shop'");
  const [cs2] = await app.sql<{ id: number }>("select id from users where email = 'cs2@demo.shop'");
  const customer = (handle: string, owner: number, stage: string) =>
    insert('customers', { shop_id: shop, platform: 'TAOBAO', platform_handle: handle, handle_key: handle, display_name: handle, owner_id: owner, created_by_id: cs1.id, stage });
  const cA1 = await customer('audit_a1', ids.a, 'CONVERTED');
  const cA2 = await customer('audit_a2', ids.a, 'IN_FOLLOW_UP');
  const cA3 = await customer('audit_a3', ids.a, 'IN_FOLLOW_UP'); // dropped: no open follow-up
  const cB1 = await customer('audit_b1', ids.b, 'LOST'); // not dropped: the loop ended
  await customer('audit_b2', ids.b, 'IN_FOLLOW_UP'); // dropped: never had a follow-up
  const task = (customerId: number, assignee: number, day: number, status: string, onTime: boolean | null, outcome: string | null) =>
    insert('follow_up_tasks', {
      shop_id: shop,
      customer_id: customerId,
      assignee_id: assignee,
      kind: 'FIRST_CONTACT',
      cycle: 1,
      due_at: endOfLocalDay(day),
      status,
      on_time: onTime,
      outcome,
      completed_at: status === 'DONE' ? endOfLocalDay(day) : null,
    });
  ids.t1 = await task(cA1, ids.a, 2, 'DONE', true, 'ORDERED');
  ids.t2 = await task(cA1, ids.a, 3, 'DONE', false, 'NO_ORDER');
  ids.t3 = await task(cA1, ids.a, 5, 'OPEN', null, null); // overdue by now
  ids.t4 = await task(cA2, ids.a, 12, 'OPEN', null, null); // due later in the period
  ids.t5 = await task(cA3, ids.a, 20, 'DONE', true, 'ORDERED'); // outside the period
  ids.t6 = await task(cA3, ids.a, 4, 'CANCELLED', null, null); // cancelled: not due
  ids.t7 = await task(cB1, ids.b, 4, 'DONE', true, 'LOST');

  // Registration: week 1 is due. cs1 on time with 3 entries, cs2 late with 1, cs3 nothing.
  const week1 = new Date(FROM);
  const sheet = (author: number, status: string, late: boolean, entries: number) =>
    insert('registration_sheets', { shop_id: shop, author_id: author, period_start: week1, period_end: new Date('2027-03-07T16:00:00Z'), status, late, entry_count: entries });
  const s1 = await sheet(cs1.id, 'SUBMITTED', false, 3);
  const s2 = await sheet(cs2.id, 'SUBMITTED', true, 1);
  for (const [sheetId, count] of [[s1, 3], [s2, 1]] as const) {
    for (let i = 0; i < count; i++) {
      await insert('registration_entries', { shop_id: shop, sheet_id: sheetId, customer_id: cA1, kind: 'INQUIRY', created_at: new Date('2027-03-03T02:00:00Z') });
    }
  }
}

beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(NOW);
  await seedScenario();
});
afterAll(() => app.close());

const EXPECTED_SALES = [
  // a: 4 due (t1–t4); t1 on time, t2 late, t3 overdue, t4 not yet due; 1 order of 2 done.
  { user: { email: 'audit.a@demo.shop' }, followUpsDue: 4, doneOnTime: 1, doneLate: 1, openOverdue: 1, openNotYetDue: 1, ordered: 1, onTimeRate: 0.25, conversionRate: 0.5 },
  { user: { email: 'audit.b@demo.shop' }, followUpsDue: 1, doneOnTime: 1, doneLate: 0, openOverdue: 0, openNotYetDue: 0, ordered: 0, onTimeRate: 1, conversionRate: 0 },
  { user: { email: 'audit.c@demo.shop' }, followUpsDue: 0, doneOnTime: 0, doneLate: 0, openOverdue: 0, openNotYetDue: 0, ordered: 0, onTimeRate: null, conversionRate: null },
];
const EXPECTED_CS = [
  { user: { email: 'cs1@demo.shop' }, entriesRegistered: 3, sheetsDue: 1, sheetsOnTime: 1, sheetsLate: 0, sheetsMissing: 0 },
  { user: { email: 'cs2@demo.shop' }, entriesRegistered: 1, sheetsDue: 1, sheetsOnTime: 0, sheetsLate: 1, sheetsMissing: 0 },
  { user: { email: 'cs3@demo.shop' }, entriesRegistered: 0, sheetsDue: 1, sheetsOnTime: 0, sheetsLate: 0, sheetsMissing: 1 },
];
const EXPECTED_DROPPED = [
  { customer: { platformHandle: 'audit_a3' }, owner: { email: 'audit.a@demo.shop' }, stage: 'IN_FOLLOW_UP' },
  { customer: { platformHandle: 'audit_b2' }, owner: { email: 'audit.b@demo.shop' }, stage: 'IN_FOLLOW_UP' },
];

describe('complianceReport', () => {
  it('matches the figures computed by hand for the scenario', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const report = dataOf(await app.gql(ComplianceReportDocument, { from: FROM, to: TO, teamId }, reviewer)).complianceReport;
    expect(report).toEqual({
      from: FROM,
      to: TO,
      generatedAt: NOW.toISOString(),
      team: { name: 'Audit Team' },
      customerService: EXPECTED_CS,
      sales: EXPECTED_SALES,
      droppedCustomers: EXPECTED_DROPPED,
      droppedCustomerCount: 2,
    });
  });

  it('costs two SQL statements however many reps, agents and days: the report, the people in it', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const statementsFor = (from: string, teamId?: string) =>
      app.statementsOf(reviewer, async () => {
        const report = dataOf(await app.gql(ComplianceReportDocument, { from, to: TO, teamId }, reviewer)).complianceReport;
        expect(report.sales.length).toBeGreaterThan(0);
        expect(report.sales.every((row) => row.user !== null)).toBe(true);
      });
    const team = await statementsFor(FROM, teamId);
    expect(await statementsFor('2026-06-01T00:00:00.000Z')).toBe(team); // the whole shop over nine months
    expect(team).toBeLessThanOrEqual(3); // two today
  });

  it('is refused to sales and customer service, and to periods that make no sense', async () => {
    for (const email of ['sales1@demo.shop', 'cs1@demo.shop']) {
      expect(errorCode(await app.gql(ComplianceReportDocument, { from: FROM, to: TO }, await app.tokenFor(email)))).toBe('FORBIDDEN');
    }
    const admin = await app.tokenFor('admin@demo.shop');
    expect(errorCode(await app.gql(ComplianceReportDocument, { from: TO, to: FROM }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(ComplianceReportDocument, { from: '2020-01-01T00:00:00Z', to: TO }, admin))).toBe('BAD_USER_INPUT');
  });
});

describe('audit checks freeze the figures', () => {
  it('keeps the figures of the moment it was made when the follow-ups change later', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const created = dataOf(await app.gql(AuditCheckCreateDocument, { input: { from: FROM, to: TO, teamId, title: 'March, Audit Team' } }, reviewer)).auditCheckCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.auditCheck).toMatchObject({ status: 'OPEN', findingCount: 0, createdBy: { email: 'reviewer@demo.shop' }, team: { name: 'Audit Team' } });
    expect(created.auditCheck!.report.sales).toEqual(EXPECTED_SALES);

    // The admin completes rep a's overdue follow-up afterwards; the live report moves, the check does not.
    app.clock.set(new Date(NOW.getTime() + 3600_000));
    const admin = await app.tokenFor('admin@demo.shop');
    const done = dataOf(await app.gql(FollowUpTaskCompleteDocument, { id: gid('FollowUpTask', ids.t3), input: { outcome: 'ORDERED', channel: 'PHONE' } }, admin)).followUpTaskComplete;
    expect(done.userErrors).toEqual([]);
    const live = dataOf(await app.gql(ComplianceReportDocument, { from: FROM, to: TO, teamId }, reviewer)).complianceReport;
    expect(live.sales[0]).toMatchObject({ doneLate: 2, openOverdue: 0, ordered: 2 });
    const frozen = dataOf(await app.gql(AuditCheckDocument, { id: created.auditCheck!.id }, reviewer)).auditCheck!;
    expect(frozen.report).toEqual(created.auditCheck!.report);
    expect(frozen.report.sales[0]).toMatchObject({ doneLate: 1, openOverdue: 1, ordered: 1 });
    app.clock.set(NOW);
  });
});
