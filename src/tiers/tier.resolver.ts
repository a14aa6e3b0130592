import { Reads } from '../db/read-columns';
import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { MembershipTier } from './membership-tier.entity';
import { MembershipTierUpsertInput } from './tier.inputs';
import { tierService } from './tier.service';
import { TierChange } from './tier-change.entity';

@ObjectType({ description: 'Result of membershipTierUpsert.' })
class MembershipTierPayload {
  @Field(() => MembershipTier, { nullable: true, description: 'The tier as saved.' })
  membershipTier?: MembershipTier;

  @Field(() => [UserError], { description: 'Why nothing was saved (e.g. TIER_GRADIENT); empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of membershipTiersRecompute.' })
class TiersRecomputePayload {
  @Field(() => Int, { nullable: true, description: 'Customers whose tier changed.' })
  changed?: number;

  @Field(() => [UserError], { description: 'Why nothing was done; empty on success.' })
  userErrors: UserError[];
}

@Resolver(() => MembershipTier)
export class TierResolver {
  @Authorized()
  @Query(() => [MembershipTier], { description: 'The shop\'s membership tiers, lowest rank first (a handful).' })
  membershipTiers(@Ctx() ctx: Context) {
    return tierService.read(requireViewer(ctx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MembershipTierPayload, { description: 'Creates or replaces the tier of a rank; refused unless higher ranks need more and give more.' })
  membershipTierUpsert(@Arg('input', () => MembershipTierUpsertInput, { description: 'The tier.' }) input: MembershipTierUpsertInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => tierService.upsert(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TiersRecomputePayload, { description: 'Recomputes every customer\'s tier (after tiers change, or as orders leave the window).' })
  membershipTiersRecompute(@Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => tierService.recomputeAll(tx));
  }
}

@Resolver(() => TierChange)
export class TierChangeResolver {
  @FieldResolver(() => MembershipTier, { nullable: true, description: 'The tier before (null: none).' })
  fromTier(@Root() change: TierChange, @Ctx() ctx: Context) {
    return change.fromTier ? ctx.loaders.tierById.read(change.fromTier.id) : null;
  }

  @FieldResolver(() => MembershipTier, { nullable: true, description: 'The tier after (null: none).' })
  toTier(@Root() change: TierChange, @Ctx() ctx: Context) {
    return change.toTier ? ctx.loaders.tierById.read(change.toTier.id) : null;
  }
}

@Resolver(() => Customer)
export class CustomerTierResolver {
  @FieldResolver(() => MembershipTier, { nullable: true, description: 'The membership tier the customer\'s paid orders earn.' })
  tier(@Root() customer: Customer, @Ctx() ctx: Context) {
    return customer.tier ? ctx.loaders.tierById.read(customer.tier.id) : null;
  }

  @FieldResolver(() => [TierChange], { description: 'Tier changes, newest first (a customer has few).' })
  @Reads()
  tierHistory(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.tierChangesByCustomer.load(customer.id);
  }
}
