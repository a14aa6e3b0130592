import { queryRows, sql } from '../../src/db/sql';
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
});
