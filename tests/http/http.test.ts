import { auditServer } from 'graphql-http';
import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { isPlainGraphqlPost } from '../../src/common/graphql-post';
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

/** Posts a body in chunks without a content-length (chunked transfer), as a streaming client does. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the JSON POST path (without express)', () => {
  const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('takes JSON POSTs to /graphql only, and leaves every other request to express', () => {
    const req = (method: string, url: string, headers: Record<string, string>) => ({ method, url, headers }) as never;
    expect(isPlainGraphqlPost(req('POST', '/graphql', { 'content-type': 'application/json' }))).toBe(true);
    expect(isPlainGraphqlPost(req('POST', '/graphql?x=1', { 'content-type': 'Application/JSON; charset=UTF-8' }))).toBe(true);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { 'content-type': 'application/json', 'content-encoding': 'identity' }))).toBe(true);
    expect(isPlainGraphqlPost(req('GET', '/graphql', { 'content-type': 'application/json' }))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql/', { 'content-type': 'application/json' }))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { 'content-type': 'application/json; charset=latin1' }))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { 'content-type': 'application/graphql-response+json' }))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { 'content-type': 'application/json', 'content-encoding': 'gzip' }))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql', {}))).toBe(false);
  });

  it('reads a body sent in chunks, and refuses a chunked one over the limit with the same 413', async () => {
    const small = await postChunked(app.url, ['{"query":', '"{ __typename }"}']);
    expect([small.status, JSON.parse(small.text)]).toEqual([200, { data: { __typename: 'Query' }, extensions: expect.any(Object) }]);
    const big = await postChunked(app.url, ['{"query":"{ __typename }","variables":{"pad":"', ...Array(30).fill('x'.repeat(1000)), '"}}']);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text)).toEqual({ errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('accepts a byte order mark, and refuses JSON that is not an object or a list as BAD_REQUEST', async () => {
    const withBom = await post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"{ __typename }"}')]));
    expect(withBom.status).toBe(200);
    for (const body of ['  "{ __typename }"', '42', '{"query": "{ __typename }"} trailing']) {
      const refused = await post(body);
      expect([body, refused.status, await refused.json()]).toEqual([body, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] }]);
    }
    const empty = await post('');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/POST body missing/);
  });

  it('leaves compressed and other-charset bodies to express, which inflates or refuses them as before', async () => {
    const gzipped = await post(gzipSync('{"query":"{ __typename }"}'), { 'content-encoding': 'gzip' });
    expect([gzipped.status, await gzipped.json()]).toEqual([200, { data: { __typename: 'Query' }, extensions: expect.any(Object) }]);
    const latin = await post('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=iso-8859-1' });
    expect(latin.status).toBe(400);
    expect(((await latin.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(latin.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
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
    expect(cheap.extensions?.cost).toEqual({ requested: expect.any(Number), actual: expect.any(Number), maximum: 1000 });
    // What came back, counted as priced: customers, edges, and per item node, id, owner (and its name when there is one).
    const asked = cheap.extensions!.cost as { requested: number; actual: number };
    const edges = (cheap.data as { customers: { edges: { node: { owner: unknown } }[] } }).customers.edges;
    expect(asked.actual).toBe(2 + edges.reduce((sum, { node }) => sum + 3 + (node.owner ? 1 : 0), 0));
    expect(asked.actual).toBeLessThanOrEqual(asked.requested);
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
