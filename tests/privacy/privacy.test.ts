import { CustomerDataExportDocument, ContactAccessLogDocument, CustomerConsentRecordDocument, CustomerContactDocument, CustomerContactUnmaskDocument, CustomerCreateDocument, MessageSendDocument, MessageTemplateCreateDocument, ShopSendSettingsDocument } from '../generated/graphql';
import { toGlobalId } from '../../src/common/relay';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
let customerId: string;
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' });
  app.clock.set(new Date('2026-12-07T04:00:00Z')); // Monday noon in Shanghai
  customerId = dataOf(
    await app.gql(
      CustomerCreateDocument,
      { input: { platform: 'TAOBAO', platformHandle: 'private_buyer', phone: '+8613800138000', wechatId: 'wx_zhangwei89', realName: '张伟明', shippingProvince: '浙江省', shippingCity: '杭州市', shippingDetail: '西湖区文三路 90 号 3 幢 101' } },
      await app.tokenFor('sales2@demo.shop'),
    ),
  ).customerCreate.customer!.id;
});
afterAll(() => app.close());

const unmask = async (email: string, field: 'PHONE' | 'WECHAT_ID' | 'REAL_NAME' | 'SHIPPING_ADDRESS', purpose: 'CONTACT' | 'SHIPPING' | 'AFTER_SALES' | 'AUDIT' = 'CONTACT') =>
  app.gql(CustomerContactUnmaskDocument, { customerId, field, purpose }, await app.tokenFor(email));

describe('contact details: masked by default, unmasked for a purpose', () => {
  it('comes masked to every role, registration entries too', async () => {
    for (const email of ['admin@demo.shop', 'cs1@demo.shop', 'reviewer@demo.shop', 'sales2@demo.shop', 'sales1@demo.shop']) {
      const customer = dataOf(await app.gql(CustomerContactDocument, { id: customerId }, await app.tokenFor(email))).customer;
      expect([email, customer]).toEqual([email, { id: customerId, phone: '138****8000', wechatId: 'wx_***89', realName: '张**', shippingAddress: '浙江省 杭州市' }]);
    }
    const entry = await app.raw<{ registrationEntryAdd: { entry: { contactPhone: string; contactWechat: string } } }>(
      'mutation { registrationEntryAdd(input: { customer: { platform: JD, platformHandle: "jd_private" }, contactPhone: "+8613700001234", contactWechat: "wx_lisi_2026" }) { entry { contactPhone contactWechat } userErrors { message } } }',
      {},
      await app.tokenFor('cs1@demo.shop'),
    );
    expect(entry.data!.registrationEntryAdd.entry).toEqual({ contactPhone: '137****1234', contactWechat: 'wx_***26' });
    // The audit trail keeps what changed; it reads masked as everything else does.
    const trail = await app.raw<{ customer: { history: { edges: { node: { changes: { field: string; after: unknown }[] } }[] } } }>(
      'query($id: ID!) { customer(id: $id) { history(first: 5) { edges { node { changes { field after } } } } } }',
      { id: customerId },
      await app.tokenFor('reviewer@demo.shop'),
    );
    const created = Object.fromEntries(trail.data!.customer.history.edges.at(-1)!.node.changes.map((c) => [c.field, c.after]));
    expect(created).toMatchObject({ phone: '138****8000', wechatId: 'wx_***89', realName: '张**', shippingDetail: '***', shippingCity: '杭州市' });
  });

  it('unmasks one field for the owner, their lead, customer service and admins, each use logged', async () => {
    expect(dataOf(await unmask('sales2@demo.shop', 'PHONE')).customerContactUnmask).toEqual({ field: 'PHONE', value: '+8613800138000', userErrors: [] });
    expect(dataOf(await unmask('sales1@demo.shop', 'SHIPPING_ADDRESS', 'SHIPPING')).customerContactUnmask.value).toBe('浙江省 杭州市 西湖区文三路 90 号 3 幢 101'); // the team's lead
    expect(dataOf(await unmask('cs1@demo.shop', 'REAL_NAME', 'AFTER_SALES')).customerContactUnmask.value).toBe('张伟明');
    expect(dataOf(await unmask('admin@demo.shop', 'WECHAT_ID', 'AUDIT')).customerContactUnmask.value).toBe('wx_zhangwei89');
    const log = dataOf(await app.gql(ContactAccessLogDocument, { filter: { customerId } }, await app.tokenFor('reviewer@demo.shop'))).contactAccessLog;
    expect(log.edges.map((e) => [e.node.user?.email, e.node.field, e.node.purpose, e.node.granted])).toEqual([
      ['admin@demo.shop', 'WECHAT_ID', 'AUDIT', true],
      ['cs1@demo.shop', 'REAL_NAME', 'AFTER_SALES', true],
      ['sales1@demo.shop', 'SHIPPING_ADDRESS', 'SHIPPING', true],
      ['sales2@demo.shop', 'PHONE', 'CONTACT', true],
    ]);
    expect(log.edges.every((e) => e.node.requestId)).toBe(true);
  });

  it('refuses reviewers, reps who do not serve the customer, and other shops', async () => {
    expect(errorCode(await unmask('reviewer@demo.shop', 'PHONE'))).toBe('FORBIDDEN');
    for (const email of ['sales3@demo.shop', 'sales4@demo.shop', 'admin@other.shop']) {
      expect([email, dataOf(await unmask(email, 'PHONE')).customerContactUnmask.userErrors.map((e) => e.code)]).toEqual([email, ['NOT_FOUND']]);
    }
    expect(errorCode(await app.gql(ContactAccessLogDocument, {}, await app.tokenFor('sales2@demo.shop')))).toBe('FORBIDDEN');
    expect(dataOf(await app.gql(ContactAccessLogDocument, {}, await app.tokenFor('admin@other.shop'))).contactAccessLog.totalCount).toBe(0);
  });

  it('caps unmasks per staff member and shop day; the refused attempt is in the log', async () => {
    await app.gql(ShopSendSettingsDocument, { input: { unmaskDailyCap: 2 } }, await app.tokenFor('admin@demo.shop'));
    expect(dataOf(await unmask('cs2@demo.shop', 'PHONE')).customerContactUnmask.value).toBe('+8613800138000');
    expect(dataOf(await unmask('cs2@demo.shop', 'WECHAT_ID')).customerContactUnmask.value).toBe('wx_zhangwei89');
    const third = dataOf(await unmask('cs2@demo.shop', 'REAL_NAME')).customerContactUnmask;
    expect(third).toMatchObject({ value: null, userErrors: [{ code: 'UNMASK_LIMIT_REACHED' }] });
    const [cs2] = await app.sql<{ id: number }>(`select id from users where email = 'cs2@demo.shop'`);
    const refused = dataOf(await app.gql(ContactAccessLogDocument, { filter: { refusedOnly: true } }, await app.tokenFor('reviewer@demo.shop'))).contactAccessLog.edges;
    expect(refused.map((e) => [e.node.user?.email, e.node.field, e.node.granted, e.node.refusal])).toEqual([['cs2@demo.shop', 'REAL_NAME', false, 'Over the daily cap of 2 unmasks.']]);
    expect(dataOf(await app.gql(ContactAccessLogDocument, { filter: { userId: toGlobalId('User', cs2.id) } }, await app.tokenFor('admin@demo.shop'))).contactAccessLog.totalCount).toBe(3);
    app.clock.set(new Date('2026-12-07T16:05:00Z')); // 00:05 the next shop day
    expect(dataOf(await unmask('cs2@demo.shop', 'REAL_NAME')).customerContactUnmask.value).toBe('张伟明');
  });

  it('logs the sender\'s use of the phone when an SMS is handed over', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    app.clock.set(new Date('2026-12-08T04:00:00Z'));
    const templateId = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Privacy', channel: 'SMS', body: '您好。' } }, admin)).messageTemplateCreate.messageTemplate!.id;
    await app.gql(CustomerConsentRecordDocument, { customerId, input: { granted: true, source: 'STAFF', evidence: 'yes' } }, admin);
    const sent = dataOf(await app.gql(MessageSendDocument, { input: { customerId, templateId, purpose: 'MARKETING', idempotencyKey: 'privacy-1' } }, await app.tokenFor('sales2@demo.shop'))).messageSend.message!;
    expect(sent.status).toBe('HANDED_OVER');
    const [use] = dataOf(await app.gql(ContactAccessLogDocument, { filter: { customerId }, first: 1 }, admin)).contactAccessLog.edges;
    expect(use.node).toMatchObject({ field: 'PHONE', purpose: 'MESSAGE_DELIVERY', granted: true, user: { email: 'sales2@demo.shop' }, requestId: `message:${sent.id}` });
    // Unmasking is a person's act: the system's purpose is refused.
    const system = await app.gql(CustomerContactUnmaskDocument, { customerId, field: 'PHONE', purpose: 'MESSAGE_DELIVERY' }, admin);
    expect(dataOf(system).customerContactUnmask.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
  });

  it('exports everything held about a customer as one document for an admin, in clear, and logs it', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const exported = dataOf(await app.gql(CustomerDataExportDocument, { id: customerId }, admin)).customerDataExport;
    expect(exported.userErrors).toEqual([]);
    const doc = exported.document as Record<string, any>;
    expect(doc.shop).toEqual({ name: 'Demo Shop' });
    expect(doc.customer).toMatchObject({ platform_handle: 'private_buyer', phone: '+8613800138000', wechat_id: 'wx_zhangwei89', real_name: '张伟明', shipping_detail: '西湖区文三路 90 号 3 幢 101', marketing_consent: 'GRANTED' });
    expect(doc.consents).toHaveLength(1);
    expect(doc.messages).toEqual([expect.objectContaining({ status: 'HANDED_OVER', body: '【Demo Shop】您好。' })]);
    expect(doc.contactAccess.length).toBeGreaterThanOrEqual(8);
    for (const key of ['orders', 'coupons', 'followUps', 'registrationEntries', 'conversations', 'ownershipChanges', 'tierChanges']) expect(Array.isArray(doc[key])).toBe(true);
    expect(JSON.stringify(doc)).not.toContain('"shop_id"');
    const [logged] = dataOf(await app.gql(ContactAccessLogDocument, { filter: { customerId }, first: 4 }, admin)).contactAccessLog.edges;
    expect(logged.node).toMatchObject({ purpose: 'DATA_EXPORT', granted: true, user: { email: 'admin@demo.shop' } });
    expect(errorCode(await app.gql(CustomerDataExportDocument, { id: customerId }, await app.tokenFor('reviewer@demo.shop')))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CustomerDataExportDocument, { id: customerId }, await app.tokenFor('sales2@demo.shop')))).toBe('FORBIDDEN');
    expect(dataOf(await app.gql(CustomerDataExportDocument, { id: customerId }, await app.tokenFor('admin@other.shop'))).customerDataExport.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});
