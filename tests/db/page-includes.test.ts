import { createTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const SELECTION = 'id customer { id platformHandle owner { email } } previous { id note } assignee { email } completedBy { email }';
type Item = { id: string; customer: { id: string } | null; previous: { id: string } | null };

describe('a page that brings the rows its items point to', () => {
  it("answers each item's relations as the item's own query does, hiding what the relation's rule hides", async () => {
    const rep = await app.tokenFor('sales2@demo.shop');
    // A follow-up of the rep's whose customer now belongs to someone else: the rep still sees
    // the follow-up (assigned to them), but no longer its customer.
    const [hidden] = await app.sql<{ id: number; customer_id: number }>(
      "select t.id, t.customer_id from follow_up_tasks t join users u on u.id = t.assignee_id where u.email = 'sales2@demo.shop' order by t.id limit 1",
    );
    await app.sql("update customers set owner_id = (select id from users where email = 'sales3@demo.shop') where id = ?", [hidden.customer_id]);
    // and one whose next cycle follows it, so `previous` has something to bring
    const [open] = await app.sql<{ id: number }>(
      "select t.id from follow_up_tasks t join users u on u.id = t.assignee_id join customers c on c.id = t.customer_id where u.email = 'sales2@demo.shop' and t.status = 'OPEN' and c.owner_id = u.id order by t.id limit 1",
    );
    const done = await app.raw<{ followUpTaskComplete: { nextTask: { id: string } | null } }>(
      `mutation($id: ID!) { followUpTaskComplete(id: $id, input: { outcome: NO_ORDER, channel: PHONE, note: "called" }) { nextTask { id } userErrors { code } } }`,
      { id: Buffer.from(`FollowUpTask:${open.id}`).toString('base64url') },
      rep,
    );
    expect(done.data?.followUpTaskComplete.nextTask).not.toBeNull();

    const page = await app.raw<{ followUpTasks: { edges: { node: Item }[] } }>(`{ followUpTasks(first: 100) { edges { node { ${SELECTION} } } } }`, {}, rep);
    expect(page.errors).toBeUndefined();
    const items = page.data!.followUpTasks.edges.map((e) => e.node);
    expect(items.length).toBeGreaterThan(1);
    expect(items.some((item) => item.previous !== null)).toBe(true);
    const hiddenItem = items.find((item) => item.customer === null);
    expect(hiddenItem).toBeDefined();
    for (const item of items) {
      const alone = await app.raw<{ followUpTask: Item }>(`query($id: ID!) { followUpTask(id: $id) { ${SELECTION} } }`, { id: item.id }, rep);
      expect(alone.data!.followUpTask).toEqual(item);
    }
  });

  it('reads the relations asked for through fragments too, in the same statements as written out', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const inline = `{ customers(first: 50) { edges { node { id owner { name } tier { name } createdBy { name } } } } }`;
    const fragments = `{ customers(first: 50) { edges { ...Edge } } }
      fragment Edge on CustomerEdge { node { id ... on Customer { owner { name } } ...Rest } }
      fragment Rest on Customer { tier { name } createdBy { name } }`;
    const answers: unknown[] = [];
    const cost = async (query: string) =>
      app.statementsOf(admin, async () => {
        const result = await app.raw(query, {}, admin);
        expect(result.errors).toBeUndefined();
        answers.push(result.data);
      });
    const inlineCost = await cost(inline);
    expect(inlineCost).toBeLessThanOrEqual(2); // the page with its owners, tiers and creators: one today
    expect(await cost(fragments)).toBe(inlineCost);
    expect(answers[1]).toEqual(answers[0]);
  });

  it("counts a customer's open follow-ups for a rep as the ones they see, for an admin every one", async () => {
    const [task] = await app.sql<{ id: number; customer_id: number }>(
      "select t.id, t.customer_id from follow_up_tasks t join customers c on c.id = t.customer_id join users u on u.id = c.owner_id where u.email = 'sales4@demo.shop' and t.status = 'OPEN' and t.assignee_id = u.id order by t.id limit 1",
    );
    // one of the customer's open follow-ups goes to a rep of another team: its owner no longer sees it
    await app.sql(
      `update follow_up_tasks set assignee_id = (select u.id from users u where u.role = 'SALES' and u.team_id is distinct from (select team_id from users where email = 'sales4@demo.shop') order by u.id limit 1) where id = ?`,
      [task.id],
    );
    const [{ all }] = await app.sql<{ all: number }>("select count(*)::int as all from follow_up_tasks where customer_id = ? and status = 'OPEN'", [task.customer_id]);
    const customerId = Buffer.from(`Customer:${task.customer_id}`).toString('base64url');
    const countFor = async (email: string, filter: string) => {
      const result = await app.raw<{ customers: { edges: { node: { id: string; openFollowUpCount: number } }[] } }>(
        `{ customers(first: 100, filter: ${filter}) { edges { node { id openFollowUpCount } } } }`,
        {},
        await app.tokenFor(email),
      );
      return result.data!.customers.edges.find((e) => e.node.id === customerId)!.node.openFollowUpCount;
    };
    const ownerFilter = `{ ownerId: "${Buffer.from(`User:${(await app.sql<{ id: number }>("select id from users where email = 'sales4@demo.shop'"))[0].id}`).toString('base64url')}" }`;
    expect(await countFor('admin@demo.shop', ownerFilter)).toBe(all);
    expect(await countFor('sales4@demo.shop', '{}')).toBe(all - 1);
  });
});
