import { auditServer } from 'graphql-http';
import { MIGRATIONS } from '../../migrations';
import { createTestApp, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ MAX_QUERY_DEPTH: '8', MAX_QUERY_ALIASES: '5', MAX_QUERY_COST: '1000', MAX_BODY_BYTES: '20000' });
});
afterAll(() => app.close());

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http audit suite with no failures', async () => {
    const results = await auditServer({ url: app.url });
    const failures = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failures).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
  });

  it('caps the request body with a GraphQL-shaped 413', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(30_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers malformed JSON with BAD_REQUEST, not a stack trace', async () => {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/at .*\.js/);
  });

  it('sends no ETag with GraphQL answers, which are never revalidated', async () => {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('content-length')).toBe(String((await response.arrayBuffer()).byteLength));
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' }, body: '{"query":"{ __typename }"}' });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const made = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('query limits', () => {
  it('refuses an operation deeper than the limit', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const deep = '{ viewer { team { lead { team { lead { team { lead { team { lead { name } } } } } } } } } }';
    const result = await app.raw(deep, {}, admin);
    expect(errorCode(result)).toBe('QUERY_TOO_DEEP');
    expect(result.errors?.[0].message).toMatch(/limit is 8/);
  });

  it('refuses alias flooding', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const many = '{ ' + Array.from({ length: 6 }, (_, i) => `a${i}: viewer { name }`).join(' ') + ' }';
    expect(errorCode(await app.raw(many, {}, admin))).toBe('TOO_MANY_ALIASES');
  });

  it('reports the cost of every operation and refuses one over the limit', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const cheap = await app.raw('{ customers(first: 10) { edges { node { id owner { name } } } } }', {}, admin);
    expect(cheap.errors).toBeUndefined();
    expect(cheap.extensions?.cost).toEqual({ requested: expect.any(Number), maximum: 1000 });
    const cheapCost = (cheap.extensions!.cost as { requested: number }).requested;
    const bigger = await app.raw('{ customers(first: 20) { edges { node { id owner { name } } } } }', {}, admin);
    expect((bigger.extensions!.cost as { requested: number }).requested).toBeGreaterThan(cheapCost);

    const costly = await app.raw(
      'query($n: Int) { customers(first: $n) { edges { node { id platformHandle displayName phone tags notes region owner { name email team { name } } createdBy { name email } } } } }',
      { n: 100 },
      admin,
    );
    expect(errorCode(costly)).toBe('QUERY_TOO_COSTLY');
    expect(costly.status).toBe(400);
    expect(costly.data).toBeUndefined();
  });

  it('prices the same operation text anew when its page size variable changes', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    const query = 'query($n: Int, $withOwner: Boolean!) { customers(first: $n) { edges { node { id owner @include(if: $withOwner) { name } } } } }';
    const costOf = async (variables: Record<string, unknown>) => {
      const result = await app.raw(query, variables, admin);
      expect(result.errors).toBeUndefined();
      return (result.extensions!.cost as { requested: number }).requested;
    };
    const five = await costOf({ n: 5, withOwner: true });
    const fifty = await costOf({ n: 50, withOwner: true });
    expect(fifty).toBeGreaterThan(five);
    expect(await costOf({ n: 50, withOwner: false })).toBeLessThan(fifty);
    expect(await costOf({ n: 5, withOwner: true })).toBe(five);
  });
});

describe('unexpected errors', () => {
  it('are masked as INTERNAL_SERVER_ERROR with the request id and no stack trace', async () => {
    const admin = await app.tokenFor('admin@demo.shop');
    // Break the database under the server: the customers query now fails in SQL.
    await app.sql('alter table customers rename to customers_gone');
    try {
      const result = await app.raw('{ customers(first: 1) { totalCount } }', {}, admin);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
      expect(JSON.stringify(result)).not.toMatch(/customers_gone|relation|stack|\.ts:/);
    } finally {
      await app.sql('alter table customers_gone rename to customers');
    }
  });
});

describe('probes and the IDE', () => {
  it('reports liveness and readiness (database reachable, migrations applied)', async () => {
    expect(await (await fetch(`${app.origin}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('says not ready while a migration is pending', async () => {
    await app.sql("delete from mikro_orm_migrations");
    try {
      const ready = await fetch(`${app.origin}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { status: string }).status).toBe('migrations pending');
    } finally {
      for (const m of MIGRATIONS) await app.sql('insert into mikro_orm_migrations (name, executed_at) values (?, now())', [m.name]);
    }
  });

  it('serves an offline GraphQL IDE to browsers at GET /graphql, with every asset local', async () => {
    const page = await fetch(app.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<base href="/ide/">');
    expect(html).toContain('/graphql');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((a) => !a.startsWith('data:') && a !== '/ide/');
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      const response = await fetch(new URL(asset, `${app.origin}/ide/`));
      expect([asset, response.status]).toEqual([asset, 200]);
    }
  });
});
