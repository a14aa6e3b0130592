import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Customer } from '../customers/customer.entity';
import { sql, Sql } from '../db/sql';

export enum Lifecycle {
  PROSPECT = 'PROSPECT',
  NEW = 'NEW',
  ACTIVE = 'ACTIVE',
  SLEEPING = 'SLEEPING',
  CHURNED = 'CHURNED',
}
registerEnumType(Lifecycle, {
  name: 'Lifecycle',
  description: 'Where a customer is by recency of purchase (the shop\'s segment policy).',
  valuesConfig: {
    PROSPECT: { description: 'No paid order yet.' },
    NEW: { description: 'One paid order, within activeDays.' },
    ACTIVE: { description: 'Bought within sleepingDays.' },
    SLEEPING: { description: 'No purchase for more than sleepingDays: wake them before a big promotion.' },
    CHURNED: { description: 'No purchase for more than churnDays.' },
  },
});

export enum ValueSegment {
  KEY = 'KEY',
  MID = 'MID',
  BOTTOM = 'BOTTOM',
  NEW = 'NEW',
  CHURNED = 'CHURNED',
}
registerEnumType(ValueSegment, {
  name: 'ValueSegment',
  description: 'What a customer is worth (key, mid "waist", bottom), or new / churned.',
  valuesConfig: {
    KEY: { description: 'At least keyMinOrders paid orders and keyMinSpent spent.' },
    MID: { description: 'Between bottom and key.' },
    BOTTOM: { description: 'Spent at most bottomMaxSpent.' },
    NEW: { description: 'A prospect or a new buyer: too early to say.' },
    CHURNED: { description: 'Churned.' },
  },
});

/** The thresholds a shop tunes; segments follow them at once, nothing is stored per customer. */
export interface SegmentPolicy {
  activeDays: number;
  sleepingDays: number;
  churnDays: number;
  keyMinOrders: number;
  keyMinSpent: number;
  bottomMaxSpent: number;
}

@ObjectType({ simpleResolvers: true, description: 'A customer\'s segment, with the reasons for it.' })
export class CustomerSegment {
  @Field(() => Lifecycle, { description: 'By recency of purchase.' })
  lifecycle: Lifecycle;

  @Field(() => ValueSegment, { description: 'By value.' })
  value: ValueSegment;

  @Field(() => [String], { description: 'Why, e.g. "last paid order 95 days ago (sleeping after 90)".' })
  reasons: string[];
}

const DAY = 86_400_000;
/** Whole days since a paid order, as the reasons say them. */
const daysSince = (date: Date, now: Date) => Math.floor((now.getTime() - date.getTime()) / DAY);
/** The instant before which a paid order is more than `days` whole days old. */
const olderThan = (days: number, now: Date) => new Date(now.getTime() - (days + 1) * DAY);
const money = (minor: number) => (minor / 100).toFixed(2);

export function segmentOf(customer: Pick<Customer, 'paidOrderCount' | 'totalSpent' | 'lastPaidAt' | 'firstPaidAt'>, policy: SegmentPolicy, now: Date): CustomerSegment {
  const reasons: string[] = [];
  let lifecycle: Lifecycle;
  if (customer.paidOrderCount === 0 || !customer.lastPaidAt) {
    lifecycle = Lifecycle.PROSPECT;
    reasons.push('no paid order yet');
  } else {
    const days = daysSince(customer.lastPaidAt, now);
    if (days > policy.churnDays) {
      lifecycle = Lifecycle.CHURNED;
      reasons.push(`last paid order ${days} days ago (churned after ${policy.churnDays})`);
    } else if (days > policy.sleepingDays) {
      lifecycle = Lifecycle.SLEEPING;
      reasons.push(`last paid order ${days} days ago (sleeping after ${policy.sleepingDays})`);
    } else if (customer.paidOrderCount === 1 && days <= policy.activeDays) {
      lifecycle = Lifecycle.NEW;
      reasons.push(`first and only paid order ${days} days ago (new within ${policy.activeDays})`);
    } else {
      lifecycle = Lifecycle.ACTIVE;
      reasons.push(`last paid order ${days} days ago (active within ${policy.sleepingDays})`);
    }
  }
  let value: ValueSegment;
  if (lifecycle === Lifecycle.CHURNED) value = ValueSegment.CHURNED;
  else if (lifecycle === Lifecycle.PROSPECT || lifecycle === Lifecycle.NEW) value = ValueSegment.NEW;
  else if (customer.paidOrderCount >= policy.keyMinOrders && customer.totalSpent >= policy.keyMinSpent) {
    value = ValueSegment.KEY;
    reasons.push(`${customer.paidOrderCount} paid orders, ${money(customer.totalSpent)} spent (key from ${policy.keyMinOrders} orders and ${money(policy.keyMinSpent)})`);
  } else if (customer.totalSpent <= policy.bottomMaxSpent) {
    value = ValueSegment.BOTTOM;
    reasons.push(`${money(customer.totalSpent)} spent (bottom up to ${money(policy.bottomMaxSpent)})`);
  } else {
    value = ValueSegment.MID;
    reasons.push(`${customer.paidOrderCount} paid orders, ${money(customer.totalSpent)} spent (between bottom and key)`);
  }
  return { lifecycle, value, reasons };
}

/**
 * The same rules as SQL conditions over the customers table under `alias`, for filters and
 * counts over many customers. A test checks that these and `segmentOf` put every customer in
 * the same segments.
 */
export function lifecycleSql(lifecycle: Lifecycle, policy: SegmentPolicy, now: Date, alias: string): Sql {
  const c = sql.raw(alias);
  const churned = olderThan(policy.churnDays, now);
  const sleeping = olderThan(policy.sleepingDays, now);
  const fresh = olderThan(policy.activeDays, now);
  switch (lifecycle) {
    case Lifecycle.PROSPECT:
      return sql`${c}.paid_order_count = 0`;
    case Lifecycle.CHURNED:
      return sql`(${c}.paid_order_count > 0 and ${c}.last_paid_at <= ${churned})`;
    case Lifecycle.SLEEPING:
      return sql`(${c}.paid_order_count > 0 and ${c}.last_paid_at <= ${sleeping} and ${c}.last_paid_at > ${churned})`;
    case Lifecycle.NEW:
      return sql`(${c}.paid_order_count = 1 and ${c}.last_paid_at > ${fresh})`;
    case Lifecycle.ACTIVE:
      return sql`(${c}.paid_order_count > 0 and ${c}.last_paid_at > ${sleeping} and not (${c}.paid_order_count = 1 and ${c}.last_paid_at > ${fresh}))`;
  }
}

export function valueSql(value: ValueSegment, policy: SegmentPolicy, now: Date, alias: string): Sql {
  const c = sql.raw(alias);
  const established = sql`(${c}.paid_order_count > 0 and ${c}.last_paid_at > ${olderThan(policy.churnDays, now)} and not ${lifecycleSql(Lifecycle.NEW, policy, now, alias)})`;
  const key = sql`(${c}.paid_order_count >= ${policy.keyMinOrders} and ${c}.total_spent >= ${policy.keyMinSpent})`;
  switch (value) {
    case ValueSegment.CHURNED:
      return lifecycleSql(Lifecycle.CHURNED, policy, now, alias);
    case ValueSegment.NEW:
      return sql`(${lifecycleSql(Lifecycle.PROSPECT, policy, now, alias)} or ${lifecycleSql(Lifecycle.NEW, policy, now, alias)})`;
    case ValueSegment.KEY:
      return sql`(${established} and ${key})`;
    case ValueSegment.BOTTOM:
      return sql`(${established} and not ${key} and ${c}.total_spent <= ${policy.bottomMaxSpent})`;
    case ValueSegment.MID:
      return sql`(${established} and not ${key} and ${c}.total_spent > ${policy.bottomMaxSpent})`;
  }
}
