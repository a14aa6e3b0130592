import { FilterQuery } from '@mikro-orm/core';
import type { AuthedContext } from '../context';
import { DomainError, UserError, UserErrorCode } from '../common/user-error';
import { readableCustomers } from '../customers/customer.access';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { Lifecycle, lifecycleCondition, SegmentPolicy, ValueSegment, valueCondition } from './segment';
import type { SegmentPolicyInput } from './segment.resolver';

const FIELDS = ['activeDays', 'sleepingDays', 'churnDays', 'keyMinOrders', 'keyMinSpent', 'bottomMaxSpent'] as const;

export class SegmentService {
  policyOf(shop: Shop): SegmentPolicy {
    return Object.fromEntries(FIELDS.map((f) => [f, shop[f]])) as unknown as SegmentPolicy;
  }

  /** One count per segment, each an index-backed condition on the stored order figures. */
  async counts(ctx: AuthedContext) {
    const shop = (await ctx.loaders.shopById.load(ctx.viewer.shopId))!;
    const policy = this.policyOf(shop);
    const now = ctx.clock.now();
    const scope = readableCustomers(ctx.viewer);
    const count = (condition: FilterQuery<Customer>) => ctx.em.count(Customer, { $and: [scope, condition] });
    const lifecycle = await Promise.all(Object.values(Lifecycle).map(async (segment) => ({ segment, count: await count(lifecycleCondition(segment, policy, now)) })));
    const value = await Promise.all(Object.values(ValueSegment).map(async (segment) => ({ segment, count: await count(valueCondition(segment, policy, now)) })));
    return { lifecycle, value };
  }

  async updatePolicy(ctx: AuthedContext, input: SegmentPolicyInput): Promise<{ segmentPolicy: SegmentPolicy }> {
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    const next = { ...this.policyOf(shop) };
    for (const f of FIELDS) if (input[f] !== undefined && input[f] !== null) next[f] = input[f]!;
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
