import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { UserError } from '../common/user-error';
import { CouponTemplate } from '../coupons/coupon-template.entity';
import { Reads } from '../db/read-columns';
import { MessageTemplate } from '../messages/message-template.entity';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { CareRuleInput } from './care.inputs';
import { careService } from './care.service';
import { CareRule } from './care-rule.entity';

@ObjectType({ description: 'Result of careRuleSet.' })
class CareRulePayload {
  @Field(() => CareRule, { nullable: true, description: 'The rule as saved.' })
  careRule?: CareRule;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@Resolver(() => CareRule)
export class CareRuleResolver {
  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => [CareRule], { description: 'The shop\'s care rules (one per kind that was set).' })
  careRules(@Ctx() ctx: Context) {
    return careService.list(requireViewer(ctx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CareRulePayload, { description: 'Sets the care rule of a kind: its template, coupon, delay, on or off.' })
  careRuleSet(@Arg('input', () => CareRuleInput, { description: 'The rule.' }) input: CareRuleInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => careService.set(tx, input));
  }

  @FieldResolver(() => MessageTemplate, { nullable: true, description: 'Its message template.' })
  @Reads<CareRule>('template')
  template(@Root() rule: CareRule, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.messageTemplateById.load(rule.template.id);
  }

  @FieldResolver(() => CouponTemplate, { nullable: true, description: 'The coupon template issued with its messages.' })
  @Reads<CareRule>('couponTemplate')
  couponTemplate(@Root() rule: CareRule, @Ctx() ctx: Context) {
    return rule.couponTemplate ? requireViewer(ctx).loaders.couponTemplateById.load(rule.couponTemplate.id) : null;
  }
}
