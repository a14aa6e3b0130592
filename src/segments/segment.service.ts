import type { AuthedContext } from '../context';
import { DomainError, UserError, UserErrorCode } from '../common/user-error';
import { readableCustomers } from '../customers/customer.access';
import { queryRows, sql } from '../db/sql';
import { Shop } from '../shops/shop.entity';
import { Lifecycle, lifecycleSql, SegmentPolicy, ValueSegment, valueSql } from './segment';
import type { SegmentPolicyInput } from './segment.resolver';

/** The shop's columns that hold its segment thresholds. */
export const SEGMENT_POLICY_FIELDS = ['activeDays', 'sleepingDays', 'churnDays', 'keyMinOrders', 'keyMinSpent', 'bottomMaxSpent'] as const;

export class SegmentService {
  policyOf(shop: Shop): SegmentPolicy {
    return Object.fromEntries(SEGMENT_POLICY_FIELDS.map((f) => [f, shop[f]])) as unknown as SegmentPolicy;
  }

  /** Every segment's size among the customers the viewer may read, in one pass. */
  async counts(ctx: AuthedContext) {
    const shop = (await ctx.loaders.shopById.load(ctx.viewer.shopId))!;
    const policy = this.policyOf(shop);
    const now = ctx.clock.now();
    const lifecycles = Object.values(Lifecycle);
    const values = Object.values(ValueSegment);
    const counts = [
      ...lifecycles.map((segment) => sql`count(*) filter (where ${lifecycleSql(segment, policy, now, 'c')})::int`),
      ...values.map((segment) => sql`count(*) filter (where ${valueSql(segment, policy, now, 'c')})::int`),
    ];
    const [row] = await queryRows(ctx.em, sql`select json_build_array(${sql.join(counts, ', ')}) as counts from customers c where ${readableCustomers(ctx.viewer, 'c')}`);
    const n = row.counts as number[];
    return {
      lifecycle: lifecycles.map((segment, i) => ({ segment, count: n[i] })),
      value: values.map((segment, i) => ({ segment, count: n[lifecycles.length + i] })),
    };
  }

  async updatePolicy(ctx: AuthedContext, input: SegmentPolicyInput): Promise<{ segmentPolicy: SegmentPolicy }> {
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    const next = { ...this.policyOf(shop) };
    for (const f of SEGMENT_POLICY_FIELDS) if (input[f] !== undefined && input[f] !== null) next[f] = input[f]!;
    const errors: UserError[] = [];
    const check = (ok: boolean, field: string, message: string) => ok || errors.push(new UserError(UserErrorCode.INVALID_INPUT, message, ['input', field]));
    check(next.activeDays >= 1 && next.activeDays < next.sleepingDays, 'activeDays', 'activeDays must be at least 1 and below sleepingDays.');
    check(next.sleepingDays < next.churnDays, 'sleepingDays', 'sleepingDays must be below churnDays.');
    check(next.churnDays <= 3650, 'churnDays', 'churnDays must be at most 3650.');
    check(next.keyMinOrders >= 1 && next.keyMinOrders <= 1000, 'keyMinOrders', 'keyMinOrders must be from 1 to 1000.');
    check(next.bottomMaxSpent >= 0 && next.bottomMaxSpent < next.keyMinSpent, 'bottomMaxSpent', 'bottomMaxSpent must be 0 or more and below keyMinSpent.');
    if (errors.length) throw new DomainError(errors);
    Object.assign(shop, next);
    await ctx.em.flush();
    return { segmentPolicy: next };
  }
}

export const segmentService = new SegmentService();
