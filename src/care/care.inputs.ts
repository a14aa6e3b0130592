import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CareKind } from './care.enums';

@InputType({ description: 'A care rule to set (one per kind; omitted fields keep their value, or the default).' })
export class CareRuleInput {
  @Field(() => CareKind, { description: 'The event it answers.' })
  kind: CareKind;

  @Field(() => ID, { nullable: true, description: 'The message template (required the first time).' })
  templateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A coupon template issued with the message ({{coupon.…}}); null: none.' })
  couponTemplateId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'On or off.' })
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Hours after the event the message is due, 0–168.' })
  @IsOptional()
  @Min(0, { message: 'delayHours must be from 0 to 168.' })
  @Max(168, { message: 'delayHours must be from 0 to 168.' })
  delayHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'LOGISTICS_DELAY: days after payment without signing for, 1–30.' })
  @IsOptional()
  @Min(1, { message: 'thresholdDays must be from 1 to 30.' })
  @Max(30, { message: 'thresholdDays must be from 1 to 30.' })
  thresholdDays?: number | null;
}
