import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

function wsClient(connectionParams: Record<string, unknown>) {
  return createClient({
    url: app.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

function runOnce(client: ReturnType<typeof createClient>, query: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: unknown; errors?: unknown[] } = {};
    client.subscribe(
      { query },
      {
        next: (value) => {
          result = value as typeof result;
        },
        error: reject,
        complete: () => resolve(result),
      },
    );
  });
}

describe('graphql-ws on /graphql', () => {
  it('runs operations for a connection authenticated with the same bearer token', async () => {
    const token = await app.tokenFor('sales2@demo.shop');
    const client = wsClient({ authorization: `Bearer ${token}` });
    try {
      const result = await runOnce(client, '{ viewer { email role } customers(first: 2) { totalCount } }');
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({ viewer: { email: 'sales2@demo.shop', role: 'SALES' } });
    } finally {
      await client.dispose();
    }
  });

  it('refuses a connection without a valid token (close code 4403)', async () => {
    for (const params of [{}, { authorization: 'Bearer forged' }]) {
      const client = wsClient(params);
      const failure = await runOnce(client, '{ viewer { email } }').then(
        () => null,
        (error: { code?: number }) => error,
      );
      expect(failure?.code).toBe(4403);
      await client.dispose();
    }
  });

  it('masks unexpected errors as over HTTP: generic message, code and request id, no internals', async () => {
    const token = await app.tokenFor('admin@demo.shop');
    const client = wsClient({ authorization: `Bearer ${token}` });
    await app.sql('alter table customers rename to customers_gone_ws');
    try {
      const result = await runOnce(client, '{ customers(first: 1) { totalCount } }');
      expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } })]);
      expect(JSON.stringify(result)).not.toMatch(/customers_gone_ws|relation/);
    } finally {
      await app.sql('alter table customers_gone_ws rename to customers');
      await client.dispose();
    }
  });

  it('applies the query limits to WebSocket operations too', async () => {
    const token = await app.tokenFor('admin@demo.shop');
    const client = wsClient({ authorization: `Bearer ${token}` });
    try {
      const many = '{ ' + Array.from({ length: 40 }, (_, i) => `a${i}: viewer { name }`).join(' ') + ' }';
      const failure = await runOnce(client, many).then(
        () => null,
        (errors: { extensions?: { code?: string } }[]) => errors,
      );
      expect(failure?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    } finally {
      await client.dispose();
    }
  });
});
