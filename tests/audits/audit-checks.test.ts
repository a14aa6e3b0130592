import {
  ApiTokenCreateDocument,
  AuditCheckCloseDocument,
  AuditCheckCreateDocument,
  AuditCheckDocument,
  AuditChecksDocument,
  AuditFindingAddDocument,
  AuditFindingRespondDocument,
  AuditTrailDocument,
  ComplianceReportDocument,
  CustomerUpdateDocument,
  FollowUpTaskCompleteDocument,
  FollowUpTasksDocument,
  MyAuditFindingsDocument,
} from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';
import { gid } from '../loop/helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const FROM = '2026-11-01T00:00:00Z';
const TO = '2026-12-01T00:00:00Z';
const userGid = async (email: string) => gid('User', (await app.sql<{ id: number }>('select id from users where email = ?', [email]))[0].id);
async function customerOf(email: string): Promise<string> {
  const [row] = await app.sql<{ id: number }>('select c.id from customers c join users u on u.id = c.owner_id where u.email = ? order by c.id limit 1', [email]);
  return gid('Customer', row.id);
}
async function newCheck(token: string, title = 'November'): Promise<string> {
  const created = dataOf(await app.gql(AuditCheckCreateDocument, { input: { from: FROM, to: TO, title } }, token)).auditCheckCreate;
  expect(created.userErrors).toEqual([]);
  return created.auditCheck!.id;
}

describe('findings', () => {
  it('reach the person concerned, who answers once; a corrective follow-up becomes their task', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const checkId = await newCheck(reviewer);
    const customerId = await customerOf('sales2@demo.shop');
    const dueAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const added = dataOf(
      await app.gql(
        AuditFindingAddDocument,
        {
          checkId,
          input: {
            customerId,
            code: 'LATE_FOLLOW_UP',
            severity: 'VIOLATION',
            comment: 'Followed up 5 days late.',
            correctiveFollowUp: { assigneeId: await userGid('sales2@demo.shop'), dueAt, note: 'Call and apologise.' },
          },
        },
        reviewer,
      ),
    ).auditFindingAdd;
    expect(added.userErrors).toEqual([]);
    // With only a customer named, the finding is about the customer's owner.
    expect(added.auditFinding).toMatchObject({ subjectUser: { email: 'sales2@demo.shop' }, correctiveTask: { kind: 'CORRECTIVE', dueAt, note: 'Call and apologise.', assignee: { email: 'sales2@demo.shop' } } });

    const rep = await app.tokenFor('sales2@demo.shop');
    const queue = dataOf(await app.gql(FollowUpTasksDocument, { filter: { kind: 'CORRECTIVE' } }, rep)).followUpTasks;
    expect(queue.edges.map((e) => e.node.id)).toEqual([added.auditFinding!.correctiveTask!.id]);
    const mine = dataOf(await app.gql(MyAuditFindingsDocument, {}, rep)).viewer.auditFindings!;
    expect(mine.edges.map((e) => e.node)).toEqual([{ id: added.auditFinding!.id, code: 'LATE_FOLLOW_UP', severity: 'VIOLATION', comment: 'Followed up 5 days late.', response: null, check: null }]);
    const other = dataOf(await app.gql(MyAuditFindingsDocument, {}, await app.tokenFor('sales3@demo.shop'))).viewer.auditFindings!;
    expect(other.totalCount).toBe(0);

    const answer = dataOf(await app.gql(AuditFindingRespondDocument, { id: added.auditFinding!.id, input: { response: 'The customer was travelling.' } }, rep)).auditFindingRespond;
    expect(answer.auditFinding).toMatchObject({ response: 'The customer was travelling.' });
    const twice = dataOf(await app.gql(AuditFindingRespondDocument, { id: added.auditFinding!.id, input: { response: 'Again' } }, rep)).auditFindingRespond;
    expect(twice.userErrors[0].code).toBe('ALREADY_RESPONDED');
    const byOther = dataOf(await app.gql(AuditFindingRespondDocument, { id: added.auditFinding!.id, input: { response: 'Not mine' } }, await app.tokenFor('sales3@demo.shop'))).auditFindingRespond;
    expect(byOther.userErrors[0].code).toBe('NOT_FOUND');
  });

  it('keeps duties apart: no finding on the check\'s author, none written by sales or customer service', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const checkId = await newCheck(reviewer, 'Separation');
    const self = dataOf(await app.gql(AuditFindingAddDocument, { checkId, input: { subjectUserId: await userGid('reviewer@demo.shop'), code: 'OK', severity: 'INFO' } }, reviewer))
      .auditFindingAdd;
    expect(self.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED', field: ['input', 'subjectUserId'] });
    // An admin may not write a finding about the reviewer in the reviewer's own check either.
    const admin = await app.tokenFor('admin@demo.shop');
    const aboutAuthor = dataOf(await app.gql(AuditFindingAddDocument, { checkId, input: { subjectUserId: await userGid('reviewer@demo.shop'), code: 'OTHER', severity: 'WARNING' } }, admin))
      .auditFindingAdd;
    expect(aboutAuthor.userErrors[0].code).toBe('NOT_ALLOWED');
    for (const email of ['sales1@demo.shop', 'cs1@demo.shop']) {
      const token = await app.tokenFor(email);
      expect(errorCode(await app.gql(AuditCheckCreateDocument, { input: { from: FROM, to: TO, title: 'mine' } }, token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(AuditFindingAddDocument, { checkId, input: { subjectUserId: await userGid('sales4@demo.shop'), code: 'OK', severity: 'INFO' } }, token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(AuditChecksDocument, {}, token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(AuditTrailDocument, {}, token))).toBe('FORBIDDEN');
    }
    // A reviewer edits no customer and completes no follow-up.
    const customerId = await customerOf('sales1@demo.shop');
    expect(errorCode(await app.gql(CustomerUpdateDocument, { id: customerId, input: { version: 1, notes: 'reviewer' } }, reviewer))).toBe('FORBIDDEN');
    const [task] = await app.sql<{ id: number }>("select id from follow_up_tasks where status = 'OPEN' limit 1");
    expect(errorCode(await app.gql(FollowUpTaskCompleteDocument, { id: gid('FollowUpTask', task.id), input: { outcome: 'ORDERED', channel: 'PHONE' } }, reviewer))).toBe('FORBIDDEN');
    const [count] = await app.sql<{ n: string }>('select count(*) as n from audit_findings where check_id = ?', [Number(Buffer.from(checkId, 'base64url').toString().split(':')[1])]);
    expect(Number(count.n)).toBe(0);
  });
});

describe('closing a check', () => {
  it('signs it off for good: no finding, answer or second close gets in (CHECK_CLOSED)', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const checkId = await newCheck(reviewer, 'To close');
    const finding = dataOf(await app.gql(AuditFindingAddDocument, { checkId, input: { subjectUserId: await userGid('sales4@demo.shop'), code: 'DROPPED_CUSTOMER', severity: 'WARNING' } }, reviewer))
      .auditFindingAdd.auditFinding!;
    const closed = dataOf(await app.gql(AuditCheckCloseDocument, { id: checkId }, reviewer)).auditCheckClose;
    expect(closed.auditCheck).toMatchObject({ status: 'CLOSED', closedBy: { email: 'reviewer@demo.shop' } });
    const add = dataOf(await app.gql(AuditFindingAddDocument, { checkId, input: { subjectUserId: await userGid('sales5@demo.shop'), code: 'OK', severity: 'INFO' } }, reviewer)).auditFindingAdd;
    expect(add.userErrors[0].code).toBe('CHECK_CLOSED');
    const respond = dataOf(await app.gql(AuditFindingRespondDocument, { id: finding.id, input: { response: 'late answer' } }, await app.tokenFor('sales4@demo.shop'))).auditFindingRespond;
    expect(respond.userErrors[0].code).toBe('CHECK_CLOSED');
    const again = dataOf(await app.gql(AuditCheckCloseDocument, { id: checkId }, reviewer)).auditCheckClose;
    expect(again.userErrors[0].code).toBe('CHECK_CLOSED');
    const check = dataOf(await app.gql(AuditCheckDocument, { id: checkId }, reviewer)).auditCheck!;
    expect(check.findingCount).toBe(1);
    expect(check.findings.edges[0].node.response).toBeNull();
  });
});

describe('auditors\' tools', () => {
  it('run every audit query with a read-only API token, and no mutation', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const checkId = await newCheck(reviewer, 'For the tool');
    const token = dataOf(await app.gql(ApiTokenCreateDocument, { input: { name: 'Audit export', expiresAt: new Date(Date.now() + 86_400_000).toISOString(), readOnly: true } }, reviewer))
      .apiTokenCreate.token!;
    expect(dataOf(await app.gql(ComplianceReportDocument, { from: FROM, to: TO }, token)).complianceReport.sales.length).toBeGreaterThan(0);
    expect(dataOf(await app.gql(AuditChecksDocument, {}, token)).auditChecks.totalCount).toBeGreaterThan(0);
    expect(dataOf(await app.gql(AuditCheckDocument, { id: checkId }, token)).auditCheck!.id).toBe(checkId);
    expect(dataOf(await app.gql(AuditTrailDocument, { first: 5 }, token)).auditTrail.totalCount).toBeGreaterThan(0);
    expect(errorCode(await app.gql(AuditCheckCreateDocument, { input: { from: FROM, to: TO, title: 'by tool' } }, token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(AuditCheckCloseDocument, { id: checkId }, token))).toBe('FORBIDDEN');
    const [count] = await app.sql<{ n: string }>("select count(*) as n from audit_checks where title = 'by tool'");
    expect(Number(count.n)).toBe(0);
  });

  it('costs the same number of SQL statements for a check with 12 findings as with 2', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const reps = ['sales1', 'sales2', 'sales3', 'sales4', 'sales5', 'sales6'];
    const checkWith = async (n: number) => {
      const checkId = await newCheck(reviewer, `${n} findings`);
      for (let i = 0; i < n; i++) {
        const email = `${reps[i % reps.length]}@demo.shop`;
        const input = { customerId: await customerOf(email), code: 'WRONG_STAGE' as const, severity: 'INFO' as const, correctiveFollowUp: { assigneeId: await userGid(email), dueAt: new Date(Date.now() + 86_400_000).toISOString() } };
        expect(dataOf(await app.gql(AuditFindingAddDocument, { checkId, input }, reviewer)).auditFindingAdd.userErrors).toEqual([]);
      }
      return checkId;
    };
    const statementsFor = (checkId: string, n: number) =>
      app.statementsOf(reviewer, async () => {
        const check = dataOf(await app.gql(AuditCheckDocument, { id: checkId }, reviewer)).auditCheck!;
        expect(check.findings.edges).toHaveLength(n);
        expect(check.findings.edges.every((e) => e.node.customer && e.node.correctiveTask && e.node.subjectUser)).toBe(true);
      });
    const few = await statementsFor(await checkWith(2), 2);
    const many = await statementsFor(await checkWith(12), 12);
    expect(many).toBe(few);
  });
});
