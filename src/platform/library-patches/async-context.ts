import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * Node 20 builds AsyncLocalStorage on promise hooks. Once any store has been entered they stay
 * on for the life of the process, and every promise created from then on costs about four times
 * as much. MikroORM enters stores on every flush and transaction, and the audit trail enters one
 * around every mutation, so one login was enough to make every later read request spend about a
 * third more CPU (measured under the benchmark's Q1 and Q2: 8.2 → 5.5 ms and 6.5 → 4.3 ms per
 * request). Node 22's async context frames remove the cost; until then this turns the hooks off
 * again whenever no store is in use.
 *
 * Each storage's `run` calls are counted until what their callbacks return settles; a storage
 * with none left is disabled, and when every storage is, Node drops its promise hooks (the next
 * `run` enables them again). Disabling exits the storage's contexts, which is safe because
 * nothing is inside one of them at that moment. `enterWith` has no end, so a storage entered that
 * way is never disabled.
 */

let installed = false;
const running = new Map<AsyncLocalStorage<unknown>, number>();
const pinned = new WeakSet<AsyncLocalStorage<unknown>>();

function settled(storage: AsyncLocalStorage<unknown>): void {
  const left = running.get(storage)! - 1;
  if (left > 0) {
    running.set(storage, left);
    return;
  }
  running.delete(storage);
  if (!pinned.has(storage)) storage.disable();
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** Installs the counting around `AsyncLocalStorage` for the whole process; once is enough. */
export function releaseAsyncContextWhenIdle(): void {
  if (installed) return;
  installed = true;
  const prototype = AsyncLocalStorage.prototype as AsyncLocalStorage<unknown>;
  const run = prototype.run;
  const enterWith = prototype.enterWith;
  prototype.run = function countedRun<R>(this: AsyncLocalStorage<unknown>, store: unknown, callback: (...args: unknown[]) => R, ...args: unknown[]): R {
    running.set(this, (running.get(this) ?? 0) + 1);
    const ended = () => settled(this);
    let result: R;
    try {
      result = run.call(this, store, callback, ...args) as R;
    } catch (error) {
      ended();
      throw error;
    }
    if (isThenable(result)) result.then(ended, ended);
    else ended();
    return result;
  } as typeof prototype.run;
  prototype.enterWith = function pinnedEnterWith(this: AsyncLocalStorage<unknown>, store: unknown): void {
    pinned.add(this);
    enterWith.call(this, store);
  };
}

/** How many `run` calls of a storage have not settled yet (for tests and diagnostics). */
export function runsInFlight(storage: AsyncLocalStorage<unknown>): number {
  return running.get(storage) ?? 0;
}
