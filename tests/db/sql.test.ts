import { queryRows, queryValue, sql } from '../../src/db/sql';
import { createTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('sql fragments', () => {
  it('number the parameters of nested and joined pieces in order', () => {
    const shop = sql`c.shop_id = ${7}`;
    const either = sql`(c.owner_id = ${3} or c.owner_id = ${4})`;
    const query = sql`select c.id from customers c where ${sql.join([shop, either, sql`c.tags @> ${['vip']}`], ' and ')} limit ${50}`;
    expect(query.text).toBe('select c.id from customers c where c.shop_id = $1 and (c.owner_id = $2 or c.owner_id = $3) and c.tags @> $4 limit $5');
    expect(query.values).toEqual([7, 3, 4, ['vip'], 50]);
    expect(sql.join([], ' and ').text).toBe('');
  });

  it('send interpolated values as parameters, never as statement text', async () => {
    const hostile = "x' or '1'='1";
    const query = sql`select c.id from customers c where c.platform_handle = ${hostile}`;
    expect(query.text).not.toContain(hostile);
    expect(await queryRows(app.orm.em.fork(), query)).toEqual([]);
    const [{ n }] = await queryRows<{ n: number }>(app.orm.em.fork(), sql`select count(*)::int as n from customers c where c.id = any(${[1, 2, 3]})`);
    expect(n).toBe(3);
  });

  it('are counted like the ORM statements, so per-request statement counts stay true', async () => {
    const before = app.sqlCount();
    await queryRows(app.orm.em.fork(), sql`select 1 as one`);
    await queryRows(app.orm.em.fork(), sql`select 1 as one`);
    expect(app.sqlCount() - before).toBe(2);
  });

  it('sends the one-value queries of the same moment as one statement, each answered with its own value', async () => {
    const em = app.orm.em.fork();
    const before = app.sqlCount();
    const [count, handles, none] = await Promise.all([
      queryValue<number>(em, sql`select count(*)::int from customers c where c.id = any(${[1, 2, 3]})`),
      queryValue<string[]>(em, sql`select json_agg(c.platform_handle order by c.id) from customers c where c.id = any(${[2, 1]})`),
      queryValue<null>(em, sql`select c.id from customers c where c.id = ${-1}`),
    ]);
    expect(app.sqlCount() - before).toBe(1);
    expect(count).toBe(3);
    const expected = await queryRows<{ platform_handle: string }>(em, sql`select c.platform_handle from customers c where c.id in (1, 2) order by c.id`);
    expect(handles).toEqual(expected.map((row) => row.platform_handle));
    expect(none).toBeNull();
    // another request's EntityManager gets its own statement
    const other = app.orm.em.fork();
    const again = app.sqlCount();
    await Promise.all([queryValue(em, sql`select ${1}::int`), queryValue(other, sql`select ${2}::int`)]);
    expect(app.sqlCount() - again).toBe(2);
  });

  it('fail every query sent together when the statement fails', async () => {
    const em = app.orm.em.fork();
    const results = await Promise.allSettled([queryValue(em, sql`select ${1}::int`), queryValue(em, sql`select 1 / ${0}::int`)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/division by zero/);
  });

  it('read inside a transaction on its own connection, seeing its uncommitted writes, which others do not see', async () => {
    const count = sql`select count(*)::int from sales_teams where name = ${'Uncommitted Team'}`;
    await expect(
      app.orm.em.fork().transactional(async (em) => {
        await em.execute("insert into sales_teams (shop_id, name) values (1, 'Uncommitted Team')");
        expect(await queryValue<number>(em, count)).toBe(1);
        // several at once go as one statement: node-postgres runs one query at a time per connection
        const before = app.sqlCount();
        expect(await Promise.all([queryValue<number>(em, count), queryValue<number>(em, sql`select ${2}::int`)])).toEqual([1, 2]);
        expect(app.sqlCount() - before).toBe(1);
        expect(await queryRows(em, sql`select name from sales_teams where name = ${'Uncommitted Team'}`)).toEqual([{ name: 'Uncommitted Team' }]);
        expect(await queryValue<number>(app.orm.em.fork(), count)).toBe(0); // another request
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await queryValue<number>(app.orm.em.fork(), count)).toBe(0);
  });
});
