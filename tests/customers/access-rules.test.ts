import fc from 'fast-check';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../src/auth/role';
import type { Viewer } from '../../src/auth/viewer';
import { readableCustomerFilter, readableCustomers } from '../../src/customers/customer.access';
import { Customer } from '../../src/customers/customer.entity';
import { queryRows, queryValue, sql } from '../../src/db/sql';
import { seesWorkOf, visibleTaskFilter, visibleTasks } from '../../src/followups/follow-up.access';
import { FollowUpTask } from '../../src/followups/follow-up-task.entity';
import { worksFor } from '../../src/users/team-reach';
import { createTestApp, TestApp } from '../support/test-app';

// Each access rule is written once, as SQL; the services that load entities to change them use
// it through `whereSql`. These properties check both uses against a plain model of the rules,
// over generated shops: staff of every role, teams with and without leads, customers with and
// without owners, tasks of every assignee. The seeded shops stay in the database, so a rule
// that leaks across shops fails too.

interface World {
  users: { role: Role; team: number | null }[];
  /** Each team's lead, by user index (a lead need not be a member; one team at most). */
  leads: (number | null)[];
  customers: { owner: number | null }[];
  tasks: { customer: number; assignee: number; open: boolean }[];
}

const ROLES = [Role.ADMIN, Role.REVIEWER, Role.CUSTOMER_SERVICE, Role.SALES] as const;

const world: fc.Arbitrary<World> = fc
  .record({
    users: fc.array(fc.record({ role: fc.constantFrom(...ROLES), team: fc.option(fc.nat(2), { nil: null }) }), { minLength: 1, maxLength: 8 }),
    leadPicks: fc.array(fc.option(fc.nat(7), { nil: null }), { minLength: 3, maxLength: 3 }),
    owners: fc.array(fc.option(fc.nat(7), { nil: null }), { maxLength: 10 }),
    tasks: fc.array(fc.record({ customer: fc.nat(9), assignee: fc.nat(7), open: fc.boolean() }), { maxLength: 10 }),
  })
  .map(({ users, leadPicks, owners, tasks }) => {
    const fit = (i: number | null) => (i === null ? null : i % users.length);
    const customers = owners.map((owner) => ({ owner: fit(owner) }));
    return {
      users,
      // A user leads at most one team (the database holds it unique).
      leads: leadPicks.map(fit).map((lead, i, all) => (lead !== null && all.indexOf(lead) < i ? null : lead)),
      customers,
      tasks: customers.length === 0 ? [] : tasks.map((t) => ({ customer: t.customer % customers.length, assignee: t.assignee % users.length, open: t.open })),
    };
  });

/** The rules in plain words, over the model. */
const model = {
  ledTeam: (w: World, me: number) => {
    const team = w.leads.findIndex((lead) => lead === me);
    return team === -1 ? null : team;
  },
  worksFor: (w: World, me: number, user: number) => {
    const led = model.ledTeam(w, me);
    return user === me || (led !== null && w.users[user].team === led);
  },
  customers: (w: World, me: number) =>
    w.customers.flatMap((c, i) => (w.users[me].role !== Role.SALES || (c.owner !== null && model.worksFor(w, me, c.owner)) ? [i] : [])),
  tasks: (w: World, me: number): number[] | null => {
    const role = w.users[me].role;
    if (role === Role.CUSTOMER_SERVICE) return null;
    return w.tasks.flatMap((t, i) => (role !== Role.SALES || model.worksFor(w, me, t.assignee) ? [i] : []));
  },
  seesWorkOf: (w: World, me: number, user: number) => {
    const role = w.users[me].role;
    if (role === Role.ADMIN || role === Role.REVIEWER) return true;
    return role === Role.SALES ? model.worksFor(w, me, user) : user === me;
  },
};

interface Stored {
  shopId: number;
  teamIds: number[];
  userIds: number[];
  customerIds: number[];
  taskIds: number[];
}

let run = 0;
const insert = async (em: EntityManager, query: ReturnType<typeof sql>) => (await queryRows<{ id: number }>(em, query))[0].id;
async function store(em: EntityManager, w: World): Promise<Stored> {
  const tag = `p${process.pid}-${run++}`;
  const shopId = await insert(em, sql`insert into shops (name) values (${tag}) returning id`);
  const teamIds: number[] = [];
  for (let i = 0; i < w.leads.length; i++) teamIds.push(await insert(em, sql`insert into sales_teams (shop_id, name) values (${shopId}, ${`team ${i}`}) returning id`));
  const userIds: number[] = [];
  for (const [i, user] of w.users.entries()) {
    const teamId = user.team === null ? null : teamIds[user.team];
    userIds.push(
      await insert(
        em,
        sql`insert into users (shop_id, email, name, role, team_id, password_hash) values (${shopId}, ${`${tag}-${i}@test`}, ${`u${i}`}, ${user.role}, ${teamId}, 'x') returning id`,
      ),
    );
  }
  for (const [team, lead] of w.leads.entries()) if (lead !== null) await queryRows(em, sql`update sales_teams set lead_id = ${userIds[lead]} where id = ${teamIds[team]}`);
  const customerIds: number[] = [];
  for (const [i, customer] of w.customers.entries()) {
    const owner = customer.owner === null ? null : userIds[customer.owner];
    customerIds.push(
      await insert(
        em,
        sql`insert into customers (shop_id, platform, platform_handle, handle_key, display_name, owner_id, created_by_id)
            values (${shopId}, 'TAOBAO', ${`h${i}`}, ${`h${i}`}, ${`c${i}`}, ${owner}, ${userIds[0]}) returning id`,
      ),
    );
  }
  const taskIds: number[] = [];
  for (const task of w.tasks) {
    taskIds.push(
      await insert(
        em,
        sql`insert into follow_up_tasks (shop_id, customer_id, assignee_id, kind, cycle, due_at, status)
            values (${shopId}, ${customerIds[task.customer]}, ${userIds[task.assignee]}, 'FIRST_CONTACT', 1, now(), ${task.open ? 'OPEN' : 'DONE'}) returning id`,
      ),
    );
  }
  return { shopId, teamIds, userIds, customerIds, taskIds };
}

function viewerOf(w: World, s: Stored, me: number): Viewer {
  const led = model.ledTeam(w, me);
  return {
    userId: s.userIds[me],
    shopId: s.shopId,
    role: w.users[me].role,
    teamId: null,
    ledTeamId: led === null ? null : s.teamIds[led],
    apiTokenId: null,
    readOnly: false,
    sessionId: null,
  };
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const pick = (ids: number[], indexes: number[]) => sorted(indexes.map((i) => ids[i]));

/** Runs `check` for every viewer of a generated world, stored in a transaction that is rolled back. */
async function forEveryViewer(w: World, check: (em: EntityManager, me: number, viewer: Viewer, s: Stored) => Promise<void>): Promise<void> {
  const rollback = new Error('rollback');
  await app.orm.em
    .fork()
    .transactional(async (em) => {
      const s = await store(em, w);
      for (let me = 0; me < w.users.length; me++) await check(em, me, viewerOf(w, s, me), s);
      throw rollback;
    })
    .catch((error) => {
      if (error !== rollback) throw error;
    });
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const RUNS = { numRuns: 40 };

describe('each access rule, written once, against its plain model', () => {
  it('readable customers: the SQL scope and the ORM filter made from it', async () => {
    await fc.assert(
      fc.asyncProperty(world, (w) =>
        forEveryViewer(w, async (em, me, viewer, s) => {
          const expected = pick(s.customerIds, model.customers(w, me));
          const bySql = await queryRows<{ id: number }>(em, sql`select c.id from customers c where ${readableCustomers(viewer, 'c')}`);
          expect(sorted(bySql.map((r) => r.id))).toEqual(expected);
          const byOrm = await em.find(Customer, readableCustomerFilter(viewer), { fields: ['id'] });
          expect(sorted(byOrm.map((c) => c.id))).toEqual(expected);
        }),
      ),
      RUNS,
    );
  });

  it('visible follow-ups: the SQL scope and the ORM filter made from it', async () => {
    await fc.assert(
      fc.asyncProperty(world, (w) =>
        forEveryViewer(w, async (em, me, viewer, s) => {
          const indexes = model.tasks(w, me);
          const scope = visibleTasks(viewer, 't');
          const filter = visibleTaskFilter(viewer);
          if (indexes === null) {
            expect([scope, filter]).toEqual([null, null]);
            return;
          }
          const expected = pick(s.taskIds, indexes);
          const bySql = await queryRows<{ id: number }>(em, sql`select t.id from follow_up_tasks t where ${scope!}`);
          expect(sorted(bySql.map((r) => r.id))).toEqual(expected);
          const byOrm = await em.find(FollowUpTask, filter!, { fields: ['id'] });
          expect(sorted(byOrm.map((t) => t.id))).toEqual(expected);
        }),
      ),
      RUNS,
    );
  });

  it('the lead\'s team and whose figures a viewer sees', async () => {
    await fc.assert(
      fc.asyncProperty(world, (w) =>
        forEveryViewer(w, async (em, me, viewer, s) => {
          for (let user = 0; user < w.users.length; user++) {
            expect([me, user, await worksFor(em, viewer, s.userIds[user])]).toEqual([me, user, model.worksFor(w, me, user)]);
            const sees = await queryValue<boolean>(em, sql`select ${seesWorkOf(viewer, sql`u.id`)} from users u where u.id = ${s.userIds[user]}`);
            expect([me, user, sees]).toEqual([me, user, model.seesWorkOf(w, me, user)]);
          }
        }),
      ),
      { numRuns: 25 },
    );
  });

  it('generates the worlds that matter: leads of teams with members, and members who lead nothing', () => {
    const samples = fc.sample(world, 300);
    const leadWithTeam = samples.some((w) => w.users.some((_, me) => w.users[me].role === Role.SALES && model.ledTeam(w, me) !== null && w.users.some((u, other) => other !== me && u.team === model.ledTeam(w, me))));
    const ownedByTeammate = samples.some((w) => w.users.some((_, me) => model.customers(w, me).some((c) => w.customers[c].owner !== me)) && w.users.some((u) => u.role === Role.SALES));
    expect([leadWithTeam, ownedByTeammate]).toEqual([true, true]);
  });
});
