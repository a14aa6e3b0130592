import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A membership tier, created or replaced by its rank.' })
export class MembershipTierUpsertInput {
  @Field({ description: 'Name, 1–50 characters, unique in the shop.' })
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(50, { message: 'The name must be at most 50 characters.' })
  name: string;

  @Field(() => Int, { description: 'Rank (1–20): the tier with this rank is created or replaced.' })
  @Min(1, { message: 'The rank must be from 1 to 20.' })
  @Max(20, { message: 'The rank must be from 1 to 20.' })
  rank: number;

  @Field(() => Int, { description: 'Paid orders within the window that reach the tier (0 or more).' })
  @Min(0, { message: 'minPaidOrders must be 0 or more.' })
  minPaidOrders: number;

  @Field(() => Int, { description: 'Spend within the window that reaches the tier, in minor units (0 or more).' })
  @Min(0, { message: 'minSpent must be 0 or more.' })
  minSpent: number;

  @Field(() => Int, { nullable: true, description: 'Days back that count (1–1095, default 365).' })
  @IsOptional()
  @Min(1, { message: 'windowDays must be from 1 to 1095.' })
  @Max(1095, { message: 'windowDays must be from 1 to 1095.' })
  windowDays?: number | null;

  @Field(() => Int, { description: 'Discount in percent (0–90).' })
  @Min(0, { message: 'discountPercent must be from 0 to 90.' })
  @Max(90, { message: 'discountPercent must be from 0 to 90.' })
  discountPercent: number;
}
