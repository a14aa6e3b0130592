import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { admissionGate } from '../../src/common/admission';
import { createTestApp } from '../support/test-app';

/** A request/response pair with just what the gate touches. */
function exchange(name: string, started: string[]) {
  const req = Object.assign(new EventEmitter(), { destroyed: false });
  const res = Object.assign(new EventEmitter(), {
    destroyed: false,
    statusCode: 200,
    body: undefined as unknown,
    headers: {} as Record<string, string>,
    setHeader(name: string, value: string | number) {
      this.headers[name] = String(value);
    },
    end(text: string) {
      this.body = JSON.parse(text);
    },
  });
  const start = () => started.push(name);
  return { req, res, call: (gate: ReturnType<typeof admissionGate>) => gate(req as unknown as IncomingMessage, res as unknown as ServerResponse, start) };
}

describe('admissionGate', () => {
  it('runs at most `concurrency` requests, starts the waiting ones in arrival order as others finish, skips those whose client left', () => {
    const started: string[] = [];
    const gate = admissionGate({ concurrency: 2, maxQueued: 10 });
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((name) => exchange(name, started));
    for (const x of [a, b, c, d, e]) x.call(gate);
    expect(started).toEqual(['a', 'b']);
    a.res.emit('finish');
    a.res.emit('close'); // finish then close count once
    expect(started).toEqual(['a', 'b', 'c']);
    d.req.destroyed = true; // gave up while waiting
    b.res.emit('close'); // a client that disconnects mid-request frees its place too
    expect(started).toEqual(['a', 'b', 'c', 'e']);
    c.res.emit('finish');
    e.res.emit('finish');
    const f = exchange('f', started);
    const g = exchange('g', started);
    f.call(gate);
    g.call(gate);
    expect(started).toEqual(['a', 'b', 'c', 'e', 'f', 'g']);
  });

  it('answers 503 SERVER_BUSY at once when the queue is full', () => {
    const started: string[] = [];
    const gate = admissionGate({ concurrency: 1, maxQueued: 1 });
    const [a, b, c] = ['a', 'b', 'c'].map((name) => exchange(name, started));
    for (const x of [a, b, c]) x.call(gate);
    expect(started).toEqual(['a']);
    expect(c.res.statusCode).toBe(503);
    expect(c.res.headers['retry-after']).toBe('1');
    expect(c.res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(c.res.body).toEqual({ errors: [{ message: 'The server is busy; retry in a moment.', extensions: { code: 'SERVER_BUSY' } }] });
    a.res.emit('finish');
    expect(started).toEqual(['a', 'b']);
  });

  it('stands in front of /graphql: with one at a time, twenty parallel requests all get their answer', async () => {
    const app = await createTestApp({ GRAPHQL_CONCURRENCY: '1' });
    try {
      const token = await app.tokenFor('admin@demo.shop');
      const results = await Promise.all(Array.from({ length: 20 }, () => app.raw<{ viewer: { email: string } }>('{ viewer { email } }', {}, token)));
      expect(results.map((r) => r.data?.viewer.email)).toEqual(Array(20).fill('admin@demo.shop'));
    } finally {
      await app.close();
    }
  });
});
