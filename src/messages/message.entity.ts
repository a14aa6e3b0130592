import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { MessageChannel, MessageOrigin, MessagePurpose, MessageRule, MessageStatus } from './message.enums';
import { MessageTemplate } from './message-template.entity';

/** One step of a message's decisions, as the ledger keeps them (a deferral, then the hand-over). */
export interface MessageDecisionStep {
  at: string;
  status: MessageStatus;
  rule: MessageRule;
  detail: string;
}

/**
 * The send ledger: one row per message the product ever meant to send, keyed so the same cause
 * (a wave and a customer, a care rule and an order, a staff request) makes it once. Its status,
 * the rule that decided it and the history of its decisions answer "why did or didn't this
 * customer get this message".
 */
@Entity({ tableName: 'messages' })
@Unique({ name: 'messages_shop_key_unique', properties: ['shop', 'key'] })
@Index({ name: 'messages_customer_created_idx', properties: ['customer', 'createdAt', 'id'] })
@Index({ name: 'messages_wave_status_idx', properties: ['waveId', 'status'] })
@Index({ name: 'messages_due_idx', expression: `create index "messages_due_idx" on "messages" ("shop_id", "due_at") where "status" = 'SCHEDULED'` })
@Index({ name: 'messages_caps_idx', expression: `create index "messages_caps_idx" on "messages" ("customer_id", "purpose", "handed_over_at") where "handed_over_at" is not null` })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A message of the send ledger: what was meant to be sent to whom, and what the rules decided.' })
export class Message extends BaseEntity<'status' | 'rule' | 'detail' | 'handedOverAt' | 'reportedAt' | 'body' | 'decisions' | 'requestedBy' | 'failure' | 'orderId' | 'couponId' | 'couponTemplateId' | 'waveId'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Message', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  /** What makes it unique in the shop: `wave:<id>:<customer>`, `care:<rule>:<order>`, `one-off:<idempotency key>`. */
  @Property({ type: 'text' })
  key: string;

  @Field(() => MessageOrigin, { description: 'What made it.' })
  @Enum({ items: () => MessageOrigin, nativeEnumName: 'message_origin' })
  origin: MessageOrigin;

  @Field(() => MessagePurpose, { description: 'Marketing or transactional: which consent and caps apply.' })
  @Enum({ items: () => MessagePurpose, nativeEnumName: 'message_purpose' })
  purpose: MessagePurpose;

  @Field(() => MessageChannel, { description: 'How it goes.' })
  @Enum({ items: () => MessageChannel, nativeEnumName: 'message_channel' })
  channel: MessageChannel;

  @ManyToOne(() => MessageTemplate, { ref: true, deleteRule: 'restrict' })
  template: Ref<MessageTemplate>;

  /** The campaign wave that made it. */
  @Property({ type: 'integer', nullable: true })
  waveId: number | null = null;

  /** The order it is about (care messages). */
  @Property({ type: 'integer', nullable: true })
  orderId: number | null = null;

  /** The coupon template whose coupon goes with it, issued when it is handed over. */
  @Property({ type: 'integer', nullable: true })
  couponTemplateId: number | null = null;

  /** The coupon issued with it. */
  @Property({ type: 'integer', nullable: true })
  couponId: number | null = null;

  /** Who asked for it: the staff member of a one-off, the admin who scheduled the wave or keeps the care rule (coupons go out in their name). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  requestedBy: Ref<User> | null = null;

  @Field(() => MessageStatus, { description: 'Where it is.' })
  @Enum({ items: () => MessageStatus, nativeEnumName: 'message_status', default: MessageStatus.SCHEDULED })
  status: MessageStatus = MessageStatus.SCHEDULED;

  @Field(() => MessageRule, { nullable: true, description: 'The rule of the last decision (null until it was due).' })
  @Enum({ items: () => MessageRule, nativeEnumName: 'message_rule', nullable: true })
  rule: MessageRule | null = null;

  @Field(() => String, { nullable: true, description: 'The last decision in words.' })
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Field({ description: 'When it is (or was) due; quiet hours move it to their end.' })
  @Property({ type: 'timestamptz' })
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was handed to the shop\'s sender.' })
  @Property({ type: 'timestamptz', nullable: true })
  handedOverAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the sender reported it delivered or failed.' })
  @Property({ type: 'timestamptz', nullable: true })
  reportedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What the sender reported when it failed.' })
  @Property({ type: 'text', nullable: true })
  failure: string | null = null;

  @Field(() => String, { nullable: true, description: 'The text as handed over (variables filled, signature in front); null until then.' })
  @Property({ type: 'text', nullable: true })
  body: string | null = null;

  /** Every decision, oldest first. */
  @Property({ type: 'jsonb', default: '[]' })
  decisions: MessageDecisionStep[] = [];

  @Field({ description: 'When it was made.' })
  createdAt: Date;

  /** What the sender reported: delivered or failed (a later report corrects an earlier one). */
  report(status: MessageStatus.DELIVERED | MessageStatus.FAILED, at: Date, failure: string | null): void {
    this.status = status;
    this.reportedAt = at;
    this.failure = status === MessageStatus.FAILED ? failure : null;
  }
}
