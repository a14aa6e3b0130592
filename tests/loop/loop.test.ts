import {
  CustomerLoopDocument,
  FollowUpTaskCompleteDocument,
  FollowUpTasksDocument,
  RegistrationEntryScreenDocument,
  RegistrationSheetsDocument,
  ReviewQueueDocument,
  SalesTeamCreateDocument,
  type FollowUpTaskCompleteMutation,
} from '../generated/graphql';
import { createTestApp, dataOf, TestApp } from '../support/test-app';
import { DAY, newStaff, registerAndSubmit, shanghaiEndOfDay, WEDNESDAY } from './helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(WEDNESDAY);
});
afterAll(() => app.close());

describe('the whole loop, as the four roles', () => {
  it('registers, screens, hands over, follows up in cycles and reclaims after four retries', async () => {
    // The admin sets up a fresh team, so the round-robin pick is known.
    const admin = await app.tokenFor('admin@demo.shop');
    const team = dataOf(await app.gql(SalesTeamCreateDocument, { input: { name: 'Loop Team' } }, admin)).salesTeamCreate.salesTeam!;
    const rep1 = await newStaff(app, 'loop.rep1@demo.shop', 'SALES', team.id);
    await newStaff(app, 'loop.rep2@demo.shop', 'SALES', team.id);

    // 1. Customer service registers two customers and submits the sheet on time.
    const { sheetId, entryIds, customerIds } = await registerAndSubmit(app, 'cs1@demo.shop', ['loop_alice', 'loop_bob']);
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const sheets = dataOf(await app.gql(RegistrationSheetsDocument, { filter: { status: 'SUBMITTED' } }, reviewer)).registrationSheets;
    const sheet = sheets.edges.find((e) => e.node.id === sheetId)!.node;
    expect(sheet).toMatchObject({ late: false, entryCount: 2, screenedCount: 0, author: { email: 'cs1@demo.shop' } });

    // 2. The review queue holds both; the reviewer screens one to the team and one out.
    const queue = dataOf(await app.gql(ReviewQueueDocument, { filter: { screened: false, sheetStatus: 'SUBMITTED' } }, reviewer)).registrationEntries;
    expect(queue.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(entryIds));
    app.clock.set(new Date(WEDNESDAY.getTime() + DAY)); // Thursday 10:00 Shanghai
    const screenedIn = dataOf(await app.gql(RegistrationEntryScreenDocument, { id: entryIds[0], input: { intent: 'HAS_INTENT', assignTo: { teamId: team.id }, note: 'Wants a custom tea set.' } }, reviewer))
      .registrationEntryScreen;
    expect(screenedIn.userErrors).toEqual([]);
    expect(screenedIn.entry).toMatchObject({ intent: 'HAS_INTENT', assignedTo: { email: 'loop.rep1@demo.shop' }, customer: { stage: 'IN_FOLLOW_UP', owner: { email: 'loop.rep1@demo.shop' } } });
    const screenedOut = dataOf(await app.gql(RegistrationEntryScreenDocument, { id: entryIds[1], input: { intent: 'NO_INTENT', note: 'Only asked about shipping.' } }, reviewer)).registrationEntryScreen;
    expect(screenedOut.followUpTask).toBeNull();
    expect(screenedOut.entry).toMatchObject({ intent: 'NO_INTENT', screeningNote: 'Only asked about shipping.', customer: { stage: 'SCREENED_OUT', owner: null }, sheet: { status: 'SCREENED', screenedCount: 2 } });

    // 3. The chosen rep sees a FIRST_CONTACT due at the end of the day 7 days later (shop time).
    const thursday = app.clock.now();
    const mine = dataOf(await app.gql(FollowUpTasksDocument, { filter: { status: 'OPEN' } }, rep1.token)).followUpTasks;
    expect(mine.totalCount).toBe(1);
    const first = mine.edges[0].node;
    expect(first).toMatchObject({ kind: 'FIRST_CONTACT', cycle: 1, retryStreak: 0, status: 'OPEN', dueAt: shanghaiEndOfDay(thursday, 7), customer: { platformHandle: 'loop_alice' } });
    expect(first.dueAt).toBe('2026-11-26T15:59:59.999Z');

    const complete = async (id: string, outcome: 'ORDERED' | 'NO_ORDER' | 'NO_RESPONSE' | 'LOST', note: string) => {
      const result: FollowUpTaskCompleteMutation = dataOf(await app.gql(FollowUpTaskCompleteDocument, { id, input: { outcome, channel: 'WECHAT', note } }, rep1.token));
      expect(result.followUpTaskComplete.userErrors).toEqual([]);
      return result.followUpTaskComplete;
    };

    // 4. Reached, no order yet: a RETRY due 15 days after completion.
    app.clock.set(new Date(thursday.getTime() + 2 * DAY));
    const noOrder = await complete(first.id, 'NO_ORDER', 'Will think about it.');
    expect(noOrder.task).toMatchObject({ status: 'DONE', outcome: 'NO_ORDER', channel: 'WECHAT', note: 'Will think about it.', onTime: true });
    expect(noOrder.nextTask).toMatchObject({ kind: 'RETRY', cycle: 2, retryStreak: 1, status: 'OPEN', dueAt: shanghaiEndOfDay(app.clock.now(), 15), previous: { id: first.id } });

    // 5. Ordered (late, after the due date): converted, a REVISIT 30 days later.
    app.clock.set(new Date(app.clock.now().getTime() + 20 * DAY));
    const ordered = await complete(noOrder.nextTask!.id, 'ORDERED', 'Bought the large set.');
    expect(ordered.task!.onTime).toBe(false);
    expect(ordered.nextTask).toMatchObject({ kind: 'REVISIT', cycle: 3, retryStreak: 0, dueAt: shanghaiEndOfDay(app.clock.now(), 30) });
    expect(ordered.nextTask!.customer!.stage).toBe('CONVERTED');

    // 6. Four retries in a row without an answer end the loop: back to the pool.
    let current = ordered.nextTask!;
    for (let streak = 1; streak <= 4; streak++) {
      app.clock.set(new Date(app.clock.now().getTime() + DAY));
      const result = await complete(current.id, 'NO_RESPONSE', `No answer ${streak}`);
      expect(result.nextTask).toMatchObject({ kind: 'RETRY', retryStreak: streak });
      current = result.nextTask!;
    }
    app.clock.set(new Date(app.clock.now().getTime() + DAY));
    const last = await complete(current.id, 'NO_RESPONSE', 'Still no answer.');
    expect(last.nextTask).toBeNull();

    const loop = dataOf(await app.gql(CustomerLoopDocument, { id: customerIds[0] }, admin)).customer!;
    expect(loop).toMatchObject({ stage: 'POOL', owner: null, currentFollowUp: null });
    expect(loop.followUps.totalCount).toBe(7); // first contact, retry, revisit, four retries
    expect(loop.followUps.edges[0].node).toMatchObject({ kind: 'RETRY', outcome: 'NO_RESPONSE', note: 'Still no answer.' });
    expect(loop.ownershipHistory.edges.map((e) => [e.node.reason, e.node.fromUser?.email ?? null, e.node.toUser?.email ?? null, e.node.by?.email ?? null])).toEqual([
      ['RECLAIM', 'loop.rep1@demo.shop', null, null],
      ['ROUND_ROBIN', null, 'loop.rep1@demo.shop', 'reviewer@demo.shop'],
    ]);
    // The rep no longer owns the customer, and no open follow-up is left behind.
    expect(dataOf(await app.gql(FollowUpTasksDocument, { filter: { status: 'OPEN' } }, rep1.token)).followUpTasks.totalCount).toBe(0);
  });

  it('ends the loop on LOST and keeps the customer with the rep', async () => {
    const { entryIds, customerIds } = await registerAndSubmit(app, 'cs2@demo.shop', ['loop_carol']);
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const rep = await app.tokenFor('sales5@demo.shop');
    const [sales5] = await app.sql<{ id: number }>("select id from users where email = 'sales5@demo.shop'");
    const screened = dataOf(
      await app.gql(RegistrationEntryScreenDocument, { id: entryIds[0], input: { intent: 'HAS_INTENT', assignTo: { userId: Buffer.from(`User:${sales5.id}`).toString('base64url') } } }, reviewer),
    ).registrationEntryScreen;
    const lost = dataOf(await app.gql(FollowUpTaskCompleteDocument, { id: screened.followUpTask!.id, input: { outcome: 'LOST', channel: 'PHONE', note: 'Bought elsewhere.' } }, rep)).followUpTaskComplete;
    expect(lost.nextTask).toBeNull();
    const loop = dataOf(await app.gql(CustomerLoopDocument, { id: customerIds[0] }, rep)).customer!;
    expect(loop).toMatchObject({ stage: 'LOST', owner: { email: 'sales5@demo.shop' }, currentFollowUp: null });
    expect(loop.ownershipHistory.edges[0].node).toMatchObject({ reason: 'SCREENING', by: { email: 'reviewer@demo.shop' } });
  });
});
