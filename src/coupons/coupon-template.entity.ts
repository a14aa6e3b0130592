import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import { CouponPurpose, DiscountType } from './coupon.enums';

/** A tier's own discount on a template. */
@ObjectType({ simpleResolvers: true, description: 'The discount a template gives customers of one tier.' })
export class TierDiscount {
  tierId: number;

  @Field(() => Int, { description: 'Amount off (minor units) or percent off, as the template\'s discount type says.' })
  value: number;
}

/** A kind of coupon the shop issues; each coupon copies its discount for the customer's tier. */
@Entity({ tableName: 'coupon_templates' })
@Index({ properties: ['shop', 'createdAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A kind of coupon: purpose, discount (per tier), conditions and stock.' })
export class CouponTemplate extends BaseEntity<'tierDiscounts' | 'validDays' | 'validUntil' | 'minTierRank' | 'totalQuantity' | 'issuedCount' | 'perCustomerLimit' | 'active' | 'minSpend'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CouponTemplate', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'Name, e.g. "Sorry for the wait".' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => CouponPurpose, { description: 'What it is for.' })
  @Enum({ items: () => CouponPurpose, nativeEnumName: 'coupon_purpose' })
  purpose: CouponPurpose;

  @Field(() => DiscountType, { description: 'Amount off or percent off.' })
  @Enum({ items: () => DiscountType, nativeEnumName: 'discount_type' })
  discountType: DiscountType;

  @Field(() => Int, { description: 'The discount for customers without a tier override.' })
  @Property({ type: 'integer' })
  discountValue: number;

  @Field(() => [TierDiscount], { description: 'Per-tier discounts that replace the default.' })
  @Property({ type: 'jsonb', default: '[]' })
  tierDiscounts: TierDiscount[] = [];

  @Field(() => Int, { description: 'Minimum order amount to redeem, in minor units (0: none).' })
  @Property({ type: 'integer', default: 0 })
  minSpend: number = 0;

  @Field(() => Int, { nullable: true, description: 'Days a coupon stays valid after issue.' })
  @Property({ type: 'smallint', nullable: true })
  validDays: number | null = null;

  @Field(() => Date, { nullable: true, description: 'Last moment coupons are valid (the earlier of this and validDays wins).' })
  @Property({ type: 'timestamptz', nullable: true })
  validUntil: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'Lowest tier rank that may get it (null: everyone).' })
  @Property({ type: 'smallint', nullable: true })
  minTierRank: number | null = null;

  @Field(() => Int, { nullable: true, description: 'How many may be issued in all (null: unlimited).' })
  @Property({ type: 'integer', nullable: true })
  totalQuantity: number | null = null;

  @Field(() => Int, { description: 'How many were issued.' })
  @Property({ type: 'integer', default: 0 })
  issuedCount: number = 0;

  @Field(() => Int, { description: 'How many one customer may hold (revoked ones do not count).' })
  @Property({ type: 'smallint', default: 1 })
  perCustomerLimit: number = 1;

  @Field({ description: 'Inactive templates issue nothing.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** The discount a customer of `tierId` (null: no tier) gets: the tier's own value, else the template's. */
  discountValueFor(tierId: number | null): number {
    return this.tierDiscounts.find((d) => d.tierId === tierId)?.value ?? this.discountValue;
  }

  /** When a coupon issued at `now` ends: the earlier of its days of validity and the template's last day (null: never). */
  couponEndsAt(now: Date): Date | null {
    const ends = [this.validDays ? now.getTime() + this.validDays * 86_400_000 : null, this.validUntil?.getTime() ?? null].filter((t): t is number => t !== null);
    return ends.length ? new Date(Math.min(...ends)) : null;
  }
}
