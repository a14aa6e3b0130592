import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';

/** The tenant: one online shop and its retention team. Every domain row belongs to one shop. */
@Entity({ tableName: 'shops' })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An online shop (the tenant). Staff see only their own shop.' })
export class Shop extends BaseEntity<
  | 'timezone'
  | 'currency'
  | 'firstCycleDays'
  | 'retryCycleDays'
  | 'revisitCycleDays'
  | 'maxRetryCycles'
  | 'reclaimToPool'
  | 'sheetGraceHours'
  | 'unpaidReminderHours'
  | 'activeDays'
  | 'sleepingDays'
  | 'churnDays'
  | 'keyMinOrders'
  | 'keyMinSpent'
  | 'bottomMaxSpent'
  | 'marketingCapPerDay'
  | 'marketingCapPerWeek'
  | 'transactionalCapPerDay'
  | 'transactionalCapPerWeek'
  | 'quietHoursStart'
  | 'quietHoursEnd'
  | 'openQuietHoursOnPromotionDays'
  | 'unmaskDailyCap'
  | 'dataKeyVersion'
  | 'erasureHoldDays'
  | 'retentionMonths'
  | 'conversionDays'
> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Shop', this.id);
  }

  @Field({ description: 'Shop name as staff know it.' })
  @Property({ type: 'text' })
  name: string;

  @Field({ description: 'IANA time zone the shop works in; due dates and periods follow it.' })
  @Property({ type: 'text' })
  timezone: string = 'Asia/Shanghai';

  @Field({ description: 'ISO 4217 currency of amounts (minor units), e.g. CNY.' })
  @Property({ type: 'character', length: 3 })
  currency: string = 'CNY';

  @Field({ description: 'When the shop was created.' })
  createdAt: Date;

  // Follow-up policy (the domain's defaults; the admin tunes them with followUpPolicyUpdate).
  @Property({ type: 'smallint', default: 7 })
  firstCycleDays: number = 7;

  @Property({ type: 'smallint', default: 15 })
  retryCycleDays: number = 15;

  @Property({ type: 'smallint', default: 30 })
  revisitCycleDays: number = 30;

  @Property({ type: 'smallint', default: 4 })
  maxRetryCycles: number = 4;

  @Property({ type: 'boolean', default: true })
  reclaimToPool: boolean = true;

  @Field(() => Int, { description: 'Hours after a registration period ends before its sheet counts as submitted late (default 24).' })
  @Property({ type: 'smallint', default: 24 })
  sheetGraceHours: number = 24;

  @Field(() => Int, { description: 'Hours an order may stay unpaid before its owner gets a payment reminder (default 24).' })
  @Property({ type: 'smallint', default: 24 })
  unpaidReminderHours: number = 24;

  // Segment policy: lifecycle and value thresholds, applied when segments are read.
  @Property({ type: 'smallint', default: 30 })
  activeDays: number = 30;

  @Property({ type: 'smallint', default: 90 })
  sleepingDays: number = 90;

  @Property({ type: 'smallint', default: 180 })
  churnDays: number = 180;

  @Property({ type: 'smallint', default: 2 })
  keyMinOrders: number = 2;

  /** Minor units of the shop's currency (¥1,000 by default). */
  @Property({ type: 'integer', default: 100_000 })
  keyMinSpent: number = 100_000;

  /** Minor units of the shop's currency (¥100 by default). */
  @Property({ type: 'integer', default: 10_000 })
  bottomMaxSpent: number = 10_000;

  @Field(() => Int, { description: 'Marketing messages a customer may get per calendar day, shop time, across all campaigns (default 1).' })
  @Property({ type: 'smallint', default: 1 })
  marketingCapPerDay: number = 1;

  @Field(() => Int, { description: 'Marketing messages a customer may get per calendar week (Monday to Sunday), shop time (default 3).' })
  @Property({ type: 'smallint', default: 3 })
  marketingCapPerWeek: number = 3;

  @Field(() => Int, { description: 'Transactional messages (payment reminders, logistics) a customer may get per calendar day (default 3).' })
  @Property({ type: 'smallint', default: 3 })
  transactionalCapPerDay: number = 3;

  @Field(() => Int, { description: 'Transactional messages a customer may get per calendar week (default 10).' })
  @Property({ type: 'smallint', default: 10 })
  transactionalCapPerWeek: number = 10;

  /** Quiet hours in shop time, minutes after midnight: [start, end), wrapping past midnight (22:00–08:00). */
  @Property({ type: 'smallint', default: 22 * 60 })
  quietHoursStart: number = 22 * 60;

  @Property({ type: 'smallint', default: 8 * 60 })
  quietHoursEnd: number = 8 * 60;

  @Field(() => Int, { description: 'Contact details one staff member may unmask per shop day (default 30); past it, unmasking is refused and the access log shows the attempt.' })
  @Property({ type: 'smallint', default: 30 })
  unmaskDailyCap: number = 30;

  @Field(() => Int, { description: 'The version of the shop key its customers\' data keys are wrapped with (shopDataKeyRotate moves it on).' })
  @Property({ type: 'integer', default: 1 })
  dataKeyVersion: number = 1;

  @Field(() => Int, { description: 'Days after a customer\'s last order during which they cannot be erased (the legal hold for after-sales and disputes; default 90).' })
  @Property({ type: 'smallint', default: 90 })
  erasureHoldDays: number = 90;

  @Field(() => Int, { nullable: true, description: 'Customers with no order and no contact for this many months are erased by the queue (null: off, the default).' })
  @Property({ type: 'smallint', nullable: true })
  retentionMonths: number | null = null;

  @Field({ description: 'Whether marketing may go during quiet hours on the days of a promotion of the calendar (default false).' })
  @Property({ type: 'boolean', default: false })
  openQuietHoursOnPromotionDays: boolean = false;

  @Field(() => Int, { description: 'Days after an inquiry within which the buyer\'s paid order counts as its conversion (default 3).' })
  @Property({ type: 'smallint', default: 3 })
  conversionDays: number = 3;
}
