import { Entity, Enum, Index, ManyToOne, Property, ref, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { DomainError, UserError, UserErrorCode } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { Order } from '../orders/order.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { CouponStatus, DiscountType } from './coupon.enums';
import { CouponTemplate } from './coupon-template.entity';

/** One coupon given to one customer, with an unguessable code, redeemable once. */
@Entity({ tableName: 'coupons' })
@Unique({ name: 'coupons_code_unique', properties: ['code'] })
@Unique({ name: 'coupons_shop_idempotency_unique', properties: ['shop', 'idempotencyKey'] })
@Index({ properties: ['customer', 'createdAt', 'id'] })
@Index({ properties: ['template', 'customer'] })
@Index({ properties: ['shop', 'status', 'createdAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A coupon issued to a customer.' })
export class Coupon extends BaseEntity<'status' | 'note' | 'expiresAt' | 'redeemedAt' | 'order' | 'discountApplied' | 'revokedAt' | 'revokeReason'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Coupon', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => CouponTemplate, { ref: true, deleteRule: 'restrict' })
  template: Ref<CouponTemplate>;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  @Field({ description: 'The code the customer uses (unguessable).' })
  @Property({ type: 'text' })
  code: string;

  @Field(() => DiscountType, { description: 'Amount off or percent off.' })
  @Enum({ items: () => DiscountType, nativeEnumName: 'discount_type' })
  discountType: DiscountType;

  @Field(() => Int, { description: 'The discount for this customer\'s tier at issue.' })
  @Property({ type: 'integer' })
  discountValue: number;

  @Field(() => Int, { description: 'Minimum order amount to redeem, in minor units.' })
  @Property({ type: 'integer' })
  minSpend: number;

  @Enum({ items: () => CouponStatus, nativeEnumName: 'coupon_status', default: CouponStatus.ISSUED })
  status: CouponStatus = CouponStatus.ISSUED;

  @Field(() => Date, { nullable: true, description: 'Valid until (null: no end).' })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was given.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  issuedBy: Ref<User>;

  @Property({ type: 'text' })
  idempotencyKey: string;

  /** What the issuing request asked for, to tell a retry from a reuse of the key. */
  @Property({ type: 'text' })
  requestFingerprint: string;

  @Field(() => Date, { nullable: true, description: 'When it was redeemed.' })
  @Property({ type: 'timestamptz', nullable: true })
  redeemedAt: Date | null = null;

  @ManyToOne(() => Order, { ref: true, nullable: true, deleteRule: 'set null' })
  order: Ref<Order> | null = null;

  @Field(() => Int, { nullable: true, description: 'The discount it gave, in minor units.' })
  @Property({ type: 'integer', nullable: true })
  discountApplied: number | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  @Property({ type: 'text', nullable: true })
  revokeReason: string | null = null;

  @Field({ description: 'When it was issued.' })
  createdAt: Date;

  /** The status as of now: an issued coupon past its end reads as EXPIRED. */
  statusAt(now: Date): CouponStatus {
    if (this.status === CouponStatus.ISSUED && this.expiresAt && this.expiresAt.getTime() <= now.getTime()) return CouponStatus.EXPIRED;
    return this.status;
  }

  /** The discount on an order of `amount` minor units: an amount off (never more than the order) or a percentage, rounded down. */
  discountOn(amount: number): number {
    return this.discountType === DiscountType.AMOUNT_OFF ? Math.min(this.discountValue, amount) : Math.floor((amount * this.discountValue) / 100);
  }

  /**
   * Redeems the coupon on an order of its customer that meets the minimum spend, once; returns
   * the discount applied. Refusals name the field of `couponRedeem`'s input they concern.
   */
  redeem(order: Order, now: Date): number {
    const status = this.statusAt(now);
    if (status === CouponStatus.REDEEMED) throw refusal(UserErrorCode.COUPON_ALREADY_REDEEMED, 'This coupon was used already.', 'code');
    if (status === CouponStatus.REVOKED) throw refusal(UserErrorCode.COUPON_REVOKED, 'This coupon was revoked.', 'code');
    if (status === CouponStatus.EXPIRED) throw refusal(UserErrorCode.COUPON_EXPIRED, 'This coupon has expired.', 'code');
    if (order.customer.id !== this.customer.id) throw refusal(UserErrorCode.WRONG_CUSTOMER, 'The coupon belongs to another customer than the order.', 'orderId');
    if (order.amount < this.minSpend) {
      throw refusal(UserErrorCode.MIN_SPEND_NOT_MET, `The order is ${order.amount}; the coupon needs at least ${this.minSpend} (minor units).`, 'orderId');
    }
    const discount = this.discountOn(order.amount);
    this.status = CouponStatus.REDEEMED;
    this.redeemedAt = now;
    this.order = ref(order);
    this.discountApplied = discount;
    return discount;
  }

  /** Revokes an issued coupon (a redeemed one stays redeemed). */
  revoke(reason: string | null, now: Date): void {
    if (this.status === CouponStatus.REDEEMED) throw refusal(UserErrorCode.COUPON_ALREADY_REDEEMED, 'A redeemed coupon cannot be revoked.', null);
    if (this.status === CouponStatus.REVOKED) throw refusal(UserErrorCode.COUPON_REVOKED, 'The coupon was revoked already.', null);
    this.status = CouponStatus.REVOKED;
    this.revokedAt = now;
    this.revokeReason = reason?.trim() || null;
  }
}

const refusal = (code: UserErrorCode, message: string, inputField: string | null) =>
  new DomainError(new UserError(code, message, inputField === null ? ['id'] : ['input', inputField]));
