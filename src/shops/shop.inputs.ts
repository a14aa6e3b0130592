import { IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { TIME_OF_DAY } from '../common/time-of-day';

@InputType({ description: 'Changes to your shop. Omitted fields stay as they are.' })
export class ShopUpdateInput {
  @Field(() => String, { nullable: true, description: 'Shop name, 1–100 characters.' })
  @IsOptional()
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(100, { message: 'The name must be at most 100 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Shanghai.' })
  @IsOptional()
  @MaxLength(64, { message: 'The time zone must be at most 64 characters.' })
  timezone?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code, e.g. CNY.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'The currency must be a 3-letter ISO 4217 code such as CNY.' })
  currency?: string | null;

  @Field(() => Int, { nullable: true, description: 'Hours after a registration period ends before a sheet counts as late (0–720).' })
  @IsOptional()
  @Min(0, { message: 'Grace hours must be from 0 to 720.' })
  @Max(720, { message: 'Grace hours must be from 0 to 720.' })
  sheetGraceHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'Hours an order may stay unpaid before its owner gets a payment reminder (1–720).' })
  @IsOptional()
  @Min(1, { message: 'Unpaid reminder hours must be from 1 to 720.' })
  @Max(720, { message: 'Unpaid reminder hours must be from 1 to 720.' })
  unpaidReminderHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days after an inquiry within which the buyer\'s paid order counts as its conversion (1–28); past inquiries are linked again.' })
  @IsOptional()
  @Min(1, { message: 'Conversion days must be from 1 to 28.' })
  @Max(28, { message: 'Conversion days must be from 1 to 28.' })
  conversionDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Marketing messages a customer may get per calendar day (0–20; 0 sends no marketing).' })
  @IsOptional()
  @Min(0, { message: 'Caps must be from 0 to 20 a day.' })
  @Max(20, { message: 'Caps must be from 0 to 20 a day.' })
  marketingCapPerDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'Marketing messages a customer may get per calendar week (0–100).' })
  @IsOptional()
  @Min(0, { message: 'Caps must be from 0 to 100 a week.' })
  @Max(100, { message: 'Caps must be from 0 to 100 a week.' })
  marketingCapPerWeek?: number | null;

  @Field(() => Int, { nullable: true, description: 'Transactional messages a customer may get per calendar day (1–20).' })
  @IsOptional()
  @Min(1, { message: 'Transactional caps must be from 1 to 20 a day.' })
  @Max(20, { message: 'Transactional caps must be from 1 to 20 a day.' })
  transactionalCapPerDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'Transactional messages a customer may get per calendar week (1–100).' })
  @IsOptional()
  @Min(1, { message: 'Transactional caps must be from 1 to 100 a week.' })
  @Max(100, { message: 'Transactional caps must be from 1 to 100 a week.' })
  transactionalCapPerWeek?: number | null;

  @Field(() => String, { nullable: true, description: 'Start of the quiet hours in shop time, HH:MM (default 22:00). Equal start and end: no quiet hours.' })
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'Quiet hours are written HH:MM, e.g. 22:00.' })
  quietHoursFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'End of the quiet hours in shop time, HH:MM (default 08:00); deferred messages go then.' })
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'Quiet hours are written HH:MM, e.g. 08:00.' })
  quietHoursUntil?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether marketing may go during quiet hours on promotion days.' })
  openQuietHoursOnPromotionDays?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Contact details one staff member may unmask per shop day (1–1000).' })
  @IsOptional()
  @Min(1, { message: 'The unmask cap must be from 1 to 1000 a day.' })
  @Max(1000, { message: 'The unmask cap must be from 1 to 1000 a day.' })
  unmaskDailyCap?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days after a customer\'s last order during which they cannot be erased (0–3650).' })
  @IsOptional()
  @Min(0, { message: 'The erasure hold must be from 0 to 3650 days.' })
  @Max(3650, { message: 'The erasure hold must be from 0 to 3650 days.' })
  erasureHoldDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Erase customers with no order and no contact for this many months (1–120), daily by the job queue; null turns the rule off.' })
  @IsOptional()
  @Min(1, { message: 'The retention must be from 1 to 120 months.' })
  @Max(120, { message: 'The retention must be from 1 to 120 months.' })
  retentionMonths?: number | null;
}
