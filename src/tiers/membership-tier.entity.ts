import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';

/** A membership tier: reached by paid orders or spend within a window; higher ranks need more and give more. */
@Entity({ tableName: 'membership_tiers' })
@Unique({ properties: ['shop', 'rank'] })
@Unique({ properties: ['shop', 'name'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A membership tier; the gap between tiers is meant to be felt.' })
export class MembershipTier extends BaseEntity<'windowDays'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('MembershipTier', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'Name, e.g. Silver, Gold.' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => Int, { description: 'Order of the tiers: higher is better.' })
  @Property({ type: 'smallint' })
  rank: number;

  @Field(() => Int, { description: 'Paid orders within the window that reach the tier (or the spend).' })
  @Property({ type: 'integer' })
  minPaidOrders: number;

  @Field(() => Int, { description: 'Spend within the window, in minor units, that reaches the tier (or the orders).' })
  @Property({ type: 'integer' })
  minSpent: number;

  @Field(() => Int, { description: 'Days back from today that count (default 365).' })
  @Property({ type: 'smallint', default: 365 })
  windowDays: number = 365;

  @Field(() => Int, { description: 'The tier\'s discount in percent.' })
  @Property({ type: 'smallint' })
  discountPercent: number;
}
