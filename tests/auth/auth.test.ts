import { getIntrospectionQuery, GraphQLObjectType, isNonNullType, isObjectType, getNamedType, GraphQLField, isScalarType, isEnumType, GraphQLNamedType } from 'graphql';
import { getSchema } from '../../src/schema';
import {
  ApiTokenCreateDocument,
  ApiTokenRevokeDocument,
  ApiTokensDocument,
  CustomerCreateDocument,
  LoginDocument,
  UserUpdateDocument,
  UsersDocument,
  ViewerDocument,
} from '../generated/graphql';
import { createTestApp, dataOf, DEMO_PASSWORD, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const inOneYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString();

describe('login', () => {
  it('signs in with the right password and returns the viewer with role, team and shop', async () => {
    const result = dataOf(await app.gql(LoginDocument, { input: { email: 'Sales1@demo.shop', password: DEMO_PASSWORD } }));
    expect(result.login.userErrors).toEqual([]);
    expect(result.login.token).toMatch(/^ey/);
    expect(result.login.viewer).toMatchObject({
      email: 'sales1@demo.shop',
      role: 'SALES',
      isTeamLead: true,
      team: { name: 'Team East' },
      shop: { name: 'Demo Shop', timezone: 'Asia/Shanghai', currency: 'CNY' },
    });
    const viewer = dataOf(await app.gql(ViewerDocument, {}, result.login.token!));
    expect(viewer.viewer.email).toBe('sales1@demo.shop');
  });

  it('gives the same INVALID_CREDENTIALS for an unknown email and a wrong password', async () => {
    const unknown = dataOf(await app.gql(LoginDocument, { input: { email: 'nobody@demo.shop', password: DEMO_PASSWORD } }));
    const wrong = dataOf(await app.gql(LoginDocument, { input: { email: 'admin@demo.shop', password: 'not-the-password' } }));
    expect(unknown.login).toEqual(wrong.login);
    expect(wrong.login.token).toBeNull();
    expect(wrong.login.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
  });

  it('stores passwords as memory-hard scrypt hashes, never in clear', async () => {
    const [row] = await app.sql<{ password_hash: string }>("select password_hash from users where email = 'admin@demo.shop'");
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
  });
});

/** A minimal selection for a field's return type, so any root field can be sent. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isScalarType(type) || isEnumType(type)) return '';
  return isObjectType(type) && 'totalCount' in type.getFields() ? '{ totalCount }' : '{ __typename }';
}

function argsFor(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((a) => isNonNullType(a.type));
  if (required.length === 0) return '';
  const sample: Record<string, string> = { ID: '"Q3VzdG9tZXI6MQ"', DateTime: '"2026-01-01T00:00:00Z"', LocalDate: '"2026-01-01"' };
  const valueOf = (type: GraphQLNamedType) => (isEnumType(type) ? type.getValues()[0].name : (sample[type.name] ?? '"x"'));
  return '(' + required.map((a) => `${a.name}: ${valueOf(getNamedType(a.type))}`).join(', ') + ')';
}

describe('without a token', () => {
  const queryType = getSchema().getQueryType() as GraphQLObjectType;
  const fields = Object.values(queryType.getFields());

  it.each(fields.map((f) => [f.name, f] as const))('refuses query %s with UNAUTHENTICATED', async (_name, field) => {
    const result = await app.raw(`{ ${field.name}${argsFor(field)} ${selectionFor(field)} }`);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    // Nullable fields come back null beside the error; nothing else leaks.
    expect(Object.values(result.data ?? {})).toEqual(result.data ? [null] : []);
  });

  it('refuses every mutation but login', async () => {
    const mutationType = getSchema().getMutationType() as GraphQLObjectType;
    const names = Object.keys(mutationType.getFields()).filter((n) => n !== 'login');
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const field = mutationType.getFields()[name];
      const result = await app.raw(`mutation { ${name}${argsFor(field)} { __typename } }`);
      // Arguments may be invalid too; what matters is that nothing runs for an anonymous caller.
      expect(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(errorCode(result));
      expect(result.data ?? null).toBeNull();
    }
  });

  it('still answers introspection so clients can load the schema', async () => {
    const result = await app.raw(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
  });

  it('refuses a forged or malformed token with UNAUTHENTICATED and status 401', async () => {
    for (const token of ['not-a-token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.forged', 'rlt_1_' + 'a'.repeat(43)]) {
      const result = await app.gql(ViewerDocument, {}, token);
      expect(result.status).toBe(401);
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    }
  });
});

describe('API tokens', () => {
  it('creates a token shown once, which works as its user, and can be revoked', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const created = dataOf(await app.gql(ApiTokenCreateDocument, { input: { name: 'Postman', expiresAt: inOneYear() } }, admin));
    expect(created.apiTokenCreate.userErrors).toEqual([]);
    const token = created.apiTokenCreate.token!;
    expect(token).toMatch(/^rlt_\d+_[A-Za-z0-9_-]{43}$/);
    const [stored] = await app.sql<{ secret_hash: string }>('select secret_hash from api_tokens order by id desc limit 1');
    expect(token).not.toContain(stored.secret_hash);
    expect(token.split('_').pop()).not.toBe(stored.secret_hash);

    const viewer = dataOf(await app.gql(ViewerDocument, {}, token));
    expect(viewer.viewer.email).toBe('admin@demo.shop');
    const listed = dataOf(await app.gql(ApiTokensDocument, {}, admin));
    const mine = listed.apiTokens.edges.find((e) => e.node.id === created.apiTokenCreate.apiToken!.id)!;
    expect(mine.node.lastUsedAt).not.toBeNull();

    const revoked = dataOf(await app.gql(ApiTokenRevokeDocument, { id: created.apiTokenCreate.apiToken!.id }, admin));
    expect(revoked.apiTokenRevoke.apiToken?.revokedAt).not.toBeNull();
    const after = await app.gql(ViewerDocument, {}, token);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    const again = dataOf(await app.gql(ApiTokenRevokeDocument, { id: created.apiTokenCreate.apiToken!.id }, admin));
    expect(again.apiTokenRevoke.userErrors[0].code).toBe('ALREADY_REVOKED');
  });

  it('lets a read-only token run queries and no mutation', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    const created = dataOf(await app.gql(ApiTokenCreateDocument, { input: { name: 'Audit tool', expiresAt: inOneYear(), readOnly: true } }, reviewer));
    const token = created.apiTokenCreate.token!;
    expect(dataOf(await app.gql(UsersDocument, { first: 5 }, token)).users.totalCount).toBeGreaterThan(5);
    const mutation = await app.gql(ApiTokenCreateDocument, { input: { name: 'sneaky', expiresAt: inOneYear() } }, token);
    expect(errorCode(mutation)).toBe('FORBIDDEN');
    const [count] = await app.sql<{ n: string }>("select count(*) as n from api_tokens where name = 'sneaky'");
    expect(Number(count.n)).toBe(0);
  });

  it('refuses an expiry in the past and another user\'s token', async () => {
    const cs = await app.tokenFor('cs1@demo.shop');
    const past = dataOf(await app.gql(ApiTokenCreateDocument, { input: { name: 'old', expiresAt: '2020-01-01T00:00:00Z' } }, cs));
    expect(past.apiTokenCreate.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'expiresAt'] });

    const admin = await app.tokenFor('admin@demo.shop');
    const adminToken = dataOf(await app.gql(ApiTokenCreateDocument, { input: { name: 'admin tool', expiresAt: inOneYear() } }, admin));
    const revokeByOther = dataOf(await app.gql(ApiTokenRevokeDocument, { id: adminToken.apiTokenCreate.apiToken!.id }, cs));
    expect(revokeByOther.apiTokenRevoke.userErrors[0].code).toBe('NOT_FOUND');
    const csList = dataOf(await app.gql(ApiTokensDocument, {}, cs));
    expect(csList.apiTokens.edges.map((e) => e.node.name)).not.toContain('admin tool');
  });

  it('stops an expired token', async () => {
    const cs = await app.tokenFor('cs2@demo.shop');
    const created = dataOf(await app.gql(ApiTokenCreateDocument, { input: { name: 'short', expiresAt: inOneYear() } }, cs));
    await app.sql("update api_tokens set expires_at = now() - interval '1 minute' where name = 'short'");
    expect(errorCode(await app.gql(ViewerDocument, {}, created.apiTokenCreate.token!))).toBe('UNAUTHENTICATED');
  });
});

describe('deactivated users', () => {
  it('lose their session and API tokens at once', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const session = await app.tokenFor('sales6@demo.shop');
    const apiToken = dataOf(await app.gql(ApiTokenCreateDocument, { input: { name: 'rep tool', expiresAt: inOneYear() } }, session)).apiTokenCreate.token!;
    const users = dataOf(await app.gql(UsersDocument, { filter: { role: 'SALES' }, first: 20 }, admin));
    const rep = users.users.edges.find((e) => e.node.email === 'sales6@demo.shop')!.node;
    expect(dataOf(await app.gql(ViewerDocument, {}, session)).viewer?.email).toBe('sales6@demo.shop'); // a known caller now
    const updated = dataOf(await app.gql(UserUpdateDocument, { id: rep.id, input: { active: false } }, admin));
    expect(updated.userUpdate.user?.active).toBe(false);
    expect(errorCode(await app.gql(ViewerDocument, {}, session))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(ViewerDocument, {}, apiToken))).toBe('UNAUTHENTICATED');
    const relogin = dataOf(await app.gql(LoginDocument, { input: { email: 'sales6@demo.shop', password: DEMO_PASSWORD } }));
    expect(relogin.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const create = await app.gql(CustomerCreateDocument, { input: { platform: 'TAOBAO', platformHandle: 'ghost' } }, session);
    expect(errorCode(create)).toBe('UNAUTHENTICATED');
  });
});
