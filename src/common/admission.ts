import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './http-json';

/** Admits a request: `start` runs now or once a place is free; a full queue answers 503. */
export type AdmissionGate = (req: IncomingMessage, res: ServerResponse, start: () => void) => void;

/**
 * Lets at most `concurrency` requests run at once and queues the rest in arrival order. Node
 * would otherwise interleave every open request: each one's data then lives for as long as all of
 * them take, outlives the young-generation collections, gets promoted and copied, and the
 * collector's work and the heap grow with the number of clients instead of with the work done
 * (see the README's benchmark notes). A request whose client went away while it waited is
 * skipped; past `maxQueued` waiting, a request is answered 503 SERVER_BUSY at once. A place is
 * freed when the response finishes or the connection closes. (Express middleware too:
 * `(req, res, next) => gate(req, res, next)`.)
 */
export function admissionGate({ concurrency, maxQueued }: { concurrency: number; maxQueued: number }, onBusy: () => void = () => undefined): AdmissionGate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const finishOne = () => {
    running--;
    while (running < concurrency && waiting.length > 0) {
      running++;
      waiting.shift()!();
    }
  };
  return (req, res, start) => {
    const run = () => {
      if (req.destroyed || res.destroyed) {
        finishOne();
        return;
      }
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        finishOne();
      };
      res.once('finish', done);
      res.once('close', done);
      start();
    };
    if (running < concurrency) {
      running++;
      run();
    } else if (waiting.length < maxQueued) {
      waiting.push(run);
    } else {
      onBusy();
      res.setHeader('retry-after', '1');
      sendJson(res, 503, { errors: [{ message: 'The server is busy; retry in a moment.', extensions: { code: 'SERVER_BUSY' } }] });
    }
  };
}
