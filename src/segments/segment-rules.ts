import { sql, Sql } from '../db/sql';

/** What the segment rules read of a customer (the figures triggers keep on its row). */
export interface SegmentFacts {
  paidOrderCount: number;
  totalSpent: number;
  lastPaidAt: Date | null;
}

type Figure = 'paidOrderCount' | 'totalSpent';
type Comparison = '=' | '<>' | '>=' | '<' | '<=' | '>';

/**
 * A condition on a customer's figures under a policy `P`, as data: one rule, two readings of it
 * (`holds` in TypeScript for one customer, `conditionSql` in SQL for many), so the two cannot
 * drift. Negation is pushed down to comparisons, so SQL's NULLs mean what TypeScript's false does.
 */
export type Condition<P> =
  | { figure: Figure; is: Comparison; than: (policy: P) => number }
  /** Days since the last paid order (whole days, as the reasons say them) compared with a number of the policy. */
  | { daysSincePaid: '>' | '<='; than: (policy: P) => number }
  | { lastPaid: 'missing' | 'present' }
  | { all: Condition<P>[] }
  | { any: Condition<P>[] }
  /** The customer is in one of `segments` of another rule list (value segments read the lifecycle). */
  | { inSegment: string[]; of: SegmentRules<P> };

/** Segments in order: a customer is in the first whose condition holds (the last holds always). */
export type SegmentRules<P> = readonly { segment: string; when: Condition<P> }[];

const DAY = 86_400_000;
/** Whole days since a paid order. */
export const daysSince = (date: Date, now: Date) => Math.floor((now.getTime() - date.getTime()) / DAY);
/** The instant at or before which a paid order is more than `days` whole days old. */
const olderThan = (days: number, now: Date) => new Date(now.getTime() - (days + 1) * DAY);

const FLIPPED: Record<Comparison, Comparison> = { '=': '<>', '<>': '=', '>=': '<', '<': '>=', '<=': '>', '>': '<=' };
const COLUMNS: Record<Figure, string> = { paidOrderCount: 'paid_order_count', totalSpent: 'total_spent' };

const COMPARE: Record<Comparison, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<>': (a, b) => a !== b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
};

export function negate<P>(condition: Condition<P>): Condition<P> {
  if ('figure' in condition) return { ...condition, is: FLIPPED[condition.is] };
  if ('daysSincePaid' in condition) return { ...condition, daysSincePaid: condition.daysSincePaid === '>' ? '<=' : '>' };
  if ('lastPaid' in condition) return { lastPaid: condition.lastPaid === 'missing' ? 'present' : 'missing' };
  if ('all' in condition) return { any: condition.all.map(negate) };
  if ('any' in condition) return { all: condition.any.map(negate) };
  return { inSegment: condition.of.map((rule) => rule.segment).filter((segment) => !condition.inSegment.includes(segment)), of: condition.of };
}

/** One customer under one policy, with the segments found so far (a value rule reads the lifecycle). */
interface Case<P> {
  facts: SegmentFacts;
  policy: P;
  now: Date;
  /** The last segment found, and of which rules (only the lifecycle is read by another list). */
  foundIn: SegmentRules<P> | null;
  found: string;
}
type Test<P> = (at: Case<P>) => boolean;
// Each condition and rule list becomes closures once: a customer's field reads the rules for
// every row of a page.
const tests = new WeakMap<object, Test<never>>();
const lists = new WeakMap<object, Test<never>[]>();

function testOf<P>(condition: Condition<P>): Test<P> {
  const known = tests.get(condition) as Test<P> | undefined;
  if (known) return known;
  let test: Test<P>;
  if ('figure' in condition) {
    const { figure, than } = condition;
    const compare = COMPARE[condition.is];
    test = (at) => compare(at.facts[figure], than(at.policy));
  } else if ('daysSincePaid' in condition) {
    const { than } = condition;
    const compare = COMPARE[condition.daysSincePaid];
    test = (at) => at.facts.lastPaidAt !== null && compare(daysSince(at.facts.lastPaidAt, at.now), than(at.policy));
  } else if ('lastPaid' in condition) {
    const missing = condition.lastPaid === 'missing';
    test = (at) => (at.facts.lastPaidAt === null) === missing;
  } else if ('all' in condition) {
    const parts = condition.all.map((part) => testOf(part));
    test = (at) => {
      for (const part of parts) if (!part(at)) return false;
      return true;
    };
  } else if ('any' in condition) {
    const parts = condition.any.map((part) => testOf(part));
    test = (at) => {
      for (const part of parts) if (part(at)) return true;
      return false;
    };
  } else {
    const { inSegment, of } = condition;
    test = (at) => inSegment.includes(segmentAt(of, at));
  }
  tests.set(condition, test as unknown as Test<never>);
  return test;
}

function segmentAt<P>(rules: SegmentRules<P>, at: Case<P>): string {
  if (at.foundIn === rules) return at.found;
  let list = lists.get(rules) as unknown as Test<P>[] | undefined;
  if (!list) lists.set(rules, (list = rules.map((rule) => testOf(rule.when))) as unknown as Test<never>[]);
  let segment = rules[rules.length - 1].segment;
  for (let i = 0; i < list.length; i++) {
    if (list[i](at)) {
      segment = rules[i].segment;
      break;
    }
  }
  at.foundIn = rules;
  at.found = segment;
  return segment;
}

export function holds<P>(condition: Condition<P>, facts: SegmentFacts, policy: P, now: Date): boolean {
  return testOf(condition)({ facts, policy, now, foundIn: null, found: '' });
}

/** The segment of `rules` a customer is in (the first whose condition holds), and of `then`, which may read the first. */
export function segmentsIn<P>(rules: SegmentRules<P>, then: SegmentRules<P>, facts: SegmentFacts, policy: P, now: Date): [string, string] {
  const at: Case<P> = { facts, policy, now, foundIn: null, found: '' };
  const first = segmentAt(rules, at);
  return [first, segmentAt(then, at)];
}

/** The condition as SQL over the customers table under `alias`. */
export function conditionSql<P>(condition: Condition<P>, policy: P, now: Date, alias: string): Sql {
  const c = sql.raw(alias);
  if ('figure' in condition) return sql`${c}.${sql.raw(COLUMNS[condition.figure])} ${sql.raw(condition.is)} ${condition.than(policy)}`;
  // More than D whole days ago: at or before olderThan(D); at most D: after it.
  if ('daysSincePaid' in condition) return sql`${c}.last_paid_at ${sql.raw(condition.daysSincePaid === '>' ? '<=' : '>')} ${olderThan(condition.than(policy), now)}`;
  if ('lastPaid' in condition) return sql`${c}.last_paid_at ${sql.raw(condition.lastPaid === 'missing' ? 'is null' : 'is not null')}`;
  if ('all' in condition) {
    const parts = simplified(condition.all);
    return parts.length === 0 ? sql`true` : sql`(${sql.join(parts.map((part) => conditionSql(part, policy, now, alias)), ' and ')})`;
  }
  if ('any' in condition) return condition.any.length === 0 ? sql`false` : sql`(${sql.join(condition.any.map((part) => conditionSql(part, policy, now, alias)), ' or ')})`;
  return conditionSql({ any: condition.inSegment.map((segment) => segmentCondition(condition.of, segment)) }, policy, now, alias);
}

/**
 * The parts of a conjunction, shorter and meaning the same: nested conjunctions flattened,
 * `true` dropped, and "in one of these segments" of the same rules met several times narrowed to
 * the segments in all of them (a value segment's "not churned" and "not new" become "sleeping or
 * active", not the two disjunctions of every lifecycle condition).
 */
function simplified<P>(parts: Condition<P>[]): Condition<P>[] {
  const out: Condition<P>[] = [];
  const segments = new Map<SegmentRules<P>, string[]>();
  for (const part of parts.flatMap((p) => ('all' in p ? simplified(p.all) : [p]))) {
    if ('inSegment' in part) {
      const known = segments.get(part.of);
      segments.set(part.of, known ? known.filter((segment) => part.inSegment.includes(segment)) : part.inSegment);
    } else {
      out.push(part);
    }
  }
  for (const [of, inSegment] of segments) out.push({ inSegment, of });
  return out;
}

/** Being in `segment` of `rules`: its own condition, and none of those before it. */
export function segmentCondition<P>(rules: SegmentRules<P>, segment: string): Condition<P> {
  const index = rules.findIndex((rule) => rule.segment === segment);
  return { all: [rules[index].when, ...rules.slice(0, index).map((rule) => negate(rule.when))] };
}
