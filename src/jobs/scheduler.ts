import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock';
import { pruneDomainEvents } from '../events/event-bus';
import { pruneBuckets } from '../platform/throttle';
import { runJobs } from './payment-reminders';

/** Runs the jobs every `intervalSeconds` inside the server; returns a stop function. */
export function startScheduler(orm: MikroORM, clock: Clock, logger: Logger, intervalSeconds: number, onRun: (outcome: 'ok' | 'failed') => void = () => undefined): () => Promise<void> {
  if (intervalSeconds <= 0) return async () => {};
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return; // a slow run is never overlapped by the next tick
    running = runJobs(orm, clock, logger)
      .then(() => pruneDomainEvents(orm.em.fork()))
      .then(() => pruneBuckets(orm.em.fork()))
      .then(() => onRun('ok'))
      .catch((error: unknown) => {
        onRun('failed');
        logger.error({ err: error }, 'scheduled jobs failed');
      })
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
