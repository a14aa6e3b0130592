import { TransactionContext } from '@mikro-orm/core';
import { AsyncLocalStorage } from 'node:async_hooks';
import { auditActor } from '../../src/audit-trail/audit-context';
import { releaseAsyncContextWhenIdle, runsInFlight } from '../../src/platform/library-patches/async-context';
import { CustomerCreateDocument } from '../generated/graphql';
import { createTestApp, dataOf, TestApp } from '../support/test-app';

// Node 20 keeps whether a storage holds the promise hooks in this (undocumented) field.
const enabled = (storage: AsyncLocalStorage<unknown>) => (storage as unknown as { enabled: boolean }).enabled;
const tick = () => new Promise((resolve) => setImmediate(resolve));

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp(); // starts the server, which installs the counting
});
afterAll(() => app.close());

describe('async context released when idle', () => {
  it('keeps a store for a run that outlives an overlapping one, and disables each storage once its own runs have ended', async () => {
    releaseAsyncContextWhenIdle(); // a second install changes nothing
    // (jest runs each test inside its own storage, so only these storages can be watched here)
    const a = new AsyncLocalStorage<string>();
    const b = new AsyncLocalStorage<string>();
    let releaseLong!: () => void;
    const gate = new Promise<void>((resolve) => (releaseLong = resolve));
    const long = a.run('long', async () => {
      await gate;
      await tick();
      return a.getStore();
    });
    await b.run('short', async () => {
      await tick();
      expect(b.getStore()).toBe('short');
    });
    expect(await a.run('short', async () => (await tick(), a.getStore()))).toBe('short');
    await tick();
    expect(runsInFlight(a)).toBe(1);
    expect(runsInFlight(b)).toBe(0);
    expect(enabled(a)).toBe(true); // the long run is still inside its store
    expect(enabled(b)).toBe(false);
    releaseLong();
    expect(await long).toBe('long');
    await tick();
    expect(runsInFlight(a)).toBe(0);
    expect(enabled(a)).toBe(false);
    // and the next run works as before
    expect(await a.run('again', async () => a.getStore())).toBe('again');
  });

  it('counts runs that reject or throw as ended', async () => {
    const storage = new AsyncLocalStorage<number>();
    await expect(storage.run(1, async () => Promise.reject(new Error('rolled back')))).rejects.toThrow('rolled back');
    expect(() =>
      storage.run(2, () => {
        throw new Error('at once');
      }),
    ).toThrow('at once');
    expect(storage.run(3, () => storage.getStore())).toBe(3);
    await tick();
    expect(runsInFlight(storage)).toBe(0);
    expect(enabled(storage)).toBe(false);
  });

  it('turns the hooks off after mutations through the API, while concurrent mutations keep their own actor in the trail', async () => {
    const [cs1, cs2] = await Promise.all([app.tokenFor('cs1@demo.shop'), app.tokenFor('cs2@demo.shop')]);
    const handles = ['ctx_anna', 'ctx_ben', 'ctx_cleo', 'ctx_dan', 'ctx_eve', 'ctx_finn'];
    const results = await Promise.all(
      handles.map((platformHandle, i) => app.gql(CustomerCreateDocument, { input: { platform: 'TMALL', platformHandle } }, i % 2 === 0 ? cs1 : cs2)),
    );
    results.forEach((result) => expect(dataOf(result).customerCreate.userErrors).toEqual([]));
    const trail = await app.sql<{ handle: string; email: string }>(
      `select c.platform_handle as handle, u.email from audit_trail t join customers c on c.id = t.entity_id join users u on u.id = t.actor_user_id
       where t.entity_type = 'Customer' and t.action = 'CREATE' and c.platform_handle in (?) order by c.platform_handle`,
      [handles],
    );
    expect(trail).toEqual(handles.map((handle, i) => ({ handle, email: i % 2 === 0 ? 'cs1@demo.shop' : 'cs2@demo.shop' })));
    await tick();
    expect(runsInFlight(auditActor)).toBe(0);
    expect(enabled(auditActor)).toBe(false);
    expect(enabled((TransactionContext as unknown as { storage: AsyncLocalStorage<unknown> }).storage)).toBe(false); // MikroORM's, entered by every mutation
  });
});
