import { run, Runner, TaskList } from 'graphile-worker';
import { workerLogger } from '../db/job-queue';
import { BULK_IMPORT_TASK } from '../imports/bulk-import.service';
import { failBulkImport, JobDeps, reviveStalledImports, runBulkImport } from '../imports/bulk-import.runner';
import { queryRows, sql } from '../db/sql';
import { DETECT_INCIDENTS_TASK } from '../kpis/kpi.enums';
import { kpiIncidentService } from '../kpis/kpi-incident.service';
import { runShopDispatch } from '../campaigns/wave-runner';
import { careService } from '../care/care.service';
import { DISPATCH_MESSAGES_TASK, reviveStalledDispatch } from '../messages/dispatch';
import { deliverEndpoint, reviveStalledDeliveries } from '../webhooks/delivery.runner';
import { DELIVER_WEBHOOKS_TASK } from '../webhooks/outbox';
import { applyRetention, RETENTION_TASK } from '../privacy/retention';

/** Finds late deliveries for the logistics-delay care rule. */
export const CARE_SCAN_TASK = 'care_scan';
/** Frees imports and webhook deliveries whose worker died (a cron task of the queue, every minute). */
const REVIVE_TASK = 'revive_stalled_imports';
/** How long an import may go without committing a batch before its worker is taken for dead (a batch takes seconds). */
const STALLED_SECONDS = 120;

/** Every task of the job queue, by name (a registry: each feature's job is listed here). */
export function taskList(deps: JobDeps): TaskList {
  return {
    [REVIVE_TASK]: async () => {
      await reviveStalledImports(deps.orm, STALLED_SECONDS);
      await reviveStalledDeliveries(deps.orm);
      await reviveStalledDispatch(deps.orm.em.fork(), deps.clock.now());
    },
    // Every ten minutes: orders whose delivery is late get the logistics-delay apology.
    [CARE_SCAN_TASK]: async () => void (await careService.scanDelays(deps.orm.em.fork(), deps.clock.now())),
    [DISPATCH_MESSAGES_TASK]: async (payload) => {
      const { shopId } = payload as { shopId: number };
      await runShopDispatch(deps, shopId);
    },
    [DELIVER_WEBHOOKS_TASK]: async (payload) => {
      const { endpointId } = payload as { endpointId: number };
      await deliverEndpoint({ orm: deps.orm, webhookTargets: deps.config.webhookTargets, shuttingDown: deps.shuttingDown }, endpointId);
    },
    // Hourly for every shop (a shop's day ends at its own midnight), and after an import.
    [DETECT_INCIDENTS_TASK]: async (payload) => {
      const { shopId } = (payload ?? {}) as { shopId?: number };
      const em = deps.orm.em.fork();
      const shops = shopId ? [{ id: shopId }] : await queryRows<{ id: number }>(em, sql`select id from shops order by id`);
      for (const shop of shops) await kpiIncidentService.detect(em, shop.id, deps.clock.now());
    },
    // Daily: the shops' retention rule (customers with no order and no contact for N months are erased).
    [RETENTION_TASK]: async () => {
      for (const report of await applyRetention(deps.orm, deps.clock.now())) {
        if (report.erased.length || report.held.length) deps.logger.info({ shopId: report.shopId, months: report.months, erased: report.erased.length, held: report.held.length }, 'retention rule applied');
      }
    },
    [BULK_IMPORT_TASK]: async (payload, helpers) => {
      const { id } = payload as { id: number };
      try {
        await runBulkImport(deps, id);
      } catch (error) {
        // Retried with backoff; after the last attempt the import ends FAILED, saying why.
        if (helpers.job.attempts >= helpers.job.max_attempts) await failBulkImport(deps, id, `Stopped after ${helpers.job.attempts} attempts: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    },
  };
}

/**
 * The job queue's worker in this server: jobs are rows of PostgreSQL (enqueued in the
 * transaction of the business write that asks for them), taken by whichever instance is free;
 * a failed job is retried with backoff. The process's own shutdown stops it (no signal handlers
 * of its own).
 */
export async function startWorker(connectionString: string, deps: JobDeps, concurrency: number): Promise<Runner> {
  // An instance that starts frees what died with an instance before it, then every minute.
  await reviveStalledImports(deps.orm, STALLED_SECONDS);
  return run({
    connectionString,
    concurrency,
    noHandleSignals: true,
    pollInterval: 2000,
    taskList: taskList(deps),
    crontab: deps.config.jobsCron ? `* * * * * ${REVIVE_TASK}\n17 * * * * ${DETECT_INCIDENTS_TASK}\n*/10 * * * * ${CARE_SCAN_TASK}\n43 3 * * * ${RETENTION_TASK}` : '',
    logger: workerLogger(deps.logger),
  });
}
