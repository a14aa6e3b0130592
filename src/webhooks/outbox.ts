import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql, Sql } from '../db/sql';
import { EVENT_NAME, WebhookEventType } from './webhook.enums';

/** The queue task that delivers an endpoint's due deliveries. */
export const DELIVER_WEBHOOKS_TASK = 'deliver_webhooks';

/**
 * Writes events to the outbox in the caller's transaction: one event per item, one delivery per
 * subscribed, enabled endpoint, and one job per endpoint on the queue, all in one statement. The
 * change, its events and the jobs that deliver them commit together or not at all. A business
 * event no endpoint subscribes to is not written (an import of 100k orders writes no 100k
 * events for nobody); `keep` writes it anyway (a message handed over stays replayable to an
 * endpoint registered later).
 */
export async function publishEvents(em: EntityManager, shopId: number, type: WebhookEventType, data: readonly object[], at: Date, keep = false): Promise<void> {
  if (data.length === 0) return;
  const wanted = keep ? sql`true` : sql`exists (select 1 from webhook_endpoints e where e.shop_id = ${shopId} and e.disabled_at is null and (e.event_types = '{}' or ${type}::text = any(e.event_types)))`;
  await queryRows(
    em,
    sql`with event as (
          insert into webhook_events (shop_id, webhook_id, type, payload, created_at, updated_at)
          select ${shopId}, 'msg_' || replace(gen_random_uuid()::text, '-', ''), ${type}::webhook_event_type,
                 jsonb_build_object('type', ${EVENT_NAME[type]}::text, 'timestamp', ${at.toISOString()}::text, 'data', d), ${at}, ${at}
            from unnest(${data.map((d) => JSON.stringify(d))}::jsonb[]) as d
           where ${wanted}
          returning id
        ), delivery as (
          insert into webhook_deliveries (event_id, endpoint_id, next_attempt_at, created_at, updated_at)
          select event.id, e.id, now(), ${at}, ${at}
            from event cross join webhook_endpoints e
           where e.shop_id = ${shopId} and e.disabled_at is null and (e.event_types = '{}' or ${type}::text = any(e.event_types))
          returning endpoint_id
        )
        select ${wakeDeliverySql(sql`endpoint_id`, null)} from (select distinct endpoint_id from delivery) due`,
  );
}

/**
 * The SQL that queues a delivery run for an endpoint: now, or (`retryAt`) at its earliest retry.
 * Runs of one endpoint may overlap: each claims its deliveries under a lease (skipping those
 * another holds), so no delivery is posted twice at once, and a worker that dies holds no queue
 * (graphile-worker keeps a named queue locked for hours after its worker died). A run finding
 * nothing due costs two statements. The retry run is keyed: each run re-sets it to the earliest
 * retry instead of adding another.
 */
export function wakeDeliverySql(endpointId: Sql, retryAt: Sql | null): Sql {
  const timing = retryAt ? sql`run_at => ${retryAt}, job_key => 'webhooks-retry:' || ${endpointId}` : sql`run_at => now()`;
  return sql`graphile_worker.add_job(${DELIVER_WEBHOOKS_TASK}, json_build_object('endpointId', ${endpointId}), max_attempts => 5, ${timing})`;
}
