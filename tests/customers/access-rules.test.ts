import { viewerOfUser } from '../../src/auth/authenticate';
import type { Viewer } from '../../src/auth/viewer';
import { readableCustomers, readableCustomersSql } from '../../src/customers/customer.access';
import { Customer } from '../../src/customers/customer.entity';
import { queryRows, sql } from '../../src/db/sql';
import { visibleTasks, visibleTasksSql } from '../../src/followups/follow-up.access';
import { FollowUpTask } from '../../src/followups/follow-up-task.entity';
import { createTestApp, TestApp } from '../support/test-app';

// The access rules exist twice: as MikroORM filters (services that load records to change
// them) and as SQL (the hand-written read paths). Both must choose the same rows for every
// kind of viewer, or a nested path could see more than the root query.

let app: TestApp;
let viewers: { email: string; viewer: Viewer }[];

beforeAll(async () => {
  app = await createTestApp();
  const users = await app.sql<{ id: number; email: string }>('select id, email from users order by id');
  const em = app.orm.em.fork();
  viewers = [];
  for (const user of users) {
    const viewer = await viewerOfUser(em, user.id, 'no-session');
    if (viewer) viewers.push({ email: user.email, viewer });
  }
});
afterAll(() => app.close());

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('the two forms of each access rule', () => {
  it('cover every kind of viewer of both shops', () => {
    const kinds = new Set(viewers.map(({ viewer }) => `${viewer.shopId}:${viewer.role}:${viewer.ledTeamId === null ? 'member' : 'lead'}`));
    expect(kinds).toEqual(
      new Set(['1:ADMIN:member', '1:CUSTOMER_SERVICE:member', '1:REVIEWER:member', '1:SALES:member', '1:SALES:lead', '2:ADMIN:member', '2:SALES:member']),
    );
  });

  it('choose the same customers', async () => {
    const seen = new Map<string, number[]>();
    for (const { email, viewer } of viewers) {
      const orm = (await app.orm.em.fork().find(Customer, readableCustomers(viewer), { fields: ['id'] })).map((c) => c.id);
      const rows = await queryRows(app.orm.em.fork(), sql`select c.id from customers c where ${readableCustomersSql(viewer, 'c')}`);
      expect([email, sorted(rows.map((r) => r.id as number))]).toEqual([email, sorted(orm)]);
      seen.set(email, orm);
    }
    // Not vacuous: the rules tell viewers apart. sales2 is in the team sales1 leads.
    const lead = seen.get('sales1@demo.shop')!;
    const rep = seen.get('sales2@demo.shop')!;
    const admin = seen.get('admin@demo.shop')!;
    expect(rep.length).toBeGreaterThan(0);
    expect(rep.every((id) => lead.includes(id)) && lead.length > rep.length).toBe(true);
    expect(lead.every((id) => admin.includes(id)) && admin.length > lead.length).toBe(true);
    expect(seen.get('admin@other.shop')!.some((id) => admin.includes(id))).toBe(false);
  });

  it('choose the same follow-ups', async () => {
    const counts = new Map<string, number>();
    for (const { email, viewer } of viewers) {
      const filter = visibleTasks(viewer);
      const condition = visibleTasksSql(viewer, 't');
      expect([email, condition === null]).toEqual([email, filter === null]);
      if (!filter || !condition) continue;
      const orm = (await app.orm.em.fork().find(FollowUpTask, filter, { fields: ['id'] })).map((t) => t.id);
      const rows = await queryRows(app.orm.em.fork(), sql`select t.id from follow_up_tasks t where ${condition}`);
      expect([email, sorted(rows.map((r) => r.id as number))]).toEqual([email, sorted(orm)]);
      counts.set(email, orm.length);
    }
    expect(counts.has('cs1@demo.shop')).toBe(false);
    expect(counts.get('admin@demo.shop')).toBeGreaterThan(counts.get('sales1@demo.shop')!);
  });
});
