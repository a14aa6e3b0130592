import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { ContactField, UnmaskPurpose } from './privacy.enums';

/**
 * One use of a customer's clear contact detail: a staff member's unmask for a purpose (granted,
 * or refused over the daily cap) or the system's hand-over to the sender. What the review
 * department reads to see who looked at what, and why.
 */
@Entity({ tableName: 'contact_access_log' })
@Index({ properties: ['shop', 'createdAt', 'id'] })
@Index({ properties: ['user', 'createdAt'] })
@Index({ properties: ['customer', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: 'A use of a customer\'s clear contact detail: who, which field, which customer, why, when.' })
export class ContactAccess extends BaseEntity<'user' | 'apiTokenId' | 'requestId' | 'refusal'> {
  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  /** Who (null: the system, handing a message to the sender). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  user: Ref<User> | null = null;

  @Property({ type: 'integer', nullable: true })
  apiTokenId: number | null = null;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  @Field(() => ContactField, { description: 'Which detail.' })
  @Enum({ items: () => ContactField, nativeEnumName: 'contact_field' })
  field: ContactField;

  @Field(() => UnmaskPurpose, { description: 'Why.' })
  @Enum({ items: () => UnmaskPurpose, nativeEnumName: 'unmask_purpose' })
  purpose: UnmaskPurpose;

  @Field({ description: 'Whether the clear value was given (false: refused, e.g. over the daily cap).' })
  @Property({ type: 'boolean' })
  granted: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was refused.' })
  @Property({ type: 'text', nullable: true })
  refusal: string | null = null;

  @Field(() => String, { nullable: true, description: 'The request it came with (x-request-id), or the message it was handed over with.' })
  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;

  @Field({ description: 'When.' })
  createdAt: Date;
}
