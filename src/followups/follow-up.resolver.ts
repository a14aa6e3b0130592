import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, nodeSelectionOf, PageArgs } from '../common/connection';
import { operationFieldsOf, Reads } from '../db/read-columns';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import type { DomainEvent } from '../events/event-bus';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { FollowUpPolicyInput, FollowUpTaskCompleteInput, FollowUpTaskFilter, FollowUpTaskOrderBy } from './follow-up.inputs';
import { seesEveryTask } from './follow-up.access';
import { followUpService } from './follow-up.service';
import { FollowUpTask } from './follow-up-task.entity';
import { policyService } from './policy.service';

@ObjectType({ description: 'Result of followUpTaskComplete.' })
class FollowUpTaskCompletePayload {
  @Field(() => FollowUpTask, { nullable: true, description: 'The completed follow-up.' })
  task?: FollowUpTask;

  @Field(() => FollowUpTask, { nullable: true, description: 'The next follow-up of the loop, created in the same transaction (null when the loop ended).' })
  nextTask?: FollowUpTask | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'The shop\'s follow-up cycles (defaults from the operators\' practice).' })
export class FollowUpPolicy {
  @Field(() => Int, { description: 'Days to the first contact after screening (default 7).' })
  firstCycleDays: number;

  @Field(() => Int, { description: 'Days to a retry after no order or no response (default 15).' })
  retryCycleDays: number;

  @Field(() => Int, { description: 'Days to a revisit after an order (default 30).' })
  revisitCycleDays: number;

  @Field(() => Int, { description: 'Retries in a row before the loop ends (default 4).' })
  maxRetryCycles: number;

  @Field({ description: 'Whether a customer whose retries ran out goes back to the unowned pool (default true).' })
  reclaimToPool: boolean;
}

@ObjectType({ description: 'Result of followUpPolicyUpdate.' })
class FollowUpPolicyPayload {
  @Field(() => FollowUpPolicy, { nullable: true, description: 'The policy as saved.' })
  followUpPolicy?: FollowUpPolicy;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'A rep\'s open follow-ups by when they fall due (shop time).' })
export class FollowUpSummary {
  @Field(() => Int, { description: 'Open and due later today.' })
  dueToday: number;

  @Field(() => Int, { description: 'Open and past due.' })
  overdue: number;

  @Field(() => Int, { description: 'Open and due after today.' })
  upcoming: number;
}

export const FollowUpTaskConnection = Connection(FollowUpTask, 'FollowUpTask', 'follow-up');

@Resolver(() => FollowUpTask)
export class FollowUpResolver {
  @Authorized(Role.SALES, Role.REVIEWER, Role.ADMIN)
  @Query(() => FollowUpTaskConnection, { description: 'Follow-ups you may see (a rep: own; a lead: the team\'s), due first: overdue, due today, then later.' })
  followUpTasks(
    @Arg('filter', () => FollowUpTaskFilter, { nullable: true, description: 'Which follow-ups.' }) filter: FollowUpTaskFilter | undefined,
    @Arg('orderBy', () => FollowUpTaskOrderBy, { nullable: true, description: 'Sort order; default due time ascending.' }) orderBy: FollowUpTaskOrderBy | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return followUpService.list(requireViewer(ctx), filter, orderBy, page, nodeSelectionOf(info), operationFieldsOf(info));
  }

  @Authorized(Role.SALES, Role.REVIEWER, Role.ADMIN)
  @Query(() => FollowUpTask, { nullable: true, description: 'One follow-up, if you may see it.' })
  followUpTask(@Arg('id', () => ID, { description: 'The follow-up.' }) id: string, @Ctx() ctx: Context) {
    return followUpService.get(requireViewer(ctx), id);
  }

  @Authorized(Role.SALES, Role.ADMIN)
  @Mutation(() => FollowUpTaskCompletePayload, { description: 'Logs how a follow-up went and schedules the next cycle (assignee, their lead, or an admin).' })
  followUpTaskComplete(
    @Arg('id', () => ID, { description: 'The follow-up.' }) id: string,
    @Arg('input', () => FollowUpTaskCompleteInput, { description: 'How it went.' }) input: FollowUpTaskCompleteInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => followUpService.complete(tx, id, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => FollowUpPolicyPayload, { description: 'Changes the shop\'s follow-up cycles; new due dates follow them at once.' })
  followUpPolicyUpdate(@Arg('input', () => FollowUpPolicyInput, { description: 'What to change.' }) input: FollowUpPolicyInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => policyService.update(tx, input));
  }

  @Authorized(Role.SALES)
  @Subscription(() => FollowUpTask, {
    nullable: true,
    description: 'Follow-ups newly assigned to you (screening, next cycle, transfer), from any server instance.',
    subscribe: ({ context }) => {
      const { viewer, events } = requireViewer(context as Context);
      return events.subscribe('FOLLOW_UP_TASK_ASSIGNED', (e) => e.shopId === viewer.shopId && e.userId === viewer.userId);
    },
  })
  async followUpTaskAssigned(@Root() event: DomainEvent, @Ctx() ctx: Context) {
    return followUpService.loadFresh(requireViewer(ctx), event.id);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer (null if you may no longer see them, e.g. back in the pool).' })
  customer(@Root() task: FollowUpTask, @Ctx() ctx: Context) {
    return ctx.loaders.customerById.read(task.customer.id);
  }

  @FieldResolver(() => User, { description: 'The rep who owes the follow-up.' })
  assignee(@Root() task: FollowUpTask, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(task.assignee.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who completed it.' })
  completedBy(@Root() task: FollowUpTask, @Ctx() ctx: Context) {
    return task.completedBy ? ctx.loaders.userById.read(task.completedBy.id) : null;
  }

  @FieldResolver(() => FollowUpTask, { nullable: true, description: 'The follow-up this one follows in the loop.' })
  previous(@Root() task: FollowUpTask, @Ctx() ctx: Context) {
    return task.previous ? ctx.loaders.followUpTaskById.read(task.previous.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due time.' })
  @Reads<FollowUpTask>('status', 'dueAt')
  overdue(@Root() task: FollowUpTask, @Ctx() ctx: Context) {
    return task.isOverdue(ctx.clock.now());
  }
}

@Resolver(() => Customer)
export class CustomerFollowUpResolver {
  @FieldResolver(() => FollowUpTask, { nullable: true, description: 'The open follow-up due first (null for customer service, who see the stage only).' })
  @Reads()
  currentFollowUp(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.currentFollowUpByCustomer.load(customer.id);
  }

  @FieldResolver(() => Int, { description: 'Open follow-ups of the customer that you may see (0 for customer service).' })
  openFollowUpCount(@Root() customer: Customer, @Ctx() ctx: Context) {
    // The row carries the count triggers keep of every open follow-up: the answer for those who
    // see every follow-up, without a query.
    if (ctx.viewer && seesEveryTask(ctx.viewer)) return customer.openFollowUpCount;
    return ctx.loaders.openFollowUpCountByCustomer.load(customer.id);
  }

  @FieldResolver(() => FollowUpTaskConnection, { description: 'The customer\'s follow-ups you may see, newest first, with notes.' })
  @Reads()
  followUps(@Root() customer: Customer, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return followUpService.forCustomer(requireViewer(ctx), customer, page);
  }
}

@Resolver(() => User)
export class UserFollowUpResolver {
  @FieldResolver(() => FollowUpSummary, { nullable: true, description: 'Open follow-ups of this rep: due today, overdue, upcoming (yours, or your team\'s as lead; all for reviewers and admins).' })
  @Reads()
  followUpSummary(@Root() user: User, @Ctx() ctx: Context) {
    return followUpService.summary(requireViewer(ctx), user.id);
  }
}

@Resolver(() => Shop)
export class ShopPolicyResolver {
  @FieldResolver(() => FollowUpPolicy, { description: 'The shop\'s follow-up cycles.' })
  @Reads<Shop>('firstCycleDays', 'retryCycleDays', 'revisitCycleDays', 'maxRetryCycles', 'reclaimToPool')
  followUpPolicy(@Root() shop: Shop): FollowUpPolicy {
    return policyService.of(shop);
  }
}
