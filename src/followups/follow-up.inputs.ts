import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../common/connection';
import { ContactChannel, FollowUpKind, FollowUpOutcome, FollowUpStatus } from './follow-up.enums';

@InputType({ description: 'How a follow-up went.' })
export class FollowUpTaskCompleteInput {
  @Field(() => FollowUpOutcome, { description: 'The outcome; decides the next cycle.' })
  outcome: FollowUpOutcome;

  @Field(() => ContactChannel, { description: 'How the customer was contacted.' })
  channel: ContactChannel;

  @Field(() => String, { nullable: true, description: 'What was said, at most 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'The note must be at most 2000 characters.' })
  note?: string | null;
}

@InputType({ description: 'Which follow-up tasks to list; all conditions must hold.' })
export class FollowUpTaskFilter {
  @Field(() => ID, { nullable: true, description: 'Assigned to this rep.' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assigned to a rep of this team.' })
  teamId?: string | null;

  @Field(() => FollowUpStatus, { nullable: true, description: 'In this state.' })
  status?: FollowUpStatus | null;

  @Field(() => FollowUpKind, { nullable: true, description: 'Of this kind.' })
  kind?: FollowUpKind | null;

  @Field(() => Date, { nullable: true, description: 'Due at or before this time.' })
  dueBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Due at or after this time.' })
  dueAfter?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open and past due; false: not overdue.' })
  overdue?: boolean | null;
}

export enum FollowUpTaskOrderField {
  DUE_AT = 'DUE_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(FollowUpTaskOrderField, {
  name: 'FollowUpTaskOrderField',
  description: 'What to sort follow-ups by (ties broken by id).',
  valuesConfig: { DUE_AT: { description: 'Due time.' }, CREATED_AT: { description: 'When created.' } },
});

@InputType({ description: 'Sort order of follow-ups. Default: due first (overdue, then due today, then later).' })
export class FollowUpTaskOrderBy {
  @Field(() => FollowUpTaskOrderField, { description: 'Sort key.' })
  field: FollowUpTaskOrderField;

  @Field(() => SortDirection, { description: 'Direction.' })
  direction: SortDirection;
}

@InputType({ description: 'The shop\'s follow-up cycles. Omitted fields stay as they are.' })
export class FollowUpPolicyInput {
  @Field(() => Int, { nullable: true, description: 'Days to the first contact after screening (1–365).' })
  firstCycleDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days to a retry after no order or no response (1–365).' })
  retryCycleDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days to a revisit after an order (1–365).' })
  revisitCycleDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Retries in a row before the loop ends (0–20).' })
  maxRetryCycles?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a customer whose retries ran out goes back to the unowned pool.' })
  reclaimToPool?: boolean | null;
}
