import type { MikroORM } from '@mikro-orm/postgresql';
import { Webhook } from 'standardwebhooks';
import { queryRows, sql } from '../db/sql';
import { wakeDeliverySql } from './outbox';
import { postJson, PostResult } from './webhook-post';
import type { TargetPolicy } from './webhook-target';

/**
 * The Standard Webhooks retry schedule: the delay before attempt n+1 after attempt n failed
 * (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h); after the tenth, dead-letter.
 */
export const RETRY_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];
export const MAX_ATTEMPTS = RETRY_SECONDS.length + 1;
/** A request gets this long to answer. */
export const DELIVERY_TIMEOUT_MS = 15_000;
/** A claimed delivery is held this long; a worker that died holding it lets it go then. */
const LEASE_SECONDS = 60;
const BATCH = 200;
const PARALLEL = 48;

export interface DeliveryDeps {
  orm: MikroORM;
  webhookTargets: TargetPolicy;
  shuttingDown(): boolean;
}

interface Claimed {
  id: number;
  attempts: number;
  webhook_id: string;
  payload: unknown;
}

/** The `webhook-signature` header: v1 with the current secret, and with the previous one while a rotation overlaps. */
export function signatures(secrets: readonly string[], webhookId: string, at: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(webhookId, at, body)).join(' ');
}

async function postAll(items: Claimed[], url: string, secrets: string[], policy: TargetPolicy): Promise<PostResult[]> {
  const results: PostResult[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      const body = JSON.stringify(items[i].payload);
      // The timestamp is the wall clock's: receivers check it against theirs (5 minutes' tolerance).
      const at = new Date();
      const headers = { 'webhook-id': items[i].webhook_id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signatures(secrets, items[i].webhook_id, at, body) };
      results[i] = await postJson(url, headers, body, DELIVERY_TIMEOUT_MS, policy);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, lane));
  return results;
}

/**
 * Delivers an endpoint's due deliveries until none is left: claims a batch (skipping what
 * another run holds), posts it in parallel outside any transaction, records every answer in one
 * statement, and queues the next run at the earliest retry. An endpoint answering 410 Gone is
 * disabled and its pending deliveries dead-lettered. Returns the deliveries attempted.
 */
export async function deliverEndpoint(deps: DeliveryDeps, endpointId: number): Promise<number> {
  let attempted = 0;
  for (;;) {
    const em = deps.orm.em.fork();
    const [endpoint] = await queryRows<{ url: string; secret: string; previous_secret: string | null; overlap: boolean; disabled: boolean }>(
      em,
      sql`select url, secret, previous_secret, coalesce(previous_secret_expires_at > now(), false) as overlap, disabled_at is not null as disabled from webhook_endpoints where id = ${endpointId}`,
    );
    if (!endpoint) return attempted;
    if (endpoint.disabled) {
      await queryRows(em, sql`update webhook_deliveries set status = 'DEAD', last_error = 'The endpoint is disabled.', updated_at = now() where endpoint_id = ${endpointId} and status = 'PENDING'`);
      return attempted;
    }
    const claimed = await queryRows<Claimed>(
      em,
      sql`with due as (
            select id from webhook_deliveries
             where endpoint_id = ${endpointId} and status = 'PENDING' and next_attempt_at <= now() and (leased_until is null or leased_until < now())
             order by next_attempt_at limit ${BATCH} for update skip locked
          ), claimed as (
            update webhook_deliveries d set leased_until = now() + make_interval(secs => ${LEASE_SECONDS}) from due where d.id = due.id returning d.id, d.attempts, d.event_id
          )
          select claimed.id, claimed.attempts, e.webhook_id, e.payload from claimed join webhook_events e on e.id = claimed.event_id`,
    );
    if (claimed.length === 0) break;
    const secrets = endpoint.overlap && endpoint.previous_secret ? [endpoint.secret, endpoint.previous_secret] : [endpoint.secret];
    const results = await postAll(claimed, endpoint.url, secrets, deps.webhookTargets);
    attempted += claimed.length;
    await queryRows(
      deps.orm.em.fork(),
      sql`with answer as (
            select * from unnest(${claimed.map((c) => c.id)}::int[], ${claimed.map((c) => c.attempts)}::int[], ${results.map((r) => r.status)}::int[], ${results.map((r) => r.error)}::text[]) as a(id, attempts, status, error)
          ), gone as (
            update webhook_endpoints set disabled_at = now(), disabled_reason = 'It answered 410 Gone.', updated_at = now()
             where id = ${endpointId} and disabled_at is null and exists (select 1 from answer where status = 410)
            returning id
          )
          update webhook_deliveries d set
                 attempts = a.attempts + 1, last_attempt_at = now(), last_status = a.status, last_error = a.error, leased_until = null, updated_at = now(),
                 status = (case when a.error is null then 'SUCCEEDED' when a.status = 410 or a.attempts + 1 >= ${MAX_ATTEMPTS} then 'DEAD' else 'PENDING' end)::webhook_delivery_status,
                 succeeded_at = case when a.error is null then now() end,
                 next_attempt_at = case when a.error is null or a.attempts + 1 >= ${MAX_ATTEMPTS} then d.next_attempt_at
                                        else now() + make_interval(secs => (${RETRY_SECONDS}::int[])[a.attempts + 1]) end
            from answer a where d.id = a.id and d.attempts = a.attempts`,
    );
    if (deps.shuttingDown()) break;
  }
  // Retries wait on the queue, not in this run. A delivery another run holds is due again when
  // its lease ends (never before: that run records it), which also revives it if that run died.
  await queryRows(
    deps.orm.em.fork(),
    sql`select ${wakeDeliverySql(sql`${endpointId}::int`, sql`next`)}
          from (select min(greatest(next_attempt_at, coalesce(leased_until, next_attempt_at))) as next from webhook_deliveries where endpoint_id = ${endpointId} and status = 'PENDING') due
         where next is not null`,
  );
  return attempted;
}

/**
 * Queues a run for every endpoint with a delivery overdue by more than a lease: its run died
 * with its worker, or its job was lost. Part of the queue's periodic revive task.
 */
export async function reviveStalledDeliveries(orm: MikroORM): Promise<number> {
  const rows = await queryRows<{ endpoint_id: number }>(
    orm.em.fork(),
    sql`select endpoint_id, ${wakeDeliverySql(sql`endpoint_id`, null)} from (
          select distinct endpoint_id from webhook_deliveries
           where status = 'PENDING' and next_attempt_at < now() - make_interval(secs => ${LEASE_SECONDS}) and (leased_until is null or leased_until < now())
        ) stalled`,
  );
  return rows.length;
}
