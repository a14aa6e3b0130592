import {
  CustomerCreateDocument,
  CustomerDocument,
  CustomersDocument,
  CustomersWithOwnerTeamDocument,
  CustomerUpdateDocument,
  NodeDocument,
  type CustomersQuery,
} from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const token = (email: string) => app.tokenFor(email);
const countCustomers = async (where = 'true') => Number((await app.sql<{ n: string }>(`select count(*) as n from customers where ${where}`))[0].n);

async function customerIdOwnedBy(email: string): Promise<string> {
  const [row] = await app.sql<{ id: number }>(
    'select c.id from customers c join users u on u.id = c.owner_id where u.email = ? order by c.id limit 1',
    [email],
  );
  return Buffer.from(`Customer:${row.id}`).toString('base64url');
}

async function allCustomerHandles(tokenValue: string, filter: Record<string, unknown> = {}): Promise<string[]> {
  const handles: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: CustomersQuery['customers'] = dataOf(await app.gql(CustomersDocument, { filter, first: 100, after }, tokenValue)).customers;
    handles.push(...page.edges.map((e) => e.node.platformHandle));
    if (!page.pageInfo.hasNextPage) return handles;
    after = page.pageInfo.endCursor!;
  }
}

describe('who sees which customers', () => {
  it('gives a rep only the customers they own, on every path', async () => {
    const rep = await token('sales2@demo.shop');
    const own = await countCustomers("owner_id = (select id from users where email = 'sales2@demo.shop')");
    const list = dataOf(await app.gql(CustomersDocument, { first: 100 }, rep)).customers;
    expect(list.totalCount).toBe(own);
    expect(own).toBeGreaterThan(10);
    expect(new Set(list.edges.map((e) => e.node.owner?.name)).size).toBe(1);

    const othersId = await customerIdOwnedBy('sales3@demo.shop');
    expect(dataOf(await app.gql(CustomerDocument, { id: othersId }, rep)).customer).toBeNull();
    expect(dataOf(await app.gql(NodeDocument, { id: othersId }, rep)).node).toBeNull();
    const filtered = dataOf(await app.gql(CustomersDocument, { filter: { ownerId: Buffer.from('User:10').toString('base64url') } }, rep));
    expect(filtered.customers.edges.every((e) => e.node.owner?.name === list.edges[0].node.owner?.name)).toBe(true);
    const update = dataOf(await app.gql(CustomerUpdateDocument, { id: othersId, input: { version: 1, notes: 'hijack' } }, rep));
    expect(update.customerUpdate.userErrors[0].code).toBe('NOT_FOUND');
    expect(await countCustomers("notes = 'hijack'")).toBe(0);
  });

  it("gives a team lead the team's customers and nobody else's", async () => {
    const lead = await token('sales1@demo.shop');
    const teamCount = await countCustomers(
      "owner_id in (select u.id from users u join sales_teams t on t.id = u.team_id where t.name = 'Team East')",
    );
    const list = dataOf(await app.gql(CustomersDocument, { first: 100 }, lead)).customers;
    expect(list.totalCount).toBe(teamCount);
    expect(teamCount).toBeGreaterThan(40);
    const west = await customerIdOwnedBy('sales5@demo.shop');
    expect(dataOf(await app.gql(CustomerDocument, { id: west }, lead)).customer).toBeNull();
    const teammate = await customerIdOwnedBy('sales3@demo.shop');
    expect(dataOf(await app.gql(CustomerDocument, { id: teammate }, lead)).customer?.id).toBe(teammate);
  });

  it("lets customer service and reviewers search all of the shop's customers", async () => {
    const all = await countCustomers("shop_id = (select id from shops where name = 'Demo Shop')");
    for (const email of ['cs1@demo.shop', 'reviewer@demo.shop', 'admin@demo.shop']) {
      expect(dataOf(await app.gql(CustomersDocument, { first: 1 }, await token(email))).customers.totalCount).toBe(all);
    }
    const found = dataOf(await app.gql(CustomersDocument, { filter: { search: 'taobao_' }, first: 100 }, await token('cs1@demo.shop')));
    expect(found.customers.totalCount).toBe(await countCustomers("platform_handle like 'taobao\\_%' and shop_id = 1"));
    expect(found.customers.edges.every((e) => e.node.platformHandle.includes('taobao_'))).toBe(true);
  });

  it('never shows another shop: by id, by node and in connections', async () => {
    const other = await token('admin@other.shop');
    const demoCustomer = await customerIdOwnedBy('sales1@demo.shop');
    expect(dataOf(await app.gql(CustomerDocument, { id: demoCustomer }, other)).customer).toBeNull();
    expect(dataOf(await app.gql(NodeDocument, { id: demoCustomer }, other)).node).toBeNull();
    for (const type of ['User:1', 'SalesTeam:1', 'Shop:1']) {
      expect(dataOf(await app.gql(NodeDocument, { id: Buffer.from(type).toString('base64url') }, other)).node).toBeNull();
    }
    const handles = await allCustomerHandles(other);
    expect(handles.sort()).toEqual(['other_buyer_1', 'other_buyer_2', 'other_buyer_3', 'other_buyer_4', 'other_buyer_5']);
    const update = dataOf(await app.gql(CustomerUpdateDocument, { id: demoCustomer, input: { version: 1, notes: 'x-shop' } }, other));
    expect(update.customerUpdate.userErrors[0].code).toBe('NOT_FOUND');
    // A demo handle is free in the other shop: uniqueness is per shop.
    const [demoRow] = await app.sql<{ platform: string; platform_handle: string }>('select platform, platform_handle from customers where shop_id = 1 limit 1');
    const created = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: demoRow.platform as never, platformHandle: demoRow.platform_handle } }, other));
    expect(created.customerCreate.userErrors).toEqual([]);
  });

  it('resolves node(id) for the types a viewer may see', async () => {
    const rep = await token('sales2@demo.shop');
    const own = await customerIdOwnedBy('sales2@demo.shop');
    const node = dataOf(await app.gql(NodeDocument, { id: own }, rep)).node;
    expect(node).toMatchObject({ __typename: 'Customer', id: own });
    expect(dataOf(await app.gql(NodeDocument, { id: 'garbage' }, rep)).node).toBeNull();
  });
});

describe('customerCreate', () => {
  it('creates a customer; a rep creating one owns it', async () => {
    const rep = await token('sales3@demo.shop');
    const result = dataOf(
      await app.gql(
        CustomerCreateDocument,
        { input: { platform: 'WECHAT', platformHandle: '  lucky_cat  ', phone: '+8613912345678', tags: ['VIP', 'vip', ' reseller '], region: 'Shanghai' } },
        rep,
      ),
    );
    expect(result.customerCreate.userErrors).toEqual([]);
    expect(result.customerCreate.customer).toMatchObject({
      platform: 'WECHAT',
      platformHandle: 'lucky_cat',
      displayName: 'lucky_cat',
      phone: '139****5678', // personal information reads masked (tests/privacy)
      tags: ['vip', 'reseller'],
      version: 1,
      owner: { name: 'Sales Liu 3' },
    });
  });

  it('leaves a customer registered by customer service unowned, and refuses CS naming an owner', async () => {
    const cs = await token('cs2@demo.shop');
    const created = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: 'jd_new_buyer' } }, cs));
    expect(created.customerCreate.customer?.owner).toBeNull();
    expect(created.customerCreate.customer?.createdBy?.name).toBe('CS Gao');
    const rep = Buffer.from('User:6').toString('base64url');
    const refused = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: 'jd_other', ownerId: rep } }, cs));
    expect(refused.customerCreate.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED', field: ['input', 'ownerId'] });
  });

  it('lets an admin hand a customer to an active rep only', async () => {
    const admin = await token('admin@demo.shop');
    const [rep] = await app.sql<{ id: number }>("select id from users where email = 'sales4@demo.shop'");
    const [reviewer] = await app.sql<{ id: number }>("select id from users where email = 'reviewer@demo.shop'");
    const ok = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'TMALL', platformHandle: 'tm_admin_1', ownerId: Buffer.from(`User:${rep.id}`).toString('base64url') } }, admin));
    expect(ok.customerCreate.customer?.owner?.name).toBe('Sales Chen 4');
    const bad = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'TMALL', platformHandle: 'tm_admin_2', ownerId: Buffer.from(`User:${reviewer.id}`).toString('base64url') } }, admin));
    expect(bad.customerCreate.userErrors[0].code).toBe('INVALID_ROLE');
  });

  it('refuses a duplicate platform handle with DUPLICATE_CUSTOMER and the existing id', async () => {
    const cs = await token('cs1@demo.shop');
    const [existing] = await app.sql<{ id: number; platform: string; platform_handle: string }>(
      'select id, platform, platform_handle from customers where shop_id = 1 order by id limit 1',
    );
    const before = await countCustomers();
    const result = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: existing.platform as never, platformHandle: existing.platform_handle } }, cs));
    expect(result.customerCreate.customer).toBeNull();
    expect(result.customerCreate.userErrors).toEqual([
      {
        code: 'DUPLICATE_CUSTOMER',
        field: ['input', 'platformHandle'],
        message: expect.any(String),
        existingId: Buffer.from(`Customer:${existing.id}`).toString('base64url'),
      },
    ]);
    expect(await countCustomers()).toBe(before);
  });

  it('refuses reviewers: they change no customer', async () => {
    const reviewer = await token('reviewer@demo.shop');
    const create = await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: 'rev_try' } }, reviewer);
    expect(errorCode(create)).toBe('FORBIDDEN');
    const id = await customerIdOwnedBy('sales1@demo.shop');
    const update = await app.gql(CustomerUpdateDocument, { id, input: { version: 1, notes: 'reviewer edit' } }, reviewer);
    expect(errorCode(update)).toBe('FORBIDDEN');
    expect(await countCustomers("platform_handle = 'rev_try' or notes = 'reviewer edit'")).toBe(0);
  });
});

describe('customerUpdate', () => {
  it('saves with the current version, then refuses the stale one with STALE_VERSION', async () => {
    const rep = await token('sales2@demo.shop');
    const id = await customerIdOwnedBy('sales2@demo.shop');
    const current = dataOf(await app.gql(CustomerDocument, { id }, rep)).customer!;
    const first = dataOf(await app.gql(CustomerUpdateDocument, { id, input: { version: current.version, notes: 'Wants a custom order.', phone: null } }, rep));
    expect(first.customerUpdate.userErrors).toEqual([]);
    expect(first.customerUpdate.customer).toMatchObject({ notes: 'Wants a custom order.', phone: null, version: current.version + 1 });
    const stale = dataOf(await app.gql(CustomerUpdateDocument, { id, input: { version: current.version, notes: 'Lost update' } }, rep));
    expect(stale.customerUpdate.userErrors[0]).toMatchObject({ code: 'STALE_VERSION', field: ['input', 'version'] });
    const [row] = await app.sql<{ notes: string; version: number }>('select notes, version from customers where id = ?', [Number(Buffer.from(id, 'base64url').toString().split(':')[1])]);
    expect(row).toEqual({ notes: 'Wants a custom order.', version: current.version + 1 });
  });

  it('refuses a concurrent edit made between read and write (database-level version check)', async () => {
    const rep = await token('sales2@demo.shop');
    const id = await customerIdOwnedBy('sales2@demo.shop');
    const current = dataOf(await app.gql(CustomerDocument, { id }, rep)).customer!;
    const results = await Promise.all(
      ['first writer', 'second writer', 'third writer'].map((notes) => app.gql(CustomerUpdateDocument, { id, input: { version: current.version, notes } }, rep)),
    );
    const codes: string[] = results.map((r) => dataOf(r).customerUpdate.userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'STALE_VERSION')).toHaveLength(2);
  });

  it('lets customer service correct only the customers they registered', async () => {
    const cs1 = await token('cs1@demo.shop');
    const [mine] = await app.sql<{ id: number; version: number }>("select id, version from customers where created_by_id = (select id from users where email = 'cs1@demo.shop') limit 1");
    const [theirs] = await app.sql<{ id: number; version: number }>("select id, version from customers where created_by_id = (select id from users where email = 'cs2@demo.shop') limit 1");
    const gid = (n: number) => Buffer.from(`Customer:${n}`).toString('base64url');
    const ok = dataOf(await app.gql(CustomerUpdateDocument, { id: gid(mine.id), input: { version: mine.version, region: 'Beijing' } }, cs1));
    expect(ok.customerUpdate.userErrors).toEqual([]);
    const refused = dataOf(await app.gql(CustomerUpdateDocument, { id: gid(theirs.id), input: { version: theirs.version, region: 'Beijing' } }, cs1));
    expect(refused.customerUpdate.userErrors[0].code).toBe('NOT_ALLOWED');
  });
});

describe('bad input', () => {
  it('refuses an invalid phone as a typed GraphQL error and writes nothing', async () => {
    const before = await countCustomers();
    const result = await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: 'bad_phone', phone: 'call me maybe' } }, await token('cs1@demo.shop'));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/phone/i);
    expect(await countCustomers()).toBe(before);
  });

  it('refuses 10 kB strings field by field with TOO_LONG and writes nothing', async () => {
    const before = await countCustomers();
    const huge = 'x'.repeat(10_240);
    const result = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: huge, notes: huge, tags: [huge] } }, await token('cs1@demo.shop')));
    expect(result.customerCreate.customer).toBeNull();
    expect(result.customerCreate.userErrors.map((e) => [e.code, e.field])).toEqual(
      expect.arrayContaining([
        ['TOO_LONG', ['input', 'platformHandle']],
        ['TOO_LONG', ['input', 'notes']],
        ['TOO_LONG', ['input', 'tags']],
      ]),
    );
    expect(await countCustomers()).toBe(before);
  });

  it('refuses first: 1000, a foreign cursor, wrong types and unknown enum values with typed errors', async () => {
    const admin = await token('admin@demo.shop');
    expect(errorCode(await app.gql(CustomersDocument, { first: 1000 }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(CustomersDocument, { first: -1 }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(CustomersDocument, { after: 'not-a-cursor' }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.raw('query { customers(first: "ten") { totalCount } }', {}, admin))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorCode(await app.raw('query($f: Int) { customers(first: $f) { totalCount } }', { f: 'ten' }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.raw('mutation { customerCreate(input: { platform: EBAY, platformHandle: "x" }) { userErrors { code } } }', {}, admin))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(errorCode(await app.gql(CustomersDocument, { filter: { search: 'x' } }, admin))).toBe('BAD_USER_INPUT');
  });

  it('answers an empty handle with a userError', async () => {
    const result = dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: '   ' } }, await token('cs1@demo.shop')));
    expect(result.customerCreate.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'platformHandle'] });
  });
});

describe('lists', () => {
  it('pages through every customer once, in order, with stable cursors', async () => {
    const admin = await token('admin@demo.shop');
    const seen: string[] = [];
    let after: string | null = null;
    let previous = '';
    for (;;) {
      const page: CustomersQuery['customers'] = dataOf(await app.gql(CustomersDocument, { first: 37, after, orderBy: { field: 'PLATFORM_HANDLE', direction: 'ASC' } }, admin)).customers;
      for (const edge of page.edges) {
        expect(edge.node.platformHandle >= previous).toBe(true);
        previous = edge.node.platformHandle;
        seen.push(edge.node.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await countCustomers('shop_id = 1'));
  });

  it('filters by platform, tag, owner, team and the unowned pool', async () => {
    const admin = await token('admin@demo.shop');
    const total = (filter: Record<string, unknown>) => app.gql(CustomersDocument, { filter, first: 1 }, admin).then((r) => dataOf(r).customers.totalCount);
    expect(await total({ platform: 'DOUYIN' })).toBe(await countCustomers("shop_id = 1 and platform = 'DOUYIN'"));
    expect(await total({ tag: 'vip' })).toBe(await countCustomers("shop_id = 1 and 'vip' = any(tags)"));
    expect(await total({ unowned: true })).toBe(await countCustomers('shop_id = 1 and owner_id is null'));
    expect(await total({ unowned: false })).toBe(await countCustomers('shop_id = 1 and owner_id is not null'));
    expect(await total({ stage: 'IN_FOLLOW_UP' })).toBe(await countCustomers("shop_id = 1 and stage = 'IN_FOLLOW_UP'"));
    expect(await total({ stage: 'IN_FOLLOW_UP' })).toBeGreaterThan(100);
    const [team] = await app.sql<{ id: number }>("select id from sales_teams where name = 'Team West'");
    expect(await total({ teamId: Buffer.from(`SalesTeam:${team.id}`).toString('base64url') })).toBe(
      await countCustomers(`owner_id in (select id from users where team_id = ${team.id})`),
    );
  });

  it('costs the same number of SQL statements for 50 customers with owner and team as for 5', async () => {
    const admin = await token('admin@demo.shop');
    const statementsFor = (first: number) =>
      app.statementsOf(admin, async () => {
        const data = dataOf(await app.gql(CustomersWithOwnerTeamDocument, { first }, admin));
        expect(data.customers.edges).toHaveLength(first);
        expect(data.customers.edges.some((e) => e.node.owner?.team?.name)).toBe(true);
      });
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // the page with its owners and creators and their teams: one statement today
    expect(fifty).toBeLessThanOrEqual(2);
  });

  it('sends the customer list screen in one statement: the page brings its owners, their teams and the tiers, and the kept open follow-up counts', async () => {
    const admin = await token('admin@demo.shop');
    type Node = { id: string; owner: { team: { name: string } | null } | null; tier: { name: string } | null; openFollowUpCount: number };
    let nodes: Node[] = [];
    // the caller and their shop (whose thresholds the segments need) known from the requests before
    const statements = await app.statementsOf(admin, async () => {
      const result = await app.raw<{ customers: { edges: { node: Node }[] } }>(
        `{ customers(first: 50) {
            edges { node { id displayName lastPaidAt segment { lifecycle } owner { name team { name } } tier { name } openFollowUpCount } } } }`,
        {},
        admin,
      );
      expect(result.errors).toBeUndefined();
      nodes = result.data!.customers.edges.map((e) => e.node);
    });
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.some((n) => n.owner?.team)).toBe(true);
    expect(nodes.some((n) => n.openFollowUpCount > 0)).toBe(true);
    // the page with its owners, their teams and the tiers; an admin sees every follow-up, so the
    // counts triggers keep are theirs (one statement today)
    expect(statements).toBeLessThanOrEqual(2);
    const live = await app.sql<{ id: number; open: number }>(
      "select c.id, (select count(*)::int from follow_up_tasks t where t.customer_id = c.id and t.status = 'OPEN') as open from customers c where c.shop_id = 1",
    );
    const openOf = new Map(live.map((row) => [Buffer.from(`Customer:${row.id}`).toString('base64url'), row.open]));
    for (const node of nodes) expect(node.openFollowUpCount).toBe(openOf.get(node.id));
  });
});
