import { getNamedType, graphql, GraphQLFieldConfigMap, isLeafType, isNonNullType, GraphQLID, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, GraphQLString, Kind, OperationDefinitionNode, parse } from 'graphql';
import { selectPlain } from '../../src/db/rows';
import { checkFieldNeeds, columnsToRead, operationFieldsOf } from '../../src/db/read-columns';
import { checkRowShapes } from '../../src/db/row-shape-check';
import { Customer } from '../../src/customers/customer.entity';
import { sql } from '../../src/db/sql';
import { getSchema } from '../../src/schema';
import { importOrders, paidOrder } from '../commerce/helpers';
import type { OrderInput } from '../generated/graphql';
import { createTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

/** What graphql-js hands a resolver, as far as `operationFieldsOf` reads it. */
function infoFor(text: string): GraphQLResolveInfo {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
  return { schema: getSchema(), operation, fragments } as unknown as GraphQLResolveInfo;
}

const customerMeta = () => app.orm.getMetadata().get('Customer');
const sorted = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

describe('the fields an operation selects, by type', () => {
  it('gathers them through fragments, inline fragments and interfaces, once per parsed operation', () => {
    const info = infoFor(`query($id: ID!) {
      followUpTasks(first: 5) { edges { node { id ...Task customer { platformHandle } } } }
      node(id: $id) { id ... on Customer { notes owner { name } } }
    }
    fragment Task on FollowUpTask { dueAt previous { note } }`);
    const fields = operationFieldsOf(info);
    expect(sorted(fields.get('FollowUpTask'))).toEqual(['customer', 'dueAt', 'id', 'note', 'previous']);
    expect(sorted(fields.get('Customer'))).toEqual(['id', 'notes', 'owner', 'platformHandle']);
    expect(sorted(fields.get('User'))).toEqual(['id', 'name']); // `id` on Node counts for every kind of node
    expect(fields.get('Query')).toEqual(new Set(['followUpTasks', 'node']));
    expect(operationFieldsOf(info)).toBe(fields);
  });
});

describe('what fields read, declared on the field', () => {
  it('is declared for every field of every entity-backed type of the schema', () => {
    expect(() => checkFieldNeeds(getSchema(), Object.values(app.orm.getMetadata().getAll()))).not.toThrow();
  });

  it('refuses a schema where a field that is not a column declares nothing, or declares what is not a column', () => {
    const customer = (fields: GraphQLFieldConfigMap<unknown, unknown>) =>
      new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { customer: { type: new GraphQLObjectType({ name: 'Customer', fields }) } } }) });
    const entities = [customerMeta()];
    expect(() => checkFieldNeeds(customer({ id: { type: GraphQLID }, notes: { type: GraphQLString } }), entities)).not.toThrow();
    expect(() => checkFieldNeeds(customer({ id: { type: GraphQLID }, loyalty: { type: GraphQLString } }), entities)).toThrow('Customer.loyalty is not a column: declare what it reads with @Reads(...)');
    expect(() => checkFieldNeeds(customer({ loyalty: { type: GraphQLString, extensions: { reads: ['totalSpent'] } } }), entities)).not.toThrow();
    expect(() => checkFieldNeeds(customer({ loyalty: { type: GraphQLString, extensions: { reads: ['totalSpent', 'passwordHash'] } } }), entities)).toThrow('Customer.loyalty declares @Reads of what is not a column: passwordHash');
  });
});

describe('the columns rows carry', () => {
  it('are the id, every relation key, the sort key, the columns selected and what computed fields declared', () => {
    const fields = operationFieldsOf(infoFor('{ customers(first: 5) { edges { node { platformHandle segment { lifecycle } tier { name } averageOrderValue } } } }'));
    const choice = columnsToRead(customerMeta(), fields, ['createdAt']);
    expect(sorted(choice?.props)).toEqual(
      ['createdAt', 'createdBy', 'dataKey', 'erasedBy', 'firstPaidAt', 'id', 'lastPaidAt', 'owner', 'paidOrderCount', 'platformHandle', 'shop', 'tier', 'totalSpent'].sort(),
    );
    expect(columnsToRead(customerMeta(), fields, ['createdAt'])).toBe(choice); // remembered per operation
  });

  it('count a field declared to read nothing (`@Reads()`) as nothing beyond the id and relation keys', () => {
    const withOrders = operationFieldsOf(infoFor('{ customers(first: 5) { edges { node { platformHandle orders(first: 1) { totalCount } } } } }'));
    expect(sorted(columnsToRead(customerMeta(), withOrders)?.props)).toEqual(['createdBy', 'dataKey', 'erasedBy', 'id', 'owner', 'platformHandle', 'shop', 'tier']);
  });

  it('are every column when the type is not selected or without an operation', () => {
    const noCustomer = operationFieldsOf(infoFor('{ viewer { name } }'));
    expect(columnsToRead(customerMeta(), noCustomer)).toBeNull();
    expect(columnsToRead(customerMeta(), undefined)).toBeNull();
  });

  it('leave out the rest, and reading a column left out fails loudly instead of answering undefined', async () => {
    const fields = operationFieldsOf(infoFor('{ customers(first: 5) { edges { node { platformHandle lastPaidAt } } } }'));
    const columns = columnsToRead(customerMeta(), fields);
    const em = app.orm.em.fork();
    const [row] = await selectPlain(em, Customer, 'c', sql`true`, { orderBy: sql`c.id`, limit: 1, columns });
    const [whole] = await selectPlain(em, Customer, 'c', sql`true`, { orderBy: sql`c.id`, limit: 1 });
    expect(row).toBeInstanceOf(Customer);
    expect(row.platformHandle).toBe(whole.platformHandle);
    expect(row.lastPaidAt?.getTime()).toBe(whole.lastPaidAt?.getTime());
    expect(row.owner?.id).toBe(whole.owner?.id);
    expect(() => row.notes).toThrow('Customer.notes was not read for this request');
    expect(() => row.createdAt).toThrow('Customer.createdAt was not read');
    row.notes = 'set later';
    expect(row.notes).toBe('set later');
  });
});

describe('pages read through GraphQL', () => {
  it('send only the columns the operation selects, and answer every other field of it from whole rows', async () => {
    const rep = await app.tokenFor('sales2@demo.shop');
    const [{ customer_id: customerId }] = await app.sql<{ customer_id: number }>(
      "select t.customer_id from follow_up_tasks t join users u on u.id = t.assignee_id join customers c on c.id = t.customer_id where u.email = 'sales2@demo.shop' and c.owner_id = u.id order by t.due_at, t.id limit 1",
    );
    const id = Buffer.from(`Customer:${customerId}`).toString('base64url');
    const wide = 'id platformHandle notes phone tags region createdAt updatedAt stage segment { lifecycle value } averageOrderValue tier { name } owner { name email }';
    const alone = await app.raw<{ customer: unknown }>(`query($id: ID!) { customer(id: $id) { ${wide} } }`, { id }, rep);
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.customer).not.toBeNull();

    // The page brings the customer (primed into the request's loader) before `customer(id:)`
    // reads it: its columns must be what both fields select.
    const before = app.sqlCount();
    const both = await app.raw<{ followUpTasks: { edges: { node: { customer: { id: string; platformHandle: string } | null } }[] }; customer: unknown }>(
      `query($id: ID!) { followUpTasks(first: 50) { edges { node { id dueAt customer { id platformHandle } } } } customer(id: $id) { ${wide} } }`,
      { id },
      rep,
    );
    expect(both.errors).toBeUndefined();
    expect(both.data!.customer).toEqual(alone.data!.customer);
    expect(both.data!.followUpTasks.edges.some((e) => e.node.customer?.id === id)).toBe(true);
    const page = app.recentStatements().slice(-(app.sqlCount() - before)).find((text) => text.includes('page_rows'));
    expect(page).toContain('"notes"'); // selected on Customer elsewhere in the operation

    const narrowBefore = app.sqlCount();
    const narrow = await app.raw('{ followUpTasks(first: 50) { edges { node { id dueAt customer { platformHandle } } } } }', {}, rep);
    expect(narrow.errors).toBeUndefined();
    const narrowPage = app.recentStatements().slice(-(app.sqlCount() - narrowBefore)).find((text) => text.includes('page_rows'))!;
    expect(narrowPage).toContain('c."platform_handle"');
    expect(narrowPage).not.toContain('"notes"');
    expect(narrowPage).not.toContain('"note"'); // nor the follow-ups' notes, not asked for
    expect(narrowPage).not.toContain('"created_at"');
  });

  it('answer fields that read nothing of the row (lists of the customer\'s own) beside narrow rows', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const result = await app.raw<{ customers: { edges: { node: { orders: { totalCount: number }; notes: string | null } }[] } }>(
      '{ customers(first: 5) { edges { node { notes orders(first: 1) { totalCount } tierHistory { reason } } } } }',
      {},
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.customers.edges.length).toBe(5);
  });
});

describe('declarations that are true', () => {
  beforeAll(async () => {
    // Fields such as `segment` read some columns only of customers who paid: give every other
    // customer of the demo shop a paid order (the pages below are the first 50 of each viewer).
    const customers = await app.sql<{ platform: NonNullable<OrderInput['customer']>['platform']; platform_handle: string }>(
      "select c.platform, c.platform_handle from customers c join shops s on s.id = c.shop_id where s.name = 'Demo Shop' and c.id % 2 = 0",
    );
    const paidAt = (i: number) => new Date(Date.now() - (i + 1) * 86_400_000);
    await importOrders(app, customers.map((c, i) => paidOrder(`reads-${i}`, c.platform_handle, 10_000 + i, paidAt(i), { customer: { platform: c.platform, platformHandle: c.platform_handle } })));
    expect(customers.length).toBeGreaterThan(10);
  });

  // A field that declared less than it reads would meet a row without that column and throw:
  // every field of the types read in narrow rows, alone, on the pages and rows included with them.
  const selectionOf = (type: string) =>
    Object.values((getSchema().getType(type) as GraphQLObjectType).getFields())
      .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
      .map((field) => (isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`));

  it.each([
    ['customers', 'Customer', (f: string) => `{ customers(first: 50) { edges { node { ${f} } } } }`],
    ['followUpTasks', 'FollowUpTask', (f: string) => `{ followUpTasks(first: 50) { edges { node { ${f} } } } }`],
    ['the customers a follow-up page brings', 'Customer', (f: string) => `{ followUpTasks(first: 50) { edges { node { customer { ${f} } } } } }`],
    ['the assignees a follow-up page brings', 'User', (f: string) => `{ followUpTasks(first: 50) { edges { node { assignee { ${f} } } } } }`],
    ['the owners a customer page brings', 'User', (f: string) => `{ customers(first: 50) { edges { node { owner { ${f} } } } } }`],
  ])('hold for every field of %s read alone', async (_path, type, query) => {
    for (const email of ['admin@demo.shop', 'sales2@demo.shop']) {
      const token = await app.tokenFor(email);
      for (const field of selectionOf(type)) {
        const result = await app.raw(query(field), {}, token);
        expect({ field, errors: result.errors }).toEqual({ field, errors: undefined });
      }
    }
  });
});

describe('one shape for resolvers (ROW_SHAPE_CHECK)', () => {
  it('refuses a managed entity as the root of an entity type\'s resolver, and passes a read-only row', async () => {
    const em = app.orm.em.fork();
    const [row] = await selectPlain(em, Customer, 'c', sql`true`, { orderBy: sql`c.id`, limit: 1 });
    const managed = await em.findOneOrFail(Customer, { id: row.id });
    let root: unknown;
    const customerType = new GraphQLObjectType({ name: 'Customer', fields: { platformHandle: { type: GraphQLString } } });
    const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { customer: { type: customerType, resolve: () => root } } }) });
    checkRowShapes(schema, new Set(['Customer']));
    root = row;
    expect(await graphql({ schema, source: '{ customer { platformHandle } }' })).toEqual({ data: { customer: { platformHandle: row.platformHandle } } });
    root = managed;
    const refused = await graphql({ schema, source: '{ customer { platformHandle } }' });
    expect(refused.errors?.[0].message).toBe('Customer.platformHandle was given a managed entity, not a read-only row');
  });
});
