import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { SalesTeam } from '../users/sales-team.entity';
import { OrderReview, OrderStatus, PAID_STATUSES } from './order.enums';

/** An order from the shop's platform, imported by its platform order id. */
@Entity({ tableName: 'orders' })
@Unique({ name: 'orders_shop_platform_order_unique', properties: ['shop', 'platformOrderId'] })
@Index({ properties: ['customer', 'placedAt', 'id'] })
@Index({ name: 'orders_in_transit_idx', expression: `create index "orders_in_transit_idx" on "orders" ("shop_id", "paid_at") where "status" in ('PAID', 'SHIPPED')` })
@Index({ name: 'orders_unpaid_idx', expression: 'create index "orders_unpaid_idx" on "orders" ("placed_at") where "status" = \'UNPAID\' and "payment_reminder_at" is null' })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An order placed on the shop\'s platform.' })
export class Order extends BaseEntity<'paidAt' | 'review' | 'outOfStock' | 'paymentReminderAt' | 'isPaid' | 'owner' | 'team'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Order', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  /** The buyer's owner when the order was written, and their team then: whose sales it counts in (KPIs). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<User> | null = null;

  @ManyToOne(() => SalesTeam, { ref: true, nullable: true, deleteRule: 'set null' })
  team: Ref<SalesTeam> | null = null;

  @Field({ description: 'The platform\'s order number; unique in the shop.' })
  @Property({ type: 'text' })
  platformOrderId: string;

  @Field(() => Int, { description: 'Amount in minor units of the shop\'s currency (fen for CNY).' })
  @Property({ type: 'integer' })
  amount: number;

  @Field({ description: 'ISO 4217 currency of the amount (the shop\'s).' })
  @Property({ type: 'character', length: 3 })
  currency: string;

  @Field(() => OrderStatus, { description: 'Where the order stands.' })
  @Enum({ items: () => OrderStatus, nativeEnumName: 'order_status' })
  status: OrderStatus;

  @Field({ description: 'When the order was placed.' })
  @Property({ type: 'timestamptz' })
  placedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was paid.' })
  @Property({ type: 'timestamptz', nullable: true })
  paidAt: Date | null = null;

  @Field(() => OrderReview, { nullable: true, description: 'The review the buyer left.' })
  @Enum({ items: () => OrderReview, nativeEnumName: 'order_review', nullable: true })
  review: OrderReview | null = null;

  @Field({ description: 'Part of the order was out of stock.' })
  @Property({ type: 'boolean', default: false })
  outOfStock: boolean = false;

  /** When the payment reminder was scheduled; at most one per order. */
  @Property({ type: 'timestamptz', nullable: true })
  paymentReminderAt: Date | null = null;

  get isPaid(): boolean {
    return PAID_STATUSES.includes(this.status);
  }
}
