import {
  SalesTeamCreateDocument,
  SalesTeamsDocument,
  SalesTeamUpdateDocument,
  ShopUpdateDocument,
  UserCreateDocument,
  UsersDocument,
  UserUpdateDocument,
  LoginDocument,
} from '../generated/graphql';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const userId = async (email: string) => (await app.sql<{ id: number }>('select id from users where email = ?', [email]))[0].id;

describe('staff administration', () => {
  it('lets an admin create a rep in a team, who can then sign in', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const teams = dataOf(await app.gql(SalesTeamsDocument, {}, admin)).salesTeams.edges.map((e) => e.node);
    const east = teams.find((t) => t.name === 'Team East')!;
    const created = dataOf(
      await app.gql(UserCreateDocument, { input: { email: 'New.Rep@demo.shop', name: 'New Rep', role: 'SALES', password: 'a-strong-pass', teamId: east.id } }, admin),
    );
    expect(created.userCreate.userErrors).toEqual([]);
    expect(created.userCreate.user).toMatchObject({ email: 'new.rep@demo.shop', role: 'SALES', active: true, team: { name: 'Team East' } });
    const login = dataOf(await app.gql(LoginDocument, { input: { email: 'new.rep@demo.shop', password: 'a-strong-pass' } }));
    expect(login.login.token).toBeTruthy();
    const members = dataOf(await app.gql(SalesTeamsDocument, {}, admin)).salesTeams.edges.find((e) => e.node.name === 'Team East')!.node.members;
    expect(members.map((m) => m.email)).toContain('new.rep@demo.shop');
  });

  it('refuses a duplicate email (in any shop), a short password and a team for a non-rep', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const dup = dataOf(await app.gql(UserCreateDocument, { input: { email: 'admin@other.shop', name: 'X', role: 'REVIEWER', password: 'long-enough-1' } }, admin));
    expect(dup.userCreate.userErrors[0]).toMatchObject({ code: 'DUPLICATE_EMAIL', field: ['input', 'email'] });
    const short = dataOf(await app.gql(UserCreateDocument, { input: { email: 'short@demo.shop', name: 'X', role: 'REVIEWER', password: 'short' } }, admin));
    expect(short.userCreate.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'password'] });
    const [team] = await app.sql<{ id: number }>("select id from sales_teams where name = 'Team West'");
    const csInTeam = dataOf(
      await app.gql(UserCreateDocument, { input: { email: 'cs9@demo.shop', name: 'X', role: 'CUSTOMER_SERVICE', password: 'long-enough-1', teamId: gid('SalesTeam', team.id) } }, admin),
    );
    expect(csInTeam.userCreate.userErrors[0].code).toBe('INVALID_ROLE');
    const badEmail = await app.gql(UserCreateDocument, { input: { email: 'not-an-email', name: 'X', role: 'ADMIN', password: 'long-enough-1' } }, admin);
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');
    const [count] = await app.sql<{ n: string }>("select count(*) as n from users where email in ('short@demo.shop', 'cs9@demo.shop')");
    expect(Number(count.n)).toBe(0);
  });

  it('refuses staff administration to every other role', async () => {
    for (const email of ['cs1@demo.shop', 'sales1@demo.shop', 'reviewer@demo.shop']) {
      const token = await app.tokenFor(email);
      const create = await app.gql(UserCreateDocument, { input: { email: `x-${email}`, name: 'X', role: 'ADMIN', password: 'long-enough-1' } }, token);
      expect(errorCode(create)).toBe('FORBIDDEN');
      const team = await app.gql(SalesTeamCreateDocument, { input: { name: `team of ${email}` } }, token);
      expect(errorCode(team)).toBe('FORBIDDEN');
      const shop = await app.gql(ShopUpdateDocument, { input: { name: 'Mine now' } }, token);
      expect(errorCode(shop)).toBe('FORBIDDEN');
    }
    for (const email of ['cs1@demo.shop', 'sales1@demo.shop']) {
      expect(errorCode(await app.gql(UsersDocument, {}, await app.tokenFor(email)))).toBe('FORBIDDEN');
    }
    const [staff] = await app.sql<{ n: string }>('select count(*) as n from users where shop_id = 1');
    expect(dataOf(await app.gql(UsersDocument, { first: 1 }, await app.tokenFor('reviewer@demo.shop'))).users.totalCount).toBe(Number(staff.n));
    const [count] = await app.sql<{ n: string }>("select count(*) as n from users where email like 'x-%'");
    expect(Number(count.n)).toBe(0);
  });

  it('keeps an admin from locking themselves out, and other shops out of reach', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const self = gid('User', await userId('admin@demo.shop'));
    const demote = dataOf(await app.gql(UserUpdateDocument, { id: self, input: { role: 'SALES' } }, admin));
    expect(demote.userUpdate.userErrors[0].code).toBe('NOT_ALLOWED');
    const other = gid('User', await userId('sales@other.shop'));
    const crossShop = dataOf(await app.gql(UserUpdateDocument, { id: other, input: { active: false } }, admin));
    expect(crossShop.userUpdate.userErrors[0].code).toBe('NOT_FOUND');
    const users = dataOf(await app.gql(UsersDocument, { first: 100 }, admin)).users.edges.map((e) => e.node.email);
    expect(users.some((e) => e.endsWith('other.shop'))).toBe(false);
  });

  it('moves a rep between teams; a lead who leaves no longer leads', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const [west] = await app.sql<{ id: number }>("select id from sales_teams where name = 'Team West'");
    const sales4 = gid('User', await userId('sales4@demo.shop'));
    const moved = dataOf(await app.gql(UserUpdateDocument, { id: sales4, input: { teamId: null } }, admin));
    expect(moved.userUpdate.user).toMatchObject({ team: null, isTeamLead: false });
    const [team] = await app.sql<{ lead_id: number | null }>('select lead_id from sales_teams where id = ?', [west.id]);
    expect(team.lead_id).toBeNull();
    const lead = dataOf(await app.gql(SalesTeamUpdateDocument, { id: gid('SalesTeam', west.id), input: { leadId: sales4 } }, admin));
    expect(lead.salesTeamUpdate.salesTeam).toMatchObject({ lead: { email: 'sales4@demo.shop' } });
    expect(lead.salesTeamUpdate.salesTeam?.members.map((m) => m.email)).toContain('sales4@demo.shop');
  });

  it('creates a team with a lead taken from another team, and refuses a duplicate name', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const sales2 = gid('User', await userId('sales2@demo.shop'));
    const created = dataOf(await app.gql(SalesTeamCreateDocument, { input: { name: 'Team North', leadId: sales2 } }, admin));
    expect(created.salesTeamCreate.userErrors).toEqual([]);
    expect(created.salesTeamCreate.salesTeam).toMatchObject({ name: 'Team North', lead: { email: 'sales2@demo.shop' }, members: [{ email: 'sales2@demo.shop' }] });
    const dup = dataOf(await app.gql(SalesTeamCreateDocument, { input: { name: 'Team North' } }, admin));
    expect(dup.salesTeamCreate.userErrors[0].code).toBe('DUPLICATE_NAME');
    const reviewer = gid('User', await userId('reviewer@demo.shop'));
    const badLead = dataOf(await app.gql(SalesTeamCreateDocument, { input: { name: 'Team South', leadId: reviewer } }, admin));
    expect(badLead.salesTeamCreate.userErrors[0].code).toBe('INVALID_ROLE');
    const [south] = await app.sql<{ n: string }>("select count(*) as n from sales_teams where name = 'Team South'");
    expect(Number(south.n)).toBe(0);
  });

  it('lets an admin change the shop time zone, refusing one that does not exist', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const bad = dataOf(await app.gql(ShopUpdateDocument, { input: { timezone: 'Mars/Olympus' } }, admin));
    expect(bad.shopUpdate.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'timezone'] });
    const ok = dataOf(await app.gql(ShopUpdateDocument, { input: { timezone: 'Asia/Hong_Kong', currency: 'HKD' } }, admin));
    expect(ok.shopUpdate.shop).toMatchObject({ timezone: 'Asia/Hong_Kong', currency: 'HKD', name: 'Demo Shop' });
  });
});
