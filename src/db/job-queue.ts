import { Logger as WorkerLogger, runMigrations } from 'graphile-worker';
import type { Logger } from 'pino';

/** graphile-worker's log lines in the server's log. */
export function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { component: 'graphile-worker', ...scope, ...meta };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else logger.debug(fields, message);
  });
}

/**
 * Installs or upgrades the job queue's own schema (`graphile_worker`, by graphile-worker's
 * migrations, at start-up beside ours in migrations/), so jobs can be enqueued with
 * `graphile_worker.add_job` in any transaction.
 */
export async function installJobQueue(connectionString: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger(logger) });
}
