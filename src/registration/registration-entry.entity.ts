import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { EntryKind, Intent, ProspectNote } from './registration.enums';
import { RegistrationSheet } from './registration-sheet.entity';

/** One customer registered on a sheet, and later the review department's screening of it. */
@Entity({ tableName: 'registration_entries' })
@Index({ properties: ['sheet', 'id'] })
@Index({ properties: ['shop', 'screenedAt', 'id'] })
@Index({ properties: ['customer'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A customer registered on a sheet, and its screening.' })
export class RegistrationEntry extends BaseEntity<
  | 'productWanted'
  | 'purchasedAt'
  | 'purchaseAmount'
  | 'prospectNotes'
  | 'notes'
  | 'suggestedOwner'
  | 'contactPhoneSealed'
  | 'contactPhoneMasked'
  | 'contactWechatSealed'
  | 'contactWechatMasked'
  | 'intent'
  | 'screenedAt'
  | 'screenedBy'
  | 'screeningNote'
  | 'assignedTo'
> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('RegistrationEntry', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => RegistrationSheet, { ref: true, deleteRule: 'cascade' })
  sheet: Ref<RegistrationSheet>;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  @Field(() => EntryKind, { description: 'Asked (INQUIRY) or ordered (ORDERED).' })
  @Enum({ items: () => EntryKind, nativeEnumName: 'entry_kind' })
  kind: EntryKind;

  @Field(() => String, { nullable: true, description: 'What the customer wants.' })
  @Property({ type: 'text', nullable: true })
  productWanted: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the customer bought (ORDERED entries).' })
  @Property({ type: 'timestamptz', nullable: true })
  purchasedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'Amount paid, in minor units of the shop\'s currency (ORDERED entries).' })
  @Property({ type: 'integer', nullable: true })
  purchaseAmount: number | null = null;

  @Field(() => [ProspectNote], { description: 'What customer service noticed about a prospect.' })
  @Enum({ items: () => ProspectNote, array: true, default: [] })
  prospectNotes: ProspectNote[] = [];

  @Field(() => String, { nullable: true, description: 'Free-text notes.' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  suggestedOwner: Ref<User> | null = null;

  /** Phone given at registration, sealed with the customer's data key, and masked for reading. */
  @Property({ type: 'blob', nullable: true })
  contactPhoneSealed: Buffer | null = null;

  @Property({ type: 'text', nullable: true })
  contactPhoneMasked: string | null = null;

  /** WeChat id given at registration, sealed and masked. */
  @Property({ type: 'blob', nullable: true })
  contactWechatSealed: Buffer | null = null;

  @Property({ type: 'text', nullable: true })
  contactWechatMasked: string | null = null;

  @Field(() => Intent, { nullable: true, description: 'The review department\'s verdict, once screened.' })
  @Enum({ items: () => Intent, nativeEnumName: 'intent', nullable: true })
  intent: Intent | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was screened.' })
  @Property({ type: 'timestamptz', nullable: true })
  screenedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  screenedBy: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: 'The reviewer\'s note.' })
  @Property({ type: 'text', nullable: true })
  screeningNote: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignedTo: Ref<User> | null = null;

  @Field({ description: 'When the entry was added.' })
  createdAt: Date;
}
