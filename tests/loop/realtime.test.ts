import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { RegistrationEntryScreenDocument } from '../generated/graphql';
import { createTestApp, dataOf, TestApp } from '../support/test-app';
import { gid, registerAndSubmit, WEDNESDAY } from './helpers';

let instanceA: TestApp;
let instanceB: TestApp;
beforeAll(async () => {
  instanceA = await createTestApp();
  // A second server on the same database: events can only reach it through PostgreSQL.
  instanceB = await createTestApp({}, instanceA.databaseUrl);
  instanceA.clock.set(WEDNESDAY);
  instanceB.clock.set(WEDNESDAY);
});
afterAll(async () => {
  await instanceB.close();
  await instanceA.close();
});

/** Subscribes on an instance and collects events until `count` arrived (or 10 s passed). */
function collect(app: TestApp, token: string, query: string, count: number): { client: Client; events: Promise<unknown[]>; ready: Promise<void>; received: unknown[] } {
  const client = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
  const received: unknown[] = [];
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  client.on('connected', () => setTimeout(markReady, 200)); // let the subscription register
  const events = new Promise<unknown[]>((resolve, reject) => {
    const timer = setTimeout(() => resolve(received), 10_000);
    client.subscribe(
      { query },
      {
        next: (value) => {
          received.push(value);
          if (received.length >= count) {
            clearTimeout(timer);
            resolve(received);
          }
        },
        error: reject,
        complete: () => resolve(received),
      },
    );
  });
  return { client, events, ready, received };
}

describe('subscriptions across two server instances', () => {
  it('delivers registrationSheetSubmitted to reviewers connected to the other instance', async () => {
    const reviewer = await instanceB.tokenFor('reviewer@demo.shop');
    const sub = collect(instanceB, reviewer, 'subscription { registrationSheetSubmitted { id status entryCount author { email } } }', 1);
    await sub.ready;
    const { sheetId } = await registerAndSubmit(instanceA, 'cs1@demo.shop', ['rt_jack']);
    const events = await sub.events;
    await sub.client.dispose();
    expect(events).toEqual([{ data: { registrationSheetSubmitted: { id: sheetId, status: 'SUBMITTED', entryCount: 1, author: { email: 'cs1@demo.shop' } } } }]);
  });

  it('delivers followUpTaskAssigned only to the assignee, from the instance that screened', async () => {
    const [rep] = await instanceA.sql<{ id: number }>("select id from users where email = 'sales2@demo.shop'");
    const assignee = collect(instanceB, await instanceB.tokenFor('sales2@demo.shop'), 'subscription { followUpTaskAssigned { id kind customer { platformHandle } } }', 1);
    const bystander = collect(instanceB, await instanceB.tokenFor('sales3@demo.shop'), 'subscription { followUpTaskAssigned { id } }', 1);
    await Promise.all([assignee.ready, bystander.ready]);
    const { entryIds } = await registerAndSubmit(instanceA, 'cs2@demo.shop', ['rt_kate']);
    const screened = dataOf(
      await instanceA.gql(
        RegistrationEntryScreenDocument,
        { id: entryIds[0], input: { intent: 'HAS_INTENT', assignTo: { userId: gid('User', rep.id) } } },
        await instanceA.tokenFor('reviewer@demo.shop'),
      ),
    ).registrationEntryScreen;
    const events = await assignee.events;
    expect(events).toEqual([{ data: { followUpTaskAssigned: { id: screened.followUpTask!.id, kind: 'FIRST_CONTACT', customer: { platformHandle: 'rt_kate' } } } }]);
    // The other rep, listening on the same instance, heard nothing.
    await new Promise((r) => setTimeout(r, 300));
    expect(bystander.received).toEqual([]);
    await bystander.client.dispose();
    await assignee.client.dispose();
  });

  it('refuses the subscriptions to the wrong roles', async () => {
    const cs = await instanceB.tokenFor('cs1@demo.shop');
    const client = createClient({ url: instanceB.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${cs}` }, retryAttempts: 0 });
    const result = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: 'subscription { followUpTaskAssigned { id } }' }, { next: resolve, error: resolve, complete: () => resolve('complete') });
    });
    await client.dispose();
    expect(JSON.stringify(result)).toContain('FORBIDDEN');
  });
});
