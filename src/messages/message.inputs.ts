import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConsentSource, MessagePurpose } from './message.enums';

@InputType({ description: 'A one-off message to one customer, under the same rules as a campaign\'s.' })
export class MessageSendInput {
  @Field(() => ID, { description: 'The customer (one you may serve).' })
  customerId: string;

  @Field(() => ID, { description: 'The message template.' })
  templateId: string;

  @Field(() => MessagePurpose, { description: 'MARKETING (needs consent) or TRANSACTIONAL (about the customer\'s own order).' })
  purpose: MessagePurpose;

  @Field(() => ID, { nullable: true, description: 'The order it is about ({{order.…}}); one of the customer\'s.' })
  orderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A coupon of the customer it carries ({{coupon.…}}).' })
  couponId?: string | null;

  @Field({ description: 'Your key for this request (1–100 characters): the same key again returns the first message instead of sending twice.' })
  @MinLength(1, { message: 'The idempotency key must not be empty.' })
  @MaxLength(100, { message: 'The idempotency key must be at most 100 characters.' })
  idempotencyKey: string;
}

@InputType({ description: 'A change of a customer\'s marketing consent, with its evidence.' })
export class ConsentRecordInput {
  @Field({ description: 'true: consent given; false: withdrawn (opt-out: scheduled marketing is stopped at once).' })
  granted: boolean;

  @Field(() => ConsentSource, { description: 'Where it comes from.' })
  source: ConsentSource;

  @Field({ description: 'What proves it (the chat line, the form, the reply), 1–2000 characters; kept with the record.' })
  @MinLength(1, { message: 'Consent needs its evidence.' })
  @MaxLength(2000, { message: 'The evidence must be at most 2000 characters.' })
  evidence: string;
}

/** What the sender reports of a message. */
export enum DeliveryReportStatus {
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryReportStatus, { name: 'DeliveryReportStatus', description: 'What the shop\'s sender reports of a message.', valuesConfig: { DELIVERED: { description: 'It reached the buyer.' }, FAILED: { description: 'It could not be delivered.' } } });

@InputType({ description: 'The shop\'s sender reports on a message it was handed (delivery, failure, or the buyer\'s reply).' })
export class MessageReportInput {
  @Field(() => ID, { description: 'The message: the messageId of its message.send event.' })
  messageId: string;

  @Field(() => DeliveryReportStatus, { nullable: true, description: 'Delivered or failed (omit to report only a reply).' })
  status?: DeliveryReportStatus | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (at most 500 characters).' })
  @IsOptional()
  @MaxLength(500, { message: 'The failure must be at most 500 characters.' })
  failure?: string | null;

  @Field(() => String, { nullable: true, description: 'The buyer\'s reply; an opt-out keyword (退订, TD, STOP…) withdraws marketing consent at once.' })
  @IsOptional()
  @MaxLength(2000, { message: 'The reply must be at most 2000 characters.' })
  reply?: string | null;
}
