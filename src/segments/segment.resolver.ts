import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { Reads } from '../db/read-columns';
import { UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { CustomerSegment, Lifecycle, segmentOf, ValueSegment } from './segment';
import { SEGMENT_POLICY_FIELDS, segmentService } from './segment.service';

@ObjectType({ simpleResolvers: true, description: 'The shop\'s segment thresholds (applied when segments are read).' })
export class SegmentPolicyType {
  @Field(() => Int, { description: 'A buyer with one paid order is NEW within this many days (default 30).' })
  activeDays: number;

  @Field(() => Int, { description: 'No purchase for more days than this: SLEEPING (default 90).' })
  sleepingDays: number;

  @Field(() => Int, { description: 'No purchase for more days than this: CHURNED (default 180).' })
  churnDays: number;

  @Field(() => Int, { description: 'Paid orders needed for KEY (default 2).' })
  keyMinOrders: number;

  @Field(() => Int, { description: 'Spend needed for KEY, minor units (default 100000).' })
  keyMinSpent: number;

  @Field(() => Int, { description: 'Spend up to which a customer is BOTTOM, minor units (default 10000).' })
  bottomMaxSpent: number;
}

@InputType({ description: 'New segment thresholds. Omitted fields stay as they are.' })
export class SegmentPolicyInput {
  @Field(() => Int, { nullable: true, description: 'See SegmentPolicy.activeDays.' })
  activeDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'See SegmentPolicy.sleepingDays.' })
  sleepingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'See SegmentPolicy.churnDays.' })
  churnDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'See SegmentPolicy.keyMinOrders.' })
  keyMinOrders?: number | null;

  @Field(() => Int, { nullable: true, description: 'See SegmentPolicy.keyMinSpent.' })
  keyMinSpent?: number | null;

  @Field(() => Int, { nullable: true, description: 'See SegmentPolicy.bottomMaxSpent.' })
  bottomMaxSpent?: number | null;
}

@ObjectType({ description: 'Result of segmentPolicyUpdate.' })
class SegmentPolicyPayload {
  @Field(() => SegmentPolicyType, { nullable: true, description: 'The policy as saved.' })
  segmentPolicy?: SegmentPolicyType;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'How many customers a lifecycle segment holds.' })
class LifecycleCount {
  @Field(() => Lifecycle, { description: 'The segment.' })
  segment: Lifecycle;

  @Field(() => Int, { description: 'Customers in it.' })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many customers a value segment holds.' })
class ValueCount {
  @Field(() => ValueSegment, { description: 'The segment.' })
  segment: ValueSegment;

  @Field(() => Int, { description: 'Customers in it.' })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'The size of every segment among the customers you may see.' })
class SegmentCounts {
  @Field(() => [LifecycleCount], { description: 'By lifecycle.' })
  lifecycle: LifecycleCount[];

  @Field(() => [ValueCount], { description: 'By value.' })
  value: ValueCount[];
}

@Resolver(() => Customer)
export class SegmentResolver {
  @FieldResolver(() => CustomerSegment, { description: 'Lifecycle and value segment, with the reasons, under the shop\'s current thresholds.' })
  @Reads<Customer>('paidOrderCount', 'totalSpent', 'lastPaidAt', 'firstPaidAt')
  segment(@Root() customer: Customer, @Ctx() ctx: Context) {
    const { viewer, loaders, clock } = requireViewer(ctx);
    // The caller's shop came with the caller, so this is answered at once, not as a promise.
    const shop = loaders.shopById.read(viewer.shopId);
    return shop instanceof Promise ? shop.then((read) => segmentOf(customer, read!, clock.now())) : segmentOf(customer, shop!, clock.now());
  }

  @Authorized()
  @Query(() => SegmentCounts, { description: 'How many of the customers you may see are in each segment.' })
  segmentCounts(@Ctx() ctx: Context) {
    return segmentService.counts(requireViewer(ctx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SegmentPolicyPayload, { description: 'Changes the segment thresholds; every customer\'s segment follows at once.' })
  segmentPolicyUpdate(@Arg('input', () => SegmentPolicyInput, { description: 'The thresholds.' }) input: SegmentPolicyInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => segmentService.updatePolicy(tx, input));
  }
}

@Resolver(() => Shop)
export class ShopSegmentPolicyResolver {
  @FieldResolver(() => SegmentPolicyType, { description: 'The segment thresholds.' })
  @Reads<Shop>(...SEGMENT_POLICY_FIELDS)
  segmentPolicy(@Root() shop: Shop): SegmentPolicyType {
    return segmentService.policyOf(shop);
  }
}
