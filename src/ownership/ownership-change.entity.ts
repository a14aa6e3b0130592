import { Reads } from '../db/read-columns';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';

export enum OwnershipReason {
  SCREENING = 'SCREENING',
  TRANSFER = 'TRANSFER',
  ROUND_ROBIN = 'ROUND_ROBIN',
  RECLAIM = 'RECLAIM',
}
registerEnumType(OwnershipReason, {
  name: 'OwnershipReason',
  description: 'Why a customer changed owner.',
  valuesConfig: {
    SCREENING: { description: 'The review department handed the customer to a named rep.' },
    TRANSFER: { description: 'An admin or team lead moved the customer to another rep.' },
    ROUND_ROBIN: { description: 'Screening handed the customer to a team, which picked the rep.' },
    RECLAIM: { description: 'Too many retries in a row: back to the unowned pool.' },
  },
});

/** One change of a customer's owner, kept forever. */
@Entity({ tableName: 'ownership_changes' })
@Index({ properties: ['customer', 'createdAt', 'id'] })
@Index({ properties: ['toUser', 'reason', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: 'One change of a customer\'s owner.' })
export class OwnershipChange extends BaseEntity<'fromUser' | 'toUser' | 'by' | 'note' | 'at'> {
  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  fromUser: Ref<User> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  toUser: Ref<User> | null = null;

  @Field(() => OwnershipReason, { description: 'Why.' })
  @Enum({ items: () => OwnershipReason, nativeEnumName: 'ownership_reason' })
  reason: OwnershipReason;

  /** Who made the change; null when the loop itself did (reclaim). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  by: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: 'Note given with the change.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({ description: 'When.' })
  @Reads<OwnershipChange>('createdAt')
  get at(): Date {
    return this.createdAt;
  }
}
