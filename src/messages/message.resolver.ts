import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ANY_ROLE, Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { idOf } from '../common/relay';
import { UserError } from '../common/user-error';
import { Coupon } from '../coupons/coupon.entity';
import { Customer } from '../customers/customer.entity';
import { Order } from '../orders/order.entity';
import { Reads } from '../db/read-columns';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { Message, MessageDecisionStep } from './message.entity';
import { MessageRule, MessageStatus } from './message.enums';
import { ConsentRecordInput, MessageReportInput, MessageSendInput } from './message.inputs';
import { messageService } from './message.service';
import { MarketingConsent } from './marketing-consent.entity';
import { MessageTemplate } from './message-template.entity';

@ObjectType({ simpleResolvers: true, description: 'One decision on a message, as the ledger keeps it.' })
class MessageDecision {
  @Field({ description: 'When it was decided.' })
  at: Date;

  @Field(() => MessageStatus, { description: 'What it made of the message.' })
  status: MessageStatus;

  @Field(() => MessageRule, { description: 'The rule that decided.' })
  rule: MessageRule;

  @Field({ description: 'In words.' })
  detail: string;
}

@ObjectType({ description: 'Result of messageSend / messageReport.' })
class MessagePayload {
  @Field(() => Message, { nullable: true, description: 'The message, with the decision the rules made.' })
  message?: Message;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of customerConsentRecord.' })
class ConsentRecordPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer, with the consent now in force.' })
  customer?: Customer;

  @Field(() => MarketingConsent, { nullable: true, description: 'The record written.' })
  consent?: MarketingConsent;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

const MessageConnection = Connection(Message, 'Message', 'message');

@Resolver(() => Message)
export class MessageResolver {
  @Authorized(...ANY_ROLE)
  @Query(() => MessageConnection, { description: 'Why did or didn\'t this customer get a message: every message of the ledger meant for them, newest first, with the rule that decided it.' })
  messageDecisions(@Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return messageService.decisions(requireViewer(ctx), customerId, page);
  }

  @Authorized(...ANY_ROLE)
  @Query(() => [MarketingConsent], { description: 'A customer\'s consent records with their evidence, newest first (the last 100).' })
  async customerConsents(@Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string, @Ctx() ctx: Context) {
    const authed = requireViewer(ctx);
    const id = idOf(customerId, 'Customer');
    const customer = id === null ? null : await authed.loaders.customerById.load(id);
    return customer ? messageService.consents(authed, customer.id) : [];
  }

  @Authorized(Role.ADMIN, Role.SALES, Role.CUSTOMER_SERVICE)
  @Mutation(() => MessagePayload, { description: 'Sends one message to a customer you serve, decided at once under the rules every message passes (consent, caps, quiet hours).' })
  messageSend(@Arg('input', () => MessageSendInput, { description: 'The message.' }) input: MessageSendInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => messageService.send(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MessagePayload, { description: 'The shop\'s sender reports on a message: delivered, failed, or the buyer\'s reply (an opt-out keyword withdraws consent). Use an admin API token.' })
  messageReport(@Arg('input', () => MessageReportInput, { description: 'The report.' }) input: MessageReportInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => messageService.report(tx, input));
  }

  @Authorized(Role.ADMIN, Role.SALES, Role.CUSTOMER_SERVICE)
  @Mutation(() => ConsentRecordPayload, { description: 'Records a customer\'s consent to marketing, or its withdrawal, with evidence; a withdrawal stops their scheduled marketing at once.' })
  customerConsentRecord(
    @Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string,
    @Arg('input', () => ConsentRecordInput, { description: 'The change.' }) input: ConsentRecordInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => messageService.recordConsent(tx, customerId, input));
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'Who it is for.' })
  @Reads<Message>('customer')
  customer(@Root() message: Message, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.customerById.load(message.customer.id);
  }

  @FieldResolver(() => MessageTemplate, { nullable: true, description: 'Its template (admins and reviewers).' })
  @Reads<Message>('template')
  template(@Root() message: Message, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.messageTemplateById.load(message.template.id);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order it is about.' })
  @Reads<Message>('orderId')
  order(@Root() message: Message, @Ctx() ctx: Context) {
    return message.orderId === null ? null : requireViewer(ctx).loaders.orderById.load(message.orderId);
  }

  @FieldResolver(() => Coupon, { nullable: true, description: 'The coupon it carries.' })
  @Reads<Message>('couponId')
  coupon(@Root() message: Message, @Ctx() ctx: Context) {
    return message.couponId === null ? null : requireViewer(ctx).loaders.couponById.load(message.couponId);
  }

  @FieldResolver(() => [MessageDecision], { description: 'Every decision on it, oldest first.' })
  @Reads<Message>('decisions')
  decisions(@Root() message: Message): MessageDecision[] {
    return (message.decisions ?? []).map((d: MessageDecisionStep) => ({ ...d, at: new Date(d.at) }));
  }
}
