import { Reads } from '../db/read-columns';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { MembershipTier } from './membership-tier.entity';

/** One change of a customer's tier, kept as history. */
@Entity({ tableName: 'tier_changes' })
@Index({ properties: ['customer', 'createdAt', 'id'] })
@ObjectType({ simpleResolvers: true, description: 'A change of a customer\'s membership tier.' })
export class TierChange extends BaseEntity<'fromTier' | 'toTier' | 'at'> {
  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  @ManyToOne(() => MembershipTier, { ref: true, nullable: true, deleteRule: 'set null' })
  fromTier: Ref<MembershipTier> | null = null;

  @ManyToOne(() => MembershipTier, { ref: true, nullable: true, deleteRule: 'set null' })
  toTier: Ref<MembershipTier> | null = null;

  @Field({ description: 'Why: ORDERS (their orders changed) or RECOMPUTE (a recompute, e.g. after tiers or time moved on).' })
  @Property({ type: 'text' })
  reason: string;

  @Field({ description: 'When.' })
  @Reads<TierChange>('createdAt')
  get at(): Date {
    return this.createdAt;
  }
}
