import {
  CustomerLoopDocument,
  CustomerTransferDocument,
  FollowUpPolicyUpdateDocument,
  FollowUpTaskCompleteDocument,
  FollowUpTaskDocument,
  FollowUpTasksDocument,
  NodeDocument,
  RegistrationEntryScreenDocument,
  RepQueueDocument,
  ViewerSummaryDocument,
} from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';
import { dbId, gid, registerAndSubmit, shanghaiEndOfDay, WEDNESDAY } from './helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(WEDNESDAY);
});
afterAll(() => app.close());

const userGid = async (email: string) => gid('User', (await app.sql<{ id: number }>('select id from users where email = ?', [email]))[0].id);
async function openTaskOf(email: string): Promise<{ taskId: string; customerId: string }> {
  const [row] = await app.sql<{ id: number; customer_id: number }>(
    "select t.id, t.customer_id from follow_up_tasks t join users u on u.id = t.assignee_id where u.email = ? and t.status = 'OPEN' order by t.id limit 1",
    [email],
  );
  return { taskId: gid('FollowUpTask', row.id), customerId: gid('Customer', row.customer_id) };
}
const taskCount = async () => Number((await app.sql<{ n: string }>('select count(*) as n from follow_up_tasks'))[0].n);

describe('who sees and completes which follow-ups', () => {
  it("keeps rep B away from rep A's task: by id, by node, in lists, nested, and on completion", async () => {
    const repB = await app.tokenFor('sales3@demo.shop');
    const { taskId, customerId } = await openTaskOf('sales2@demo.shop');
    expect(dataOf(await app.gql(FollowUpTaskDocument, { id: taskId }, repB)).followUpTask).toBeNull();
    expect(dataOf(await app.gql(NodeDocument, { id: taskId }, repB)).node).toBeNull();
    const list = dataOf(await app.gql(FollowUpTasksDocument, { first: 100 }, repB)).followUpTasks;
    expect(list.edges.every((e) => e.node.assignee.email === 'sales3@demo.shop')).toBe(true);
    expect(list.edges.map((e) => e.node.id)).not.toContain(taskId);
    const filtered = dataOf(await app.gql(FollowUpTasksDocument, { filter: { assigneeId: await userGid('sales2@demo.shop') } }, repB)).followUpTasks;
    expect(filtered.totalCount).toBe(0);
    expect(dataOf(await app.gql(CustomerLoopDocument, { id: customerId }, repB)).customer).toBeNull();
    const before = await taskCount();
    const completion = dataOf(await app.gql(FollowUpTaskCompleteDocument, { id: taskId, input: { outcome: 'ORDERED', channel: 'PHONE' } }, repB)).followUpTaskComplete;
    expect(completion.userErrors[0].code).toBe('NOT_FOUND');
    expect(await taskCount()).toBe(before);
    const [row] = await app.sql<{ status: string }>('select status from follow_up_tasks where id = ?', [dbId(taskId)]);
    expect(row.status).toBe('OPEN');
  });

  it("lets a lead see and complete the team's follow-ups, and reviewers read without completing", async () => {
    const { taskId } = await openTaskOf('sales2@demo.shop');
    const lead = await app.tokenFor('sales1@demo.shop');
    expect(dataOf(await app.gql(FollowUpTaskDocument, { id: taskId }, lead)).followUpTask?.assignee.email).toBe('sales2@demo.shop');
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    expect(dataOf(await app.gql(FollowUpTaskDocument, { id: taskId }, reviewer)).followUpTask?.id).toBe(taskId);
    expect(errorCode(await app.gql(FollowUpTaskCompleteDocument, { id: taskId, input: { outcome: 'NO_ORDER', channel: 'PHONE' } }, reviewer))).toBe('FORBIDDEN');
    const west = await openTaskOf('sales5@demo.shop');
    expect(dataOf(await app.gql(FollowUpTaskDocument, { id: west.taskId }, lead)).followUpTask).toBeNull();
    const done = dataOf(await app.gql(FollowUpTaskCompleteDocument, { id: taskId, input: { outcome: 'NO_ORDER', channel: 'WANGWANG', note: 'Lead covered.' } }, lead)).followUpTaskComplete;
    expect(done.userErrors).toEqual([]);
    expect(done.nextTask!.assignee.email).toBe('sales2@demo.shop');
  });

  it('shows customer service the stage, never the follow-ups', async () => {
    const cs = await app.tokenFor('cs1@demo.shop');
    expect(errorCode(await app.gql(FollowUpTasksDocument, {}, cs))).toBe('FORBIDDEN');
    const { taskId, customerId } = await openTaskOf('sales4@demo.shop');
    expect(dataOf(await app.gql(NodeDocument, { id: taskId }, cs)).node).toBeNull();
    const stage = await app.raw<{ customer: { stage: string; currentFollowUp: null } }>('query($id: ID!) { customer(id: $id) { stage currentFollowUp { id } } }', { id: customerId }, cs);
    expect(stage.data?.customer).toEqual({ stage: 'IN_FOLLOW_UP', currentFollowUp: null });
    const history = await app.raw('query($id: ID!) { customer(id: $id) { followUps { totalCount } } }', { id: customerId }, cs);
    expect(errorCode(history)).toBe('FORBIDDEN');
  });
});

describe('followUpTaskComplete', () => {
  it('completes once: a second completion gives ALREADY_COMPLETED and creates nothing', async () => {
    const rep = await app.tokenFor('sales6@demo.shop');
    const { taskId } = await openTaskOf('sales6@demo.shop');
    const first = dataOf(await app.gql(FollowUpTaskCompleteDocument, { id: taskId, input: { outcome: 'NO_RESPONSE', channel: 'SMS' } }, rep)).followUpTaskComplete;
    expect(first.userErrors).toEqual([]);
    const before = await taskCount();
    const second = dataOf(await app.gql(FollowUpTaskCompleteDocument, { id: taskId, input: { outcome: 'ORDERED', channel: 'SMS' } }, rep)).followUpTaskComplete;
    expect(second.userErrors[0].code).toBe('ALREADY_COMPLETED');
    expect(second.nextTask).toBeNull();
    expect(await taskCount()).toBe(before);
    const [row] = await app.sql<{ outcome: string }>('select outcome from follow_up_tasks where id = ?', [dbId(taskId)]);
    expect(row.outcome).toBe('NO_RESPONSE');
  });

  it('schedules exactly one next task when the same task is completed concurrently', async () => {
    const rep = await app.tokenFor('sales6@demo.shop');
    const { taskId } = await openTaskOf('sales6@demo.shop');
    const before = await taskCount();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => app.gql(FollowUpTaskCompleteDocument, { id: taskId, input: { outcome: 'NO_ORDER', channel: 'PHONE' } }, rep)),
    );
    const codes: string[] = results.map((r) => dataOf(r).followUpTaskComplete.userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'ALREADY_COMPLETED')).toHaveLength(5);
    expect(await taskCount()).toBe(before + 1);
  });

  it('refuses bad input with typed errors and changes nothing', async () => {
    const rep = await app.tokenFor('sales6@demo.shop');
    const { taskId } = await openTaskOf('sales6@demo.shop');
    const tooLong = dataOf(await app.gql(FollowUpTaskCompleteDocument, { id: taskId, input: { outcome: 'NO_ORDER', channel: 'PHONE', note: 'x'.repeat(10_240) } }, rep)).followUpTaskComplete;
    expect(tooLong.userErrors[0]).toMatchObject({ code: 'TOO_LONG', field: ['input', 'note'] });
    const badEnum = await app.raw(`mutation { followUpTaskComplete(id: "${taskId}", input: { outcome: MAYBE, channel: PHONE }) { userErrors { code } } }`, {}, rep);
    expect(errorCode(badEnum)).toBe('GRAPHQL_VALIDATION_FAILED');
    const [row] = await app.sql<{ status: string }>('select status from follow_up_tasks where id = ?', [dbId(taskId)]);
    expect(row.status).toBe('OPEN');
  });
});

describe('customerTransfer', () => {
  it('moves the customer with its open follow-ups and keeps the history', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const { taskId, customerId } = await openTaskOf('sales4@demo.shop');
    const moved = dataOf(await app.gql(CustomerTransferDocument, { id: customerId, input: { toUserId: await userGid('sales5@demo.shop'), reason: 'Rep on leave.' } }, admin)).customerTransfer;
    expect(moved.userErrors).toEqual([]);
    expect(moved.customer!.owner!.email).toBe('sales5@demo.shop');
    const task = dataOf(await app.gql(FollowUpTaskDocument, { id: taskId }, await app.tokenFor('sales5@demo.shop'))).followUpTask;
    expect(task).toMatchObject({ status: 'OPEN', assignee: { email: 'sales5@demo.shop' } });
    expect(dataOf(await app.gql(FollowUpTaskDocument, { id: taskId }, await app.tokenFor('sales6@demo.shop'))).followUpTask).toBeNull();
    const loop = dataOf(await app.gql(CustomerLoopDocument, { id: customerId }, admin)).customer!;
    const [open] = await app.sql<{ n: string }>("select count(*) as n from follow_up_tasks where customer_id = ? and status = 'OPEN'", [dbId(customerId)]);
    expect(loop.openFollowUpCount).toBe(Number(open.n));
    expect(loop.openFollowUpCount).toBeGreaterThan(0);
    expect(loop.ownershipHistory.edges[0].node).toMatchObject({
      reason: 'TRANSFER',
      note: 'Rep on leave.',
      fromUser: { email: 'sales4@demo.shop' },
      toUser: { email: 'sales5@demo.shop' },
      by: { email: 'admin@demo.shop' },
    });
  });

  it("lets a lead move the team's customers within the team only; others are refused", async () => {
    const lead = await app.tokenFor('sales1@demo.shop');
    const { customerId } = await openTaskOf('sales3@demo.shop');
    const inTeam = dataOf(await app.gql(CustomerTransferDocument, { id: customerId, input: { toUserId: await userGid('sales2@demo.shop') } }, lead)).customerTransfer;
    expect(inTeam.userErrors).toEqual([]);
    const outOfTeam = dataOf(await app.gql(CustomerTransferDocument, { id: customerId, input: { toUserId: await userGid('sales5@demo.shop') } }, lead)).customerTransfer;
    expect(outOfTeam.userErrors[0].code).toBe('NOT_ALLOWED');
    const rep = await app.tokenFor('sales2@demo.shop');
    const byRep = dataOf(await app.gql(CustomerTransferDocument, { id: customerId, input: { toUserId: await userGid('sales3@demo.shop') } }, rep)).customerTransfer;
    expect(byRep.userErrors[0].code).toBe('NOT_ALLOWED');
    for (const email of ['cs1@demo.shop', 'reviewer@demo.shop']) {
      const refused = await app.gql(CustomerTransferDocument, { id: customerId, input: { toUserId: await userGid('sales3@demo.shop') } }, await app.tokenFor(email));
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
    const [row] = await app.sql<{ email: string }>('select u.email from customers c join users u on u.id = c.owner_id where c.id = ?', [dbId(customerId)]);
    expect(row.email).toBe('sales2@demo.shop');
  });
});

describe("a rep's queue", () => {
  it('lists overdue first, then due today, then later, and sums them up for the viewer', async () => {
    const rep = await app.tokenFor('sales5@demo.shop');
    const queue = dataOf(await app.gql(FollowUpTasksDocument, { filter: { status: 'OPEN' }, first: 100 }, rep)).followUpTasks;
    const due = queue.edges.map((e) => e.node.dueAt);
    expect([...due].sort()).toEqual(due);
    const now = app.clock.now();
    const endOfToday = shanghaiEndOfDay(now, 0);
    const expected = {
      overdue: due.filter((d) => d < now.toISOString()).length,
      dueToday: due.filter((d) => d >= now.toISOString() && d <= endOfToday).length,
      upcoming: due.filter((d) => d > endOfToday).length,
    };
    expect(expected.overdue + expected.dueToday + expected.upcoming).toBe(queue.totalCount);
    expect(dataOf(await app.gql(ViewerSummaryDocument, {}, rep)).viewer.followUpSummary).toEqual(expected);
    const overdue = dataOf(await app.gql(FollowUpTasksDocument, { filter: { overdue: true }, first: 100 }, rep)).followUpTasks;
    expect(overdue.totalCount).toBe(expected.overdue);
    expect(overdue.edges.every((e) => e.node.overdue)).toBe(true);
  });

  it("costs the same number of SQL statements for 50 tasks with customers as for 5", async () => {
    const lead = await app.tokenFor('sales1@demo.shop');
    const statementsFor = (first: number) =>
      app.statementsOf(lead, async () => {
        const data = dataOf(await app.gql(RepQueueDocument, { first }, lead));
        expect(data.followUpTasks.edges).toHaveLength(first);
        expect(data.followUpTasks.edges.every((e) => e.node.customer?.platformHandle)).toBe(true);
      });
    const five = await statementsFor(5);
    expect(await statementsFor(50)).toBe(five);
    expect(five).toBeLessThanOrEqual(2); // the tasks with their customers, the customers' owners, and the assignees: one today
  });
});

describe('followUpPolicyUpdate', () => {
  it('lets an admin change the cycles, which new due dates follow at once', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const bad = dataOf(await app.gql(FollowUpPolicyUpdateDocument, { input: { firstCycleDays: 0, maxRetryCycles: 99 } }, admin)).followUpPolicyUpdate;
    expect(bad.userErrors.map((e) => e.field)).toEqual([
      ['input', 'firstCycleDays'],
      ['input', 'maxRetryCycles'],
    ]);
    const ok = dataOf(await app.gql(FollowUpPolicyUpdateDocument, { input: { firstCycleDays: 3 } }, admin)).followUpPolicyUpdate;
    expect(ok.followUpPolicy).toEqual({ firstCycleDays: 3, retryCycleDays: 15, revisitCycleDays: 30, maxRetryCycles: 4, reclaimToPool: true });
    expect(errorCode(await app.gql(FollowUpPolicyUpdateDocument, { input: { firstCycleDays: 1 } }, await app.tokenFor('sales1@demo.shop')))).toBe('FORBIDDEN');

    const { entryIds } = await registerAndSubmit(app, 'cs2@demo.shop', ['policy_ivy']);
    const screened = dataOf(
      await app.gql(RegistrationEntryScreenDocument, { id: entryIds[0], input: { intent: 'HAS_INTENT', assignTo: { userId: await userGid('sales6@demo.shop') } } }, await app.tokenFor('reviewer@demo.shop')),
    ).registrationEntryScreen;
    expect(screened.followUpTask!.dueAt).toBe(shanghaiEndOfDay(app.clock.now(), 3));
  });
});
