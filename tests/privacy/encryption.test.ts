import { CustomerContactUnmaskDocument, CustomerCreateDocument, CustomerMatchesDocument, CustomerSearchDocument, ShopDataKeyRotateDocument } from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
let customerId: string;
const PHONE = '+8613912345678';
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' });
  customerId = dataOf(
    await app.gql(
      CustomerCreateDocument,
      { input: { platform: 'TAOBAO', platformHandle: 'sealed_buyer', phone: PHONE, wechatId: 'wx_sealed_77', realName: '欧阳娜娜', shippingProvince: '广东省', shippingCity: '深圳市', shippingDetail: '南山区科技园 8 栋' } },
      await app.tokenFor('sales2@demo.shop'),
    ),
  ).customerCreate.customer!.id;
});
afterAll(() => app.close());

/** Every table's rows as text, where a clear value would show. */
async function databaseText(): Promise<string> {
  const tables = await app.sql<{ name: string }>("select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables where table_schema in ('public', 'graphile_worker') and table_type = 'BASE TABLE'");
  const parts = await Promise.all(tables.map(async ({ name }) => (await app.sql<{ t: string }>(`select coalesce(string_agg(r::text, ' '), '') as t from ${name} r`))[0].t));
  return parts.join('\n');
}

describe('contact details encrypted at rest', () => {
  it('keeps no contact detail in clear in any table, the audit trail included, and no handle of the customer in the trail', async () => {
    const text = await databaseText();
    for (const clear of ['13912345678', 'wx_sealed_77', '欧阳娜娜', '南山区科技园']) expect([clear, text.includes(clear)]).toEqual([clear, false]);
    const [trail] = await app.sql<{ t: string }>("select string_agg(changes::text, ' ') as t from audit_trail where entity_type = 'Customer'");
    expect(trail.t).not.toContain('sealed_buyer');
    // Sealed: a data key per customer, itself wrapped by the shop key; reads use the mask kept beside.
    const [row] = await app.sql<{ data_key_id: number; phone_masked: string; sealed: number }>("select data_key_id, phone_masked, octet_length(phone_sealed) as sealed from customers where platform_handle = 'sealed_buyer'");
    expect(row).toMatchObject({ phone_masked: '139****5678' });
    expect(row.data_key_id).toBeGreaterThan(0);
    expect(row.sealed).toBeGreaterThan(11 + 28);
  });

  it('still reads the trail: contact details masked, the handle as it was', async () => {
    const trail = await app.raw<{ customer: { history: { edges: { node: { changes: { field: string; after: unknown }[] } }[] } } }>(
      'query($id: ID!) { customer(id: $id) { history(first: 5) { edges { node { changes { field after } } } } } }',
      { id: customerId },
      await app.tokenFor('reviewer@demo.shop'),
    );
    const created = Object.fromEntries(trail.data!.customer.history.edges.at(-1)!.node.changes.map((c) => [c.field, c.after]));
    expect(created).toMatchObject({ platformHandle: 'sealed_buyer', phone: '139****5678', wechatId: 'wx_***77', realName: '欧***', shippingDetail: '***' });
    expect(Object.keys(created)).not.toContain('phoneMasked');
    expect(Object.keys(created)).not.toContain('phoneHash');
  });

  it('finds a customer by the whole phone number or WeChat id (a keyed hash, exact), never by a part of one', async () => {
    const search = async (text: string) => dataOf(await app.gql(CustomerSearchDocument, { search: text }, await app.tokenFor('admin@demo.shop'))).customers.edges.map((e) => e.node.platformHandle);
    expect(await search('139 1234 5678')).toEqual(['sealed_buyer']);
    expect(await search('+86-139-1234-5678')).toEqual(['sealed_buyer']);
    expect(await search('wx_sealed_77')).toEqual(['sealed_buyer']);
    expect(await search('12345678')).toEqual([]);
    expect(await search('sealed_b')).toEqual(['sealed_buyer']); // handles still match in part
  });

  it('warns of a duplicate registration by handle or by phone hash', async () => {
    const matches = async (args: { platformHandle?: string; phone?: string }, email = 'cs1@demo.shop') =>
      dataOf(await app.gql(CustomerMatchesDocument, { platform: 'TAOBAO', ...args }, await app.tokenFor(email))).customerMatches.map((m) => [m.customer.platformHandle, m.matchedBy]);
    expect(await matches({ platformHandle: 'ｓｅａｌｅｄ_buyer' }, 'admin@demo.shop')).toEqual([['sealed_buyer', ['HANDLE']]]);
    expect(await matches({ platformHandle: 'someone_else', phone: '13912345678' }, 'sales2@demo.shop')).toEqual([['sealed_buyer', ['PHONE']]]);
    expect(await matches({ phone: '13912345678' }, 'sales5@demo.shop')).toEqual([]); // another team's rep reads no such customer
  });

  it('rotates the shop key: every data key wrapped again, the sealed data untouched and still readable', async () => {
    const before = await app.sql<{ id: number; wrapped: Buffer; shop_key_version: number }>('select id, wrapped, shop_key_version from customer_data_keys k where shop_id = (select id from shops where name = ?) order by id', ['Demo Shop']);
    const [sealedBefore] = await app.sql<{ phone_sealed: Buffer }>("select phone_sealed from customers where platform_handle = 'sealed_buyer'");
    expect(errorCode(await app.gql(ShopDataKeyRotateDocument, {}, await app.tokenFor('reviewer@demo.shop')))).toBe('FORBIDDEN');
    const rotated = dataOf(await app.gql(ShopDataKeyRotateDocument, {}, await app.tokenFor('admin@demo.shop'))).shopDataKeyRotate;
    expect(rotated).toEqual({ version: 2, rewrapped: before.length, userErrors: [] });
    const after = await app.sql<{ id: number; wrapped: Buffer; shop_key_version: number }>('select id, wrapped, shop_key_version from customer_data_keys k where shop_id = (select id from shops where name = ?) order by id', ['Demo Shop']);
    expect(after.map((k) => k.id)).toEqual(before.map((k) => k.id));
    expect(after.every((k, i) => k.shop_key_version === 2 && !k.wrapped.equals(before[i].wrapped))).toBe(true);
    const [sealedAfter] = await app.sql<{ phone_sealed: Buffer }>("select phone_sealed from customers where platform_handle = 'sealed_buyer'");
    expect(sealedAfter.phone_sealed.equals(sealedBefore.phone_sealed)).toBe(true);
    const unmasked = dataOf(await app.gql(CustomerContactUnmaskDocument, { customerId, field: 'PHONE', purpose: 'CONTACT' }, await app.tokenFor('sales2@demo.shop'))).customerContactUnmask;
    expect(unmasked.value).toBe(PHONE);
    // New customers get keys wrapped with the new version.
    dataOf(await app.gql(CustomerCreateDocument, { input: { platform: 'JD', platformHandle: 'after_rotation', phone: '+8613511112222' } }, await app.tokenFor('admin@demo.shop')));
    const [fresh] = await app.sql<{ shop_key_version: number }>("select k.shop_key_version from customers c join customer_data_keys k on k.id = c.data_key_id where c.platform_handle = 'after_rotation'");
    expect(fresh.shop_key_version).toBe(2);
  });
});
