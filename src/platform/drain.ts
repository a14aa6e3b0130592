import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Net from 'node:net';
import { sendJson } from '../common/http-json';

const SHUTTING_DOWN = {
  errors: [{ message: 'The server is shutting down; retry on another instance.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
};

/**
 * A shutdown that drains: once `drain()` starts, readiness says 503, the listener accepts no new
 * connections, every request already received (running, or queued behind the admission gate)
 * is executed and answered, each with `Connection: close`; at the deadline whatever is still
 * unanswered gets 503 and the connections are closed.
 */
export function drainController(httpServer: Server, graceMs: number, now: () => number = Date.now) {
  const open = new Set<ServerResponse>();
  let draining = false;
  let deadline = Infinity;
  return {
    /** Whether the server is shutting down (readiness answers 503). */
    get draining(): boolean {
      return draining;
    },
    /** Requests received and not answered yet (for the metrics). */
    get inFlight(): number {
      return open.size;
    },
    /** Call first for every request; false when it was answered here (past the deadline). */
    admit(_req: IncomingMessage, res: ServerResponse): boolean {
      if (draining) {
        res.setHeader('connection', 'close');
        if (now() >= deadline) {
          res.setHeader('retry-after', '1');
          sendJson(res, 503, SHUTTING_DOWN);
          return false;
        }
      }
      open.add(res);
      res.once('close', () => open.delete(res));
      return true;
    },
    /** Stops accepting, waits for every received request to be answered (at most until the deadline), then closes every connection. */
    async drain(): Promise<void> {
      draining = true;
      deadline = now() + graceMs;
      // net.Server's close: no new connections. (http.Server's own close also drops the idle
      // kept-alive ones at once, where a request may be on its way: those stay open, answer with
      // `Connection: close`, and are closed at the end.)
      Net.Server.prototype.close.call(httpServer);
      while (open.size > 0 && now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      for (const res of open) {
        if (res.headersSent) continue;
        res.setHeader('retry-after', '1');
        sendJson(res, 503, SHUTTING_DOWN);
      }
      httpServer.closeAllConnections();
    },
    /** Milliseconds left until the deadline (0 once passed; the whole grace before `drain`). */
    remainingMs(): number {
      return deadline === Infinity ? graceMs : Math.max(0, deadline - now());
    },
  };
}
