import { Entity, Enum, Index, ManyToOne, Property, ref, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Customer } from '../customers/customer.entity';
import { Platform } from '../customers/platform';
import { Order } from '../orders/order.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { ReviewVerdict } from './conversation.enums';

/**
 * A customer-service conversation (a platform "round"): when the buyer wrote, how fast the
 * agent answered, and whether it led to a paid order within the shop's conversion window (set
 * by PostgreSQL triggers, on the conversation and on every change of the buyer's orders).
 */
@Entity({ tableName: 'conversations' })
@Unique({ name: 'conversations_shop_external_unique', properties: ['shop', 'externalId'] })
@Index({ properties: ['agent', 'startedAt', 'id'] })
@Index({ properties: ['customer', 'startedAt'] })
@Index({ properties: ['shop', 'startedAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A customer-service conversation with a buyer, with its response times and outcome.' })
export class Conversation extends BaseEntity<'endedAt' | 'firstResponseAt' | 'firstResponseSeconds' | 'convertedOrder' | 'convertedAmount' | 'reviewVerdict' | 'reviewNote' | 'reviewedBy' | 'reviewedAt'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Conversation', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'The CS tool\'s id of the conversation; logging it again updates it.' })
  @Property({ type: 'text' })
  externalId: string;

  @Field(() => Platform, { description: 'Where the chat happened.' })
  @Enum({ items: () => Platform, nativeEnumName: 'platform' })
  platform: Platform;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  agent: Ref<User>;

  @Field({ description: 'The buyer\'s first message.' })
  @Property({ type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'The agent\'s first reply (null: never answered).' })
  @Property({ type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'The last message.' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Field(() => Int, { description: 'Messages the buyer sent.' })
  @Property({ type: 'integer' })
  buyerMessages: number;

  @Field(() => Int, { description: 'Messages the agent sent.' })
  @Property({ type: 'integer' })
  agentMessages: number;

  @Field(() => Int, { nullable: true, description: 'Seconds from the buyer\'s first message to the agent\'s first reply.' })
  @Property({ type: 'integer', nullable: true })
  firstResponseSeconds: number | null = null;

  @Field(() => Int, { description: 'Buyer rounds the agent answered.' })
  @Property({ type: 'integer' })
  responses: number;

  @Field(() => Int, { description: 'Seconds of all answered rounds together (average response time = this ÷ responses).' })
  @Property({ type: 'integer' })
  responseSecondsTotal: number;

  @Field(() => Int, { description: 'Rounds the buyer started 08:00–24:00 shop time (what the 3-minute response rate counts).' })
  @Property({ type: 'integer' })
  countedRounds: number;

  @Field(() => Int, { description: 'Of those, rounds answered within 3 minutes.' })
  @Property({ type: 'integer' })
  fastRounds: number;

  /** The buyer's first order paid within the conversion window (a trigger keeps it). */
  @ManyToOne(() => Order, { ref: true, nullable: true, deleteRule: 'set null' })
  convertedOrder: Ref<Order> | null = null;

  @Property({ type: 'integer', nullable: true })
  convertedAmount: number | null = null;

  @Field(() => ReviewVerdict, { nullable: true, description: 'The reviewer\'s verdict on the chat (null: not reviewed).' })
  @Enum({ items: () => ReviewVerdict, nativeEnumName: 'review_verdict', nullable: true })
  reviewVerdict: ReviewVerdict | null = null;

  @Field(() => String, { nullable: true, description: 'What the reviewer found.' })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  reviewedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was reviewed.' })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  review(verdict: ReviewVerdict, note: string, userId: number, at: Date): void {
    this.reviewVerdict = verdict;
    this.reviewNote = note;
    this.reviewedBy = ref(User, userId);
    this.reviewedAt = at;
  }
}
