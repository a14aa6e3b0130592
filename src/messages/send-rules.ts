import { createHash } from 'node:crypto';
import { addDays, localDate, startOfLocalDay } from '../common/zoned-time';

/**
 * The rules every outbound message passes (issue #18, part 4), as pure functions: what the shop
 * allows, what is known of the customer and of what they were sent, in; a decision with the rule
 * that made it, out. The caller counts the messages already sent (calendar days and weeks of the
 * shop's time zone) and records the decision in the ledger.
 */

/** Marketing needs consent and counts against the marketing caps; transactional messages (payment reminders, logistics) have their own caps. */
export type MessagePurpose = 'MARKETING' | 'TRANSACTIONAL';

export interface SendPolicy {
  /** Messages a customer may get per calendar day and per calendar week, per purpose. */
  caps: Record<MessagePurpose, { day: number; week: number }>;
  /** Quiet hours in shop time, minutes after midnight: [start, end), may wrap past midnight (22:00–08:00). */
  quietFrom: number;
  quietUntil: number;
  /** Whether a promotion day of the calendar opens the quiet hours (marketing only). */
  openOnPromotionDays: boolean;
}

export const DEFAULT_SEND_POLICY: SendPolicy = {
  caps: { MARKETING: { day: 1, week: 3 }, TRANSACTIONAL: { day: 3, week: 10 } },
  quietFrom: 22 * 60,
  quietUntil: 8 * 60,
  openOnPromotionDays: false,
};

export interface SendCase {
  now: Date;
  timezone: string;
  purpose: MessagePurpose;
  /** The customer's marketing consent: granted (with evidence), withdrawn (opted out) or never asked. */
  consent: 'GRANTED' | 'WITHDRAWN' | 'NONE';
  /** Messages of the same purpose already sent (or scheduled) today and this week, shop time. */
  sentToday: number;
  sentThisWeek: number;
  /** The customer falls in the campaign's holdout (marketing only). */
  holdout?: boolean;
  /** A tag of the customer the audience excludes (reseller, large-order…). */
  excludedTag?: string | null;
  /** Today is a promotion day of the shop's calendar. */
  promotionDay?: boolean;
}

export type SkipRule = 'HOLDOUT' | 'EXCLUDED_TAG' | 'NO_CONSENT' | 'OPTED_OUT' | 'CAPPED_DAY' | 'CAPPED_WEEK';
export type SendDecision = { outcome: 'SEND'; at: Date } | { outcome: 'DEFER'; at: Date; rule: 'QUIET_HOURS' } | { outcome: 'SKIP'; rule: SkipRule; detail: string };

/** Minutes after local midnight of an instant in the zone. */
function localMinutes(instant: Date, timezone: string): number {
  return Math.floor((instant.getTime() - startOfLocalDay(localDate(instant, timezone), timezone).getTime()) / 60_000);
}

/** When the quiet hours holding `now` end (null: `now` is not in them). */
export function quietHoursEnd(now: Date, timezone: string, quietFrom: number, quietUntil: number): Date | null {
  if (quietFrom === quietUntil) return null;
  const minutes = localMinutes(now, timezone);
  const wraps = quietFrom > quietUntil;
  const inside = wraps ? minutes >= quietFrom || minutes < quietUntil : minutes >= quietFrom && minutes < quietUntil;
  if (!inside) return null;
  const today = localDate(now, timezone);
  const endDay = wraps && minutes >= quietFrom ? addDays(today, 1) : today;
  return new Date(startOfLocalDay(endDay, timezone).getTime() + quietUntil * 60_000);
}

/** Whether a customer is in a campaign's holdout: a deterministic hash of both, so a re-run never moves anyone. */
export function inHoldout(campaignId: number, customerId: number, share: number): boolean {
  const hash = createHash('sha256').update(`${campaignId}:${customerId}`).digest();
  return hash.readUInt32BE(0) / 2 ** 32 < share;
}

/**
 * The decision for one message. Order: who must never get it (holdout, excluded tag, consent),
 * then how many they got (caps), then when (quiet hours defer, never drop). An opt-out stops
 * marketing only: a payment reminder is a notice, not an offer.
 */
export function decideSend(c: SendCase, policy: SendPolicy = DEFAULT_SEND_POLICY): SendDecision {
  if (c.purpose === 'MARKETING') {
    if (c.holdout) return { outcome: 'SKIP', rule: 'HOLDOUT', detail: 'In the campaign\'s holdout: measured, never sent.' };
    if (c.excludedTag) return { outcome: 'SKIP', rule: 'EXCLUDED_TAG', detail: `Tagged "${c.excludedTag}", which the audience excludes.` };
    if (c.consent === 'WITHDRAWN') return { outcome: 'SKIP', rule: 'OPTED_OUT', detail: 'Opted out of marketing.' };
    if (c.consent !== 'GRANTED') return { outcome: 'SKIP', rule: 'NO_CONSENT', detail: 'No recorded consent to marketing.' };
  }
  const cap = policy.caps[c.purpose];
  if (c.sentToday >= cap.day) return { outcome: 'SKIP', rule: 'CAPPED_DAY', detail: `${c.sentToday} ${c.purpose.toLowerCase()} message(s) today; the cap is ${cap.day}.` };
  if (c.sentThisWeek >= cap.week) return { outcome: 'SKIP', rule: 'CAPPED_WEEK', detail: `${c.sentThisWeek} ${c.purpose.toLowerCase()} message(s) this week; the cap is ${cap.week}.` };
  const open = c.purpose === 'MARKETING' && c.promotionDay && policy.openOnPromotionDays;
  const until = open ? null : quietHoursEnd(c.now, c.timezone, policy.quietFrom, policy.quietUntil);
  return until ? { outcome: 'DEFER', at: until, rule: 'QUIET_HOURS' } : { outcome: 'SEND', at: c.now };
}

/** Replies that opt a buyer out: 退订 anywhere (the carriers' convention), or the whole reply one of the short keywords. */
const OPT_OUT_WORDS = new Set(['TD', 'T', 'N', 'STOP', 'UNSUBSCRIBE', '取消', '取消订阅', '不要再发']);

/** Whether a buyer's reply to a message is an opt-out. */
export function isOptOutReply(text: string): boolean {
  const reply = text.normalize('NFKC').trim().toUpperCase().replace(/[\s。.!！]+$/u, '');
  return reply.includes('退订') || OPT_OUT_WORDS.has(reply);
}
