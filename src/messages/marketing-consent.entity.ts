import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { ConsentSource } from './message.enums';

/**
 * One change of a customer's marketing consent, with its evidence. Kept as a history (no path
 * edits or deletes one) so the shop can show a regulator when and how consent was given or
 * withdrawn; the customer row holds the current state.
 */
@Entity({ tableName: 'marketing_consents' })
@Index({ properties: ['customer', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: 'A recorded change of a customer\'s marketing consent.' })
export class MarketingConsent extends BaseEntity<'recordedBy'> {
  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  @Field({ description: 'true: consent given; false: withdrawn (opted out).' })
  @Property({ type: 'boolean' })
  granted: boolean;

  @Field(() => ConsentSource, { description: 'Where it comes from.' })
  @Enum({ items: () => ConsentSource, nativeEnumName: 'consent_source' })
  source: ConsentSource;

  @Field({ description: 'What proves it: the chat line, the form, the reply text.' })
  @Property({ type: 'text' })
  evidence: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  recordedBy: Ref<User> | null = null;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;
}
