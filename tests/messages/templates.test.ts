import { MessageTemplateArchiveDocument, MessageTemplateCreateDocument, MessageTemplatesDocument, MessageTemplateUpdateDocument, MessageTemplateVariablesDocument } from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const admin = () => app.tokenFor('admin@demo.shop');
const REMINDER = '{{customer.displayName}}您好，您的订单{{order.platformOrderId}}还未付款，库存紧张，付款后48小时内发货。回T退订';

describe('message templates', () => {
  it('saves a template with its variables, a signed preview and its SMS segment count', async () => {
    const saved = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Payment reminder', channel: 'SMS', body: REMINDER } }, await admin())).messageTemplateCreate;
    expect(saved.userErrors).toEqual([]);
    const preview = `【Demo Shop】王芳您好，您的订单3141592653589793还未付款，库存紧张，付款后48小时内发货。回T退订`;
    expect(saved.messageTemplate).toMatchObject({ signed: true, variables: ['customer.displayName', 'order.platformOrderId'], preview, length: [...preview].length, smsSegments: 1, archivedAt: null });
    const wechat = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Care after shipping', channel: 'WECHAT', body: '{{customer.displayName}}，您的包裹已发出。' } }, await admin())).messageTemplateCreate;
    expect(wechat.messageTemplate).toMatchObject({ preview: '王芳，您的包裹已发出。', smsSegments: null });
    const variables = dataOf(await app.gql(MessageTemplateVariablesDocument, {}, await app.tokenFor('reviewer@demo.shop'))).messageTemplateVariables;
    expect(variables.map((v) => v.placeholder)).toContain('{{coupon.expiresAt}}');
  });

  it('refuses unknown variables, stray braces, a duplicate name and an SMS over 6 segments', async () => {
    const bad = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Payment reminder', channel: 'SMS', body: '{{customer.phone}} 你好 }}' } }, await admin())).messageTemplateCreate;
    expect(bad.messageTemplate).toBeNull();
    expect(bad.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([
      ['INVALID_INPUT', 'input.body'],
      ['INVALID_INPUT', 'input.body'],
      ['DUPLICATE_NAME', 'input.name'],
    ]);
    expect(bad.userErrors[0].message).toContain('{{customer.phone}}');
    const long = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Long', channel: 'SMS', body: '好'.repeat(400) } }, await admin())).messageTemplateCreate;
    expect(long.userErrors.map((e) => [e.code, e.message])).toEqual([['TOO_LONG', 'As an SMS it takes 7 segments; at most 6.']]);
    const wechatLong = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Long chat', channel: 'WECHAT', body: '好'.repeat(400) } }, await admin())).messageTemplateCreate;
    expect(wechatLong.userErrors).toEqual([]);
  });

  it('updates and archives; lists by channel; only admins edit, reviewers read the archived too, reps the current ones, other shops see nothing', async () => {
    const { messageTemplate } = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: 'Review invite', channel: 'PLATFORM_CHAT', body: '感谢购买！' } }, await admin())).messageTemplateCreate;
    const updated = dataOf(await app.gql(MessageTemplateUpdateDocument, { id: messageTemplate!.id, input: { name: 'Review invite', channel: 'PLATFORM_CHAT', body: '{{customer.displayName}}，感谢购买！' } }, await admin())).messageTemplateUpdate;
    expect(updated.messageTemplate).toMatchObject({ variables: ['customer.displayName'], preview: '王芳，感谢购买！' });
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const chats = dataOf(await app.gql(MessageTemplatesDocument, { channel: 'PLATFORM_CHAT' }, reviewer)).messageTemplates.edges.map((e) => e.node.name);
    expect(chats).toEqual(['Review invite']);
    expect(dataOf(await app.gql(MessageTemplateArchiveDocument, { id: messageTemplate!.id }, await admin())).messageTemplateArchive.messageTemplate!.archivedAt).not.toBeNull();
    expect(dataOf(await app.gql(MessageTemplatesDocument, { channel: 'PLATFORM_CHAT' }, reviewer)).messageTemplates.edges).toEqual([]);
    expect(dataOf(await app.gql(MessageTemplatesDocument, { channel: 'PLATFORM_CHAT', includeArchived: true }, reviewer)).messageTemplates.edges).toHaveLength(1);
    expect(errorCode(await app.gql(MessageTemplateCreateDocument, { input: { name: 'x', channel: 'SMS', body: 'x' } }, reviewer))).toBe('FORBIDDEN');
    // A rep sends one-off messages, so reads the current templates; the archived ones are the record's.
    const sales = await app.tokenFor('sales1@demo.shop');
    expect(dataOf(await app.gql(MessageTemplatesDocument, { channel: 'PLATFORM_CHAT' }, sales)).messageTemplates.edges).toEqual([]);
    expect(errorCode(await app.gql(MessageTemplatesDocument, { includeArchived: true }, sales))).toBe('FORBIDDEN');
    expect(dataOf(await app.gql(MessageTemplatesDocument, { includeArchived: true }, await app.tokenFor('admin@other.shop'))).messageTemplates.edges).toEqual([]);
    const foreign = dataOf(await app.gql(MessageTemplateArchiveDocument, { id: messageTemplate!.id }, await app.tokenFor('admin@other.shop'))).messageTemplateArchive;
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});
