import { CustomerContactUnmaskDocument } from '../generated/graphql';
import { sealPendingContacts } from '../../src/privacy/pending-seals';
import { toGlobalId } from '../../src/common/relay';
import { createTestApp, dataOf, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' });
});
afterAll(() => app.close());

describe('clear contact details a migration set aside', () => {
  it('are sealed at start-up, in batches, and the table that held them is dropped', async () => {
    // As Migration20261203020000 leaves a database that held clear values: a customer without a data key, and an entry.
    const [customer] = await app.sql<{ id: number }>("insert into customers (shop_id, platform, platform_handle, handle_key, display_name, created_by_id) select shop_id, 'JD', 'legacy_buyer', 'legacy_buyer', 'Legacy', created_by_id from customers order by id limit 1 returning id");
    const [entry] = await app.sql<{ id: number }>(`select id from registration_entries order by id limit 1`);
    await app.sql(`create table pending_contact_seals as
      select 'Customer'::text as entity, ${customer.id} as id, '+8613344445555'::text as phone, 'wx_legacy_01'::text as wechat_id, '上官婉儿'::text as real_name, '东城区 1 号'::text as shipping_detail
      ${entry ? `union all select 'RegistrationEntry', ${entry.id}, '+8613366667777', null, null, null` : ''}`);
    expect(await sealPendingContacts(app.orm)).toBe(entry ? 2 : 1);
    expect(await app.sql("select to_regclass('pending_contact_seals') as t")).toEqual([{ t: null }]);
    const [row] = await app.sql<{ phone_masked: string; wechat_id_masked: string; real_name_masked: string; data_key_id: number | null }>(`select phone_masked, wechat_id_masked, real_name_masked, data_key_id from customers where id = ${customer.id}`);
    expect(row).toMatchObject({ phone_masked: '133****5555', wechat_id_masked: 'wx_***01', real_name_masked: '上***' });
    expect(row.data_key_id).not.toBeNull();
    const unmasked = dataOf(await app.gql(CustomerContactUnmaskDocument, { customerId: toGlobalId('Customer', customer.id), field: 'PHONE', purpose: 'AUDIT' }, await app.tokenFor('admin@demo.shop'))).customerContactUnmask;
    expect(unmasked.value).toBe('+8613344445555');
    if (entry) expect((await app.sql<{ m: string }>(`select contact_phone_masked as m from registration_entries where id = ${entry.id}`))[0].m).toBe('133****7777');
    expect(await sealPendingContacts(app.orm)).toBe(0); // nothing left: a second start does nothing
  });
});
