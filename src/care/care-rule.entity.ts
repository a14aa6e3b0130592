import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../common/relay';
import { BaseEntity } from '../db/base.entity';
import { CouponTemplate } from '../coupons/coupon-template.entity';
import { MessageTemplate } from '../messages/message-template.entity';
import { Shop } from '../shops/shop.entity';
import { CareKind } from './care.enums';

/** How the shop answers one kind of order event: with which template, coupon and delay; on or off. */
@Entity({ tableName: 'care_rules' })
@Unique({ properties: ['shop', 'kind'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A care rule: the message an order event sends, on or off.' })
export class CareRule extends BaseEntity<'enabled' | 'couponTemplate' | 'delayHours' | 'thresholdDays' | 'updatedById'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CareRule', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field(() => CareKind, { description: 'The event it answers.' })
  @Enum({ items: () => CareKind, nativeEnumName: 'care_kind' })
  kind: CareKind;

  @ManyToOne(() => MessageTemplate, { ref: true, deleteRule: 'restrict' })
  template: Ref<MessageTemplate>;

  @ManyToOne(() => CouponTemplate, { ref: true, nullable: true, deleteRule: 'restrict' })
  couponTemplate: Ref<CouponTemplate> | null = null;

  @Field({ description: 'Whether it sends.' })
  @Property({ type: 'boolean', default: true })
  enabled: boolean = true;

  @Field(() => Int, { description: 'Hours after the event the message is due (0: at once; quiet hours still defer it).' })
  @Property({ type: 'smallint', default: 0 })
  delayHours: number = 0;

  @Field(() => Int, { description: 'LOGISTICS_DELAY: days after payment without signing for that count as a delay (default 5).' })
  @Property({ type: 'smallint', default: 5 })
  thresholdDays: number = 5;

  /** The admin who last set it: its coupons are issued in their name. */
  @Property({ type: 'integer', nullable: true })
  updatedById: number | null = null;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;
}
