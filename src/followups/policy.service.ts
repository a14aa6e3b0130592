import type { AuthedContext } from '../context';
import { DomainError, UserError, UserErrorCode } from '../common/user-error';
import { Shop } from '../shops/shop.entity';
import type { FollowUpPolicy } from './follow-up.resolver';
import { FollowUpPolicyInput } from './follow-up.inputs';

const RANGES: Record<keyof Omit<FollowUpPolicy, 'reclaimToPool'>, [number, number]> = {
  firstCycleDays: [1, 365],
  retryCycleDays: [1, 365],
  revisitCycleDays: [1, 365],
  maxRetryCycles: [0, 20],
};

export class PolicyService {
  of(shop: Shop): FollowUpPolicy {
    return {
      firstCycleDays: shop.firstCycleDays,
      retryCycleDays: shop.retryCycleDays,
      revisitCycleDays: shop.revisitCycleDays,
      maxRetryCycles: shop.maxRetryCycles,
      reclaimToPool: shop.reclaimToPool,
    };
  }

  async update(ctx: AuthedContext, input: FollowUpPolicyInput): Promise<{ followUpPolicy: FollowUpPolicy }> {
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    const errors: UserError[] = [];
    for (const [key, [min, max]] of Object.entries(RANGES) as [keyof typeof RANGES, [number, number]][]) {
      const value = input[key];
      if (value === undefined || value === null) continue;
      if (value < min || value > max) errors.push(new UserError(UserErrorCode.INVALID_INPUT, `${key} must be from ${min} to ${max}.`, ['input', key]));
      else shop[key] = value;
    }
    if (errors.length) throw new DomainError(errors);
    if (input.reclaimToPool !== undefined && input.reclaimToPool !== null) shop.reclaimToPool = input.reclaimToPool;
    await ctx.em.flush();
    return { followUpPolicy: this.of(shop) };
  }
}

export const policyService = new PolicyService();
