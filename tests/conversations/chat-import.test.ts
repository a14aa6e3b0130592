import { KpisDocument } from '../generated/graphql';
import { createTestApp, dataOf, TestApp } from '../support/test-app';
import { importOrders, paidOrder } from '../commerce/helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  app.clock.set(new Date('2026-12-02T04:00:00Z'));
});
afterAll(() => app.close());

const HEADER = '会话ID,买家,客服,发送方,发送时间,消息内容';
type Progress = { status: string; rowsRead: number; created: number; updated: number; unchanged: number; failed: number; errors: { edges: { node: { line: number; column: string | null; code: string; message: string } }[] } };
const PROGRESS = 'status rowsRead created updated unchanged failed errors(first: 50) { edges { node { line column code message } } }';

async function importChats(csv: string): Promise<Progress> {
  const admin = await app.tokenFor('admin@demo.shop');
  const stored = (await (await fetch(`${app.origin}/uploads?name=chats.csv`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: Buffer.from(csv, 'utf8') })).json()) as { uploadId: string };
  const started = await app.raw<{ bulkImportStart: { bulkImport: { id: string } } }>(
    'mutation($input: BulkImportStartInput!) { bulkImportStart(input: $input) { bulkImport { id } userErrors { code } } }',
    { input: { uploadId: stored.uploadId, format: 'CHAT_RECORD_CSV' } },
    admin,
  );
  const id = started.data!.bulkImportStart.bulkImport.id;
  for (let i = 0; i < 400; i++) {
    const progress = (await app.raw<{ bulkImport: Progress }>(`query($id: ID!) { bulkImport(id: $id) { ${PROGRESS} } }`, { id }, admin)).data!.bulkImport;
    if (!['QUEUED', 'RUNNING'].includes(progress.status)) return progress;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the import did not end');
}

describe('a chat-record export, imported as conversations', () => {
  const csv = [
    HEADER,
    // K1: two rounds, answered in 20 s and 240 s; the buyer's second message in a row opens no new round.
    'K1,chat_buyer_a,cs1@demo.shop,买家,2026-11-16 10:00:00,在吗',
    'K1,chat_buyer_a,cs1@demo.shop,买家,2026-11-16 10:00:05,这个有货吗',
    'K1,chat_buyer_a,cs1@demo.shop,客服,2026-11-16 10:00:20,有的亲',
    'K1,chat_buyer_a,cs1@demo.shop,买家,2026-11-16 10:05:00,能便宜吗',
    'K1,chat_buyer_a,cs1@demo.shop,客服,2026-11-16 10:09:00,有券',
    // K2: never answered, by the agent's name.
    'K2,chat_buyer_b,CS Lin,买家,2026-11-16 11:00:00,hello',
    // K3: an unknown agent; K4: a bad time.
    'K3,chat_buyer_c,nobody@else.shop,买家,2026-11-16 11:00:00,hi',
    'K4,chat_buyer_d,cs1@demo.shop,买家,2026-11-31 11:00:00,hi',
  ].join('\r\n');

  it('measures each conversation\'s rounds, links its buyer, and reports the rows it refused', async () => {
    const done = await importChats(csv);
    expect(done).toMatchObject({ status: 'COMPLETED', rowsRead: 8, created: 2, updated: 0, unchanged: 0, failed: 2 });
    expect(done.errors.edges.map((e) => e.node)).toEqual([
      { line: 8, column: '客服', code: 'NOT_FOUND', message: 'No active staff member "nobody@else.shop" (an e-mail or a name) in your shop.' },
      { line: 9, column: '发送时间', code: 'INVALID_INPUT', message: '"2026-11-31 11:00:00" is not a date and time.' },
    ]);
    const [k1] = await app.sql<Record<string, unknown>>(
      "select c.first_response_seconds, c.responses, c.response_seconds_total, c.counted_rounds, c.fast_rounds, c.buyer_messages, c.agent_messages, u.email, b.platform_handle from conversations c join users u on u.id = c.agent_id join customers b on b.id = c.customer_id where c.external_id = 'K1'",
    );
    expect(k1).toEqual({ first_response_seconds: 20, responses: 2, response_seconds_total: 260, counted_rounds: 2, fast_rounds: 1, buyer_messages: 3, agent_messages: 2, email: 'cs1@demo.shop', platform_handle: 'chat_buyer_a' });
    const [k2] = await app.sql<Record<string, unknown>>("select c.first_response_seconds, c.responses, u.email from conversations c join users u on u.id = c.agent_id where c.external_id = 'K2'");
    expect(k2).toEqual({ first_response_seconds: null, responses: 0, email: 'cs1@demo.shop' });
  });

  it('changes nothing when the same file comes again, and the buyer\'s later order converts the inquiry', async () => {
    const trail = await app.sql("select count(*)::int as n from audit_trail where entity_type = 'Conversation'");
    expect(await importChats(csv)).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 2 });
    expect(await app.sql("select count(*)::int as n from audit_trail where entity_type = 'Conversation'")).toEqual(trail);
    await importOrders(app, [paidOrder('CHAT-1', 'chat_buyer_a', 9_900, new Date('2026-11-17T04:00:00Z'))]);
    const kpis = dataOf(await app.gql(KpisDocument, { from: '2026-11-16', to: '2026-11-16', granularity: 'DAY', compareTo: 'PREVIOUS_PERIOD', keys: ['INQUIRIES', 'INQUIRY_CONVERSIONS', 'CONVERTED_ORDER_VALUE'] }, await app.tokenFor('cs1@demo.shop'))).kpis;
    expect(kpis.series.map((s) => s.points[0].value)).toEqual([2, 1, 9_900]);
  });

  it('reads an export with the shop\'s own header names, once an admin maps them; only admins map', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const MAPPING = 'builtIn conversationId buyer agent sender sentAt';
    const english = { conversationId: 'Session', buyer: 'Customer', agent: 'Agent', sender: 'From', sentAt: 'Time' };
    const set = await app.raw<{ chatRecordMappingUpdate: { chatRecordMapping: Record<string, unknown>; userErrors: { field: string[] }[] } }>(
      `mutation($input: ChatRecordMappingInput!) { chatRecordMappingUpdate(input: $input) { chatRecordMapping { ${MAPPING} } userErrors { field } } }`,
      { input: english },
      admin,
    );
    expect(set.data!.chatRecordMappingUpdate.chatRecordMapping).toEqual({ builtIn: false, ...english });
    const twice = await app.raw<{ chatRecordMappingUpdate: { userErrors: { field: string[] }[] } }>(
      'mutation($input: ChatRecordMappingInput!) { chatRecordMappingUpdate(input: $input) { userErrors { field } } }',
      { input: { ...english, agent: 'Customer' } },
      admin,
    );
    expect(twice.data!.chatRecordMappingUpdate.userErrors.map((e) => e.field)).toEqual([['input', 'agent']]);
    const done = await importChats(['Session,Customer,Agent,From,Time', 'E1,chat_buyer_e,cs2@demo.shop,买家,2026-11-18 10:00:00', 'E1,chat_buyer_e,cs2@demo.shop,客服,2026-11-18 10:00:09'].join('\n'));
    expect(done).toMatchObject({ status: 'COMPLETED', created: 1, failed: 0 });
    const refused = await app.raw('{ chatRecordMapping { builtIn } }', {}, await app.tokenFor('reviewer@demo.shop'));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reset = await app.raw<{ chatRecordMappingReset: { chatRecordMapping: Record<string, unknown> } }>(`mutation { chatRecordMappingReset { chatRecordMapping { ${MAPPING} } } }`, {}, admin);
    expect(reset.data!.chatRecordMappingReset.chatRecordMapping).toMatchObject({ builtIn: true, conversationId: '会话ID' });
    expect((await importChats(['Session,Customer,Agent,From,Time', 'E2,x,cs2@demo.shop,买家,2026-11-18 10:00:00'].join('\n'))).status).toBe('FAILED');
  });

  it('refuses a conversation of more than 5,000 messages whole, keeping memory bounded, and imports the rest', async () => {
    const rows = Array.from({ length: 5100 }, (_, i) => `BIG,chat_buyer_big,cs1@demo.shop,${i % 2 ? '客服' : '买家'},2026-11-19 10:${String(Math.floor(i / 100) % 60).padStart(2, '0')}:00,x`);
    const done = await importChats([HEADER, 'S1,chat_buyer_s,cs1@demo.shop,买家,2026-11-19 09:00:00,hi', ...rows, 'S2,chat_buyer_s,cs1@demo.shop,买家,2026-11-19 12:00:00,hi'].join('\n'));
    expect(done).toMatchObject({ status: 'COMPLETED', rowsRead: 5102, created: 2, failed: 5100 });
    expect(done.errors.edges[0].node).toEqual({ line: 3, column: '会话ID', code: 'TOO_LONG', message: 'Conversation BIG has more than 5000 messages: refused whole.' });
    expect(await app.sql("select count(*)::int as n from conversations where external_id = 'BIG'")).toEqual([{ n: 0 }]);
  }, 60_000);
});
