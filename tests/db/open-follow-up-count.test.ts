import { createTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let customers: number[];
let rep: number;

beforeAll(async () => {
  app = await createTestApp();
  const [cs] = await app.sql<{ id: number }>("select id from users where email = 'cs1@demo.shop'");
  [{ id: rep }] = await app.sql<{ id: number }>("select id from users where role = 'SALES' order by id limit 1");
  customers = [];
  for (const handle of ['count_a', 'count_b', 'count_c']) {
    const [row] = await app.sql<{ id: number }>(
      "insert into customers (shop_id, platform, platform_handle, handle_key, display_name, owner_id, created_by_id, stage) values (1, 'JD', ?, ?, ?, ?, ?, 'IN_FOLLOW_UP') returning id",
      [handle, handle, handle, rep, cs.id],
    );
    customers.push(row.id);
  }
});
afterAll(() => app.close());

const kept = async () => (await app.sql<{ n: number }>('select open_follow_up_count as n from customers where id in (?, ?, ?) order by id', customers)).map((r) => r.n);
// One multi-row statement, as an order import or a bulk load writes them.
const tasks = (rows: [customerIndex: number, status: string][]) =>
  app.sql<{ id: number }>(
    `insert into follow_up_tasks (shop_id, customer_id, assignee_id, kind, cycle, due_at, status)
     values ${rows.map(() => "(1, ?, ?, 'REVISIT', 1, now(), ?)").join(', ')} returning id`,
    rows.flatMap(([i, status]) => [customers[i], rep, status]),
  );
const inIds = (ids: number[]) => `(${ids.map(Number).join(', ')})`;

describe('customers.open_follow_up_count, kept by triggers on follow_up_tasks', () => {
  it('follows inserts, status changes, moves between customers and deletes, one statement touching many rows', async () => {
    expect(await kept()).toEqual([0, 0, 0]);
    const created = (await tasks([[0, 'OPEN'], [0, 'OPEN'], [0, 'DONE'], [1, 'OPEN'], [2, 'CANCELLED']])).map((r) => r.id);
    expect(await kept()).toEqual([2, 1, 0]);

    // Done and reopened in one statement: one customer loses one, the other gains one.
    await app.sql(`update follow_up_tasks set status = case when status = 'OPEN' then 'DONE'::follow_up_status else 'OPEN'::follow_up_status end where id in ${inIds([created[0], created[4]])}`);
    expect(await kept()).toEqual([1, 1, 1]);

    // A change that leaves the status alone changes nothing.
    await app.sql(`update follow_up_tasks set note = 'called' where id in ${inIds(created)}`);
    expect(await kept()).toEqual([1, 1, 1]);

    // An open follow-up moved to another customer moves its count.
    await app.sql('update follow_up_tasks set customer_id = ? where id = ?', [customers[2], created[1]]);
    expect(await kept()).toEqual([0, 1, 2]);

    await app.sql(`delete from follow_up_tasks where id in ${inIds(created)}`);
    expect(await kept()).toEqual([0, 0, 0]);
  });

  it('survives the customer being deleted with its follow-ups (cascade)', async () => {
    await tasks([[2, 'OPEN']]);
    await app.sql('delete from customers where id = ?', [customers[2]]);
    expect(await app.sql('select 1 from follow_up_tasks where customer_id = ?', [customers[2]])).toEqual([]);
  });
});
