import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { AuthedContext } from '../context';
import { DomainError, UserError, UserErrorCode } from '../common/user-error';
import { queryRows, sql, Sql } from '../db/sql';
import { audienceConditions, AudiencePreview, AudienceRules, exclusionSql } from './audience';

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

/**
 * Writes the wave's audience into the ledger in one statement: a SCHEDULED message per customer
 * due at the window's start, or a SKIPPED one with the rule HOLDOUT for the holdout (so the
 * lift report has its control group, and a held-out customer can never be sent this wave).
 * Customers already in the ledger for this wave are left as they are. Then overlapping waves
 * (same send day) are deduplicated by priority. Returns the snapshot's sizes.
 */
export async function snapshotWave(ctx: AuthedContext, spec: WaveSnapshotSpec, now: Date): Promise<{ audience: number; holdout: number }> {
  const where = await conditionsOf(ctx, spec.audience, now);
  const { tagged, recent } = exclusionSql(spec.excludeTags, spec.excludeMessagedWithinHours, now);
  const holdout = holdoutSql(spec.campaignId, sql`c.id`, spec.holdoutShare);
  const [sizes] = await queryRows<{ audience: number; holdout: number }>(
    ctx.em,
    sql`with audience as (
          select c.id as customer_id, ${holdout} as held from customers c where ${where} and not ${tagged} and not ${recent}
        ), placed as (
          insert into messages (shop_id, customer_id, key, origin, purpose, channel, template_id, wave_id, coupon_template_id, requested_by_id, status, rule, detail, due_at, decisions, created_at, updated_at)
          select ${spec.shopId}, a.customer_id, ${`wave:${spec.id}:`} || a.customer_id, 'CAMPAIGN', 'MARKETING', ${spec.channel}::message_channel, ${spec.templateId}, ${spec.id}, ${spec.couponTemplateId}::int, ${spec.scheduledBy}::int,
                 (case when a.held then 'SKIPPED' else 'SCHEDULED' end)::message_status,
                 (case when a.held then 'HOLDOUT' end)::message_rule,
                 case when a.held then 'In the campaign''s holdout: measured, never sent.' end,
                 ${spec.sendsAt},
                 case when a.held then jsonb_build_array(jsonb_build_object('at', ${now.toISOString()}::text, 'status', 'SKIPPED', 'rule', 'HOLDOUT', 'detail', 'In the campaign''s holdout: measured, never sent.')) else '[]'::jsonb end,
                 ${now}, ${now}
            from audience a
          on conflict (shop_id, key) do nothing
          returning status
        )
        select count(*)::int as audience, count(*) filter (where status = 'SKIPPED')::int as holdout from placed`,
  );
  await deduplicateWaves(ctx.em, spec.shopId, spec.id, now);
  return sizes;
}

/**
 * Where two scheduled waves of the shop send the same local day, a customer in both keeps the
 * message of the higher priority (on a tie, the wave created first); the other is SKIPPED as
 * DEDUPLICATED. A message already handed over always wins.
 */
export async function deduplicateWaves(em: EntityManager, shopId: number, waveId: number, now: Date): Promise<void> {
  await queryRows(
    em,
    sql`with loser as (
          select distinct on (m.id) m.id, ow.name, ow.priority
            from messages m
            join campaign_waves mw on mw.id = m.wave_id
            join messages o on o.customer_id = m.customer_id and o.wave_id is not null and o.wave_id <> m.wave_id and o.status in ('SCHEDULED', 'HANDED_OVER', 'DELIVERED')
            join campaign_waves ow on ow.id = o.wave_id and ow.status in ('SCHEDULED', 'PAUSED')
            join shops s on s.id = mw.shop_id
           where m.shop_id = ${shopId} and m.status = 'SCHEDULED' and (m.wave_id = ${waveId} or o.wave_id = ${waveId})
             and (mw.sends_at at time zone s.timezone)::date = (ow.sends_at at time zone s.timezone)::date
             and (o.status <> 'SCHEDULED' or ow.priority > mw.priority or (ow.priority = mw.priority and ow.id < mw.id))
        )
        update messages m set status = 'SKIPPED', rule = 'DEDUPLICATED', updated_at = ${now},
               detail = 'The wave "' || loser.name || '" (priority ' || loser.priority || ') messages this customer the same day.',
               decisions = m.decisions || jsonb_build_array(jsonb_build_object('at', ${now.toISOString()}::text, 'status', 'SKIPPED', 'rule', 'DEDUPLICATED', 'detail', 'The wave "' || loser.name || '" messages this customer the same day.'))
          from loser where m.id = loser.id`,
  );
}

/**
 * A wave evaluated again at send time: scheduled customers who no longer match are SKIPPED
 * (LEFT_AUDIENCE), newcomers are added (and deduplicated), once.
 */
export async function reevaluateWave(ctx: AuthedContext, spec: WaveSnapshotSpec, now: Date): Promise<void> {
  const where = await conditionsOf(ctx, spec.audience, now);
  const { tagged, recent } = exclusionSql(spec.excludeTags, spec.excludeMessagedWithinHours, now);
  const detail = 'Evaluated again at send time, the customer no longer matches the audience.';
  await queryRows(
    ctx.em,
    sql`update messages m set status = 'SKIPPED', rule = 'LEFT_AUDIENCE', detail = ${detail}, updated_at = ${now},
               decisions = m.decisions || jsonb_build_array(jsonb_build_object('at', ${now.toISOString()}::text, 'status', 'SKIPPED', 'rule', 'LEFT_AUDIENCE', 'detail', ${detail}::text))
         where m.wave_id = ${spec.id} and m.status = 'SCHEDULED'
           and not exists (select 1 from customers c where c.id = m.customer_id and ${where} and not ${tagged} and not ${recent})`,
  );
  await snapshotWave(ctx, { ...spec, sendsAt: now }, now);
}
