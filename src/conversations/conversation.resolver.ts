import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { UserError } from '../common/user-error';
import { Reads } from '../db/read-columns';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { Customer } from '../customers/customer.entity';
import { Order } from '../orders/order.entity';
import { User } from '../users/user.entity';
import { AuditFinding } from '../audits/audit-finding.entity';
import { Conversation } from './conversation.entity';
import { ConversationFilter, ConversationLogInput, ConversationReviewInput } from './conversation.inputs';
import { conversationService } from './conversation.service';

@ObjectType({ description: 'Result of conversationLog / conversationReview.' })
class ConversationPayload {
  @Field(() => Conversation, { nullable: true, description: 'The conversation as saved.' })
  conversation?: Conversation;

  @Field(() => AuditFinding, { nullable: true, description: 'The finding the review added to an audit check, if one was named.' })
  auditFinding?: AuditFinding;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

const ConversationConnection = Connection(Conversation, 'Conversation', 'conversation');

@Resolver(() => Conversation)
export class ConversationResolver {
  @Authorized(Role.ADMIN, Role.REVIEWER, Role.CUSTOMER_SERVICE)
  @Query(() => ConversationConnection, { description: 'Customer-service conversations, newest first: admins and reviewers the shop\'s, an agent their own. `converted: false` lists the inquiries to review.' })
  conversations(
    @Arg('filter', () => ConversationFilter, { nullable: true, description: 'Which conversations.' }) filter: ConversationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return conversationService.list(requireViewer(ctx), filter, page);
  }

  @Authorized(Role.ADMIN, Role.CUSTOMER_SERVICE)
  @Mutation(() => ConversationPayload, { description: 'Logs a conversation from the CS tool (by its externalId: again replaces it); it converts when the buyer pays an order within the shop\'s conversionDays.' })
  conversationLog(@Arg('input', () => ConversationLogInput, { description: 'The conversation.' }) input: ConversationLogInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => conversationService.log(tx, input));
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Mutation(() => ConversationPayload, { description: 'Records the review of a chat (a verdict and a note for the agent, who reads it in their conversations); the audit trail keeps who and when.' })
  conversationReview(@Arg('input', () => ConversationReviewInput, { description: 'The verdict.' }) input: ConversationReviewInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => conversationService.review(tx, input));
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The buyer (null if you may not see the customer).' })
  @Reads<Conversation>('customer')
  customer(@Root() conversation: Conversation, @Ctx() ctx: Context) {
    return ctx.loaders.customerById.read(conversation.customer.id);
  }

  @FieldResolver(() => User, { description: 'The agent.' })
  @Reads<Conversation>('agent')
  agent(@Root() conversation: Conversation, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(conversation.agent.id);
  }

  @FieldResolver(() => Boolean, { description: 'The buyer paid an order within the shop\'s conversion window after it started.' })
  @Reads<Conversation>('convertedOrder')
  converted(@Root() conversation: Conversation) {
    return conversation.convertedOrder !== null;
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order it led to.' })
  @Reads<Conversation>('convertedOrder')
  convertedOrder(@Root() conversation: Conversation, @Ctx() ctx: Context) {
    return conversation.convertedOrder ? ctx.loaders.orderById.read(conversation.convertedOrder.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who reviewed it.' })
  @Reads<Conversation>('reviewedBy')
  reviewedBy(@Root() conversation: Conversation, @Ctx() ctx: Context) {
    return conversation.reviewedBy ? ctx.loaders.userById.read(conversation.reviewedBy.id) : null;
  }
}
