import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { SheetStatus } from './registration.enums';

/** One customer-service agent's register of customers for one period (a week by default). */
@Entity({ tableName: 'registration_sheets' })
@Unique({ properties: ['author', 'periodStart'] })
@Index({ properties: ['shop', 'status', 'periodStart', 'id'] })
@Index({ properties: ['shop', 'periodStart', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A customer-service agent\'s register of customers for one period.' })
export class RegistrationSheet extends BaseEntity<'status' | 'submittedAt' | 'late' | 'entryCount' | 'screenedCount'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('RegistrationSheet', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  author: Ref<User>;

  @Field({ description: 'Start of the period (Monday 00:00 in the shop\'s time zone).' })
  @Property({ type: 'timestamptz' })
  periodStart: Date;

  @Field({ description: 'End of the period (exclusive).' })
  @Property({ type: 'timestamptz' })
  periodEnd: Date;

  @Field(() => SheetStatus, { description: 'Draft, submitted or screened.' })
  @Enum({ items: () => SheetStatus, nativeEnumName: 'sheet_status', default: SheetStatus.DRAFT })
  status: SheetStatus = SheetStatus.DRAFT;

  @Field(() => Date, { nullable: true, description: 'When it was handed to the review department.' })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Field({ description: 'Submitted after the period end plus the shop\'s grace hours.' })
  @Property({ type: 'boolean', default: false })
  late: boolean = false;

  @Field(() => Int, { description: 'Entries on the sheet.' })
  @Property({ type: 'integer', default: 0 })
  entryCount: number = 0;

  @Field(() => Int, { description: 'Entries already screened.' })
  @Property({ type: 'integer', default: 0 })
  screenedCount: number = 0;

  @Field({ description: 'When the sheet was started.' })
  createdAt: Date;
}
