import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { AuthedContext } from '../context';
import { DomainError, UserError, UserErrorCode } from '../common/user-error';
import { queryRows, sql, Sql } from '../db/sql';
import { audienceConditions, AudiencePreview, AudienceRules, exclusionSql } from './audience';
import { decisionStepSql } from '../messages/ledger-sql';
import { MEMBERS_DONE } from './wave-member.entity';

/**
 * Whether a customer is in a campaign's holdout, in SQL: the first 32 bits of
 * sha256("<campaign>:<customer>") under the share (send-rules.ts `inHoldout` is the same in
 * TypeScript). Deterministic: a re-run, a re-evaluation or another wave of the campaign holds
 * out the same customers.
 */
export function holdoutSql(campaignId: number, customerId: Sql, share: number): Sql {
  return sql`(('x' || substr(encode(sha256(convert_to(${`${campaignId}:`} || ${customerId}::text, 'UTF8')), 'hex'), 1, 8))::bit(32)::bigint / 4294967296.0 < ${share}::float8)`;
}

/** What a snapshot needs of its wave. */
export interface WaveSnapshotSpec {
  id: number;
  campaignId: number;
  shopId: number;
  templateId: number;
  channel: string;
  sendsAt: Date;
  holdoutShare: number;
  audience: AudienceRules;
  excludeTags: string[];
  excludeMessagedWithinHours: number | null;
  couponTemplateId: number | null;
  scheduledBy: number;
}

/** Checks an audience's rules (a bad id or value is the wave input's error) without reading a customer. */
export async function checkAudience(ctx: AuthedContext, rules: AudienceRules, now: Date): Promise<void> {
  await conditionsOf(ctx, rules, now);
}

/** The audience's conditions; a bad id or value inside it is the wave input's error. */
async function conditionsOf(ctx: AuthedContext, rules: AudienceRules, now: Date): Promise<Sql> {
  try {
    return sql.and(await audienceConditions(ctx, rules, now));
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, error.message, ['input', 'audience', ...String(error.extensions.argument ?? '').split('.').filter(Boolean)]));
    }
    throw error;
  }
}

/** The audience's size and what the rules would stop, in one statement. */
export async function previewAudience(ctx: AuthedContext, spec: Pick<WaveSnapshotSpec, 'audience' | 'excludeTags' | 'excludeMessagedWithinHours' | 'holdoutShare'>, now: Date): Promise<AudiencePreview> {
  const where = await conditionsOf(ctx, spec.audience, now);
  const { tagged, recent } = exclusionSql(spec.excludeTags, spec.excludeMessagedWithinHours, now);
  const [row] = await queryRows<Omit<AudiencePreview, 'expectedHoldout'>>(
    ctx.em,
    sql`select count(*)::int as matching, count(*) filter (where ${tagged})::int as "excludedByTag", count(*) filter (where ${recent})::int as "recentlyMessaged",
               count(*) filter (where c.marketing_consent = 'NONE')::int as "withoutConsent", count(*) filter (where c.marketing_consent = 'WITHDRAWN')::int as "optedOut",
               count(*) filter (where not ${tagged} and not ${recent})::int as snapshot
          from customers c where ${where}`,
  );
  return { ...row, expectedHoldout: Math.round(row.snapshot * spec.holdoutShare) };
}


const HOLDOUT_DETAIL = 'In the campaign\'s holdout: measured, never sent.';

/**
 * Adds the customers matching `where` (over `customers c`) to the wave's members, the holdout
 * decided by the hash; held-out newcomers get their SKIPPED (HOLDOUT) ledger row at once, so the
 * lift report has its control group and a held-out customer can never be sent this wave.
 * Customers already members stay as they are. Returns how many were added, and of them held.
 */
async function addMembers(ctx: AuthedContext, spec: WaveSnapshotSpec, where: Sql, now: Date): Promise<{ audience: number; holdout: number }> {
  const holdout = holdoutSql(spec.campaignId, sql`c.id`, spec.holdoutShare);
  const [sizes] = await queryRows<{ audience: number; holdout: number }>(
    ctx.em,
    sql`with added as (
          insert into wave_members (wave_id, customer_id, held)
          select ${spec.id}, c.id, ${holdout} from customers c where ${where}
          on conflict do nothing
          returning customer_id, held
        ), held as (
          insert into messages (shop_id, customer_id, key, origin, purpose, channel, template_id, wave_id, requested_by_id, status, rule, detail, due_at, decisions, created_at, updated_at)
          select ${spec.shopId}, a.customer_id, ${`wave:${spec.id}:`} || a.customer_id, 'CAMPAIGN', 'MARKETING', ${spec.channel}::message_channel, ${spec.templateId}, ${spec.id}, ${spec.scheduledBy}::int,
                 'SKIPPED', 'HOLDOUT', ${HOLDOUT_DETAIL}, ${spec.sendsAt},
                 ${decisionStepSql(now, sql`'SKIPPED'`, sql`'HOLDOUT'`, sql`${HOLDOUT_DETAIL}::text`)}, ${now}, ${now}
            from added a where a.held
          on conflict (shop_id, key) do nothing
        )
        select count(*)::int as audience, count(*) filter (where held)::int as holdout from added`,
  );
  return sizes;
}

/**
 * Snapshots the wave's audience (one statement for the members, one for the holdout's ledger
 * rows). Overlaps with other waves are settled when the members become ledger rows, at send
 * time, by priority (`materializeDueWaves`).
 */
export async function snapshotWave(ctx: AuthedContext, spec: WaveSnapshotSpec, now: Date): Promise<{ audience: number; holdout: number }> {
  const where = await conditionsOf(ctx, spec.audience, now);
  const { tagged, recent } = exclusionSql(spec.excludeTags, spec.excludeMessagedWithinHours, now);
  return addMembers(ctx, spec, sql`${where} and not ${tagged} and not ${recent}`, now);
}

/**
 * A wave evaluated again at send time, before any member became a ledger row: members who no
 * longer match get a SKIPPED (LEFT_AUDIENCE) row and leave, newcomers join (the holdout decided
 * as for the others).
 */
export async function reevaluateWave(ctx: AuthedContext, spec: WaveSnapshotSpec, now: Date): Promise<void> {
  const where = await conditionsOf(ctx, spec.audience, now);
  const { tagged, recent } = exclusionSql(spec.excludeTags, spec.excludeMessagedWithinHours, now);
  const matches = sql`${where} and not ${tagged} and not ${recent}`;
  const detail = 'Evaluated again at send time, the customer no longer matches the audience.';
  await queryRows(
    ctx.em,
    sql`with leaver as (
          delete from wave_members m where m.wave_id = ${spec.id} and not m.held
             and not exists (select 1 from customers c where c.id = m.customer_id and ${matches})
          returning m.customer_id
        )
        insert into messages (shop_id, customer_id, key, origin, purpose, channel, template_id, wave_id, requested_by_id, status, rule, detail, due_at, decisions, created_at, updated_at)
        select ${spec.shopId}, l.customer_id, ${`wave:${spec.id}:`} || l.customer_id, 'CAMPAIGN', 'MARKETING', ${spec.channel}::message_channel, ${spec.templateId}, ${spec.id}, ${spec.scheduledBy}::int,
               'SKIPPED', 'LEFT_AUDIENCE', ${detail}, ${now},
               ${decisionStepSql(now, sql`'SKIPPED'`, sql`'LEFT_AUDIENCE'`, sql`${detail}::text`)}, ${now}, ${now}
          from leaver l
        on conflict (shop_id, key) do nothing`,
  );
  await addMembers(ctx, spec, matches, now);
}

/** A due wave whose members are still to become ledger rows. */
interface DueWave {
  id: number;
  name: string;
  template_id: number;
  channel: string;
  coupon_template_id: number | null;
  scheduled_by_id: number | null;
  priority: number;
  day: string;
  materialized_through: number;
}

/**
 * Makes up to `budget` members of the shop's due waves into SCHEDULED ledger rows, in the
 * caller's transaction (the dispatch that decides them next). Each due wave is locked while its
 * members are taken, in customer order from where the last batch stopped, so two dispatch runs
 * never take the same members. A member whose customer is messaged the same day by another wave
 * that wins (higher priority, or the one created first; or one already handed over) becomes a
 * SKIPPED (DEDUPLICATED) row instead. Returns the rows made.
 */
export async function materializeDueWaves(em: EntityManager, shopId: number, now: Date, budget: number): Promise<number> {
  const waves = await queryRows<DueWave>(
    em,
    sql`select w.id, w.name, w.template_id, t.channel, w.coupon_template_id, w.scheduled_by_id, w.priority, w.materialized_through,
               ((w.sends_at at time zone s.timezone)::date)::text as day
          from campaign_waves w join message_templates t on t.id = w.template_id join shops s on s.id = w.shop_id
         where w.shop_id = ${shopId} and w.status = 'SCHEDULED' and w.sends_at <= ${now} and w.materialized_through < ${MEMBERS_DONE}
           and (not w.reevaluate_at_send or w.reevaluated_at is not null)
         order by w.sends_at, w.id
         for update of w skip locked`,
  );
  let made = 0;
  for (const wave of waves) {
    if (made >= budget) break;
    const [chunk] = await queryRows<{ taken: number; last: number | null }>(
      em,
      sql`with chunk as (
            select m.customer_id from wave_members m where m.wave_id = ${wave.id} and not m.held and m.customer_id > ${wave.materialized_through}
             order by m.customer_id limit ${budget - made}
          ), judged as (
            select chunk.customer_id, coalesce(
              (select ow.name from wave_members o join campaign_waves ow on ow.id = o.wave_id
                where o.customer_id = chunk.customer_id and o.wave_id <> ${wave.id} and not o.held and ow.shop_id = ${shopId} and ow.status in ('SCHEDULED', 'PAUSED')
                  and (ow.sends_at at time zone (select timezone from shops where id = ${shopId}))::date = ${wave.day}::date
                  and (ow.priority > ${wave.priority} or (ow.priority = ${wave.priority} and ow.id < ${wave.id})) limit 1),
              (select ow.name from messages o join campaign_waves ow on ow.id = o.wave_id
                where o.customer_id = chunk.customer_id and o.wave_id <> ${wave.id} and o.status in ('HANDED_OVER', 'DELIVERED')
                  and (ow.sends_at at time zone (select timezone from shops where id = ${shopId}))::date = ${wave.day}::date limit 1)) as winner
              from chunk
          ), made as (
            insert into messages (shop_id, customer_id, key, origin, purpose, channel, template_id, wave_id, coupon_template_id, requested_by_id, status, rule, detail, due_at, decisions, created_at, updated_at)
            select ${shopId}, j.customer_id, ${`wave:${wave.id}:`} || j.customer_id, 'CAMPAIGN', 'MARKETING', ${wave.channel}::message_channel, ${wave.template_id}, ${wave.id},
                   ${wave.coupon_template_id}::int, ${wave.scheduled_by_id}::int,
                   (case when j.winner is null then 'SCHEDULED' else 'SKIPPED' end)::message_status,
                   (case when j.winner is null then null else 'DEDUPLICATED' end)::message_rule,
                   case when j.winner is not null then 'The wave "' || j.winner || '" messages this customer the same day.' end,
                   ${now},
                   case when j.winner is null then '[]'::jsonb
                        else ${decisionStepSql(now, sql`'SKIPPED'`, sql`'DEDUPLICATED'`, sql`'The wave "' || j.winner || '" messages this customer the same day.'`)} end,
                   ${now}, ${now}
              from judged j
            on conflict (shop_id, key) do nothing
          )
          select count(*)::int as taken, max(customer_id) as last from chunk`,
    );
    const done = chunk.taken < budget - made;
    await queryRows(em, sql`update campaign_waves set materialized_through = ${done ? MEMBERS_DONE : chunk.last} where id = ${wave.id}`);
    made += chunk.taken;
  }
  return made;
}

/** Members of a wave not yet made into ledger rows: `SKIPPED` with `rule` (a cancelled wave's), all at once. */
export async function closeMembers(em: EntityManager, wave: { id: number; shopId: number; templateId: number; channel: string; materializedThrough: number }, rule: 'CANCELLED', detail: string, now: Date): Promise<void> {
  await queryRows(
    em,
    sql`insert into messages (shop_id, customer_id, key, origin, purpose, channel, template_id, wave_id, status, rule, detail, due_at, decisions, created_at, updated_at)
        select ${wave.shopId}, m.customer_id, ${`wave:${wave.id}:`} || m.customer_id, 'CAMPAIGN', 'MARKETING', ${wave.channel}::message_channel, ${wave.templateId}, ${wave.id},
               'SKIPPED', ${rule}::message_rule, ${detail}, ${now},
               ${decisionStepSql(now, sql`'SKIPPED'`, sql`${rule}::text`, sql`${detail}::text`)}, ${now}, ${now}
          from wave_members m where m.wave_id = ${wave.id} and not m.held and m.customer_id > ${wave.materializedThrough}
        on conflict (shop_id, key) do nothing`,
  );
  await queryRows(em, sql`update campaign_waves set materialized_through = ${MEMBERS_DONE} where id = ${wave.id}`);
}
