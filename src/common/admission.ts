import type { RequestHandler } from 'express';

/**
 * Lets at most `concurrency` requests run at once and queues the rest in arrival order. Node
 * would otherwise interleave every open request: each one's data then lives for as long as all of
 * them take, outlives the young-generation collections, gets promoted and copied, and the
 * collector's work and the heap grow with the number of clients instead of with the work done
 * (see the README's benchmark notes). A request whose client went away while it waited is
 * skipped; past `maxQueued` waiting, a request is answered 503 SERVER_BUSY at once.
 */
export function admissionGate({ concurrency, maxQueued }: { concurrency: number; maxQueued: number }): RequestHandler {
  let running = 0;
  const waiting: (() => void)[] = [];
  const finishOne = () => {
    running--;
    while (running < concurrency && waiting.length > 0) {
      running++;
      waiting.shift()!();
    }
  };
  return (req, res, next) => {
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
      next();
    };
    if (running < concurrency) {
      running++;
      run();
    } else if (waiting.length < maxQueued) {
      waiting.push(run);
    } else {
      res
        .status(503)
        .set('retry-after', '1')
        .json({ errors: [{ message: 'The server is busy; retry in a moment.', extensions: { code: 'SERVER_BUSY' } }] });
    }
  };
}
