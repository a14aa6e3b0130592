import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/local-date.scalar';
import { Node, toGlobalId } from '../common/relay';
import { BaseEntity } from '../db/base.entity';
import { CouponTemplate } from '../coupons/coupon-template.entity';
import { MessageTemplate } from '../messages/message-template.entity';
import { Shop } from '../shops/shop.entity';
import { WaveStatus } from './campaign.enums';
import type { AudienceRules } from './audience';

/** A plan of message waves around an event of the shop's calendar (双11 on Nov 11). */
@Entity({ tableName: 'campaigns' })
@Index({ properties: ['shop', 'createdAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A campaign: waves of messages set relative to an event date, measured against a holdout.' })
export class Campaign extends BaseEntity<'holdoutShare' | 'conversionDays'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Campaign', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'Its name, e.g. 双11 2026.' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => LocalDateScalar, { description: 'The event day the waves are set around (shop time).' })
  @Property({ type: 'date' })
  eventDate: string;

  @Field(() => Float, { description: 'Share of each wave\'s audience held out (gets nothing, measured), 0–0.5; default 0.05.' })
  @Property({ type: 'double precision', default: 0.05 })
  holdoutShare: number = 0.05;

  @Field(() => Int, { description: 'Days after a message (or, for the holdout, after the wave\'s send time) in which a paid order counts as a conversion (default 7).' })
  @Property({ type: 'smallint', default: 7 })
  conversionDays: number = 7;

  @Field({ description: 'When it was created.' })
  createdAt: Date;
}

/** One wave of a campaign: its audience, template, send window and priority. */
@Entity({ tableName: 'campaign_waves' })
@Index({ properties: ['campaign', 'offsetDays', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A wave of a campaign: who gets which message when.' })
export class CampaignWave extends BaseEntity<'status' | 'couponTemplate' | 'excludeTags' | 'excludeMessagedWithinHours' | 'priority' | 'reevaluateAtSend' | 'scheduledAt' | 'scheduledById' | 'reevaluatedAt' | 'materializedThrough' | 'audienceSize' | 'holdoutSize' | 'version'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CampaignWave', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => Campaign, { ref: true, deleteRule: 'cascade' })
  campaign: Ref<Campaign>;

  @Field({ description: 'Its name, e.g. "T−10: wake the sleeping".' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => Int, { description: 'Days from the event date (−10 is ten days before; 0 the day itself).' })
  @Property({ type: 'smallint' })
  offsetDays: number;

  /** Send window in shop time, minutes after midnight of the wave's day: [start, end). */
  @Property({ type: 'smallint' })
  sendFrom: number;

  @Property({ type: 'smallint' })
  sendUntil: number;

  @ManyToOne(() => MessageTemplate, { ref: true, deleteRule: 'restrict' })
  template: Ref<MessageTemplate>;

  @ManyToOne(() => CouponTemplate, { ref: true, nullable: true, deleteRule: 'restrict' })
  couponTemplate: Ref<CouponTemplate> | null = null;

  @Field(() => GraphQLJSONObject, { description: 'Who it is for, as given (AudienceInput).' })
  @Property({ type: 'jsonb' })
  audience: AudienceRules;

  @Field(() => [String], { description: 'Customers with any of these tags get nothing (reseller, large-order…).' })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  excludeTags: string[] = [];

  @Field(() => Int, { nullable: true, description: 'Customers messaged (any message handed over) within this many hours before scheduling get nothing.' })
  @Property({ type: 'smallint', nullable: true })
  excludeMessagedWithinHours: number | null = null;

  @Field(() => Int, { description: 'Where waves overlap (same send day) a customer gets the wave of the highest priority only.' })
  @Property({ type: 'smallint', default: 0 })
  priority: number = 0;

  @Field({ description: 'Whether the audience is evaluated again at send time (leavers skipped, newcomers added).' })
  @Property({ type: 'boolean', default: false })
  reevaluateAtSend: boolean = false;

  @Field(() => WaveStatus, { description: 'Where it is.' })
  @Enum({ items: () => WaveStatus, nativeEnumName: 'wave_status', default: WaveStatus.DRAFT })
  status: WaveStatus = WaveStatus.DRAFT;

  @Field({ description: 'When its window opens (from the event date, offset and window, in shop time).' })
  @Property({ type: 'timestamptz' })
  sendsAt: Date;

  @Field({ description: 'When its window closes: what a pause kept back past it is not sent.' })
  @Property({ type: 'timestamptz' })
  sendEndsAt: Date;

  @Field(() => Date, { nullable: true, description: 'When its audience was snapshotted.' })
  @Property({ type: 'timestamptz', nullable: true })
  scheduledAt: Date | null = null;

  /** The admin who scheduled it: a re-evaluation at send time reads the audience as they would. */
  @Property({ type: 'integer', nullable: true })
  scheduledById: number | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  reevaluatedAt: Date | null = null;

  /** The members (by customer id) already made into ledger rows; MEMBERS_DONE once all are. */
  @Property({ type: 'integer', default: 0 })
  materializedThrough: number = 0;

  @Field(() => Int, { nullable: true, description: 'Customers in the snapshot (holdout included).' })
  @Property({ type: 'integer', nullable: true })
  audienceSize: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Of them, held out.' })
  @Property({ type: 'integer', nullable: true })
  holdoutSize: number | null = null;

  @Field(() => Int, { description: 'Increases on every change.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  /** Snapshotted: its messages are in the ledger, due at `sendsAt`. */
  schedule(now: Date, by: number, audienceSize: number, holdoutSize: number): void {
    Object.assign(this, { status: WaveStatus.SCHEDULED, scheduledAt: now, scheduledById: by, audienceSize, holdoutSize });
  }

  pause(): void {
    this.status = WaveStatus.PAUSED;
  }

  resume(): void {
    this.status = WaveStatus.SCHEDULED;
  }

  cancel(): void {
    this.status = WaveStatus.CANCELLED;
  }
}
