import {
  RegistrationEntriesScreenDocument,
  RegistrationEntryAddDocument,
  RegistrationEntryRemoveDocument,
  RegistrationEntryScreenDocument,
  RegistrationEntryUpdateDocument,
  RegistrationSheetsDocument,
  RegistrationSheetSubmitDocument,
  ReviewQueueDocument,
  SalesTeamCreateDocument,
  UserUpdateDocument,
} from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';
import { DAY, newStaff, registerAndSubmit, WEDNESDAY } from './helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(WEDNESDAY);
});
afterAll(() => app.close());

const add = async (token: string, handle: string, extra: Record<string, unknown> = {}) =>
  dataOf(await app.gql(RegistrationEntryAddDocument, { input: { customer: { platform: 'WECHAT', platformHandle: handle }, ...extra } }, token)).registrationEntryAdd;

describe('registration sheets', () => {
  it("adds to the author's draft sheet of the current week, and never duplicates a customer", async () => {
    const cs = await app.tokenFor('cs2@demo.shop');
    const first = await add(cs, 'reg_dora', { prospectNotes: ['CUSTOM_ORDER', 'PRICE_CONCERN'], notes: 'Wants engraving.' });
    expect(first.userErrors).toEqual([]);
    expect(first.sheet).toMatchObject({ status: 'DRAFT', periodStart: '2026-11-15T16:00:00.000Z', periodEnd: '2026-11-22T16:00:00.000Z', entryCount: 1, author: { email: 'cs2@demo.shop' } });
    expect(first.entry).toMatchObject({ kind: 'INQUIRY', prospectNotes: ['CUSTOM_ORDER', 'PRICE_CONCERN'], customer: { platformHandle: 'reg_dora', stage: 'REGISTERED', createdBy: { email: 'cs2@demo.shop' } } });
    const again = await add(cs, 'reg_dora', { kind: 'ORDERED', purchaseAmount: 12_900, purchasedAt: '2026-11-17T08:00:00Z' });
    expect(again.entry!.customer!.id).toBe(first.entry!.customer!.id);
    expect(again.sheet).toMatchObject({ id: first.sheet!.id, entryCount: 2 });
    const [count] = await app.sql<{ n: string }>("select count(*) as n from customers where platform_handle = 'reg_dora'");
    expect(Number(count.n)).toBe(1);
    // An existing customer by id (registered earlier by someone else) works too.
    const [existing] = await app.sql<{ id: number }>('select id from customers where shop_id = 1 order by id limit 1');
    const byId = dataOf(await app.gql(RegistrationEntryAddDocument, { input: { customerId: Buffer.from(`Customer:${existing.id}`).toString('base64url') } }, cs)).registrationEntryAdd;
    expect(byId.userErrors).toEqual([]);
  });

  it('refuses purchase data on an inquiry, and both customerId and customer', async () => {
    const cs = await app.tokenFor('cs2@demo.shop');
    const inquiry = await add(cs, 'reg_eve', { kind: 'INQUIRY', purchaseAmount: 100 });
    expect(inquiry.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'kind'] });
    const [count] = await app.sql<{ n: string }>("select count(*) as n from customers where platform_handle = 'reg_eve'");
    expect(Number(count.n)).toBe(0);
  });

  it('lets the author correct and remove entries while the sheet is a draft, and refuses an empty submission', async () => {
    const cs = await app.tokenFor('cs1@demo.shop');
    app.clock.set(new Date(WEDNESDAY.getTime() - 7 * DAY)); // the week before
    const added = await add(cs, 'reg_frank');
    const updated = dataOf(await app.gql(RegistrationEntryUpdateDocument, { id: added.entry!.id, input: { notes: 'Corrected.', productWanted: 'Teapot' } }, cs)).registrationEntryUpdate;
    expect(updated.entry).toMatchObject({ notes: 'Corrected.', productWanted: 'Teapot' });
    const other = await app.tokenFor('cs2@demo.shop');
    const foreign = dataOf(await app.gql(RegistrationEntryUpdateDocument, { id: added.entry!.id, input: { notes: 'Not mine' } }, other)).registrationEntryUpdate;
    expect(foreign.userErrors[0].code).toBe('NOT_FOUND');
    const removed = dataOf(await app.gql(RegistrationEntryRemoveDocument, { id: added.entry!.id }, cs)).registrationEntryRemove;
    expect(removed.sheet!.entryCount).toBe(0);
    const empty = dataOf(await app.gql(RegistrationSheetSubmitDocument, { id: added.sheet!.id }, cs)).registrationSheetSubmit;
    expect(empty.userErrors[0].code).toBe('SHEET_EMPTY');
    app.clock.set(WEDNESDAY);
  });

  it('refuses any change to a submitted sheet', async () => {
    const { sheetId, entryIds } = await registerAndSubmit(app, 'cs1@demo.shop', ['reg_gina']);
    const cs = await app.tokenFor('cs1@demo.shop');
    const update = dataOf(await app.gql(RegistrationEntryUpdateDocument, { id: entryIds[0], input: { notes: 'too late' } }, cs)).registrationEntryUpdate;
    expect(update.userErrors[0].code).toBe('SHEET_NOT_DRAFT');
    const remove = dataOf(await app.gql(RegistrationEntryRemoveDocument, { id: entryIds[0] }, cs)).registrationEntryRemove;
    expect(remove.userErrors[0].code).toBe('SHEET_NOT_DRAFT');
    const addMore = await add(cs, 'reg_gina_2');
    expect(addMore.userErrors[0].code).toBe('SHEET_NOT_DRAFT');
    const twice = dataOf(await app.gql(RegistrationSheetSubmitDocument, { id: sheetId }, cs)).registrationSheetSubmit;
    expect(twice.userErrors[0].code).toBe('SHEET_NOT_DRAFT');
    const [row] = await app.sql<{ notes: string | null }>('select notes from registration_entries where id = ?', [Number(Buffer.from(entryIds[0], 'base64url').toString().split(':')[1])]);
    expect(row.notes).toBeNull();
  });

  it('marks a sheet submitted after its period end plus the grace hours as late', async () => {
    // Agents of its own, so no other test's sheets are touched.
    const late = await newStaff(app, 'cs.late@demo.shop', 'CUSTOMER_SERVICE');
    const onTime = await newStaff(app, 'cs.ontime@demo.shop', 'CUSTOMER_SERVICE');
    // The week of 16–22 November ends Sunday 24:00 Shanghai (16:00 UTC); 24 grace hours end Monday 24:00.
    app.clock.set(WEDNESDAY);
    const lateSheet = (await add(late.token, 'reg_ivan')).sheet!;
    const inGraceSheet = (await add(onTime.token, 'reg_hank')).sheet!;
    expect(inGraceSheet.periodEnd).toBe('2026-11-22T16:00:00.000Z');
    app.clock.set(new Date('2026-11-23T15:59:00Z'));
    const inGrace = dataOf(await app.gql(RegistrationSheetSubmitDocument, { id: inGraceSheet.id }, onTime.token)).registrationSheetSubmit;
    expect(inGrace.sheet).toMatchObject({ status: 'SUBMITTED', late: false });
    app.clock.set(new Date('2026-11-24T02:00:00Z'));
    const submitted = dataOf(await app.gql(RegistrationSheetSubmitDocument, { id: lateSheet.id }, late.token)).registrationSheetSubmit;
    expect(submitted.userErrors).toEqual([]);
    expect(submitted.sheet).toMatchObject({ status: 'SUBMITTED', late: true, submittedAt: '2026-11-24T02:00:00.000Z' });
    app.clock.set(WEDNESDAY);
  });

  it('shows customer service only their own sheets, and sales none', async () => {
    app.clock.set(new Date(WEDNESDAY.getTime() + 35 * DAY));
    await add(await app.tokenFor('cs1@demo.shop'), 'reg_own_1');
    await add(await app.tokenFor('cs2@demo.shop'), 'reg_own_2');
    app.clock.set(WEDNESDAY);
    const cs1 = dataOf(await app.gql(RegistrationSheetsDocument, {}, await app.tokenFor('cs1@demo.shop'))).registrationSheets;
    expect(cs1.edges.length).toBeGreaterThan(0);
    expect(cs1.edges.every((e) => e.node.author.email === 'cs1@demo.shop')).toBe(true);
    const reviewer = dataOf(await app.gql(RegistrationSheetsDocument, {}, await app.tokenFor('reviewer@demo.shop'))).registrationSheets;
    expect(reviewer.edges.map((e) => e.node.author.email)).toEqual(expect.arrayContaining(['cs1@demo.shop', 'cs2@demo.shop']));
    expect(reviewer.totalCount).toBeGreaterThan(cs1.totalCount);
    expect(errorCode(await app.gql(RegistrationSheetsDocument, {}, await app.tokenFor('sales1@demo.shop')))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(RegistrationEntryAddDocument, { input: { customer: { platform: 'JD', platformHandle: 'x' } } }, await app.tokenFor('sales1@demo.shop')))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('screening', () => {
  it('spreads a team\'s customers round-robin over its active reps, skipping inactive ones', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const team = dataOf(await app.gql(SalesTeamCreateDocument, { input: { name: 'RR Team' } }, admin)).salesTeamCreate.salesTeam!;
    await newStaff(app, 'rr.a@demo.shop', 'SALES', team.id);
    const inactive = await newStaff(app, 'rr.b@demo.shop', 'SALES', team.id);
    await newStaff(app, 'rr.c@demo.shop', 'SALES', team.id);
    dataOf(await app.gql(UserUpdateDocument, { id: inactive.id, input: { active: false } }, admin));

    app.clock.set(new Date(WEDNESDAY.getTime() + 14 * DAY));
    const { entryIds } = await registerAndSubmit(app, 'cs1@demo.shop', ['rr_1', 'rr_2', 'rr_3', 'rr_4', 'rr_5']);
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    // Screen the first one alone, so the bulk call below meets an already-screened entry.
    dataOf(await app.gql(RegistrationEntryScreenDocument, { id: entryIds[0], input: { intent: 'HAS_INTENT', assignTo: { teamId: team.id } } }, reviewer));
    const bulk = dataOf(
      await app.gql(
        RegistrationEntriesScreenDocument,
        { input: { entries: [entryIds[0], ...entryIds.slice(1)].map((entryId) => ({ entryId, intent: 'HAS_INTENT' as const, assignTo: { teamId: team.id } })) } },
        reviewer,
      ),
    ).registrationEntriesScreen;
    expect(bulk.userErrors).toEqual([]);
    expect(bulk.results[0].userErrors[0]).toMatchObject({ code: 'ALREADY_SCREENED', field: ['input', 'entries', '0'] });
    expect(bulk.results.slice(1).map((r) => r.userErrors)).toEqual([[], [], [], []]);
    expect(bulk.results.slice(1).map((r) => r.entry!.assignedTo!.email)).toEqual(['rr.c@demo.shop', 'rr.a@demo.shop', 'rr.c@demo.shop', 'rr.a@demo.shop']);
    const [counts] = await app.sql<{ a: string; b: string; c: string }>(
      `select count(*) filter (where u.email = 'rr.a@demo.shop') as a, count(*) filter (where u.email = 'rr.b@demo.shop') as b,
              count(*) filter (where u.email = 'rr.c@demo.shop') as c
         from follow_up_tasks t join users u on u.id = t.assignee_id where t.status = 'OPEN'`,
    );
    expect({ a: Number(counts.a), b: Number(counts.b), c: Number(counts.c) }).toEqual({ a: 3, b: 0, c: 2 });
    app.clock.set(WEDNESDAY);
  });

  it('refuses a draft sheet, a second screening, intent without an assignee, and an inactive or non-sales assignee', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const cs = await app.tokenFor('cs2@demo.shop');
    app.clock.set(new Date(WEDNESDAY.getTime() + 21 * DAY));
    const draft = await add(cs, 'scr_draft');
    const onDraft = dataOf(await app.gql(RegistrationEntryScreenDocument, { id: draft.entry!.id, input: { intent: 'NO_INTENT' } }, reviewer)).registrationEntryScreen;
    expect(onDraft.userErrors[0].code).toBe('SHEET_NOT_SUBMITTED');
    dataOf(await app.gql(RegistrationSheetSubmitDocument, { id: draft.sheet!.id }, cs));
    const noAssignee = dataOf(await app.gql(RegistrationEntryScreenDocument, { id: draft.entry!.id, input: { intent: 'HAS_INTENT' } }, reviewer)).registrationEntryScreen;
    expect(noAssignee.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'assignTo'] });
    const [cs1] = await app.sql<{ id: number }>("select id from users where email = 'cs1@demo.shop'");
    const toCs = dataOf(
      await app.gql(RegistrationEntryScreenDocument, { id: draft.entry!.id, input: { intent: 'HAS_INTENT', assignTo: { userId: Buffer.from(`User:${cs1.id}`).toString('base64url') } } }, reviewer),
    ).registrationEntryScreen;
    expect(toCs.userErrors[0].code).toBe('INVALID_ROLE');
    const ok = dataOf(await app.gql(RegistrationEntryScreenDocument, { id: draft.entry!.id, input: { intent: 'NO_INTENT' } }, reviewer)).registrationEntryScreen;
    expect(ok.userErrors).toEqual([]);
    const again = dataOf(await app.gql(RegistrationEntryScreenDocument, { id: draft.entry!.id, input: { intent: 'NO_INTENT' } }, reviewer)).registrationEntryScreen;
    expect(again.userErrors[0].code).toBe('ALREADY_SCREENED');
    const queue = dataOf(await app.gql(ReviewQueueDocument, { filter: { screened: false, sheetStatus: 'SUBMITTED' } }, reviewer)).registrationEntries;
    expect(queue.edges.map((e) => e.node.id)).not.toContain(draft.entry!.id);
    app.clock.set(WEDNESDAY);
  });

  it('is for the review department only', async () => {
    app.clock.set(new Date(WEDNESDAY.getTime() + 28 * DAY));
    const { entryIds } = await registerAndSubmit(app, 'cs1@demo.shop', ['scr_roles']);
    for (const email of ['cs1@demo.shop', 'sales1@demo.shop']) {
      const result = await app.gql(RegistrationEntryScreenDocument, { id: entryIds[0], input: { intent: 'NO_INTENT' } }, await app.tokenFor(email));
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    const [row] = await app.sql<{ screened_at: Date | null }>('select screened_at from registration_entries where id = ?', [Number(Buffer.from(entryIds[0], 'base64url').toString().split(':')[1])]);
    expect(row.screened_at).toBeNull();
    app.clock.set(WEDNESDAY);
  });
});
