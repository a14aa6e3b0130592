import { Reads } from '../db/read-columns';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { badUserInput, UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { Order } from '../orders/order.entity';
import { MembershipTier } from '../tiers/membership-tier.entity';
import { User } from '../users/user.entity';
import { CouponStatus } from './coupon.enums';
import { Coupon } from './coupon.entity';
import { CouponFilter, CouponIssueInput, CouponRedeemInput, CouponTemplateInput } from './coupon.inputs';
import { couponService } from './coupon.service';
import { CouponTemplate, TierDiscount } from './coupon-template.entity';

@ObjectType({ description: 'Result of couponTemplateCreate / couponTemplateUpdate.' })
class CouponTemplatePayload {
  @Field(() => CouponTemplate, { nullable: true, description: 'The template as saved.' })
  couponTemplate?: CouponTemplate;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of couponIssue / couponRevoke.' })
class CouponPayload {
  @Field(() => Coupon, { nullable: true, description: 'The coupon.' })
  coupon?: Coupon;

  @Field(() => [UserError], { description: 'Why nothing was done; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of couponRedeem.' })
class CouponRedeemPayload {
  @Field(() => Coupon, { nullable: true, description: 'The redeemed coupon.' })
  coupon?: Coupon;

  @Field(() => Int, { nullable: true, description: 'The discount applied to the order, in minor units.' })
  discountApplied?: number;

  @Field(() => [UserError], { description: 'Why it was not redeemed; empty on success.' })
  userErrors: UserError[];
}

const CouponConnection = Connection(Coupon, 'Coupon', 'coupon');
const CouponTemplateConnection = Connection(CouponTemplate, 'CouponTemplate', 'coupon template');

@Resolver(() => Coupon)
export class CouponResolver {
  @Authorized(Role.ADMIN, Role.SALES)
  @Query(() => CouponTemplateConnection, { description: 'The shop\'s coupon templates, newest first.' })
  couponTemplates(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return couponService.listTemplates(requireViewer(ctx), page);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CouponTemplatePayload, { description: 'Creates a coupon template (purpose, discount, per-tier discounts, conditions, stock).' })
  couponTemplateCreate(@Arg('input', () => CouponTemplateInput, { description: 'The template.' }) input: CouponTemplateInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => couponService.createTemplate(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CouponTemplatePayload, { description: 'Changes a coupon template; coupons issued before keep their terms.' })
  couponTemplateUpdate(
    @Arg('id', () => ID, { description: 'The template.' }) id: string,
    @Arg('input', () => CouponTemplateInput, { description: 'What to change.' }) input: CouponTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => couponService.updateTemplate(tx, id, input));
  }

  @Authorized(Role.ADMIN, Role.SALES)
  @Mutation(() => CouponPayload, { description: 'Issues a coupon to a customer you serve (owner, lead, admin), with the discount of their tier.' })
  couponIssue(@Arg('input', () => CouponIssueInput, { description: 'Template, customer and idempotency key.' }) input: CouponIssueInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => couponService.issue(tx, input));
  }

  @Authorized(Role.ADMIN, Role.SALES, Role.CUSTOMER_SERVICE)
  @Mutation(() => CouponRedeemPayload, { description: 'Uses a coupon on an order of its customer: exactly once.' })
  couponRedeem(@Arg('input', () => CouponRedeemInput, { description: 'Code and order.' }) input: CouponRedeemInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => couponService.redeem(tx, input));
  }

  @Authorized(Role.ADMIN, Role.SALES)
  @Mutation(() => CouponPayload, { description: 'Withdraws an unused coupon.' })
  couponRevoke(
    @Arg('id', () => ID, { description: 'The coupon.' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why (kept).' }) reason: string | undefined,
    @Ctx() ctx: Context,
  ) {
    if (reason && reason.length > 500) throw badUserInput('The reason must be at most 500 characters.', 'reason');
    return runMutation(ctx, undefined, (tx) => couponService.revoke(tx, id, reason));
  }

  @Authorized()
  @Query(() => CouponConnection, { description: 'Coupons of the customers you may see, newest first.' })
  coupons(
    @Arg('filter', () => CouponFilter, { nullable: true, description: 'Which coupons.' }) filter: CouponFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return couponService.list(requireViewer(ctx), filter, page);
  }

  @FieldResolver(() => CouponStatus, { description: 'Issued, redeemed, expired or revoked (as of now).' })
  status(@Root() coupon: Coupon, @Ctx() ctx: Context) {
    return coupon.statusAt(ctx.clock.now());
  }

  @FieldResolver(() => CouponTemplate, { nullable: true, description: 'The template it came from.' })
  template(@Root() coupon: Coupon, @Ctx() ctx: Context) {
    return ctx.loaders.couponTemplateById.read(coupon.template.id);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer it was given to.' })
  customer(@Root() coupon: Coupon, @Ctx() ctx: Context) {
    return ctx.loaders.customerById.read(coupon.customer.id);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order it was used on.' })
  order(@Root() coupon: Coupon, @Ctx() ctx: Context) {
    return coupon.order ? ctx.loaders.orderById.read(coupon.order.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who issued it.' })
  issuedBy(@Root() coupon: Coupon, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(coupon.issuedBy.id);
  }
}

@Resolver(() => TierDiscount)
export class TierDiscountResolver {
  @FieldResolver(() => MembershipTier, { nullable: true, description: 'The tier.' })
  tier(@Root() discount: TierDiscount, @Ctx() ctx: Context) {
    return ctx.loaders.tierById.read(discount.tierId);
  }
}

@Resolver(() => Customer)
export class CustomerCouponsResolver {
  @FieldResolver(() => [Coupon], { description: 'The customer\'s newest coupons (first: 1–50, default 10).' })
  @Reads()
  coupons(@Root() customer: Customer, @Arg('first', () => Int, { nullable: true, description: 'How many (1–50, default 10).' }) first: number | undefined, @Ctx() ctx: Context) {
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badUserInput('first must be from 1 to 50.', 'first');
    return ctx.loaders.newestCouponsByCustomer.load(`${customer.id}:${limit}`);
  }
}
