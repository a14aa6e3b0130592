import { GENERIC_PLAN_APPLICATION, queryRows, queryValue, sql } from '../../src/db/sql';
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

  it('marked for one plan, run where prepared statements are planned once; everything else, and anything in a transaction, as PostgreSQL chooses', async () => {
    const mode = sql`select current_setting('plan_cache_mode') as mode`;
    const em = app.orm.em.fork();
    expect(await queryRows(em, sql.genericPlan(mode))).toEqual([{ mode: 'force_generic_plan' }]);
    expect(await queryRows(em, mode)).toEqual([{ mode: 'auto' }]);
    // one-value queries sent together: one plan only if every one of them asked for it
    const setting = sql`select current_setting('plan_cache_mode')`;
    expect(await Promise.all([queryValue(em, sql.genericPlan(setting)), queryValue(em, sql.genericPlan(sql`select ${1}::int`))])).toEqual(['force_generic_plan', 1]);
    expect(await Promise.all([queryValue(em, sql.genericPlan(setting)), queryValue(em, sql`select ${1}::int`)])).toEqual(['auto', 1]);
    await app.orm.em.fork().transactional(async (tx) => {
      expect(await queryRows(tx, sql.genericPlan(mode))).toEqual([{ mode: 'auto' }]);
    });
    // a piece spliced into another statement does not pass the mark on
    expect(sql`select (${sql.genericPlan(sql`select 1`)})`.genericPlan).toBe(false);
  });
});

describe('which screens are planned once', () => {
  /**
   * The last statement of each generic-plan connection of this database after `request`
   * (`pg_stat_activity` keeps the first 1 kB of each): every query below has a condition or
   * order of its own near the start of its statement, so it is recognised there.
   */
  const runGeneric = async (request: () => Promise<unknown>) => {
    await request();
    const rows = await app.sql<{ query: string }>(`select query from pg_stat_activity where application_name = ? and datname = current_database()`, [GENERIC_PLAN_APPLICATION]);
    return rows.map((row) => row.query).join('\n');
  };

  it("a rep's queue, the customer list and its segment screens: yes; filters with an index of their own: no", async () => {
    const rep = await app.tokenFor('sales2@demo.shop');
    const admin = await app.tokenFor('admin@demo.shop');
    const ask = (query: string, token: string) => async () => expect((await app.raw(query, {}, token)).errors).toBeUndefined();
    const queue = '{ followUpTasks(first: 5, filter: { status: OPEN, dueAfter: "2000-01-01T00:00:00Z" }) { edges { node { id customer { platformHandle } } } } }';
    expect(await runGeneric(ask(queue, rep))).toContain('t.due_at >= ');
    expect(await runGeneric(ask('{ customers(first: 5, filter: { lifecycle: ACTIVE }) { edges { node { id owner { name } } } } }', admin))).toContain('c.paid_order_count > ');
    expect(await runGeneric(ask('{ customers(first: 5, orderBy: { field: PLATFORM_HANDLE, direction: ASC }) { edges { node { id } } } }', admin))).toContain('order by c."platform_handle"');
    expect(await runGeneric(ask('{ customers(first: 5, filter: { search: "buyer" }) { edges { node { id } } } }', admin))).not.toContain('ilike');
    expect(await runGeneric(ask('{ customers(first: 5, filter: { stage: LOST }) { edges { node { id } } } }', admin))).not.toContain('c.stage = ');
    expect(await runGeneric(ask('{ followUpTasks(first: 5, filter: { kind: RETRY }) { edges { node { id } } } }', admin))).not.toContain('t.kind = ');
  });
});
