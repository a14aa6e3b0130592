import { ArrayMaxSize, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { PhoneNumberResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../common/connection';
import { SafeIntResolver } from 'graphql-scalars';
import { Lifecycle, ValueSegment } from '../segments/segment';
import { CustomerStage } from './customer-stage';
import { Platform } from './platform';

const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;

/** The personal details a customer's create and update both take (read masked: privacy/). */
@InputType({ description: 'A customer\'s personal details (read masked; customerContactUnmask gives one in clear).' })
export abstract class CustomerPersonalInput {
  @Field(() => String, { nullable: true, description: 'Real name, as on the parcel, at most 50 characters (personal information: read masked).' })
  @IsOptional()
  @MaxLength(50, { message: 'The real name must be at most 50 characters.' })
  realName?: string | null;

  @Field(() => String, { nullable: true, description: 'Shipping province, e.g. 浙江省 (at most 30 characters).' })
  @IsOptional()
  @MaxLength(30, { message: 'The province must be at most 30 characters.' })
  shippingProvince?: string | null;

  @Field(() => String, { nullable: true, description: 'Shipping city, e.g. 杭州市 (at most 30 characters).' })
  @IsOptional()
  @MaxLength(30, { message: 'The city must be at most 30 characters.' })
  shippingCity?: string | null;

  @Field(() => String, { nullable: true, description: 'The rest of the shipping address: district, street, number (at most 200 characters; personal information: read masked).' })
  @IsOptional()
  @MaxLength(200, { message: 'The address must be at most 200 characters.' })
  shippingDetail?: string | null;
}

@InputType({ description: 'A new customer. The platform handle must be new in your shop for that platform.' })
export class CustomerCreateInput extends CustomerPersonalInput {
  @Field(() => Platform, { description: 'Where the customer is known.' })
  platform: Platform;

  @Field({ description: 'Name on the platform (Wangwang, WeChat name…), 1–100 characters.' })
  @MinLength(1, { message: 'The handle must not be empty.' })
  @MaxLength(100, { message: 'The handle must be at most 100 characters.' })
  @Matches(NO_CONTROL_CHARS, { message: 'The handle must not contain control characters.' })
  platformHandle: string;

  @Field(() => String, { nullable: true, description: 'Name staff use; defaults to the handle.' })
  @IsOptional()
  @MinLength(1, { message: 'The display name must not be empty.' })
  @MaxLength(100, { message: 'The display name must be at most 100 characters.' })
  displayName?: string | null;

  @Field(() => PhoneNumberResolver, { nullable: true, description: 'Phone number in E.164 form, e.g. +8613800138000.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat id, at most 64 characters.' })
  @IsOptional()
  @MaxLength(64, { message: 'The WeChat id must be at most 64 characters.' })
  wechatId?: string | null;

  @Field(() => String, { nullable: true, description: 'Region or city, at most 100 characters.' })
  @IsOptional()
  @MaxLength(100, { message: 'The region must be at most 100 characters.' })
  region?: string | null;

  @Field(() => [String], { nullable: true, description: 'Tags, at most 20 of at most 40 characters each.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'At most 20 tags.' })
  @MinLength(1, { each: true, message: 'A tag must not be empty.' })
  @MaxLength(40, { each: true, message: 'A tag must be at most 40 characters.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Notes, at most 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'Notes must be at most 2000 characters.' })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owning sales rep. Admins may name any active rep, a team lead a rep of the team; a rep creating a customer owns it.' })
  ownerId?: string | null;
}

@InputType({ description: 'Changes to a customer. Omitted fields stay as they are; null clears an optional field.' })
export class CustomerUpdateInput extends CustomerPersonalInput {
  @Field(() => Int, { description: 'The `version` you read; if the customer changed since, you get STALE_VERSION.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'Name staff use.' })
  @IsOptional()
  @MinLength(1, { message: 'The display name must not be empty.' })
  @MaxLength(100, { message: 'The display name must be at most 100 characters.' })
  displayName?: string | null;

  @Field(() => PhoneNumberResolver, { nullable: true, description: 'Phone number in E.164 form.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat id.' })
  @IsOptional()
  @MaxLength(64, { message: 'The WeChat id must be at most 64 characters.' })
  wechatId?: string | null;

  @Field(() => String, { nullable: true, description: 'Region or city.' })
  @IsOptional()
  @MaxLength(100, { message: 'The region must be at most 100 characters.' })
  region?: string | null;

  @Field(() => [String], { nullable: true, description: 'Tags (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'At most 20 tags.' })
  @MinLength(1, { each: true, message: 'A tag must not be empty.' })
  @MaxLength(40, { each: true, message: 'A tag must be at most 40 characters.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @IsOptional()
  @MaxLength(2000, { message: 'Notes must be at most 2000 characters.' })
  notes?: string | null;
}

@InputType({ description: 'Which customers to list; all conditions must hold.' })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Part of the handle, display name, phone or WeChat id (at least 2 characters).' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owned by this sales rep.' })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owned by a rep of this sales team.' })
  teamId?: string | null;

  @Field(() => Platform, { nullable: true, description: 'On this platform.' })
  platform?: Platform | null;

  @Field(() => String, { nullable: true, description: 'Carrying this tag.' })
  tag?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only customers in the unowned pool; false: only owned ones.' })
  unowned?: boolean | null;

  @Field(() => CustomerStage, { nullable: true, description: 'At this stage of the loop.' })
  stage?: CustomerStage | null;

  @Field(() => Lifecycle, { nullable: true, description: 'In this lifecycle segment (under the shop\'s current thresholds).' })
  lifecycle?: Lifecycle | null;

  @Field(() => ValueSegment, { nullable: true, description: 'In this value segment.' })
  valueSegment?: ValueSegment | null;

  @Field(() => ID, { nullable: true, description: 'In this membership tier.' })
  tierId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Last paid order before this time.' })
  lastOrderBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last paid order at or after this time.' })
  lastOrderAfter?: Date | null;

  @Field(() => Int, { nullable: true, description: 'At least this many paid orders.' })
  minOrders?: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'At least this much spent, in minor units.' })
  minSpent?: number | null;
}

export enum CustomerOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  DISPLAY_NAME = 'DISPLAY_NAME',
  PLATFORM_HANDLE = 'PLATFORM_HANDLE',
}
registerEnumType(CustomerOrderField, {
  name: 'CustomerOrderField',
  description: 'What to sort customers by (ties broken by id).',
  valuesConfig: {
    CREATED_AT: { description: 'When registered.' },
    UPDATED_AT: { description: 'When last changed.' },
    DISPLAY_NAME: { description: 'Display name.' },
    PLATFORM_HANDLE: { description: 'Platform handle.' },
  },
});

@InputType({ description: 'Sort order of a customer list.' })
export class CustomerOrderBy {
  @Field(() => CustomerOrderField, { description: 'Sort key.' })
  field: CustomerOrderField;

  @Field(() => SortDirection, { description: 'Direction.' })
  direction: SortDirection;
}
