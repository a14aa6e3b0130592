import pino from 'pino';
import { Role } from '../../src/auth/role';
import { runMutation } from '../../src/mutations/run-mutation';
import { UserErrorCode } from '../../src/common/user-error';
import type { AppConfig } from '../../src/config';
import { buildContext, Context } from '../../src/context';
import type { EventBus } from '../../src/events/event-bus';
import { createTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let teams: number[];
beforeAll(async () => {
  app = await createTestApp();
  teams = (await app.sql<{ id: number }>('select id from sales_teams where shop_id = 1 order by id limit 2')).map((row) => row.id);
  expect(teams).toHaveLength(2);
});
afterAll(() => app.close());

/** What a resolver hands `runMutation`: an admin of the demo shop on the request's own fork. */
function adminContext(): Context {
  return buildContext({
    em: app.orm.em.fork(),
    viewer: { userId: 1, shopId: 1, role: Role.ADMIN, teamId: null, ledTeamId: null, apiTokenId: null, readOnly: false, sessionId: null },
    clientAddress: '127.0.0.1',
    clock: app.clock,
    config: {} as AppConfig,
    logger: pino({ level: 'silent' }),
    requestId: 'retry-test',
    events: {} as EventBus,
    sessions: { forgetShop: () => undefined },
  });
}

const namesOf = async () => (await app.sql<{ name: string }>('select name from sales_teams where id in (?, ?) order by id', teams)).map((row) => row.name);

describe('a mutation PostgreSQL aborts for a deadlock', () => {
  it('runs again and lands once, while the one it collided with lands as it was', async () => {
    const before = await namesOf();
    // Each mutation renames one team, waits until the other has renamed the other team, then
    // renames the one the other holds: a real deadlock, which PostgreSQL breaks by aborting one.
    let bothHoldOne!: () => void;
    const barrier = new Promise<void>((resolve) => (bothHoldOne = resolve));
    let holding = 0;
    let attempts = 0;
    const rename = (first: number, second: number, mark: string) =>
      runMutation(adminContext(), undefined, async ({ em }) => {
        attempts++;
        await em.execute('update sales_teams set name = name || ? where id = ?', [mark, first]);
        if (++holding === 2) bothHoldOne();
        await barrier;
        await em.execute('update sales_teams set name = name || ? where id = ?', [mark, second]);
        return {};
      });
    const results = await Promise.all([rename(teams[0], teams[1], '-a'), rename(teams[1], teams[0], '-b')]);

    expect(results.map((r) => r.userErrors)).toEqual([[], []]);
    expect(attempts).toBe(3); // the aborted one ran twice
    const after = await namesOf();
    // each mark once on each team: the aborted attempt left nothing behind
    after.forEach((name, i) => {
      expect(name.startsWith(before[i])).toBe(true);
      expect(name.slice(before[i].length).split('-').filter(Boolean).sort()).toEqual(['a', 'b']);
    });
    await app.sql('update sales_teams set name = ? where id = ?', [before[0], teams[0]]);
    await app.sql('update sales_teams set name = ? where id = ?', [before[1], teams[1]]);
  });

  it('gives up after five attempts with a typed error and nothing written', async () => {
    const before = await namesOf();
    let attempts = 0;
    const result = await runMutation(adminContext(), undefined, async ({ em }) => {
      attempts++;
      await em.execute("update sales_teams set name = name || '-x' where id = ?", [teams[0]]);
      // what PostgreSQL raises on a deadlock (40P01) and a serialization failure (40001)
      await em.execute(`do $$ begin raise exception 'collided' using errcode = '${attempts % 2 ? '40P01' : '40001'}'; end $$`);
      return {};
    });
    expect(attempts).toBe(5);
    expect(result.userErrors).toEqual([expect.objectContaining({ code: UserErrorCode.STALE_VERSION, field: ['input'] })]);
    expect(await namesOf()).toEqual(before);
  });
});
