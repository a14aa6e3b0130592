import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Customer } from '../customers/customer.entity';
import type { Sql } from '../db/sql';
import { conditionSql, daysSince, SegmentFacts, segmentCondition, segmentsIn, SegmentRules } from './segment-rules';

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

const money = (minor: number) => (minor / 100).toFixed(2);
const always = { all: [] };

/**
 * The lifecycle rule, written once: in order, a customer is in the first segment whose
 * condition holds. `segmentOf` reads it for one customer, `lifecycleSql` for filters and counts.
 */
export const LIFECYCLE_RULES: SegmentRules<SegmentPolicy> = [
  { segment: Lifecycle.PROSPECT, when: { any: [{ figure: 'paidOrderCount', is: '<=', than: () => 0 }, { lastPaid: 'missing' }] } },
  { segment: Lifecycle.CHURNED, when: { daysSincePaid: '>', than: (p) => p.churnDays } },
  { segment: Lifecycle.SLEEPING, when: { daysSincePaid: '>', than: (p) => p.sleepingDays } },
  { segment: Lifecycle.NEW, when: { all: [{ figure: 'paidOrderCount', is: '=', than: () => 1 }, { daysSincePaid: '<=', than: (p) => p.activeDays }] } },
  { segment: Lifecycle.ACTIVE, when: always },
];

/** The value rule, written once, in the same form (it reads the lifecycle first). */
export const VALUE_RULES: SegmentRules<SegmentPolicy> = [
  { segment: ValueSegment.CHURNED, when: { inSegment: [Lifecycle.CHURNED], of: LIFECYCLE_RULES } },
  { segment: ValueSegment.NEW, when: { inSegment: [Lifecycle.PROSPECT, Lifecycle.NEW], of: LIFECYCLE_RULES } },
  { segment: ValueSegment.KEY, when: { all: [{ figure: 'paidOrderCount', is: '>=', than: (p) => p.keyMinOrders }, { figure: 'totalSpent', is: '>=', than: (p) => p.keyMinSpent }] } },
  { segment: ValueSegment.BOTTOM, when: { figure: 'totalSpent', is: '<=', than: (p) => p.bottomMaxSpent } },
  { segment: ValueSegment.MID, when: always },
];

/** Why a customer is in their segments, in words (the rules decide; this only explains). */
function reasonsFor(facts: SegmentFacts, policy: SegmentPolicy, now: Date, lifecycle: Lifecycle, value: ValueSegment): string[] {
  const days = facts.lastPaidAt ? daysSince(facts.lastPaidAt, now) : 0;
  const reasons = [lifecycleReason(lifecycle, days, policy)];
  if (value === ValueSegment.KEY) reasons.push(`${facts.paidOrderCount} paid orders, ${money(facts.totalSpent)} spent (key from ${policy.keyMinOrders} orders and ${money(policy.keyMinSpent)})`);
  if (value === ValueSegment.BOTTOM) reasons.push(`${money(facts.totalSpent)} spent (bottom up to ${money(policy.bottomMaxSpent)})`);
  if (value === ValueSegment.MID) reasons.push(`${facts.paidOrderCount} paid orders, ${money(facts.totalSpent)} spent (between bottom and key)`);
  return reasons;
}

function lifecycleReason(lifecycle: Lifecycle, days: number, policy: SegmentPolicy): string {
  switch (lifecycle) {
    case Lifecycle.PROSPECT:
      return 'no paid order yet';
    case Lifecycle.CHURNED:
      return `last paid order ${days} days ago (churned after ${policy.churnDays})`;
    case Lifecycle.SLEEPING:
      return `last paid order ${days} days ago (sleeping after ${policy.sleepingDays})`;
    case Lifecycle.NEW:
      return `first and only paid order ${days} days ago (new within ${policy.activeDays})`;
    case Lifecycle.ACTIVE:
      return `last paid order ${days} days ago (active within ${policy.sleepingDays})`;
  }
}

export function segmentOf(customer: Pick<Customer, 'paidOrderCount' | 'totalSpent' | 'lastPaidAt' | 'firstPaidAt'>, policy: SegmentPolicy, now: Date): CustomerSegment {
  const [lifecycle, value] = segmentsIn(LIFECYCLE_RULES, VALUE_RULES, customer, policy, now) as [Lifecycle, ValueSegment];
  return { lifecycle, value, reasons: reasonsFor(customer, policy, now, lifecycle, value) };
}

/** Customers in a lifecycle segment, as an SQL condition over the customers table under `alias` (filters, counts). */
export function lifecycleSql(lifecycle: Lifecycle, policy: SegmentPolicy, now: Date, alias: string): Sql {
  return conditionSql(segmentCondition(LIFECYCLE_RULES, lifecycle), policy, now, alias);
}

/** Customers in a value segment, as `lifecycleSql`. */
export function valueSql(value: ValueSegment, policy: SegmentPolicy, now: Date, alias: string): Sql {
  return conditionSql(segmentCondition(VALUE_RULES, value), policy, now, alias);
}
