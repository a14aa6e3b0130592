import { IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CouponPurpose, CouponStatus, DiscountType } from './coupon.enums';

@InputType({ description: 'The discount for customers of one tier.' })
export class TierDiscountInput {
  @Field(() => ID, { description: 'The tier.' })
  tierId: string;

  @Field(() => Int, { description: 'Amount off (minor units) or percent off (1–90).' })
  @Min(1, { message: 'A tier discount must be at least 1.' })
  value: number;
}

@InputType({ description: 'The fields of a coupon template. On update, omitted fields stay as they are.' })
export class CouponTemplateInput {
  @Field(() => String, { nullable: true, description: 'Name, 1–100 characters.' })
  @IsOptional()
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(100, { message: 'The name must be at most 100 characters.' })
  name?: string | null;

  @Field(() => CouponPurpose, { nullable: true, description: 'What it is for.' })
  purpose?: CouponPurpose | null;

  @Field(() => DiscountType, { nullable: true, description: 'Amount off or percent off.' })
  discountType?: DiscountType | null;

  @Field(() => Int, { nullable: true, description: 'Default discount: minor units off, or percent off (1–90).' })
  @IsOptional()
  @Min(1, { message: 'The discount must be at least 1.' })
  discountValue?: number | null;

  @Field(() => [TierDiscountInput], { nullable: true, description: 'Per-tier discounts replacing the default.' })
  @IsOptional()
  @ValidateNested({ each: true })
  tierDiscounts?: TierDiscountInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum order amount to redeem, in minor units.' })
  @IsOptional()
  @Min(0, { message: 'minSpend must be 0 or more.' })
  minSpend?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days a coupon stays valid after issue (1–3650).' })
  @IsOptional()
  @Min(1, { message: 'validDays must be from 1 to 3650.' })
  @Max(3650, { message: 'validDays must be from 1 to 3650.' })
  validDays?: number | null;

  @Field(() => Date, { nullable: true, description: 'Last moment coupons are valid.' })
  validUntil?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Lowest tier rank that may get it.' })
  @IsOptional()
  @Min(1, { message: 'minTierRank must be 1 or more.' })
  minTierRank?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many may be issued in all (null: unlimited).' })
  @IsOptional()
  @Min(0, { message: 'totalQuantity must be 0 or more.' })
  totalQuantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many one customer may hold (default 1).' })
  @IsOptional()
  @Min(1, { message: 'perCustomerLimit must be from 1 to 100.' })
  @Max(100, { message: 'perCustomerLimit must be from 1 to 100.' })
  perCustomerLimit?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it issues coupons (default true).' })
  active?: boolean | null;
}

@InputType({ description: 'A coupon for a customer; retrying with the same idempotency key returns the same coupon.' })
export class CouponIssueInput {
  @Field(() => ID, { description: 'The template.' })
  templateId: string;

  @Field(() => ID, { description: 'The customer.' })
  customerId: string;

  @Field(() => String, { nullable: true, description: 'Why, at most 500 characters.' })
  @IsOptional()
  @MaxLength(500, { message: 'The note must be at most 500 characters.' })
  note?: string | null;

  @Field({ description: 'A key the client makes once per intended coupon (8–100 characters).' })
  @MinLength(8, { message: 'The idempotency key must be 8–100 characters.' })
  @MaxLength(100, { message: 'The idempotency key must be 8–100 characters.' })
  idempotencyKey: string;
}

@InputType({ description: 'A coupon code used on an order.' })
export class CouponRedeemInput {
  @Field({ description: 'The coupon code.' })
  @MaxLength(40, { message: 'No coupon code is that long.' })
  code: string;

  @Field(() => ID, { description: 'The order it is used on.' })
  orderId: string;
}

@InputType({ description: 'Which coupons to list.' })
export class CouponFilter {
  @Field(() => CouponStatus, { nullable: true, description: 'In this state (EXPIRED: issued and past its end).' })
  status?: CouponStatus | null;

  @Field(() => ID, { nullable: true, description: 'Of this customer.' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this template.' })
  templateId?: string | null;
}
