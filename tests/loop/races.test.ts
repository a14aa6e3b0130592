import { createTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

interface EntryAdd {
  registrationEntryAdd: { entry: { id: string; customer: { id: string } } | null; sheet: { id: string; entryCount: number } | null; userErrors: { code: string; field: string[] }[] };
}
const ADD = `mutation($input: RegistrationEntryAddInput!) {
  registrationEntryAdd(input: $input) { entry { id customer { id } } sheet { id entryCount } userErrors { code field } }
}`;

describe('concurrent creations of one customer', () => {
  it('attach every registration entry to the one customer, whoever wins the race', async () => {
    const agents = [await app.tokenFor('cs1@demo.shop'), await app.tokenFor('cs2@demo.shop')];
    for (let round = 0; round < 3; round++) {
      const handle = `race_reg_${round}`;
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => app.raw<EntryAdd>(ADD, { input: { customer: { platform: 'TAOBAO', platformHandle: handle } } }, agents[i % 2])),
      );
      const payloads = results.map((r) => r.data!.registrationEntryAdd);
      expect(payloads.map((p) => p.userErrors)).toEqual(Array(6).fill([]));
      const customers = new Set(payloads.map((p) => p.entry!.customer.id));
      expect(customers.size).toBe(1);
      const [{ count }] = await app.sql<{ count: number }>('select count(*)::int as count from customers where handle_key = ?', [handle]);
      expect(count).toBe(1);
    }
    // Each agent's sheet counts exactly the entries on it.
    const sheets = await app.sql<{ entry_count: number; actual: number }>(
      'select s.entry_count, (select count(*)::int from registration_entries e where e.sheet_id = s.id) as actual from registration_sheets s',
    );
    for (const sheet of sheets) expect(sheet.entry_count).toBe(sheet.actual);
  });

  it('report the winner to every loser of concurrent customerCreate', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          app.raw<{ customerCreate: { customer: { id: string } | null; userErrors: { code: string; existingId: string | null }[] } }>(
            'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } userErrors { code existingId } } }',
            { input: { platform: 'JD', platformHandle: `race_create_${round}` } },
            admin,
          ),
        ),
      );
      const payloads = results.map((r) => r.data!.customerCreate);
      const winners = payloads.filter((p) => p.customer);
      expect(winners).toHaveLength(1);
      const losers = payloads.filter((p) => !p.customer);
      expect(losers.map((p) => p.userErrors)).toEqual(Array(5).fill([{ code: 'DUPLICATE_CUSTOMER', existingId: winners[0].customer!.id }]));
    }
  });
});
