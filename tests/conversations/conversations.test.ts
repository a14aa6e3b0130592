import { AuditCheckCreateDocument, MyAuditFindingsDocument, ConversationLogDocument, ConversationReviewDocument, ConversationsDocument, KpisDocument, ShopUpdateDocument, type ConversationLogInput, type KpiKey } from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';
import { gid } from '../loop/helpers';
import { importOrders, paidOrder } from '../commerce/helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(new Date('2026-12-02T04:00:00Z'));
});
afterAll(() => app.close());

/** Shanghai local time → ISO. */
const at = (local: string) => new Date(`${local}+08:00`).toISOString();
const round = (asked: string, answered: string | null) => ({ askedAt: at(asked), answeredAt: answered ? at(answered) : null });
const conversation = (externalId: string, buyer: string, rounds: ReturnType<typeof round>[]): ConversationLogInput => ({
  externalId,
  platform: 'TAOBAO',
  buyerHandle: buyer,
  rounds,
  buyerMessages: rounds.length + 1,
  agentMessages: rounds.length,
});
const CS_KEYS: KpiKey[] = ['INQUIRIES', 'INQUIRY_CONVERSIONS', 'INQUIRY_CONVERSION_RATE', 'CONVERTED_ORDER_VALUE', 'FIRST_RESPONSE_MEDIAN', 'FIRST_RESPONSE_P90', 'AVERAGE_RESPONSE_TIME', 'THREE_MINUTE_RESPONSE_RATE'];

async function csWeek(token: string, extra: { scope?: 'SHOP' | 'USER'; userId?: string } = {}) {
  const kpis = dataOf(await app.gql(KpisDocument, { from: '2026-11-16', to: '2026-11-22', granularity: 'WEEK', compareTo: 'PREVIOUS_PERIOD', keys: CS_KEYS, ...extra }, token)).kpis;
  return Object.fromEntries(kpis.series.map((s) => [s.definition.key, s.points[0].value]));
}

describe('customer-service conversations', () => {
  let ids: Record<string, string> = {};

  beforeAll(async () => {
    const cs1 = await app.tokenFor('cs1@demo.shop');
    const cs2 = await app.tokenFor('cs2@demo.shop');
    const log = async (token: string, input: ConversationLogInput) => {
      const result = dataOf(await app.gql(ConversationLogDocument, { input }, token)).conversationLog;
      expect(result.userErrors).toEqual([]);
      return result.conversation!;
    };
    const a = await log(cs1, conversation('A', 'cs_buyer_a', [round('2026-11-16T10:00:00', '2026-11-16T10:00:20'), round('2026-11-16T10:05:00', '2026-11-16T10:09:00')]));
    const b = await log(cs1, conversation('B', 'cs_buyer_b', [round('2026-11-16T07:30:00', '2026-11-16T07:30:08'), round('2026-11-16T09:00:00', '2026-11-16T09:01:00')]));
    const c = await log(cs1, conversation('C', 'cs_buyer_c', [round('2026-11-17T23:00:00', '2026-11-17T23:05:00')]));
    const d = await log(cs2, conversation('D', 'cs_buyer_d', [round('2026-11-17T12:00:00', '2026-11-17T12:00:03')]));
    ids = { A: a.id, B: b.id, C: c.id, D: d.id };
    expect(a).toMatchObject({ firstResponseSeconds: 20, responses: 2, responseSecondsTotal: 260, countedRounds: 2, fastRounds: 1, converted: false, agent: { email: 'cs1@demo.shop' } });
    expect(b).toMatchObject({ firstResponseSeconds: 8, countedRounds: 1, fastRounds: 1 }); // 07:30 is before 08:00: not counted
    // The buyers' orders arrive later: A's and D's within 3 days, C's after 8 days; B never buys.
    await importOrders(app, [
      paidOrder('CS-A', 'cs_buyer_a', 30_000, new Date(at('2026-11-17T12:00:00'))),
      paidOrder('CS-C', 'cs_buyer_c', 50_000, new Date(at('2026-11-25T12:00:00'))),
      paidOrder('CS-D', 'cs_buyer_d', 10_000, new Date(at('2026-11-19T12:00:00'))),
    ]);
  });

  it('links an inquiry to the order its buyer paid within the conversion window', async () => {
    const list = dataOf(await app.gql(ConversationsDocument, {}, await app.tokenFor('admin@demo.shop'))).conversations.edges.map((e) => e.node);
    expect(Object.fromEntries(list.map((c) => [c.externalId, c.converted]))).toEqual({ A: true, B: false, C: false, D: true });
  });

  it('computes the CS figures per agent and per shop as counted by hand', async () => {
    // cs1: A (20 s, 240 s), B (8 s, 60 s; 07:30 not counted), C (300 s). First responses 8, 20, 300.
    expect(await csWeek(await app.tokenFor('cs1@demo.shop'))).toEqual({
      INQUIRIES: 3,
      INQUIRY_CONVERSIONS: 1,
      INQUIRY_CONVERSION_RATE: 1 / 3,
      CONVERTED_ORDER_VALUE: 30_000,
      FIRST_RESPONSE_MEDIAN: 25, // 20 s lies in the bucket [20, 25)
      FIRST_RESPONSE_P90: 600, // 300 s lies in [300, 600)
      AVERAGE_RESPONSE_TIME: (20 + 240 + 8 + 60 + 300) / 5,
      THREE_MINUTE_RESPONSE_RATE: 2 / 4,
    });
    // The shop: cs2's D (3 s, converted ¥100) too. First responses 3, 8, 20, 300.
    expect(await csWeek(await app.tokenFor('reviewer@demo.shop'), { scope: 'SHOP' })).toEqual({
      INQUIRIES: 4,
      INQUIRY_CONVERSIONS: 2,
      INQUIRY_CONVERSION_RATE: 0.5,
      CONVERTED_ORDER_VALUE: 20_000,
      FIRST_RESPONSE_MEDIAN: 10,
      FIRST_RESPONSE_P90: 600,
      AVERAGE_RESPONSE_TIME: (20 + 240 + 8 + 60 + 300 + 3) / 6,
      THREE_MINUTE_RESPONSE_RATE: 3 / 5,
    });
  });

  it('finds the buyer by the handle\'s key: a full-width spelling is the same customer', async () => {
    const cs2 = await app.tokenFor('cs2@demo.shop');
    const first = dataOf(await app.gql(ConversationLogDocument, { input: conversation('W1', 'ｃｓ＿ｂｕｙｅｒ＿ｚ', [round('2026-11-20T10:00:00', '2026-11-20T10:00:05')]) }, cs2)).conversationLog;
    expect(first.conversation!.customer).toEqual({ platformHandle: 'ｃｓ＿ｂｕｙｅｒ＿ｚ' }); // the spelling typed first is kept
    const second = dataOf(await app.gql(ConversationLogDocument, { input: conversation('W2', 'cs_buyer_z', [round('2026-11-20T11:00:00', '2026-11-20T11:00:05')]) }, cs2)).conversationLog;
    expect(second.userErrors).toEqual([]);
    expect(second.conversation!.customer).toEqual({ platformHandle: 'ｃｓ＿ｂｕｙｅｒ＿ｚ' });
    await app.sql("delete from conversations where external_id in ('W1', 'W2')");
  });

  it('links again when the shop widens its conversion window, and a conversation logged again replaces itself', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    expect(dataOf(await app.gql(ShopUpdateDocument, { input: { conversionDays: 10 } }, admin)).shopUpdate.userErrors).toEqual([]);
    const cs1 = await app.tokenFor('cs1@demo.shop');
    expect((await csWeek(cs1)).INQUIRY_CONVERSIONS).toBe(2); // C's order came 8 days later
    const again = dataOf(await app.gql(ConversationLogDocument, { input: conversation('B', 'cs_buyer_b', [round('2026-11-16T09:00:00', '2026-11-16T09:00:30')]) }, cs1)).conversationLog;
    expect(again.conversation!.id).toBe(ids.B);
    expect((await csWeek(cs1)).INQUIRIES).toBe(3);
    expect((await csWeek(cs1)).AVERAGE_RESPONSE_TIME).toBe((20 + 240 + 30 + 300) / 4);
    expect(dataOf(await app.gql(ShopUpdateDocument, { input: { conversionDays: 3 } }, admin)).shopUpdate.userErrors).toEqual([]);
  });

  it('lists unconverted inquiries for review; a reviewer records a verdict the agent reads, in the trail', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const [cs1] = await app.sql<{ id: number }>("select id from users where email = 'cs1@demo.shop'");
    const toReview = dataOf(await app.gql(ConversationsDocument, { filter: { agentId: gid('User', cs1.id), converted: false, reviewed: false } }, reviewer)).conversations.edges.map((e) => e.node.externalId);
    expect(toReview.sort()).toEqual(['B', 'C']);
    const reviewed = dataOf(await app.gql(ConversationReviewDocument, { input: { id: ids.B, verdict: 'NO_CLOSING', note: 'Offer the tier coupon when the buyer hesitates on price.' } }, reviewer)).conversationReview;
    expect(reviewed.conversation).toMatchObject({ reviewVerdict: 'NO_CLOSING', reviewedBy: { email: 'reviewer@demo.shop' } });
    const own = dataOf(await app.gql(ConversationsDocument, {}, await app.tokenFor('cs1@demo.shop'))).conversations.edges.map((e) => e.node);
    expect(own.map((c) => c.externalId).sort()).toEqual(['A', 'B', 'C']); // never cs2's
    expect(own.find((c) => c.externalId === 'B')).toMatchObject({ reviewVerdict: 'NO_CLOSING', reviewNote: 'Offer the tier coupon when the buyer hesitates on price.' });
    const [trail] = await app.sql<{ n: string }>("select count(*) as n from audit_trail where entity_type = 'Conversation' and action = 'UPDATE'");
    expect(Number(trail.n)).toBeGreaterThan(0);
  });

  it('makes a review a finding of an open audit check, which the agent answers like any finding', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const check = dataOf(await app.gql(AuditCheckCreateDocument, { input: { title: 'Chats of November', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' } }, reviewer)).auditCheckCreate.auditCheck!;
    const reviewed = dataOf(await app.gql(ConversationReviewDocument, { input: { id: ids.C, verdict: 'SLOW_REPLY', note: 'Five minutes to the first answer at 23:00.', auditCheckId: check.id } }, reviewer)).conversationReview;
    expect(reviewed.userErrors).toEqual([]);
    expect(reviewed.auditFinding).toMatchObject({ code: 'CHAT_REVIEW', severity: 'WARNING', comment: 'SLOW_REPLY (conversation C): Five minutes to the first answer at 23:00.' });
    const findings = dataOf(await app.gql(MyAuditFindingsDocument, {}, await app.tokenFor('cs1@demo.shop'))).viewer!.auditFindings!.edges.map((e) => e.node);
    expect(findings.map((f) => f.code)).toEqual(['CHAT_REVIEW']); // the agent sees the finding (not the check itself)
    const [row] = await app.sql<{ check_id: number; email: string }>("select f.check_id, u.email from audit_findings f join users u on u.id = f.subject_user_id where f.code = 'CHAT_REVIEW'");
    expect([gid('AuditCheck', row.check_id), row.email]).toEqual([check.id, 'cs1@demo.shop']);
    // A review naming a check that is not there changes nothing: not the verdict either.
    const missing = dataOf(await app.gql(ConversationReviewDocument, { input: { id: ids.A, verdict: 'AGENT_OK', note: 'Fine.', auditCheckId: gid('AuditCheck', 999_999) } }, reviewer)).conversationReview;
    expect(missing.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const [a] = await app.sql<{ review_verdict: string | null }>("select review_verdict from conversations where external_id = 'A'");
    expect(a.review_verdict).toBeNull();
  });

  it('refuses what a role may not do, and bad conversations with userErrors', async () => {
    const cs1 = await app.tokenFor('cs1@demo.shop');
    const rep = await app.tokenFor('sales1@demo.shop');
    expect(errorCode(await app.gql(ConversationsDocument, {}, rep))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(ConversationReviewDocument, { input: { id: ids.A, verdict: 'AGENT_OK', note: 'x' } }, cs1))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(ConversationLogDocument, { input: conversation('E', 'x', [round('2026-11-16T10:00:00', null)]) }, rep))).toBe('FORBIDDEN');
    const [cs2] = await app.sql<{ id: number }>("select id from users where email = 'cs2@demo.shop'");
    expect(errorCode(await app.gql(ConversationLogDocument, { input: { ...conversation('E', 'x', [round('2026-11-16T10:00:00', null)]), agentId: gid('User', cs2.id) } }, cs1))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(KpisDocument, { from: '2026-11-16', to: '2026-11-22', granularity: 'WEEK', compareTo: 'PREVIOUS_PERIOD', scope: 'SHOP' }, cs1))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(KpisDocument, { from: '2026-11-16', to: '2026-11-22', granularity: 'WEEK', compareTo: 'PREVIOUS_PERIOD', keys: ['PAID_ORDERS'] }, cs1))).toBe('FORBIDDEN');
    const foreign = dataOf(await app.gql(ConversationReviewDocument, { input: { id: ids.A, verdict: 'AGENT_OK', note: 'x' } }, await app.tokenFor('admin@other.shop'))).conversationReview;
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const bad = dataOf(await app.gql(ConversationLogDocument, { input: { ...conversation(' ', 'x', [round('2026-11-16T10:00:00', '2026-11-16T09:00:00'), round('2026-11-16T08:00:00', null)]), buyerMessages: 1 } }, cs1)).conversationLog;
    expect(bad.userErrors.map((e) => e.field?.join('.'))).toEqual(['input.externalId', 'input.rounds.0.answeredAt', 'input.rounds.1.askedAt', 'input.buyerMessages']);
    const [{ n }] = await app.sql<{ n: string }>("select count(*) as n from conversations where external_id in ('E', ' ')");
    expect(Number(n)).toBe(0);
  });
});
