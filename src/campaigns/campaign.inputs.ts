import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../common/local-date.scalar';
import { TIME_OF_DAY } from '../common/time-of-day';
import { AudienceInput } from './audience';


@InputType({ description: 'A campaign to create.' })
export class CampaignInput {
  @Field({ description: 'Its name, 1–100 characters.' })
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(100, { message: 'The name must be at most 100 characters.' })
  name: string;

  @Field(() => LocalDateScalar, { description: 'The event day (shop time), e.g. 2026-11-11.' })
  eventDate: string;

  @Field(() => Float, { nullable: true, description: 'Share of each wave\'s audience held out, 0–0.5 (default 0.05).' })
  @IsOptional()
  @Min(0, { message: 'The holdout share must be from 0 to 0.5.' })
  @Max(0.5, { message: 'The holdout share must be from 0 to 0.5.' })
  holdoutShare?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days in which a paid order counts as a conversion, 1–60 (default 7).' })
  @IsOptional()
  @Min(1, { message: 'Conversion days must be from 1 to 60.' })
  @Max(60, { message: 'Conversion days must be from 1 to 60.' })
  conversionDays?: number | null;
}

@InputType({ description: 'A wave of a campaign (all fields on create; on update, omitted fields stay).' })
export class CampaignWaveInput {
  @Field(() => String, { nullable: true, description: 'Its name, 1–100 characters.' })
  @IsOptional()
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(100, { message: 'The name must be at most 100 characters.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from the event date, −60 to 30 (−10: ten days before).' })
  @IsOptional()
  @Min(-60, { message: 'offsetDays must be from −60 to 30.' })
  @Max(30, { message: 'offsetDays must be from −60 to 30.' })
  offsetDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Window opens, HH:MM shop time (e.g. 10:00).' })
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'Times are written HH:MM, e.g. 10:00.' })
  sendFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Window closes, HH:MM shop time (e.g. 20:00; before sendFrom: the next day).' })
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'Times are written HH:MM, e.g. 20:00.' })
  sendUntil?: string | null;

  @Field(() => ID, { nullable: true, description: 'The message template.' })
  templateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A coupon template: each customer handed the message gets a coupon of it (tier-linked amount), and {{coupon.*}} fills from it.' })
  couponTemplateId?: string | null;

  @Field(() => AudienceInput, { nullable: true, description: 'Who it is for.' })
  audience?: AudienceInput | null;

  @Field(() => [String], { nullable: true, description: 'Customers with any of these tags get nothing (e.g. reseller).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'At most 20 excluded tags.' })
  excludeTags?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Customers handed any message within this many hours get nothing (1–720).' })
  @IsOptional()
  @Min(1, { message: 'excludeMessagedWithinHours must be from 1 to 720.' })
  @Max(720, { message: 'excludeMessagedWithinHours must be from 1 to 720.' })
  excludeMessagedWithinHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'Priority among waves sent the same day (higher wins; default 0).' })
  @IsOptional()
  @Min(-100, { message: 'Priority must be from −100 to 100.' })
  @Max(100, { message: 'Priority must be from −100 to 100.' })
  priority?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Evaluate the audience again at send time (default false: the snapshot at scheduling is sent).' })
  reevaluateAtSend?: boolean | null;
}
