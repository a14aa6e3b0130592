import {
  buildSchema,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { textProblem, variablesTextError } from '../../src/platform/input-text';
import { handleKey } from '../../src/customers/handle';
import { createTestApp, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await createTestApp();
  admin = await app.tokenFor('admin@demo.shop');
});
afterAll(() => app.close());

const schema: GraphQLSchema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const NUMERIC = new Set(['Int', 'Float', 'SafeInt', 'PositiveInt', 'NonNegativeInt']);

/**
 * A value of `type` whose every text leaf is `text` (strings, ids, dates, e-mails: every
 * scalar a client writes as a string), and whose other leaves are plausible: the request
 * differs from a valid one only in its text.
 */
function fill(type: GraphQLInputType, text: string, depth = 0): unknown {
  if (isNonNullType(type)) return fill(type.ofType, text, depth);
  if (isListType(type)) return [fill(type.ofType, text, depth)];
  if (isEnumType(type)) return type.getValues()[0].value ?? type.getValues()[0].name;
  if (isScalarType(type)) return type.name === 'Boolean' ? true : NUMERIC.has(type.name) ? 1 : text;
  if (isInputObjectType(type)) {
    if (depth > 4) return null;
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, fill(field.type, text, depth + 1)]));
  }
  return null;
}

/** Whether a type holds any text a client writes. */
function holdsText(type: GraphQLInputType, depth = 0): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name !== 'Boolean' && !NUMERIC.has(named.name);
  if (isInputObjectType(named)) return depth < 5 && Object.values(named.getFields()).some((f) => holdsText(f.type, depth + 1));
  return false;
}

const mutations = Object.values(schema.getMutationType()!.getFields());
const cases = mutations.flatMap((mutation) =>
  mutation.args.filter((arg) => holdsText(arg.type)).flatMap((arg) =>
    [
      ['NUL', 'before\u0000after'],
      ['a lone surrogate', 'before\ud800after'],
    ].map(([what, text]) => [mutation.name, arg.name, what, text] as const),
  ),
);

describe('text PostgreSQL could not store', () => {
  it('covers every mutation argument that holds text', () => {
    expect(cases.length).toBeGreaterThan(2 * 40);
  });

  it.each(cases)('%s(%s) with %s is a typed input error', async (mutation, argument, _what, text) => {
    const arg = mutations.find((m) => m.name === mutation)!.args.find((a) => a.name === argument)!;
    const others = mutations.find((m) => m.name === mutation)!.args.filter((a) => a !== arg && isNonNullType(a.type));
    const declared = [arg, ...others].map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const passed = [arg, ...others].map((a) => `${a.name}: $${a.name}`).join(', ');
    const variables = Object.fromEntries([arg, ...others].map((a) => [a.name, fill(a.type, a === arg ? text : 'plain', 0)]));
    const result = await app.raw(`mutation(${declared}) { ${mutation}(${passed}) { __typename } }`, variables, admin);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/contains (a NUL character|an unpaired surrogate)/);
    expect(result.status).toBe(400);
  });

  it('refuses the same in a string written in the document, even in an anonymous login', async () => {
    const result = await app.raw('mutation { login(input: { email: "admin\\u0000@demo.shop", password: "x" }) { token } }');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/NUL/);
  });

  it('lets tab and line breaks through where text holds them', async () => {
    const result = await app.raw(
      'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { notes } userErrors { code } } }',
      { input: { platform: 'JD', platformHandle: 'tabs_and_lines', notes: 'line one\nline two\tindented\r\n' } },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as { customerCreate: { customer: { notes: string } } }).customerCreate.customer.notes).toContain('line two\tindented');
  });

  it('judges text by one rule', () => {
    expect(textProblem('plain 中文 😀 \t\n\r')).toBeNull();
    expect(textProblem('\u0007')).toBe('a control character');
    expect(textProblem('\u007f')).toBe('a control character');
    expect(textProblem('\udc00 alone')).toMatch(/unpaired surrogate/);
    expect(textProblem('😀'.slice(0, 1))).toMatch(/unpaired surrogate/);
    // Nesting deeper than the call stack is walked without recursion.
    let deep: unknown = 'bad\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(variablesTextError({ deep })?.message).toMatch(/NUL/);
    expect(variablesTextError({ ['key\u0000']: 1 })?.message).toMatch(/variable name/);
  });
});

describe('other input PostgreSQL would refuse', () => {
  it('refuses a DateTime outside 1900-9999 as input, in a variable or written inline', async () => {
    const query = 'mutation($input: OrderImportInput!) { orderImport(input: $input) { imported userErrors { code } } }';
    const order = (placedAt: string) => ({ input: { errorPolicy: 'REJECT_EVERYTHING', orders: [{ platformOrderId: 'range-1', amount: 100, status: 'PAID', placedAt, customer: { platform: 'JD', platformHandle: 'range_buyer' } }] } });
    for (const placedAt of ['0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '+010000-01-01T00:00:00Z']) {
      const result = await app.raw(query, order(placedAt), admin);
      expect([placedAt, errorCode(result)]).toEqual([placedAt, 'BAD_USER_INPUT']);
    }
    const inline = await app.raw('{ auditTrail(first: 1, filter: { from: "0000-01-01T00:00:00Z" }) { totalCount } }', {}, admin);
    expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(errorCode(inline));
    const fine = await app.raw(query, order('1900-01-01T00:00:00Z'), admin);
    expect(fine.errors).toBeUndefined();
  });

  it('answers an API token whose id overflows the integer column with 401', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer rlt_9999999999_${'a'.repeat(43)}` },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('handles', () => {
  it('normalize invisible characters, full-width forms and spaces away', () => {
    expect(handleKey('lucky\u200bcat')).toBe('luckycat');
    expect(handleKey('ｌｕｃｋｙｃａｔ')).toBe('luckycat');
    expect(handleKey(' \u202eluckycat\ufeff ')).toBe('luckycat');
    expect(handleKey('张三')).toBe('张三');
  });

  it('find the existing customer however the handle is spelled, and keep the spelling typed first', async () => {
    const create = (platformHandle: string) =>
      app.raw<{ customerCreate: { customer: { id: string; platformHandle: string } | null; userErrors: { code: string; existingId: string | null }[] } }>(
        'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id platformHandle } userErrors { code existingId } } }',
        { input: { platform: 'TAOBAO', platformHandle } },
        admin,
      );
    const first = await create('luckycat');
    const id = first.data!.customerCreate.customer!.id;
    for (const spelling of ['lucky\u200bcat', 'ｌｕｃｋｙｃａｔ', ' luckycat\u2060']) {
      const again = await create(spelling);
      expect(again.data!.customerCreate).toEqual({ customer: null, userErrors: [{ code: 'DUPLICATE_CUSTOMER', existingId: id }] });
    }
    const [row] = await app.sql<{ platform_handle: string; handle_key: string }>("select platform_handle, handle_key from customers where handle_key = 'luckycat' and platform = 'TAOBAO'");
    expect(row).toEqual({ platform_handle: 'luckycat', handle_key: 'luckycat' });
  });
});
