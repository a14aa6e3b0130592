import type { EntityManager } from '@mikro-orm/postgresql';
import { CONTACT_COLUMNS, CONTACT_KEY_JOIN, openContacts } from '../privacy/contacts';
import { toGlobalId } from '../common/relay';
import { localDate, localDay, localWeek } from '../common/zoned-time';
import { queryRows, sql, Sql } from '../db/sql';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';
import { IssuedCoupon, issueCouponsWithMessages } from '../coupons/coupon-batch';
import { MessageChannel, MessageRule, MessageStatus } from './message.enums';
import { decideSend, SendPolicy } from './send-rules';
import { couponAmountText, render } from './template-text';
import { decisionStepSql } from './ledger-sql';
import { MEMBERS_DONE } from '../campaigns/wave-member.entity';
import { logSystemUses } from '../privacy/privacy.service';
import { ContactField, UnmaskPurpose } from '../privacy/privacy.enums';

/** The queue task that decides and hands over a shop's due messages. */
export const DISPATCH_MESSAGES_TASK = 'dispatch_messages';
/** Messages decided per transaction. */
export const DISPATCH_BATCH = 500;

/**
 * The SQL that queues a dispatch run for a shop, `delayMs` from now. Runs of a shop may overlap:
 * each locks the messages and customers it decides (skipping what another holds), so no message
 * is decided twice and no cap is counted by two runs at once. With `keyed`, the run is the
 * shop's "next due" run, which each run re-sets to the earliest scheduled message instead of
 * adding another.
 */
export function wakeDispatchSql(shopId: number, delayMs: number, keyed = false): Sql {
  const key = keyed ? sql`, job_key => ${`messages-next:${shopId}`}` : sql``;
  return sql`graphile_worker.add_job(${DISPATCH_MESSAGES_TASK}, json_build_object('shopId', ${shopId}::int), run_at => now() + make_interval(secs => ${Math.max(0, delayMs) / 1000}), max_attempts => 10${key})`;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

interface DueRow {
  id: number;
  customer_id: number;
  purpose: 'MARKETING' | 'TRANSACTIONAL';
  channel: MessageChannel;
  origin: string;
  wave_id: number | null;
  order_id: number | null;
  coupon_id: number | null;
  coupon_template_id: number | null;
  requested_by_id: number | null;
  marketing_consent: 'NONE' | 'GRANTED' | 'WITHDRAWN';
  tags: string[];
  exclude_tags: string[] | null;
  send_ends_at: Date | null;
  rule: MessageRule | null;
  phone_masked: string | null;
  wechat_id_masked: string | null;
  erased_at: Date | null;
  phone_sealed: Buffer | null;
  wechat_id_sealed: Buffer | null;
  real_name_sealed: Buffer | null;
  shipping_detail_sealed: Buffer | null;
  data_key_id: number | null;
  data_key_shop_id: number;
  data_key_wrapped: Buffer;
  data_key_version: number;
  display_name: string;
  platform: string;
  platform_handle: string;
  tier_name: string | null;
  body: string;
  signed: boolean;
  coupon_code: string | null;
  discount_type: string | null;
  discount_value: number | null;
  coupon_expires_at: Date | null;
  platform_order_id: string | null;
  order_amount: string | number | null;
}

export interface DispatchOutcome {
  handedOver: number;
  deferred: number;
  skipped: number;
  /** A full batch was taken: more may be due. */
  full: boolean;
}

/** The shop's send policy and what rendering needs of it. */
async function shopPolicy(em: EntityManager, shopId: number, now: Date) {
  const [shop] = await queryRows<{
    name: string; timezone: string; currency: string; marketing_cap_per_day: number; marketing_cap_per_week: number; transactional_cap_per_day: number; transactional_cap_per_week: number;
    quiet_hours_start: number; quiet_hours_end: number; open_quiet_hours_on_promotion_days: boolean; promotion_day: boolean;
  }>(
    em,
    sql`select s.*, exists (select 1 from promotions p where p.shop_id = s.id and ${localDateText(now, sql`s.timezone`)} between p.starts_on and p.ends_on) as promotion_day from shops s where s.id = ${shopId}`,
  );
  const policy: SendPolicy = {
    caps: { MARKETING: { day: shop.marketing_cap_per_day, week: shop.marketing_cap_per_week }, TRANSACTIONAL: { day: shop.transactional_cap_per_day, week: shop.transactional_cap_per_week } },
    quietFrom: shop.quiet_hours_start,
    quietUntil: shop.quiet_hours_end,
    openOnPromotionDays: shop.open_quiet_hours_on_promotion_days,
  };
  return { shop, policy };
}

const localDateText = (now: Date, zone: Sql) => sql`(${now}::timestamptz at time zone ${zone})::date`;

/** The values a template's variables take for one message. */
function valuesOf(row: DueRow, shopName: string, timezone: string): Record<string, string> {
  const values: Record<string, string> = {
    'customer.displayName': row.display_name,
    'customer.platformHandle': row.platform_handle,
    'shop.name': shopName,
    'tier.name': row.tier_name ?? '',
  };
  if (row.coupon_code) {
    values['coupon.code'] = row.coupon_code;
    values['coupon.amount'] = couponAmountText(row.discount_type!, row.discount_value!);
    const expires = row.coupon_expires_at ? localDate(new Date(row.coupon_expires_at), timezone) : null;
    values['coupon.expiresAt'] = expires ? `${expires.year}-${String(expires.month).padStart(2, '0')}-${String(expires.day).padStart(2, '0')}` : '';
  }
  if (row.platform_order_id) {
    values['order.platformOrderId'] = row.platform_order_id;
    values['order.amount'] = `¥${(Number(row.order_amount) / 100).toFixed(2)}`;
  }
  return values;
}

/**
 * Decides the shop's due messages (or only `onlyIds`) in the caller's transaction: each passes
 * the rules (send-rules.ts) against what the customer already got today and this week, then is
 * handed over (its text rendered and a `message.send` event written to the outbox), deferred
 * to the end of the quiet hours, or skipped with the rule that stopped it. The customers' rows
 * are locked first, so an opt-out and a send of the same customer never interleave, and two
 * runs never count the same cap twice.
 */
export async function dispatchMessages(em: EntityManager, shopId: number, now: Date, onlyIds?: readonly number[]): Promise<DispatchOutcome> {
  const { shop, policy } = await shopPolicy(em, shopId, now);
  const rows = await queryRows<DueRow>(
    em,
    sql`select m.id, m.customer_id, m.purpose, m.channel, m.origin, m.wave_id, m.order_id, m.coupon_id, m.coupon_template_id, m.requested_by_id,
               c.marketing_consent, c.tags, c.phone_masked, c.wechat_id_masked, c.erased_at, ${CONTACT_COLUMNS}, c.display_name, c.platform, c.platform_handle, t.name as tier_name,
               tpl.body, tpl.signed, w.exclude_tags, w.send_ends_at, m.rule,
               cp.code as coupon_code, cp.discount_type, cp.discount_value, cp.expires_at as coupon_expires_at, o.platform_order_id, o.amount as order_amount
          from messages m
          join customers c on c.id = m.customer_id
          ${CONTACT_KEY_JOIN}
          join message_templates tpl on tpl.id = m.template_id
          left join campaign_waves w on w.id = m.wave_id
          left join membership_tiers t on t.id = c.tier_id
          left join coupons cp on cp.id = m.coupon_id
          left join orders o on o.id = m.order_id
         where m.shop_id = ${shopId} and m.status = 'SCHEDULED' and m.due_at <= ${now} and (m.wave_id is null or w.status = 'SCHEDULED') ${onlyIds ? sql`and m.id = any(${[...onlyIds]}::int[])` : sql``}
         order by m.due_at, m.id limit ${DISPATCH_BATCH}
         for update of m, c ${onlyIds ? sql`` : sql`skip locked`}`,
  );
  if (rows.length === 0) return { handedOver: 0, deferred: 0, skipped: 0, full: false };
  const day = localDay(now, shop.timezone);
  const week = localWeek(now, shop.timezone);
  const counted = await queryRows<{ customer_id: number; purpose: string; day: number; week: number }>(
    em,
    sql`select customer_id, purpose, count(*) filter (where handed_over_at >= ${day.start} and handed_over_at < ${day.end})::int as day, count(*)::int as week
          from messages where customer_id = any(${[...new Set(rows.map((r) => r.customer_id))]}::int[]) and handed_over_at >= ${week.start} and handed_over_at < ${week.end}
         group by customer_id, purpose`,
  );
  const sent = new Map(counted.map((c) => [`${c.customer_id}:${c.purpose}`, { day: c.day, week: c.week }]));
  type Decided = { row: DueRow; status: MessageStatus; rule: MessageRule; detail: string; due: Date; couponId: number | null };
  const decided: Decided[] = [];
  const outcome: DispatchOutcome = { handedOver: 0, deferred: 0, skipped: 0, full: rows.length === DISPATCH_BATCH };
  for (const row of rows) {
    const counts = sent.get(`${row.customer_id}:${row.purpose}`) ?? { day: 0, week: 0 };
    const excludedTag = row.exclude_tags?.find((tag) => row.tags.includes(tag)) ?? null;
    // Whether there is an address is read from the masked column; the sealed one is opened only for what is handed over.
    const address = row.erased_at ? null : row.channel === MessageChannel.SMS ? row.phone_masked : row.channel === MessageChannel.WECHAT ? row.wechat_id_masked : row.platform_handle;
    const decision = decideSend(
      { now, timezone: shop.timezone, purpose: row.purpose, consent: row.marketing_consent, sentToday: counts.day, sentThisWeek: counts.week, excludedTag, promotionDay: shop.promotion_day },
      policy,
    );
    // A wave's window closes on what a pause held back; what quiet hours deferred still goes.
    const closed = row.send_ends_at && row.rule !== MessageRule.QUIET_HOURS && now.getTime() >= new Date(row.send_ends_at).getTime();
    if (decision.outcome === 'SKIP' || !address || closed) {
      const [rule, detail] =
        decision.outcome === 'SKIP' ? [decision.rule as MessageRule, decision.detail]
        : closed ? [MessageRule.WINDOW_CLOSED, 'The wave\'s send window closed before it could go.']
        : [MessageRule.NO_ADDRESS, row.erased_at ? 'The customer was erased.' : `No ${row.channel === MessageChannel.SMS ? 'phone number' : 'WeChat id'} for this customer.`];
      decided.push({ row, status: MessageStatus.SKIPPED, rule, detail, due: now, couponId: null });
    } else if (decision.outcome === 'DEFER') {
      decided.push({ row, status: MessageStatus.SCHEDULED, rule: MessageRule.QUIET_HOURS, detail: `Due in the quiet hours: deferred to ${decision.at.toISOString()}.`, due: decision.at, couponId: null });
    } else {
      sent.set(`${row.customer_id}:${row.purpose}`, { day: counts.day + 1, week: counts.week + 1 });
      decided.push({ row, status: MessageStatus.HANDED_OVER, rule: MessageRule.CLEARED, detail: 'Every rule passed: handed to the sender.', due: now, couponId: row.coupon_id });
    }
  }
  // The coupons of what goes are issued now, not at scheduling: the holdout and the stopped get none.
  const wanting = decided.filter((d) => d.status === MessageStatus.HANDED_OVER && d.row.coupon_template_id && !d.row.coupon_id);
  const coupons = new Map<number, IssuedCoupon>();
  for (const [issuer, group] of groupBy(wanting, (d) => d.row.requested_by_id ?? 0)) {
    const issued = await issueCouponsWithMessages(em, shopId, issuer, now, group.map((d) => ({ messageId: d.row.id, customerId: d.row.customer_id, templateId: d.row.coupon_template_id! })));
    for (const d of group) {
      const coupon = issued.get(d.row.id);
      d.couponId = coupon?.id ?? null;
      if (coupon) coupons.set(coupon.id, coupon);
    }
  }
  const handed: object[] = [];
  const updates = { id: [] as number[], status: [] as string[], rule: [] as string[], detail: [] as string[], due: [] as Date[], body: [] as (string | null)[], coupon: [] as (number | null)[] };
  for (const d of decided) {
    let body: string | null = null;
    if (d.status === MessageStatus.HANDED_OVER && d.row.coupon_template_id && !d.couponId) {
      Object.assign(d, { status: MessageStatus.SKIPPED, rule: MessageRule.COUPON_UNAVAILABLE, detail: 'Its coupon could not be issued (out of stock, the customer\'s limit or tier, or the template ended).' });
    } else if (d.status === MessageStatus.HANDED_OVER) {
      const coupon = d.couponId ? coupons.get(d.couponId) : undefined;
      const row = coupon ? { ...d.row, coupon_code: coupon.code, discount_type: coupon.discount_type, discount_value: coupon.discount_value, coupon_expires_at: coupon.expires_at } : d.row;
      body = render(row.body, row.channel, row.signed, shop.name, valuesOf(row, shop.name, shop.timezone), false);
      const contacts = row.channel === MessageChannel.SMS || row.channel === MessageChannel.WECHAT ? openContacts({ em }, row) : null;
      handed.push({
        messageId: toGlobalId('Message', row.id), channel: row.channel, purpose: row.purpose, origin: row.origin, text: body,
        to: { customerId: toGlobalId('Customer', row.customer_id), platform: row.platform, platformHandle: row.platform_handle, phone: row.channel === MessageChannel.SMS ? contacts!.phone : null, wechatId: row.channel === MessageChannel.WECHAT ? contacts!.wechatId : null },
      });
    }
    outcome[d.status === MessageStatus.HANDED_OVER ? 'handedOver' : d.status === MessageStatus.SCHEDULED ? 'deferred' : 'skipped']++;
    updates.id.push(d.row.id); updates.status.push(d.status); updates.rule.push(d.rule); updates.detail.push(d.detail); updates.due.push(d.due); updates.body.push(body); updates.coupon.push(d.couponId);
  }
  await queryRows(
    em,
    sql`update messages m set status = u.status::message_status, rule = u.rule::message_rule, detail = u.detail, due_at = u.due, body = u.body, coupon_id = u.coupon,
               handed_over_at = case when u.status = 'HANDED_OVER' then ${now}::timestamptz end, updated_at = ${now},
               decisions = m.decisions || ${decisionStepSql(now, sql`u.status`, sql`u.rule`, sql`u.detail`)}
          from unnest(${updates.id}::int[], ${updates.status}::text[], ${updates.rule}::text[], ${updates.detail}::text[], ${updates.due}::timestamptz[], ${updates.body}::text[], ${updates.coupon}::int[]) as u(id, status, rule, detail, due, body, coupon)
         where m.id = u.id`,
  );
  await publishEvents(em, shopId, WebhookEventType.MESSAGE_SEND, handed, now, true);
  // The sender gets the clear phone or WeChat id it needs: each such use is in the access log.
  const uses = decided.filter((d) => d.status === MessageStatus.HANDED_OVER && (d.row.channel === MessageChannel.SMS || d.row.channel === MessageChannel.WECHAT));
  await logSystemUses(
    em,
    shopId,
    uses.map((d) => ({ customerId: d.row.customer_id, field: d.row.channel === MessageChannel.SMS ? ContactField.PHONE : ContactField.WECHAT_ID, purpose: UnmaskPurpose.MESSAGE_DELIVERY, userId: d.row.requested_by_id, reference: `message:${toGlobalId('Message', d.row.id)}` })),
    now,
  );
  if (outcome.deferred > 0) {
    const earliest = Math.min(...decided.filter((d) => d.status === MessageStatus.SCHEDULED).map((d) => d.due.getTime()));
    await queryRows(em, sql`select ${wakeDispatchSql(shopId, earliest - now.getTime())}`);
  }
  return outcome;
}

/**
 * Queues the shop's next dispatch at its earliest message that can go (paused waves' wait for
 * their resume). One already due was held by another transaction: tried again in 5 s.
 */
export async function wakeAtNextDue(em: EntityManager, shopId: number, now: Date): Promise<void> {
  const [next] = await queryRows<{ due_at: Date | null }>(
    em,
    sql`select least(
          (select min(m.due_at) from messages m left join campaign_waves w on w.id = m.wave_id
            where m.shop_id = ${shopId} and m.status = 'SCHEDULED' and (m.wave_id is null or w.status = 'SCHEDULED')),
          (select min(w.sends_at) from campaign_waves w where w.shop_id = ${shopId} and w.status = 'SCHEDULED' and w.materialized_through < ${MEMBERS_DONE})) as due_at`,
  );
  if (next.due_at) await queryRows(em, sql`select ${wakeDispatchSql(shopId, Math.max(5000, new Date(next.due_at).getTime() - now.getTime()), true)}`);
}

/**
 * Queues a dispatch for every shop with a message overdue by more than a minute: its run died
 * with its worker (the transaction rolled back, the message is still scheduled) or its job was
 * lost. Part of the queue's periodic revive task.
 */
export async function reviveStalledDispatch(em: EntityManager, now: Date): Promise<number> {
  const overdue = new Date(now.getTime() - 60_000);
  const shops = await queryRows<{ shop_id: number }>(
    em,
    sql`select m.shop_id from messages m left join campaign_waves w on w.id = m.wave_id
         where m.status = 'SCHEDULED' and m.due_at < ${overdue} and (m.wave_id is null or w.status = 'SCHEDULED')
        union
        select w.shop_id from campaign_waves w where w.status = 'SCHEDULED' and w.sends_at < ${overdue} and w.materialized_through < ${MEMBERS_DONE}`,
  );
  for (const { shop_id } of shops) await queryRows(em, sql`select ${wakeDispatchSql(shop_id, 0)}`);
  return shops.length;
}

/** Messages deferred by quiet hours become due now (the shop changed its quiet hours or time zone); the dispatch decides them again. */
export async function redecideDeferred(em: EntityManager, shopId: number, now: Date): Promise<void> {
  const moved = await queryRows(em, sql`update messages set due_at = ${now} where shop_id = ${shopId} and status = 'SCHEDULED' and rule = 'QUIET_HOURS' and due_at > ${now} returning id`);
  if (moved.length > 0) await queryRows(em, sql`select ${wakeDispatchSql(shopId, 0)}`);
}
